import { analyse } from "chardet";
import { BIG5_PUA_RUNS, BIG5_PUA_SEQUENCES } from "./big5-hkscs.js";
import { COMMON_HAN } from "./common-han.js";
import { sniffNul } from "./sniff.js";

export interface DecodedText {
  /** The decoded text, BOM removed, line endings untouched. */
  text: string;
  /** Lowercase: utf-8, utf-16le, utf-16be, gb18030, big5 (or another WHATWG name in rare cases). */
  encoding: string;
  /** 0–100; 100 when a BOM or strict UTF-8 decided it. */
  confidence: number;
  /** How many U+FFFD the text holds (damaged bytes, or a wrong guess). */
  replacements: number;
}

/** Detection looks at this much of the file. */
const SAMPLE_BYTES = 64 * 1024;
/** chardet, when asked, looks at this much (its cost grows with the sample). */
const CHARDET_BYTES = 16 * 1024;

/**
 * What a declared or detected charset label means for decoding: GBK and GB2312 are decoded as GB18030
 * (a superset; Node's "gbk" decoder mangles GB18030's 4-byte sequences), the Big5 family as big5.
 * Returns null for labels TextDecoder does not know, and for UTF-16 (a meta tag in an ASCII-compatible
 * page that claims UTF-16 is wrong by definition).
 */
export function encodingForLabel(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/_/g, "-");
  if (/^(gb-?2312|gbk|gb-?18030|x-gbk|cp-?936|ms-?936|windows-936|euc-cn|chinese|csgb2312|gb-2312-80|iso-ir-58)$/.test(l)) return "gb18030";
  if (/^(big-?5|big5-hkscs|x-x-big5|cn-big5|csbig5|cp-?950|ms-?950)$/.test(l)) return "big5";
  if (/^utf-?16/.test(l) || l === "unicode") return null;
  try {
    return new TextDecoder(l).encoding.toLowerCase();
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\ufffd"); i !== -1; i = text.indexOf("\ufffd", i + 1)) n++;
  return n;
}

const PUA = /[\ue000-\uf8ff]/;
let big5Fix: Map<number, string> | undefined;
/** Node's big5 decoder gives Private Use code points for HKSCS characters; map them to the real ones. */
function fixBig5(text: string): string {
  if (!PUA.test(text)) return text;
  if (!big5Fix) {
    big5Fix = new Map();
    for (const [first, chars] of BIG5_PUA_RUNS) {
      let cp = first;
      for (const ch of chars) big5Fix.set(cp++, ch);
    }
    for (const [cp, seq] of BIG5_PUA_SEQUENCES) big5Fix.set(cp, seq);
  }
  const map = big5Fix;
  return text.replace(/[\ue000-\uf8ff]/g, (ch) => map.get(ch.charCodeAt(0)) ?? ch);
}

function decodeWith(encoding: string, bytes: Uint8Array, stream = false): string {
  const text = new TextDecoder(encoding).decode(bytes, { stream });
  return encoding === "big5" ? fixBig5(text) : text;
}

interface Candidate {
  encoding: string;
  replacements: number;
  han: number;
  common: number;
  score: number;
}

/** How plausible a decoding is: common characters count for it, replacement characters count heavily against it. */
function score(encoding: string, sample: Uint8Array, truncated: boolean): Candidate {
  const text = new TextDecoder(encoding).decode(sample, { stream: truncated });
  let replacements = 0;
  let han = 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    if (c === 0xfffd) replacements++;
    else if (c <= 0x9fff) {
      han++;
      if (COMMON_HAN.has(c)) common++;
    }
  }
  return { encoding, replacements, han, common, score: common - 4 * replacements };
}

/** chardet's verdicts on the sample, as encodings we decode with, best first. */
function chardetVerdicts(sample: Uint8Array): { encoding: string; confidence: number }[] {
  const out: { encoding: string; confidence: number }[] = [];
  for (const m of analyse(sample)) {
    const encoding = encodingForLabel(m.name);
    if (encoding && !out.some((o) => o.encoding === encoding)) out.push({ encoding, confidence: m.confidence });
  }
  return out;
}

function finish(text: string, encoding: string, confidence: number): DecodedText {
  return { text, encoding, confidence: Math.max(0, Math.min(100, Math.round(confidence))), replacements: countReplacements(text) };
}

/**
 * Bytes → text. Order: BOM (UTF-8, UTF-16LE/BE); UTF-16 without BOM (NULs on every other byte);
 * strict UTF-8; then the declared `hint` (an HTML meta charset) if it decodes cleanly; then GB18030 vs
 * Big5 vs damaged UTF-8, decided by which decoding of the first 64 KB gives fewer U+FFFD and more common
 * Han characters. chardet (on the first 16 KB) is asked only when that evidence is not decisive: to break
 * near-ties, to add its confidence, and for text with no Han characters at all (a Western charset).
 * chardet alone often mislabels short Chinese text, so it never decides against clear character evidence.
 */
export function decodeText(bytes: Uint8Array, hint?: string): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return finish(new TextDecoder(bom).decode(bytes), bom, 100);

  const nul = sniffNul(bytes);
  if (nul === "utf-16le" || nul === "utf-16be") return finish(new TextDecoder(nul).decode(bytes), nul, 80);

  const hinted = hint ? encodingForLabel(hint) : null;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    // All ASCII (no multi-byte sequence): every ASCII-compatible charset gives the same text; report the declared one.
    if (hinted && text.length === bytes.length) return finish(text, hinted, 100);
    return finish(text, "utf-8", 100);
  } catch {
    // not UTF-8: detect below
  }

  const truncated = bytes.length > SAMPLE_BYTES;
  const sample = truncated ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  const names = [...new Set([hinted, "gb18030", "big5", "utf-8"].filter((e): e is string => !!e))];
  const candidates = names.map((e) => score(e, sample, truncated));
  const ranked = [...candidates].sort((a, b) => b.score - a.score);
  const best = ranked[0]!;
  const second = ranked[1];
  // chardet costs ~25 ms per 64 KB, far more than decoding: ask it only when the characters do not decide.
  const decisive = best.score > 0 && (!second || second.score <= 0 || best.score >= 2 * second.score);
  let verdicts: { encoding: string; confidence: number }[] | undefined;
  const chardet = () => (verdicts ??= chardetVerdicts(sample.subarray(0, CHARDET_BYTES)));
  const chardetFor = (enc: string) => chardet().find((v) => v.encoding === enc)?.confidence ?? 0;

  // The declared charset wins when it decodes cleanly and is not clearly worse than the alternatives.
  if (hinted) {
    const h = candidates.find((c) => c.encoding === hinted)!;
    if (h.replacements === 0 && h.common >= best.common * 0.5) {
      return finish(decodeWith(hinted, bytes), hinted, h === best ? 95 : 70);
    }
  }

  // No Chinese reading is plausible: believe chardet (e.g. a Western single-byte charset).
  const top = best.score <= 0 ? chardet()[0] : undefined;
  if (top && top.confidence >= 20 && !names.includes(top.encoding)) {
    return finish(decodeWith(top.encoding, bytes), top.encoding, top.confidence);
  }

  // Near-tie: let chardet break it.
  let chosen = best;
  if (!decisive && second && best.score - second.score <= Math.max(2, best.score * 0.05) && chardetFor(second.encoding) > chardetFor(best.encoding)) {
    chosen = second;
  }
  const other = chosen === best ? second : best;
  const margin = chosen.score <= 0 ? 10 : (100 * chosen.score) / (chosen.score + Math.max(0, other?.score ?? 0));
  const agrees = decisive ? undefined : chardet()[0];
  const confidence = agrees?.encoding === chosen.encoding ? Math.max(margin, agrees.confidence) : margin;
  return finish(decodeWith(chosen.encoding, bytes), chosen.encoding, Math.min(confidence, 99));
}
