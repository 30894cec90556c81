import { Converter } from "opencc-js/t2cn";
import type { Line, Origin, Span } from "./model.js";

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

let toSimplifiedConverter: ((s: string) => string) | undefined;
/** Traditional → Simplified (OpenCC). The converter is built once per process (~150 ms). */
export function toSimplified(s: string): string {
  const convert = (toSimplifiedConverter ??= Converter({ from: "t", to: "cn" }));
  return convert(s);
}

const HAN = /\p{Script=Han}/u;

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
  const chars = simplified.split("");
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) chars[i] = String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0x00a0) chars[i] = " ";
    else if (c >= 0x2f00 && c <= 0x2fdf) chars[i] = KANGXI[c - 0x2f00] ?? chars[i]!;
    else if (c >= 0xf900 && c <= 0xfaff) chars[i] = chars[i]!.normalize("NFKC");
  }
  for (const [s, e] of masked) for (let i = s; i < e; i++) chars[i] = "\0";
  const folded = chars.join("");
  // Pinyin glosses left by mirror sites' conversion (審結(jié), 統(tǒng)籌) are masked like watermarks.
  return folded.includes("(") ? folded.replace(PINYIN_GLOSS, (g) => "\0".repeat(g.length)) : folded;
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
    const keep: string[] = [];
    const map: number[] = [];
    for (let i = range[0]; i < range[1]; i++) {
      const c = folded[i]!;
      if (c === "\0" || c === " " || c === "\t" || c === "\n" || c === "\u200b") continue;
      keep.push(c);
      map.push(i);
    }
    this.compact = keep.join("");
    map.push(range[1]);
    this.toText = Int32Array.from(map);
  }
  /** Span in `text` of compact[start, end). */
  span(start: number, end: number): Span {
    const s = this.toText[start]!;
    const e = end > start ? this.toText[end - 1]! + 1 : s;
    return [s, e];
  }
  /** Every occurrence of `phrase` (folded the same way) as spans of `text`. */
  find(phrase: string): Span[] {
    const needle = foldText(phrase).replace(/[\s\0]/g, "");
    const out: Span[] = [];
    if (!needle) return out;
    let i = this.compact.indexOf(needle);
    while (i !== -1) {
      out.push(this.span(i, i + needle.length));
      i = this.compact.indexOf(needle, i + 1);
    }
    return out;
  }
}
