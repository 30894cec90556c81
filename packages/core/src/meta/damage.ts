import type { Evidence, Script } from "../model.js";
import type { ParseContext } from "../context.js";
import { isHanCode } from "../text.js";
import { QUESTION_PARTICLES } from "./vocabulary.js";

/**
 * Mojibake: text decoded with the wrong code page ("保障?,F將有關情況報告如下" for "保障。現將…",
 * "惠及企業1169家?!皡…ā比脒x" for "…家。“…”入選"). Signs, each on one line:
 * - U+FFFD replacement characters;
 * - an ASCII "?" glued to Han text: between two Han characters (unless a question particle precedes it),
 *   or before ASCII punctuation that is itself glued to a letter or Han character ("?,F", "?!皡"),
 *   or before a Latin letter;
 * - unlikely characters inside Han text: Latin letters with diacritics, CJK Extension A, private use,
 *   C1 controls, UTF-8-read-as-Latin-1 pairs ("â€", "Ã©").
 * A "?" at the end of a line, before a space or a closing quote, or after 吗/呢… is an ordinary question mark.
 */

const HAN_RE = /\p{Script=Han}/u;
const isHan = (c: string | undefined) => c !== undefined && HAN_RE.test(c);
const isLatin = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
/** Characters that do not belong in a Chinese report's running text. */
const UNLIKELY = /[\u0080-\u009f\u00c0-\u024f\u3400-\u4dbf\ue000-\uf8ff\ufffd]|â€|Ã./gu;
const UNLIKELY_ANY = new RegExp(UNLIKELY.source, "u");
const GLUE_PUNCT = ",!.;:'\"";
const EXCERPT_BEFORE = 10;
const EXCERPT_AFTER = 14;
const MAX_EXCERPT = 40;
const STOPS_BEFORE = /[,，。;；:：、\s]/u;

/** Offsets (within `s`) of damage signs. */
export function damageOffsets(s: string): number[] {
  const hits: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "?") continue;
    const prev = s[i - 1];
    const next = s[i + 1];
    if (next === undefined || next === " " || next === "\t") continue;
    if (prev !== undefined && QUESTION_PARTICLES.includes(prev)) continue;
    const glued = isHan(prev) || /[0-9]/.test(prev ?? "");
    if (!glued) continue;
    if (isHan(next) || isLatin(next)) hits.push(i);
    else if (GLUE_PUNCT.includes(next)) {
      const after = s[i + 2];
      if (isHan(after) || isLatin(after)) hits.push(i);
    }
  }
  for (const m of s.matchAll(UNLIKELY)) {
    const c = m[0];
    if (c === "\ufffd" || c.length > 1) hits.push(m.index);
    else {
      // A stray letter or rare character counts when Han text touches it (pinyin "(tǒng)" does not).
      const prev = s[m.index - 1];
      const next = s[m.index + c.length];
      if (isHan(prev) || isHan(next)) hits.push(m.index);
    }
  }
  return hits.sort((a, b) => a - b);
}

function excerpt(s: string, from: number, to: number): string {
  let a = Math.max(0, from - EXCERPT_BEFORE);
  for (let i = from - 1; i >= a; i--) {
    if (STOPS_BEFORE.test(s[i]!)) {
      a = i + 1;
      break;
    }
  }
  let b = Math.min(s.length, to + EXCERPT_AFTER);
  const stop = s.indexOf("。", to + 1);
  if (stop !== -1 && stop < b) b = stop;
  if (b - a > MAX_EXCERPT) b = a + MAX_EXCERPT;
  return s.slice(a, b).trim();
}

/** One evidence per damaged stretch (signs within 20 characters are one stretch), quoted literally. */
export function findEncodingDamage(ctx: ParseContext): Evidence[] {
  const out: Evidence[] = [];
  for (const line of ctx.lines) {
    const s = line.raw;
    if (!s.includes("?") && !UNLIKELY_ANY.test(s)) continue;
    const hits = damageOffsets(s);
    let i = 0;
    while (i < hits.length) {
      let j = i;
      while (j + 1 < hits.length && hits[j + 1]! - hits[j]! <= 20) j++;
      out.push({ line: line.line, text: excerpt(s, hits[i]!, hits[j]!) });
      i = j + 1;
    }
  }
  return out;
}

/**
 * Script by comparing Han characters of `text` with `folded` (Traditional→Simplified). A handful of
 * converted characters in an otherwise Simplified text (conversion artefacts, a "繁體中文" menu entry) stay
 * "simplified"; a text whose long lines are nearly all Traditional is "traditional"; anything between is "mixed".
 */
export function detectScript(ctx: ParseContext): Script {
  let han = 0;
  let changed = 0;
  let longLines = 0;
  let tradLines = 0;
  for (const line of ctx.lines) {
    if (line.chrome) continue;
    let h = 0;
    let c = 0;
    for (let i = line.span[0]; i < line.span[1]; i++) {
      const code = ctx.text.charCodeAt(i);
      if (code < 0x3400 || !isHanCode(code)) continue;
      h++;
      const f = ctx.folded.charCodeAt(i);
      if (f !== code && f !== 0) c++;
    }
    han += h;
    changed += c;
    if (h >= 30) {
      longLines++;
      if (c / h >= 0.03) tradLines++;
    }
  }
  if (han === 0 || changed <= 3 || changed / han < 0.005) return "simplified";
  if (changed / han >= 0.08 && (longLines === 0 || tradLines / longLines >= 0.8)) return "traditional";
  return "mixed";
}
