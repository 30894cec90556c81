import { toSimplified } from "./simplify.js";
import type { Evidence, Line, Origin, Span } from "./model.js";

/** Strip a BOM and turn every line ending (CRLF, CR, U+2028/9) into \n. Nothing else changes. */
export function normalizeText(decoded: string): string {
  let text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  text = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n");
  return text;
}

export function splitLines(text: string, origins?: readonly Origin[], chromeLines?: readonly number[]): Line[] {
  const chrome = new Set(chromeLines ?? []);
  const lines: Line[] = [];
  let start = 0;
  let n = 1;
  for (;;) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    lines.push({
      line: n,
      span: [start, stop],
      raw: text.slice(start, stop),
      origin: origins?.[n - 1] ?? { line: n },
      chrome: chrome.has(n),
    });
    if (end === -1) break;
    start = end + 1;
    n++;
  }
  return lines;
}

/** 1-based line number of a UTF-16 offset, by binary search over line starts. */
export function lineAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.span[0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo]?.line ?? 1;
}

/** A line longer than this (in characters) is one where a line number alone does not find a quote. */
export const LONG_LINE = 200;
/** The longest quote taken from such a line, in UTF-16 code units (characters, for Chinese text): its start is the place quoted. */
export const QUOTE_MAX = 80;

/**
 * The evidence for a text span: its line and the quoted text. On a long line (a whole report on one line, a long
 * paragraph) the quote also gives its column and is cut to `QUOTE_MAX` characters from where it starts.
 */
export function evidenceAt(model: { text: string; lines: readonly Line[] }, span: Span): Evidence {
  const line = lineAt(model.lines, span[0]);
  const l = model.lines[line - 1];
  if (!l || l.span[1] - l.span[0] <= LONG_LINE) return { line, text: model.text.slice(span[0], span[1]) };
  // Constant work per quote however long the line: the column in UTF-16 code units (as editors count them;
  // one per Chinese character), the cut never inside a surrogate pair.
  let end = Math.min(span[1], span[0] + QUOTE_MAX);
  if (end < span[1] && isHighSurrogate(model.text.charCodeAt(end - 1))) end--;
  return { line, column: Math.max(0, span[0] - l.span[0]) + 1, text: model.text.slice(span[0], end) };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * Ready evidence (a line and a quote from it) placed as `evidenceAt` places a span: the first occurrence of the
 * quote on its line. Evidence whose text is not on its line (a folded or joined quote) is kept as it is.
 */
export function placeEvidence(model: { text: string; lines: readonly Line[] }, evidence: Evidence): Evidence {
  if (evidence.column !== undefined) return evidence;
  const l = model.lines[evidence.line - 1];
  if (!l || l.span[1] - l.span[0] <= LONG_LINE || evidence.text === "") return evidence;
  const at = l.raw.indexOf(evidence.text);
  return at < 0 ? evidence : evidenceAt(model, [l.span[0] + at, l.span[0] + at + evidence.text.length]);
}

export { toSimplified };

const HAN = /\p{Script=Han}/u;

/**
 * True when UTF-16 code unit `c` alone is a Han character (what /\p{Script=Han}/u says of it): the common
 * blocks by range, the rest by the regex. For loops over every character, where a regex per character costs.
 */
export function isHanCode(c: number): boolean {
  if (c >= 0x4e00 && c <= 0x9fef) return true; // CJK Unified Ideographs (fully assigned)
  if (c >= 0x3400 && c <= 0x4db5) return true; // Extension A
  if (c < 0x2e80) return false; // nothing below the CJK radicals is Han
  return HAN.test(String.fromCharCode(c));
}

/**
 * The folded view used for matching: same length as `text`, so spans are shared.
 * Traditional → Simplified, full-width ASCII → half-width, ideographic space → space,
 * Kangxi radicals and CJK compatibility ideographs → ordinary ideographs, watermark runs masked with \0.
 */
export function foldText(text: string, masked: readonly Span[] = []): string {
  let simplified = toSimplified(text);
  if (simplified.length !== text.length) {
    // Phrase-level conversion changed the length somewhere: fall back to character-by-character.
    const out: string[] = [];
    for (const ch of text) {
      const s = HAN.test(ch) ? toSimplified(ch) : ch;
      out.push(s.length === ch.length ? s : ch);
    }
    simplified = out.join("");
  }
  // One pass over char codes; only the characters that change are replaced (most text has none).
  let folded = "";
  let copied = 0;
  for (let i = 0; i < simplified.length; i++) {
    const c = simplified.charCodeAt(i);
    let to: string;
    if (c < 0xa0) continue;
    if (c >= 0xff01 && c <= 0xff5e) to = String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0x00a0) to = " ";
    else if (c >= 0x2f00 && c <= 0x2fdf) to = KANGXI[c - 0x2f00] ?? simplified[i]!;
    else if (c >= 0xf900 && c <= 0xfaff) to = simplified[i]!.normalize("NFKC");
    else continue;
    folded += simplified.slice(copied, i) + to;
    copied = i + 1;
  }
  folded = copied === 0 ? simplified : folded + simplified.slice(copied);
  if (masked.length > 0) {
    const parts: string[] = [];
    let at = 0;
    for (const [s, e] of [...masked].sort((a, b) => a[0] - b[0])) {
      const from = Math.max(s, at);
      if (e <= from) continue;
      parts.push(folded.slice(at, from), "\0".repeat(e - from));
      at = e;
    }
    parts.push(folded.slice(at));
    folded = parts.join("");
  }
  // Pinyin glosses left by mirror sites' conversion (審結(jié), 統(tǒng)籌) are masked like watermarks.
  return folded.includes("(") ? folded.replace(PINYIN_GLOSS, (g) => "\0".repeat(g.length)) : folded;
}

const foldCache = new Map<string, string>();
/**
 * A phrase folded the same way as the text, without whitespace or masked characters: the key that
 * `MatchView.compact` is searched with. Memoised (rules fold the same phrases for every report).
 */
export function compactFold(s: string): string {
  let v = foldCache.get(s);
  if (v === undefined) {
    v = foldText(s).replace(/[\s\0]/g, "");
    if (foldCache.size >= 20_000) foldCache.clear(); // report text passes through too: never grow without bound
    foldCache.set(s, v);
  }
  return v;
}

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
/** "(jié)" right after a Han character: a parenthesised pinyin syllable with a tone mark. */
const PINYIN_GLOSS = new RegExp(`(?<=\\p{Script=Han})\\((?=[a-zü]*[${TONED}])[a-zü${TONED}]{1,8}\\)`, "gu");

// U+2F00–U+2FD5 Kangxi radicals in order, mapped to the unified ideographs they look like.
const KANGXI = Array.from(
  "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨青非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠",
);

// Brands that doc-sharing sites stamp into copied reports, usually beside their URL.
const WATERMARK_BRANDS = [
  "秘书之家",
  "全网资源每日更新",
  "公文汇",
  "稿子汇",
  "第一范文网",
  "范文网",
  "文秘网",
  "公文易",
  "写作帮",
  "笔杆子",
];
const WATERMARK = new RegExp(
  `(?:(?:${WATERMARK_BRANDS.join("|")})[—\\-–·|\\s]*)*(?:https?://)?www\\.(?![a-z0-9-]+\\.gov\\.)[a-z0-9-]+\\.(?:com|net|org|cc|cn)(?:\\.cn)?|(?:${WATERMARK_BRANDS.join("|")})[—\\-–·|\\s]*(?=(?:${WATERMARK_BRANDS.join("|")})|$)`,
  "giu",
);

/** Runs stamped into the text by doc-sharing sites ("秘书之家—全网资源每日更新www.mishuzj.com"). Government domains are not watermarks. */
export function findWatermarks(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(WATERMARK)) {
    if (m[0].length > 0) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * A matching view: the folded text with whitespace and masked characters removed, and a map from each
 * compact index back to its offset in `text`. Find a phrase in `compact`, quote it from `text`.
 */
export class MatchView {
  readonly compact: string;
  readonly toText: Int32Array;
  constructor(
    readonly text: string,
    readonly folded: string,
    range: Span = [0, text.length],
  ) {
    // Kept characters are copied in runs (slices), not one string per character.
    const [from, to] = range;
    const map = new Int32Array(to - from + 1);
    let n = 0;
    let compact = "";
    let runStart = -1;
    for (let i = from; i < to; i++) {
      const c = folded.charCodeAt(i);
      if (c === 0 || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x200b) {
        if (runStart >= 0) compact += folded.slice(runStart, i);
        runStart = -1;
        continue;
      }
      if (runStart < 0) runStart = i;
      map[n++] = i;
    }
    if (runStart >= 0) compact += folded.slice(runStart, to);
    this.compact = compact;
    map[n++] = to;
    this.toText = map.subarray(0, n);
  }
  /** Span in `text` of compact[start, end). */
  span(start: number, end: number): Span {
    const s = this.toText[start]!;
    const e = end > start ? this.toText[end - 1]! + 1 : s;
    return [s, e];
  }
  private readonly found = new Map<string, readonly Span[]>();
  /**
   * Every occurrence of `phrase` (folded the same way) as spans of `text`. Memoised per view: the rules
   * of one report ask for the same phrases many times. The spans are shared; copy before changing them.
   */
  find(phrase: string): readonly Span[] {
    const needle = compactFold(phrase);
    let out = this.found.get(needle);
    if (out) return out;
    const spans: Span[] = [];
    if (needle) {
      let i = this.compact.indexOf(needle);
      while (i !== -1) {
        spans.push(this.span(i, i + needle.length));
        i = this.compact.indexOf(needle, i + 1);
      }
    }
    this.found.set(needle, (out = spans));
    return out;
  }
}

/**
 * A fixed list of phrases found in one pass over a text: each position looks up only the phrases that
 * start with its character, instead of one `indexOf` over the text per phrase. Keys are matched as given
 * (fold them first, e.g. with `compactFold`).
 */
export class PhraseSet<T> {
  private readonly byFirst = new Map<number, Array<{ key: string; value: T }>>();
  constructor(entries: Iterable<readonly [key: string, value: T]>) {
    for (const [key, value] of entries) {
      if (key === "") continue;
      const c = key.charCodeAt(0);
      const list = this.byFirst.get(c);
      if (list) list.push({ key, value });
      else this.byFirst.set(c, [{ key, value }]);
    }
  }
  /**
   * Every occurrence (overlapping ones too) wholly inside text[from, to), by start; at one start in the
   * order the entries were given. Offsets are of `text`.
   */
  matches(text: string, from = 0, to = text.length): Array<{ start: number; end: number; key: string; value: T }> {
    const out: Array<{ start: number; end: number; key: string; value: T }> = [];
    for (let i = from; i < to; i++) {
      const list = this.byFirst.get(text.charCodeAt(i));
      if (!list) continue;
      for (const { key, value } of list) {
        if (i + key.length <= to && text.startsWith(key, i)) out.push({ start: i, end: i + key.length, key, value });
      }
    }
    return out;
  }
}
