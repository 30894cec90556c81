/**
 * Numbers in a report: every quantity with its value, unit, qualifier, kind and the phrase it quantifies.
 *
 * One left-to-right pass per sentence over the folded text (Traditional → Simplified, full-width →
 * half-width, watermarks → \0); spans and `raw` quote `ctx.text`. At each digit, Chinese numeral or
 * opening bracket a short list of sticky (anchored) regexes is tried in order — masked digits, list
 * numbering, number-only quotations, dates, years, document numbers, codes, then a plain number with its
 * scale word, qualifier and unit — and the scan resumes after what was read. No pattern can backtrack
 * beyond a few characters.
 *
 * Choices (see also README in this folder):
 * - 万/亿 always scale the value and never appear in `unit` (80.63万件 → 806300 件, 6993.13万元 → 69931300 元);
 *   `decimals` counts the digits as written (80.63万 → 2), so a tolerance must use the scale: see `tolerance()`.
 * - Rates are fractions (99.19%% → 0.9919, 百分之九十 → 0.9); changes carry a positive value and `direction`.
 * - Dates: value = year·10000 + month·100 + day with missing parts 0 (11月28日 → 1128, 2021-01-25 → 20210125);
 *   years and year ranges: the (first) year; document numbers: the serial (武政发〔2021〕7号 → 7).
 * - `label` only for count, rate, money, score and change; it is the text before the number back to a
 *   clause mark or the previous non-`other` number, without leading connectives and trailing copulas.
 *   When the counted noun follows the number ("377个村居") the label is still the words before (or null).
 * - Chinese numerals are read only before a unit (十批次, 七期, 两万余人次), in 百分之…, after 第 (第三次),
 *   and as years/months; never inside short quotations (“四张清单”) or fixed phrases (一件事一次办).
 */
import type { ParseContext } from "../context.js";
import type { NumberKind, NumericFact, Qualifier, Sentence } from "../model.js";
import { lineAt } from "../text.js";
import { CHINESE_DIGIT_CHARS as DIGIT_CHARS, CHINESE_NUMERAL_CHARS as NUMERAL_CHARS, chineseDecimals, parseChineseNumeral } from "./chinese-numerals.js";
import type { QualifierEntry, UnitEntry, WordRule } from "./vocabulary.js";
import * as vocabulary from "./vocabulary.js";

// Plain local copies: module namespace bindings are getters under some loaders, and these sit in hot loops.
const CHINESE_DIGIT_CHARS: string = DIGIT_CHARS;
const CHINESE_NUMERAL_CHARS: string = NUMERAL_CHARS;
const {
  CHANGE_RATE_WORDS,
  CHANGE_VERBS,
  CHINESE_NUMERAL_LEFT_WORDS,
  COMPARATOR_TAILS,
  COMPARATORS,
  ELISION_MARKS,
  FIXED_PHRASES,
  INFIX_QUALIFIERS,
  LABEL_BOUNDARY_CHARS,
  LABEL_LEADING,
  LABEL_TRAILING,
  MASK_CHARS,
  PREFIX_QUALIFIERS,
  QUOTE_CLOSE,
  QUOTE_OPEN,
  QUOTE_TOGGLE,
  SCALES,
  SUFFIX_QUALIFIERS,
  UNITS,
} = vocabulary;

// ---------------------------------------------------------------------------------------------------
// Compiled once

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const longestFirst = <T>(items: readonly T[], key: (t: T) => string): T[] => [...items].sort((a, b) => key(b).length - key(a).length);

function unitAlternation(entries: readonly UnitEntry[]): string {
  return longestFirst(entries, (u) => u.unit)
    .map((u) => `(?:${u.pattern ?? escapeRe(u.unit)})${u.notBefore ? `(?![${u.notBefore}])` : ""}`)
    .join("|");
}
const ARABIC_UNITS = UNITS.filter((u) => u.arabic !== false);
const CHINESE_UNITS = UNITS.filter((u) => u.chinese !== false);
const UNIT_LOOKUP = new Map<string, UnitEntry>(UNITS.map((u) => [u.unit, u]));
function unitEntry(written: string): UnitEntry | undefined {
  const exact = UNIT_LOOKUP.get(written);
  if (exact) return exact;
  if (written.startsWith("%")) return UNIT_LOOKUP.get("%");
  return undefined;
}

const words = (list: readonly { word: string }[]): string => longestFirst(list, (q) => q.word).map((q) => escapeRe(q.word)).join("|");
const INFIX = words(INFIX_QUALIFIERS);
const SUFFIX_QUALS = words(SUFFIX_QUALIFIERS);
const SCALE_ALT = longestFirst(Object.keys(SCALES), (k) => k).join("|");
const QUALIFIER_BY_WORD = new Map<string, QualifierEntry>(
  [...PREFIX_QUALIFIERS, ...INFIX_QUALIFIERS, ...SUFFIX_QUALIFIERS].map((q) => [q.word, q]),
);
const PREFIX_QUALS_SORTED = longestFirst(PREFIX_QUALIFIERS, (q) => q.word);

/** What may stand between a number and its scale, qualifier and unit: a space, a masked gloss (萬(wàn)多件). */
const GAP = "(?: |\\0+)?";
/** Groups: 1 infix qualifier, 2 scale, 3 infix qualifier after the scale, 4 unit, 5 suffix qualifier. */
const ARABIC_SUFFIX = new RegExp(
  `(?:${GAP}(${INFIX}))?(?:${GAP}(${SCALE_ALT}))?(?:${GAP}(${INFIX}))?(?:${GAP}(${unitAlternation(ARABIC_UNITS)}))?(?:${GAP}(${SUFFIX_QUALS}))?`,
  "dy",
);
/** Groups: 1 infix qualifier, 2 unit, 3 suffix qualifier. */
const CHINESE_SUFFIX = new RegExp(`(${INFIX})?(${unitAlternation(CHINESE_UNITS)})?(${SUFFIX_QUALS})?`, "dy");

const CN = `[${CHINESE_NUMERAL_CHARS}]`;
const START = new RegExp(`[0-9]|${CN}|[〔\\[(【]`, "g");
const CN_SCALE_AFTER = new RegExp(`^(余|多)(${SCALE_ALT})`);
const CN_RUN = new RegExp(`${CN}+(?:点[〇零一二三四五六七八九]+)?`, "y");
const CN_MONTH_DAY = new RegExp(`(${CN}{1,3})月(?:(${CN}{1,3})[日号])?`, "y");
const PERCENT_CN = new RegExp(`百分之(?:(${CN}+(?:点[〇零一二三四五六七八九]+)?)|(\\d+)(?:\\.(\\d+))?)`, "y");

const DIGIT_RUN = /\d+(?:[.,]\d+){0,3}/y;
const NUMBER = /(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(\d+))?/y;
/** A number broken by single spaces, with "·" or "." as its decimal point: 29 757, 1 5, 99·5 9. */
const BROKEN_NUMBER = /\d+(?: \d+)*(?:[·.]\d+(?: \d+)*)?(?=[^\d ·.]|$)/y;
const NUMERIC_QUOTE = /[\d.·+\-xX×/~、:]{0,16}(?=[”」』"’])/y;
const YMD_CN = /(\d{4}) ?年 ?(\d{1,2}) ?月(?:份|(?: ?(\d{1,2}) ?[日号]))?/y;
const YMD_SEP = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])/y;
const YEAR_RANGE = /(\d{4}) ?(?:——|[-–—~～至到]) ?(\d{4}) ?(年度|年)?(?![\d.])/y;
const YEAR_GLUED = /(\d{4})(\d{4}) ?(年度|年)/y;
const YEAR = /(\d{4}) ?(年度|年)(?!代)/y;
const MONTH_DAY = /(\d{1,2}) ?(?:[-–~至到] ?(\d{1,2}) ?)?月(?:份|(?: ?(\d{1,2}) ?[日号]))?/y;
const DAY = /(\d{1,2}) ?日(?![内常益报前期])/y;
const TIME = /\d{1,2}:\d{2}(?::\d{2})?(?!\d)/y;
const CODE = /\d+(?:[/\-–—_]\d+)+/y;
const SERIAL = /(\d+) ?号(?![楼线院门馆房床室])/y;
const BRACKET_DOC = /[〔\[(【] ?(\d{4}) ?[〕\])】] ?(?:第 ?)?(\d+) ?号/y;
const ELISION_AFTER = new RegExp(`^ *(?:${ELISION_MARKS.map(escapeRe).join("|")})`);
const ELISION_BEFORE = new RegExp(`(?:${ELISION_MARKS.map(escapeRe).join("|")}) *$`);
const COMPARATOR = new RegExp(COMPARATORS.join("|"));
const ASCII_LETTER = /[A-Za-z]/;
const HAN = /\p{Script=Han}/u;
const LEADING_ENUMERATOR = /^(?:[一二三四五六七八九十]+是|[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]|[①-⑳])/;

const CHANGE_VERBS_SORTED = longestFirst(CHANGE_VERBS, (v) => v.word);
const CHANGE_RATE_SORTED = longestFirst(CHANGE_RATE_WORDS, (v) => v.word);
/** Copulas, plus "verb + 为/到/至" (下降为20%, 提高到95%: a level reached, the label is the metric before). */
const TRAILING_SORTED = byLastChar(longestFirst(
  [
    ...LABEL_TRAILING,
    ...CHANGE_VERBS.filter((v) => v.word.length > 1).flatMap((v) => ["为", "到", "至"].map((to) => ({ word: v.word + to }))),
  ],
  (w) => w.word,
));
const LEADING_SORTED = longestFirst(LABEL_LEADING, (w) => w.word);
const CHANGE_TAILS = byLastChar(
  longestFirst([...CHANGE_VERBS.map((v) => ({ word: v.word })), ...COMPARATOR_TAILS.map((word) => ({ word }))], (w) => w.word),
);
/** Rules grouped by their last character (order kept: longest first), for stripping from the end. */
function byLastChar(rules: readonly WordRule[]): Map<string, WordRule[]> {
  const map = new Map<string, WordRule[]>();
  for (const r of rules) {
    const c = r.word[r.word.length - 1]!;
    const list = map.get(c) ?? [];
    list.push(r);
    map.set(c, list);
  }
  return map;
}
/** Fixed phrases by each Chinese numeral character they contain, with its offset in the phrase. */
const FIXED_BY_CHAR = new Map<string, { phrase: string; offset: number }[]>();
for (const phrase of FIXED_PHRASES) {
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase[i]!;
    if (!CHINESE_NUMERAL_CHARS.includes(c)) continue;
    const list = FIXED_BY_CHAR.get(c) ?? [];
    list.push({ phrase, offset: i });
    FIXED_BY_CHAR.set(c, list);
  }
}

const SHORT_QUOTE = 24;
/** How a document's name ends (《…实施方案》, 《…的通知》): numbers inside it are part of the name. */
const DOCUMENT_TITLE_END = /(?:通知|意见|办法|规定|方案|报告|决定|规划|条例|纲要|细则|规则|标准|指标|体系|法|令|函|批复|公告|白皮书|要点|计划|清单|目录|指引|指南)[》>]?$/;
/** How far back a clause (and so a label) may reach: run-on text without punctuation gives no useful label beyond it. */
const MAX_CLAUSE = 80;
const PAIR_MARK = new RegExp(`[《》${escapeRe(QUOTE_OPEN + QUOTE_CLOSE + QUOTE_TOGGLE)}]`, "g");
const LABEL_JUNK = " \t\n\r\0、";
/** Stands for "no character" at a sentence edge (never in any vocabulary; "".includes tests would be true). */
const NONE = "\u0001";

// ---------------------------------------------------------------------------------------------------
// Public API

/** Every number in `sentences` (spans into ctx.text), in text order. */
export function extractNumbers(ctx: ParseContext, sentences: readonly Sentence[]): NumericFact[] {
  const out: NumericFact[] = [];
  for (const sentence of sentences) new SentenceScan(ctx, sentence, out).run();
  // Sentences normally come in text order; sort only when they did not.
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.span[0] < out[i - 1]!.span[0]) {
      out.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
      break;
    }
  }
  return out;
}

/**
 * Half a unit of the last written digit, in the units of `value`: 99.3% → 0.0005, 80.63万件 → 50,
 * 564件 → 0.5. The scale is read from `raw` (万/亿 were applied to the value).
 */
export function tolerance(fact: Pick<NumericFact, "raw" | "decimals" | "unit">): number {
  const m = SCALED_RAW.exec(fact.raw);
  let scale = m ? 10 ** SCALES[m[1]!]! : 1;
  if (fact.unit === "%") scale /= 100;
  else if (fact.unit === "‰") scale /= 1000;
  return 0.5 * 10 ** -fact.decimals * scale;
}
const SCALED_RAW = new RegExp(`\\d ?[余多来]? ?(${SCALE_ALT})`);

// ---------------------------------------------------------------------------------------------------
// Scanning one sentence

interface Token {
  start: number; // local
  end: number;
  value: number;
  unit: string | null;
  kind: NumberKind;
  qualifier: Qualifier | null;
  approx: boolean;
  bound: "lower" | "upper" | null;
  decimals: number;
  direction: "up" | "down" | null;
  label: string | null;
}

type Step = { token: Token | null; next: number };

const plain = (start: number, end: number, value: number, kind: NumberKind, unit: string | null = null, decimals = 0): Token => ({
  start,
  end,
  value,
  unit,
  kind,
  qualifier: null,
  approx: false,
  bound: null,
  decimals,
  direction: null,
  label: null,
});

/** Exact decimal arithmetic for "digits × 10^exp" (9919e-4 → 0.9919, 8063e2 → 806300). */
const scaled = (digits: string, exp: number): number => Number(`${digits}e${exp}`);

class SentenceScan {
  private readonly s: string;
  private readonly base: number;
  private readonly titles: [number, number][] = [];
  private readonly quotes: [number, number][] = [];
  /** End of the last number that bounds a label (any kind but `other`). */
  private lastEnd = 0;

  constructor(
    private readonly ctx: ParseContext,
    private readonly sentence: Sentence,
    private readonly out: NumericFact[],
  ) {
    this.base = sentence.span[0];
    this.s = ctx.folded.slice(sentence.span[0], sentence.span[1]);
    this.findPairs();
  }

  run(): void {
    const s = this.s;
    const start = START;
    start.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = start.exec(s)) !== null) {
      const p = m.index;
      const c = s[p]!;
      const step = c >= "0" && c <= "9" ? this.arabic(p) : CHINESE_NUMERAL_CHARS.includes(c) ? this.chinese(p) : this.bracket(p);
      if (step.token) this.emit(step.token);
      start.lastIndex = Math.max(step.next, p + 1);
    }
  }

  private emit(t: Token): void {
    const from = this.base + t.start;
    const to = this.base + t.end;
    if (t.kind !== "other") this.lastEnd = t.end;
    this.out.push({
      span: [from, to],
      line: lineAt(this.ctx.lines, from),
      raw: this.ctx.text.slice(from, to),
      value: t.value,
      unit: t.unit,
      kind: t.kind,
      qualifier: t.qualifier,
      approx: t.approx,
      bound: t.bound,
      decimals: t.decimals,
      direction: t.direction,
      label: t.label,
      sentence: this.sentence.index,
    });
  }

  /** 《title》 and short “quotation” ranges of the sentence (local offsets, exclusive of the marks). */
  private findPairs(): void {
    const s = this.s;
    PAIR_MARK.lastIndex = 0;
    if (!PAIR_MARK.test(s)) return;
    PAIR_MARK.lastIndex = 0;
    let title = -1;
    let quote = -1;
    let m: RegExpExecArray | null;
    while ((m = PAIR_MARK.exec(s)) !== null) {
      const i = m.index;
      const c = m[0];
      if (c === "《") title = i;
      else if (c === "》") {
        if (title !== -1) this.titles.push([title, i]);
        title = -1;
      } else if (QUOTE_OPEN.includes(c) || (c === QUOTE_TOGGLE && quote === -1)) quote = i;
      else if (quote !== -1) {
        if (i - quote <= SHORT_QUOTE) this.quotes.push([quote, i]);
        quote = -1;
      }
    }
  }
  private inTitle(p: number): boolean {
    return this.titles.some(([a, b]) => a < p && p < b);
  }
  /** A title that is a news headline, not a document's name (no 通知, 办法, 报告… at its end): its rates are figures. */
  private inHeadline(p: number): boolean {
    const t = this.titles.find(([a, b]) => a < p && p < b);
    return t !== undefined && !DOCUMENT_TITLE_END.test(this.s.slice(t[0], t[1]));
  }
  private inShortQuote(p: number): boolean {
    return this.quotes.some(([a, b]) => a < p && p < b);
  }

  // -------------------------------------------------------------------------------------------------
  // Arabic numbers

  private arabic(p: number): Step {
    const s = this.s;
    DIGIT_RUN.lastIndex = p;
    const runEnd = p + DIGIT_RUN.exec(s)![0].length;
    const prev = s[p - 1] ?? NONE;
    const next = s[runEnd] ?? NONE;
    const skip: Step = { token: null, next: runEnd };
    // A run of more than 20 digits is an identifier or garbage, never a quantity.
    if (/\d{21}/.test(s.slice(p, runEnd))) {
      let i = runEnd;
      while (i < s.length && s[i]! >= "0" && s[i]! <= "9") i++;
      return { token: null, next: i };
    }

    // “1310”, “3+X”, “12.4”: a quotation holding only a number is a name.
    if (QUOTE_OPEN.includes(prev) || prev === QUOTE_TOGGLE) {
      NUMERIC_QUOTE.lastIndex = p;
      const q = NUMERIC_QUOTE.exec(s);
      if (q) {
        const end = p + q[0].length;
        return { token: plain(p, end, Number(s.slice(p, runEnd).replace(/,/g, "")) || 0, "other"), next: end };
      }
    }
    // Masked digits (x013年, 20xx年, 20 (略) 委) are not numbers at all.
    if (MASK_CHARS.includes(prev) || MASK_CHARS.includes(next)) return this.skipMasked(runEnd);
    if (ELISION_AFTER.test(s.slice(runEnd, runEnd + 6)) || ELISION_BEFORE.test(s.slice(Math.max(0, p - 6), p))) return skip;
    if (this.isListNumber(p, runEnd)) return skip;

    return (
      this.ymdCn(p) ??
      this.ymdSep(p) ??
      this.yearRange(p) ??
      this.year(p) ??
      this.monthDay(p) ??
      this.day(p) ??
      this.time(p) ??
      this.code(p) ??
      this.serial(p) ??
      this.quantity(p)
    );
  }

  private skipMasked(from: number): Step {
    // Step over the whole masked run (x01x年度) so its pieces are not read separately.
    let i = from;
    while (i < this.s.length && (MASK_CHARS.includes(this.s[i]!) || /\d/.test(this.s[i]!))) i++;
    return { token: null, next: i };
  }

  /** List numbering: "1." "2、" at the start of a line or sentence, "(1)" anywhere. */
  private isListNumber(p: number, runEnd: number): boolean {
    const s = this.s;
    if (runEnd - p > 2) return false;
    const next = s[runEnd] ?? NONE;
    if (s[p - 1] === "(" && next === ")") return true;
    if (!".、．)".includes(next) || /\d/.test(s[runEnd + 1] ?? "")) return false;
    let i = p - 1;
    while (i >= 0 && (s[i] === " " || s[i] === "\t" || s[i] === "(" || s[i] === "\0")) i--;
    return i < 0 || s[i] === "\n";
  }

  private ymdCn(p: number): Step | null {
    YMD_CN.lastIndex = p;
    const m = YMD_CN.exec(this.s);
    if (!m) return null;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = m[3] === undefined ? 0 : Number(m[3]);
    if (!plausibleYear(y) || mo < 1 || mo > 12 || d > 31 || (m[3] !== undefined && d < 1)) return null;
    const end = p + m[0].length;
    return { token: plain(p, end, y * 10000 + mo * 100 + d, "date"), next: end };
  }

  private ymdSep(p: number): Step | null {
    YMD_SEP.lastIndex = p;
    const m = YMD_SEP.exec(this.s);
    if (!m) return null;
    const y = Number(m[1]);
    const mo = Number(m[3]);
    const d = Number(m[4]);
    if (!plausibleYear(y) || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    const end = p + m[0].length;
    return { token: plain(p, end, y * 10000 + mo * 100 + d, "date"), next: end };
  }

  private yearRange(p: number): Step | null {
    for (const re of [YEAR_RANGE, YEAR_GLUED]) {
      re.lastIndex = p;
      const m = re.exec(this.s);
      if (!m) continue;
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (!plausibleYear(a) || !plausibleYear(b) || b < a) continue;
      const end = p + m[0].length;
      return { token: plain(p, end, a, "year", m[3] ?? null), next: end };
    }
    return null;
  }

  private year(p: number): Step | null {
    YEAR.lastIndex = p;
    const m = YEAR.exec(this.s);
    if (!m || !plausibleYear(Number(m[1]))) return null;
    const end = p + m[0].length;
    return { token: plain(p, end, Number(m[1]), "year", m[2]!), next: end };
  }

  private monthDay(p: number): Step | null {
    MONTH_DAY.lastIndex = p;
    const m = MONTH_DAY.exec(this.s);
    if (!m) return null;
    const mo = Number(m[1]);
    const mo2 = m[2] === undefined ? mo : Number(m[2]);
    const d = m[3] === undefined ? 0 : Number(m[3]);
    if (mo < 1 || mo > 12 || mo2 < mo || mo2 > 12 || d > 31 || (m[3] !== undefined && d < 1)) return null;
    const end = p + m[0].length;
    return { token: plain(p, end, mo * 100 + d, "date"), next: end };
  }

  private day(p: number): Step | null {
    DAY.lastIndex = p;
    const m = DAY.exec(this.s);
    if (!m) return null;
    const d = Number(m[1]);
    if (d < 1 || d > 31) return null;
    const end = p + m[0].length;
    return { token: plain(p, end, d, "date"), next: end };
  }

  private time(p: number): Step | null {
    TIME.lastIndex = p;
    const m = TIME.exec(this.s);
    if (!m) return null;
    const end = p + m[0].length;
    return { token: plain(p, end, Number(m[0].split(":")[0]), "other"), next: end };
  }

  /** Index numbers, phone numbers, ranges with a hyphen or slash: 014133058/2021-00012, 0519-86316053. */
  private code(p: number): Step | null {
    CODE.lastIndex = p;
    const m = CODE.exec(this.s);
    if (!m) return null;
    const end = p + m[0].length;
    return { token: plain(p, end, Number(m[0].match(/^\d+/)![0]), "other"), next: end };
  }

  /** 省政府令54号, 国务院令第711号, 苏ICP备10217280号. */
  private serial(p: number): Step | null {
    SERIAL.lastIndex = p;
    const m = SERIAL.exec(this.s);
    if (!m) return null;
    let start = p;
    if (this.s[p - 1] === "第") start = p - 1;
    if ("令字第".includes(this.s[start - 1] ?? NONE)) start = this.issuerPrefix(start);
    const end = p + m[0].length;
    return { token: plain(start, end, Number(m[1]), "documentNumber", "号"), next: end };
  }

  /** The issuer abbreviation right before a document number (武政发, 国办发, 省政府令): up to 8 Han characters. */
  private issuerPrefix(at: number): number {
    let i = at;
    while (i > 0 && HAN.test(this.s[i - 1]!) && at - i < 9) i--;
    return at - i > 8 ? at : i;
  }

  /** 〔2021〕7号, [2018]37号, (2021)5号 — with the issuer abbreviation before the bracket. */
  private bracket(p: number): Step {
    BRACKET_DOC.lastIndex = p;
    const m = BRACKET_DOC.exec(this.s);
    if (!m || !plausibleYear(Number(m[1]))) return { token: null, next: p + 1 };
    const end = p + m[0].length;
    return { token: plain(this.issuerPrefix(p), end, Number(m[2]), "documentNumber", "号"), next: end };
  }

  /** A plain number with its scale word, qualifiers and unit. */
  private quantity(p: number): Step {
    const s = this.s;
    NUMBER.lastIndex = p;
    const nm = NUMBER.exec(s)!;
    let coreEnd = p + nm[0].length;
    let intDigits = nm[1]!.replace(/,/g, "");
    let frac = nm[2] ?? "";
    // Digits broken by a stray space or a middle dot for the decimal point (29 757件, 99·5 9%): joined when a unit follows.
    BROKEN_NUMBER.lastIndex = p;
    const broken = BROKEN_NUMBER.exec(s);
    if (broken && broken[0].length > nm[0].length) {
      ARABIC_SUFFIX.lastIndex = p + broken[0].length;
      const unit = ARABIC_SUFFIX.exec(s)?.[4];
      if (unit) {
        const [whole, part = ""] = broken[0].split(/[·.]/);
        intDigits = whole!.replace(/ /g, "");
        frac = part.replace(/ /g, "");
        coreEnd = p + broken[0].length;
      }
    }
    const baseValue = Number(`${intDigits}.${frac || "0"}`);

    // 5G, H5, APP2: a number glued to Latin letters is a name.
    if (ASCII_LETTER.test(s[p - 1] ?? "") || ASCII_LETTER.test(s[coreEnd] ?? "")) {
      return { token: plain(p, coreEnd, baseValue, "other", null, frac.length), next: coreEnd };
    }
    // 7×24小时: a product, not a quantity.
    if (s[p - 1] === "×" || s[coreEnd] === "×") return { token: plain(p, coreEnd, baseValue, "other", null, frac.length), next: coreEnd };

    ARABIC_SUFFIX.lastIndex = coreEnd;
    const sm = ARABIC_SUFFIX.exec(s)!;
    const idx = sm.indices!;
    let infix = sm[1] ?? sm[3];
    const scale = sm[2];
    const unitText = sm[4];
    const suffixQual = sm[5];
    let end = coreEnd;
    for (let g = 1; g <= 5; g++) if (idx[g]) end = Math.max(end, idx[g]![1]);
    // 多/来 need a unit or scale word to be a qualifier (3多元化 is not "3-odd").
    if (infix && infix !== "余" && !scale && !unitText) {
      infix = undefined;
      end = coreEnd;
    }
    const entry = unitText ? unitEntry(unitText) : undefined;
    let exp = scale ? SCALES[scale]! : 0;
    if (entry?.unit === "%") exp -= 2;
    else if (entry?.unit === "‰") exp -= 3;
    const value = scaled(intDigits + frac, exp - frac.length);

    let kind: NumberKind;
    if (entry) kind = entry.kind ?? "count";
    else if (scale || infix === "余") kind = "count";
    else kind = "other";

    return this.finish(p, end, {
      value,
      unit: entry ? (entry.unit === "百分点" ? "个百分点" : entry.unit) : null,
      kind,
      decimals: frac.length,
      infix,
      suffixQual,
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Chinese numerals

  private chinese(p: number): Step {
    const s = this.s;
    if (s.startsWith("百分之", p)) return this.chinesePercent(p);
    if (s.startsWith("百分百", p)) {
      return this.finish(p, p + 3, { value: 1, unit: "%", kind: "rate", decimals: 0 });
    }
    CN_RUN.lastIndex = p;
    const runText = CN_RUN.exec(s)![0];
    const runEnd = p + runText.length;
    const skip: Step = { token: null, next: runEnd };

    if (this.inFixedPhrase(p, runEnd)) return skip;
    // 一X一Y idioms: 一村一法律顾问, 一户一档, 一企一策, 一案一档一视频.
    if (runText === "一" && (s[runEnd + 1] === "一" || s[runEnd + 2] === "一" || s[p - 2] === "一" || s[p - 3] === "一")) return skip;
    if (CHINESE_NUMERAL_LEFT_WORDS.includes(s[p - 1] ?? NONE)) return skip;
    if (this.inShortQuote(p)) return skip;

    // 三分之二
    if (s.startsWith("分之", runEnd)) {
      CN_RUN.lastIndex = runEnd + 2;
      const num = CN_RUN.exec(s);
      const den = parseChineseNumeral(runText);
      const nv = num ? parseChineseNumeral(num[0]) : null;
      if (!num || den === null || nv === null || den === 0) return skip;
      const end = runEnd + 2 + num[0].length;
      return this.finish(p, end, { value: nv / den, unit: null, kind: "rate", decimals: 0 });
    }

    const value = parseChineseNumeral(runText);
    if (value === null) return skip;
    const hasDigit = [...runText].some((c) => CHINESE_DIGIT_CHARS.includes(c));

    // 二〇二三年 (digit by digit), optionally with month and day
    if (/^[〇○零一二三四五六七八九]{4}$/.test(runText) && s[runEnd] === "年" && plausibleYear(value)) {
      let end = runEnd + 1;
      if (s[end] === "度") end++;
      CN_MONTH_DAY.lastIndex = end;
      const md = s[end - 1] === "年" ? CN_MONTH_DAY.exec(s) : null;
      if (md) {
        const mo = parseChineseNumeral(md[1]!);
        const d = md[2] ? parseChineseNumeral(md[2]) : 0;
        if (mo !== null && mo >= 1 && mo <= 12 && d !== null && d <= 31) {
          const dEnd = end + md[0].length;
          return { token: plain(p, dEnd, value * 10000 + mo * 100 + d, "date"), next: dEnd };
        }
      }
      return { token: plain(p, end, value, "year", s.slice(runEnd, end)), next: end };
    }
    // 十一月, 一月二十五日
    if (s[runEnd] === "月" && Number.isInteger(value) && value >= 1 && value <= 12 && !s.startsWith("第", p - 1)) {
      CN_MONTH_DAY.lastIndex = p;
      const md = CN_MONTH_DAY.exec(s);
      const d = md?.[2] ? parseChineseNumeral(md[2]) : 0;
      if (md && d !== null && d <= 31) {
        const end = p + md[0].length;
        return { token: plain(p, end, value * 100 + d, "date"), next: end };
      }
    }

    // 七十余万件, 两千多万元: a qualifier, then the scale word.
    const scaleAfter = CN_SCALE_AFTER.exec(s.slice(runEnd, runEnd + 2));
    const suffixFrom = runEnd + (scaleAfter?.[0].length ?? 0);
    CHINESE_SUFFIX.lastIndex = suffixFrom;
    const sm = CHINESE_SUFFIX.exec(s)!;
    const idx = sm.indices!;
    const infix = scaleAfter?.[1] ?? sm[1];
    let unitText = sm[2];
    const suffixQual = sm[3];
    let end = suffixFrom;
    for (let g = 1; g <= 3; g++) if (idx[g]) end = Math.max(end, idx[g]![1]);
    // 连续三年: 年 is read after a Chinese numeral only here.
    if (!unitText && s[end] === "年" && s.startsWith("连续", p - 2)) {
      unitText = "年";
      end++;
    }
    if (!unitText) return skip;
    // 百, 千, 万 alone are vague (千家万户, 万人): only with 余/多 (千余家, 万余人).
    if (!hasDigit && !runText.startsWith("十") && !infix) return skip;
    const entry = unitEntry(unitText)!;
    const exp = (entry.unit === "%" ? -2 : entry.unit === "‰" ? -3 : entry.unit === "成" ? -1 : 0) + (scaleAfter ? SCALES[scaleAfter[2]!]! : 0);
    const decimals = chineseDecimals(runText);
    const v = exp === 0 ? value : Number((value * 10 ** exp).toFixed(Math.max(0, decimals - exp)));
    return this.finish(p, end, {
      value: v,
      unit: entry.unit === "百分点" ? "个百分点" : entry.unit,
      kind: entry.kind ?? "count",
      decimals,
      infix,
      suffixQual,
    });
  }

  private chinesePercent(p: number): Step {
    PERCENT_CN.lastIndex = p;
    const m = PERCENT_CN.exec(this.s);
    if (!m) return { token: null, next: p + 3 };
    let value: number | null;
    let decimals: number;
    if (m[1] !== undefined) {
      value = parseChineseNumeral(m[1]);
      decimals = chineseDecimals(m[1]);
    } else {
      decimals = (m[3] ?? "").length;
      value = Number(`${m[2]}.${m[3] ?? "0"}`);
    }
    if (value === null) return { token: null, next: p + m[0].length };
    let end = p + m[0].length;
    const after = SUFFIX_QUALIFIERS.find((q) => this.s.startsWith(q.word, end));
    if (after) end += after.word.length;
    return this.finish(p, end, {
      value: Number((value / 100).toFixed(decimals + 2)),
      unit: "%",
      kind: "rate",
      decimals,
      suffixQual: after?.word,
    });
  }

  private inFixedPhrase(p: number, runEnd: number): boolean {
    const s = this.s;
    for (let i = p; i < runEnd; i++) {
      const list = FIXED_BY_CHAR.get(s[i]!);
      if (!list) continue;
      for (const { phrase, offset } of list) if (i - offset >= 0 && s.startsWith(phrase, i - offset)) return true;
    }
    return false;
  }

  // -------------------------------------------------------------------------------------------------
  // Context: qualifiers before the number, change, ordinal, label

  private finish(
    p: number,
    end: number,
    q: { value: number; unit: string | null; kind: NumberKind; decimals: number; infix?: string | undefined; suffixQual?: string | undefined },
  ): Step {
    const s = this.s;
    const clauseStart = this.clauseStart(p);
    const labelStart = Math.max(clauseStart, this.lastEnd);

    // A qualifier written right before the number belongs to it (近3000人, 超过90%).
    let start = p;
    let qualifier: QualifierEntry | null = null;
    for (const entry of PREFIX_QUALS_SORTED) {
      const at = p - entry.word.length;
      if (at >= labelStart && s.startsWith(entry.word, at) && !(entry.notAfter ?? "").includes(s[at - 1] ?? NONE)) {
        qualifier = entry;
        start = at;
        break;
      }
    }
    if (q.infix) qualifier ??= QUALIFIER_BY_WORD.get(q.infix) ?? null;
    if (q.suffixQual) {
      const sq = QUALIFIER_BY_WORD.get(q.suffixQual)!;
      // 近2000件以上 keeps the first qualifier but takes the bound.
      qualifier = qualifier ? { ...qualifier, bound: qualifier.bound ?? sq.bound, approx: qualifier.approx || sq.approx } : sq;
    }

    let kind = q.kind;
    let direction: "up" | "down" | null = null;
    let labelEnd = start;
    let labelFrom = labelStart;

    if (s[start - 1] === "第") {
      kind = "ordinal";
      start -= 1;
    } else if (s.startsWith("连续", start - 2) && kind !== "rate") {
      kind = "ordinal";
      start -= 2;
    } else if (kind === "count" || kind === "rate" || kind === "money" || kind === "score" || kind === "change") {
      // A change verb right before the number: 同比下降17.65%, 较上年增加58人, 增加7.6个百分点.
      let v = start;
      if (s[v - 1] === "了") v--;
      const verb = CHANGE_VERBS_SORTED.find((c) => v - c.word.length >= labelStart && s.startsWith(c.word, v - c.word.length));
      const compared = COMPARATOR.test(s.slice(clauseStart, start));
      if (verb && (kind === "change" || kind === "rate" || compared)) {
        kind = "change";
        direction = verb.direction;
      }
      // Label: strip copulas (达, 为, 均达…), remembering a qualifier found among them (约为24%).
      const stripped = this.stripLabel(labelFrom, labelEnd);
      labelFrom = stripped.from;
      labelEnd = stripped.to;
      if (!qualifier && stripped.qualifier) qualifier = stripped.qualifier;
      // A stated growth rate: 增长率109%, 降幅达12%.
      if (kind === "rate" || kind === "change") {
        const rateWord = CHANGE_RATE_SORTED.find((w) => s.startsWith(w.word, labelEnd - w.word.length) && labelEnd - w.word.length >= labelFrom);
        if (rateWord) {
          kind = "change";
          direction ??= rateWord.direction;
        }
      }
      if (kind === "change") labelEnd = this.stripTail(labelFrom, labelEnd, CHANGE_TAILS).to;
      if (this.inTitle(p) && !(kind === "rate" && this.inHeadline(p))) kind = "other";
    }

    const labelled = kind === "count" || kind === "rate" || kind === "money" || kind === "score" || kind === "change";
    return {
      token: {
        start,
        end,
        value: q.value,
        unit: q.unit,
        kind,
        qualifier: (qualifier?.qualifier ?? null) as Qualifier | null,
        approx: qualifier?.approx ?? false,
        bound: qualifier?.bound ?? null,
        decimals: q.decimals,
        direction,
        label: labelled ? this.labelText(labelFrom, labelEnd) : null,
      },
      next: end,
    };
  }

  /** Where the clause holding `p` starts: after the last clause mark, skipping closed (…) groups. */
  private clauseStart(p: number): number {
    const s = this.s;
    let depth = 0;
    const stop = Math.max(0, p - MAX_CLAUSE);
    for (let i = p - 1; i >= stop; i--) {
      const c = s[i]!;
      if (c === ")" || c === "）") depth++;
      else if (c === "(" || c === "（") {
        if (depth === 0) return i + 1;
        depth--;
      } else if (depth === 0 && LABEL_BOUNDARY_CHARS.includes(c)) return i + 1;
    }
    return stop;
  }

  private trim(from: number, to: number): [number, number] {
    const s = this.s;
    // Whitespace, watermark, list commas; a quotation mark left open at the end or closed at the start.
    while (from < to && (LABEL_JUNK.includes(s[from]!) || QUOTE_CLOSE.includes(s[from]!))) from++;
    while (to > from && (LABEL_JUNK.includes(s[to - 1]!) || QUOTE_OPEN.includes(s[to - 1]!))) to--;
    return [from, to];
  }

  private stripTail(from: number, to: number, rules: ReadonlyMap<string, readonly WordRule[]>): { to: number; stripped: string[] } {
    const s = this.s;
    const stripped: string[] = [];
    [from, to] = this.trim(from, to);
    for (let round = 0; round < 6 && to > from; round++) {
      const rule = rules.get(s[to - 1]!)?.find(
        (r) => to - r.word.length >= from && s.startsWith(r.word, to - r.word.length) && !(r.notAfter ?? "").includes(s[to - r.word.length - 1] ?? NONE),
      );
      if (!rule) break;
      to -= rule.word.length;
      stripped.push(rule.word);
      [from, to] = this.trim(from, to);
    }
    return { to, stripped };
  }

  private stripLabel(from: number, to: number): { from: number; to: number; qualifier: QualifierEntry | null } {
    const s = this.s;
    [from, to] = this.trim(from, to);
    const lead = LEADING_ENUMERATOR.exec(s.slice(from, to));
    if (lead) [from, to] = this.trim(from + lead[0].length, to);
    for (let round = 0; round < 3; round++) {
      const rule = LEADING_SORTED.find(
        (r) => s.startsWith(r.word, from) && from + r.word.length < to && !(r.notBefore ?? "").includes(s[from + r.word.length] ?? NONE),
      );
      if (!rule) break;
      [from, to] = this.trim(from + rule.word.length, to);
    }
    const tail = this.stripTail(from, to, TRAILING_SORTED);
    let qualifier: QualifierEntry | null = null;
    for (const w of tail.stripped) {
      const entry = PREFIX_QUALS_SORTED.find((q) => w.startsWith(q.word));
      if (entry) {
        qualifier = entry;
        break;
      }
    }
    return { from, to: tail.to, qualifier };
  }

  /** The label as written in ctx.text, without watermark characters and line breaks. */
  private labelText(from: number, to: number): string | null {
    [from, to] = this.trim(from, to);
    if (from >= to) return null;
    let out = "";
    for (let i = from; i < to; i++) {
      const f = this.s[i]!;
      if (f === "\0" || f === "\n" || f === "\r") continue;
      out += this.ctx.text[this.base + i]!;
    }
    out = out.trim();
    return out === "" ? null : out;
  }
}

function plausibleYear(y: number): boolean {
  return y >= 1900 && y <= 2100;
}
