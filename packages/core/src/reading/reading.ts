/**
 * One clause-level reading of a report's numbers, computed once per model (memoised like `foldedTextOf`)
 * and shared by every rule package and `TextQuery`.
 *
 * - The compact view: the folded text (繁→简, full→half width) without whitespace and watermarks, with
 *   text↔compact offsets (`toCompact`, `toText`, `toTextEnd`).
 * - Sentences and clauses with lookup by offset (`sentenceAt`, `paragraphAt`, `clauseAt`), all through one
 *   binary search (`indexAt`). A clause ends at , ; 。 : ! ? outside brackets; 、 does not end one, so an
 *   enumeration with its shared predicate ("按时办复率、满意率均达到100%") stays one clause.
 * - For every number of `model.numbers` a `NumberReading`: its clause, the words before and after it in
 *   the clause, its subject, polarity, modality, time and scope (see `NumberReadingSchema`).
 *
 * Cost budget (per report): one pass over the text for the view, one over the sentences for the clauses,
 * and per number a look-back bounded by its sentence; nothing is quadratic in the report length.
 */
import { z } from "zod";
import type { Evidence, Line, NumericFact, ReportModel, Span } from "../model.js";
import { foldedTextOf } from "../parse.js";
import { evidenceAt, MatchView, PhraseSet } from "../text.js";
import {
  CLAUSE_END_CHARS,
  COMPARISON_WORDS,
  CRITERION_WORDS,
  HYPOTHETICAL_WORDS,
  NEGATION_WORDS,
  PREVIOUS_YEAR_WORDS,
  SCOPE_WORDS,
  TARGET_WORDS_AFTER,
  TARGET_WORDS_CLAUSE,
  TARGET_WORDS_SENTENCE,
  THRESHOLD_FILLERS,
  THRESHOLD_WORDS,
  type Scope,
} from "./vocabulary.js";

export const ScopeSchema = z.enum(["whole", "own", "subordinate", "department", "nation"]);
export const ModalitySchema = z.enum(["actual", "target", "hypothetical", "threshold", "criterion"]);

export const ClauseSchema = z.object({
  index: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
  /** Compact offsets [start, end). */
  compact: SpanLike(),
  /** Text offsets [start, end). */
  span: SpanLike(),
});
export type Clause = z.infer<typeof ClauseSchema>;

export const NumberReadingSchema = z.object({
  /** Index into `model.numbers`. */
  number: z.number().int().nonnegative(),
  clause: z.number().int().nonnegative(),
  /** Compact offsets of the number (with its qualifier and unit). */
  compact: SpanLike(),
  /** Compact words of the clause before the number (back to the previous quantity), and after it to the clause end. */
  before: z.string(),
  after: z.string(),
  /**
   * What the number counts or measures: its label when it names one ("行政诉讼案件38件"), otherwise the
   * words after it ("受理|91件行政复议申请" → "行政复议申请"); null when neither names anything.
   */
  subject: z.string().nullable(),
  /** "negated" when a negation governs the counted verb ("不予受理12件"): a different quantity. */
  polarity: z.enum(["affirmed", "negated"]),
  /** The negation word and its compact offset, when negated. */
  negation: z.object({ word: z.string(), at: z.number().int().nonnegative() }).nullable(),
  /** Targets, requirements, hypotheticals, thresholds and evaluation criteria are not achieved values. */
  modality: ModalitySchema,
  time: z.object({
    /** current: the year reported (or no year stated); previous: an earlier level; change: a difference. */
    relation: z.enum(["current", "previous", "change"]),
    /** The year the text gives the number (nearest year before it in its sentence), if any. */
    year: z.number().int().nullable(),
  }),
  /** Whole area, the body itself (本级), its subordinates (各县区), departments, the nation — when stated. */
  scope: ScopeSchema.nullable(),
  /** Inside brackets opened in its own sentence: an aside ("(含结转21件)"). */
  aside: z.boolean(),
});
export type NumberReading = z.infer<typeof NumberReadingSchema>;

function SpanLike() {
  return z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
}

/** The last index i with starts[i] <= offset (0 when none): the one binary search every lookup uses. */
export function indexAt(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

// Scans over the compact text test char codes, never one-character strings.
const codes = (chars: Iterable<string>) => new Set([...chars].map((c) => c.charCodeAt(0)));
const CLAUSE_ENDS = codes(CLAUSE_END_CHARS);
const OPEN = codes(["(", "[", "【", "（"]);
const CLOSE = codes([")", "]", "】", "）"]);
/** CJK ideographs are neither brackets nor clause ends. */
const isIdeograph = (c: number) => c >= 0x3400 && c < 0xfe00;
/** Words that begin with a negation character but negate nothing. */
const NOT_NEGATIONS = ["不断", "不仅", "不但", "不同", "不到", "不足", "不少", "不再", "不超过", "不低于", "不高于", "不多于", "不得", "无论", "未来", "无缝", "不定期", "不间断", "无偿", "无纸化", "无差别"];
const NEGATIONS_SORTED = [...NEGATION_WORDS].sort((a, b) => b.length - a.length);
/** First characters of the negation words: any other position cannot start one. */
const NEGATION_FIRST = codes(NEGATION_WORDS.map((w) => w[0]!));
/** Characters that stop a subject read after a number. */
const SUBJECT_STOP = /[,;。:!?()、]/;
const SUBJECT_MAX = 30;
const LEADING_PARTICLES = /^(?:的|个|件|项|余|多)+/;

export class Reading {
  readonly view: MatchView;
  readonly compact: string;
  /** Compact [start, end) of each sentence. */
  readonly sentenceStarts: Int32Array;
  readonly sentenceEnds: Int32Array;
  readonly clauses: Clause[] = [];
  /**
   * For each sentence, the first sentence of its statement: sentences joined by a semicolon read as one
   * statement up to the full stop ("维持5件；撤销6件；责令重作2件。").
   */
  readonly statementOf: Int32Array;
  /** One reading per `model.numbers` entry, same order. */
  readonly numbers: NumberReading[];
  private readonly sentenceTextStarts: Int32Array;
  private readonly paragraphTextStarts: Int32Array;
  private readonly clauseStarts: number[] = [];
  private readonly chromeStarts: number[];
  private readonly chromeEnds: number[];

  constructor(readonly model: ReportModel) {
    this.view = new MatchView(model.text, foldedTextOf(model));
    this.compact = this.view.compact;
    const n = model.sentences.length;
    this.sentenceStarts = new Int32Array(n);
    this.sentenceEnds = new Int32Array(n);
    this.sentenceTextStarts = new Int32Array(n);
    model.sentences.forEach((s, i) => {
      this.sentenceStarts[i] = this.toCompact(s.span[0]);
      this.sentenceEnds[i] = this.toCompact(s.span[1]);
      this.sentenceTextStarts[i] = s.span[0];
    });
    this.paragraphTextStarts = Int32Array.from(model.paragraphs.map((p) => p.span[0]));
    const chrome = model.lines.filter((l: Line) => l.chrome);
    this.chromeStarts = chrome.map((l) => l.span[0]);
    this.chromeEnds = chrome.map((l) => l.span[1]);
    for (let s = 0; s < n; s++) this.splitClauses(s);
    this.statementOf = new Int32Array(n);
    for (let s = 1; s < n; s++) {
      const prev = model.sentences[s - 1]!;
      const joined = prev.paragraph === model.sentences[s]!.paragraph && /[;；]\s*$/.test(prev.raw);
      this.statementOf[s] = joined ? this.statementOf[s - 1]! : s;
    }
    this.numbers = readNumbers(this);
  }

  /** Compact index of the first kept character at or after a text offset. */
  toCompact(offset: number): number {
    const map = this.view.toText;
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Text offset of compact index `i` (a start). */
  toText(i: number): number {
    return this.view.toText[Math.min(Math.max(0, i), this.view.toText.length - 1)]!;
  }
  /** Text offset just after compact index `i - 1` (an end). */
  toTextEnd(i: number): number {
    return i > 0 ? this.view.toText[Math.min(i, this.view.toText.length) - 1]! + 1 : this.view.toText[0]!;
  }
  /** Text span of compact [start, end). */
  textSpan(start: number, end: number): Span {
    return [this.toText(start), this.toTextEnd(end)];
  }
  /** Index of the sentence holding a text offset. */
  sentenceAt(offset: number): number {
    return indexAt(this.sentenceTextStarts, offset);
  }
  /** Index of the paragraph holding a text offset. */
  paragraphAt(offset: number): number {
    return indexAt(this.paragraphTextStarts, offset);
  }
  /** Index of the clause holding a compact offset. */
  clauseAt(compactOffset: number): number {
    return indexAt(this.clauseStarts, compactOffset);
  }
  /** True when a text offset lies on a page-chrome line. */
  inChrome(offset: number): boolean {
    if (this.chromeStarts.length === 0) return false;
    const i = indexAt(this.chromeStarts, offset);
    return offset >= this.chromeStarts[i]! && offset < this.chromeEnds[i]!;
  }
  evidence(span: Span): Evidence {
    return evidenceAt(this.model, span);
  }
  /**
   * Text offset where a number's label stands: its last occurrence in the number's sentence that starts at
   * or before `latest` (default the number's start); null when it has no label or the label is not there.
   * Searched within the sentence, never back through the report.
   */
  labelAt(n: NumericFact, latest = n.span[0]): number | null {
    if (!n.label) return null;
    const from = this.model.sentences[n.sentence]?.span[0] ?? 0;
    if (latest < from) return null;
    const at = this.model.text.slice(from, latest + n.label.length).lastIndexOf(n.label);
    return at >= 0 ? from + at : null;
  }
  /** The reading of a number of `model.numbers`. */
  of(n: NumericFact): NumberReading | undefined {
    const i = indexAt(this.numberStarts(), n.span[0]);
    const r = this.numbers[i];
    return r && this.model.numbers[r.number] === n ? r : this.numbers.find((x) => this.model.numbers[x.number] === n);
  }
  private starts: number[] | undefined;
  private numberStarts(): number[] {
    return (this.starts ??= this.model.numbers.map((n) => n.span[0]));
  }
  /** True when compact offset `i` stands inside brackets opened in its own clause's sentence. */
  inBrackets(i: number, sentence: number): boolean {
    return this.openBracket(i, sentence) >= 0;
  }
  /**
   * The innermost brackets opened in its sentence that enclose compact offset `i`: the compact offsets of
   * the opening bracket and of its closing one (the sentence end when it is never closed); null outside.
   */
  bracketAt(i: number, sentence: number): [number, number] | null {
    const open = this.openBracket(i, sentence);
    if (open < 0) return null;
    const to = this.sentenceEnds[sentence] ?? this.compact.length;
    let depth = 0;
    for (let k = i; k < to; k++) {
      const c = this.compact.charCodeAt(k);
      if (isIdeograph(c)) continue;
      if (OPEN.has(c)) depth++;
      else if (CLOSE.has(c)) {
        if (depth === 0) return [open, k];
        depth--;
      }
    }
    return [open, to];
  }
  /** Compact offset of the innermost bracket opened in the sentence before `i` and not yet closed, or -1. */
  private openBracket(i: number, sentence: number): number {
    const from = this.sentenceStarts[sentence] ?? 0;
    if (i >= from && i < (this.sentenceEnds[sentence] ?? 0)) return this.openBrackets()[i]!;
    return innermostOpen(this.compact, from, i); // an offset outside its sentence: scan
  }
  private openAt: Int32Array | undefined;
  /** For each compact offset inside a sentence, `openBracket` of it: one pass per sentence, on first use. */
  private openBrackets(): Int32Array {
    if (this.openAt) return this.openAt;
    const table = new Int32Array(this.compact.length).fill(-1);
    const open: number[] = [];
    for (let s = 0; s < this.sentenceStarts.length; s++) {
      open.length = 0;
      for (let k = this.sentenceStarts[s]!; k < this.sentenceEnds[s]!; k++) {
        table[k] = open.length > 0 ? open[open.length - 1]! : -1;
        const c = this.compact.charCodeAt(k);
        if (isIdeograph(c)) continue;
        if (OPEN.has(c)) open.push(k);
        else if (CLOSE.has(c) && open.length > 0) open.pop();
      }
    }
    return (this.openAt = table);
  }

  private splitClauses(s: number): void {
    const from = this.sentenceStarts[s]!;
    const to = this.sentenceEnds[s]!;
    let start = from;
    let depth = 0;
    for (let k = from; k < to; k++) {
      const c = this.compact.charCodeAt(k);
      if (isIdeograph(c)) continue;
      if (OPEN.has(c)) depth++;
      else if (CLOSE.has(c) && depth > 0) depth--;
      else if (depth === 0 && CLAUSE_ENDS.has(c)) {
        this.pushClause(s, start, k + 1);
        start = k + 1;
      }
    }
    if (start < to || start === from) this.pushClause(s, start, to);
  }
  private pushClause(sentence: number, start: number, end: number): void {
    this.clauses.push({ index: this.clauses.length, sentence, compact: [start, end], span: this.textSpan(start, end) });
    this.clauseStarts.push(start);
  }
}

/** Compact offset of the innermost bracket opened in [from, to) and not closed there, or -1. */
function innermostOpen(compact: string, from: number, to: number): number {
  const open: number[] = [];
  for (let k = from; k < to; k++) {
    const c = compact.charCodeAt(k);
    if (OPEN.has(c)) open.push(k);
    else if (CLOSE.has(c) && open.length > 0) open.pop();
  }
  return open.length > 0 ? open[open.length - 1]! : -1;
}

// ---------------------------------------------------------------------------------------------------

const readings = new WeakMap<ReportModel, Reading>();

/** The report's reading, computed once per model. */
export function readingOf(model: ReportModel): Reading {
  let r = readings.get(model);
  if (!r) {
    r = new Reading(model);
    readings.set(model, r);
  }
  return r;
}

function readNumbers(r: Reading): NumberReading[] {
  const { model, compact } = r;
  const out: NumberReading[] = [];
  const reportYear = model.meta.reportYear;
  let prevEndInSentence = -1;
  let prevSentence = -1;
  let prevChange = false;
  const cues = new Cues(r);
  model.numbers.forEach((n, index) => {
    const start = r.toCompact(n.span[0]);
    const end = r.toCompact(n.span[1]);
    const clauseIndex = r.clauseAt(start);
    const clause = r.clauses[clauseIndex]!;
    const sentence = n.sentence;
    if (sentence !== prevSentence) {
      prevEndInSentence = -1;
      prevChange = false;
    }
    const beforeFrom = Math.max(clause.compact[0], prevEndInSentence >= clause.compact[0] ? prevEndInSentence : clause.compact[0]);
    const before = compact.slice(beforeFrom, start);
    const clauseBefore = compact.slice(clause.compact[0], start);
    const after = compact.slice(end, clause.compact[1]);
    const quantity = n.kind === "count" || n.kind === "rate" || n.kind === "money" || n.kind === "score" || n.kind === "change";
    if (quantity) {
      prevEndInSentence = end;
      prevSentence = sentence;
    }

    // Subject: the label when it names something, else the words after the number.
    const label = n.label ? n.label.replace(/\s/g, "") : "";
    let subject: string | null = label || null;
    const tail = after.split(SUBJECT_STOP)[0]!.slice(0, SUBJECT_MAX).replace(LEADING_PARTICLES, "");
    if (!subject && tail) subject = tail;

    // Polarity: a negation in the words before the number, not part of a word that negates nothing.
    let negation: { word: string; at: number } | null = null;
    for (let k = before.length - 1; k >= 0 && !negation; k--) {
      if (!NEGATION_FIRST.has(before.charCodeAt(k))) continue;
      for (const w of NEGATIONS_SORTED) {
        if (!before.startsWith(w, k)) continue;
        if (NOT_NEGATIONS.some((x) => before.startsWith(x, k) || (k > 0 && before.startsWith(x, k - 1) && x[1] === before[k]))) break;
        negation = { word: w, at: beforeFrom + k };
        break;
      }
    }

    // Modality.
    const modality = modalityOf(r, sentence, before + leadingWords(n.raw), after, cues.at(clauseIndex, start, sentence));

    // Time.
    let year: number | null = null;
    for (let k = index - 1; k >= 0; k--) {
      const m = model.numbers[k]!;
      if (m.sentence !== sentence) break;
      if (m.kind === "year") {
        year = m.value;
        break;
      }
      if (m.kind === "date" && m.value > 10000000) {
        year = Math.floor(m.value / 10000);
        break;
      }
    }
    let relation: NumberReading["time"]["relation"] = "current";
    // A change, or a number continuing a list of changes ("分别下降36%、38%").
    if (n.kind === "change" || (prevChange && /^[、,和及与]*$/.test(before))) relation = "change";
    else if (previousLevel(before, clauseBefore) || (year !== null && reportYear !== null && year < reportYear)) relation = "previous";

    // Scope: the nearest scope word before the number in its sentence.
    const scope = cues.scopeBefore(sentence, start);

    if (quantity) prevChange = relation === "change";
    out.push({
      number: index,
      clause: clauseIndex,
      compact: [start, end],
      before,
      after,
      subject,
      polarity: negation ? "negated" : "affirmed",
      negation,
      modality,
      time: { relation, year },
      scope,
      aside: r.inBrackets(start, sentence),
    });
  });
  return out;
}

/**
 * The modality of what stands at compact [start, end) of a sentence: a number, or a phrase that implies a
 * value ("实现…全覆盖" in a plan is not an achievement).
 */
export function modalityAt(r: Reading, start: number, end: number): NumberReading["modality"] {
  const clauseIndex = r.clauseAt(start);
  const clause = r.clauses[clauseIndex]!;
  const clauseBefore = r.compact.slice(clause.compact[0], start);
  return modalityOf(r, clause.sentence, clauseBefore, r.compact.slice(end, clause.compact[1]), new Cues(r).at(clauseIndex, start));
}

/** What the words before a position in its clause and sentence say about modality (see `Cues.at`). */
interface ModalityCues {
  hypothetical: boolean;
  /** A target word before the position in its clause, or one of the sentence-wide target words in its sentence. */
  target: boolean;
  /** "到2025年底," before the position, not followed by a completed action. */
  deadline: boolean;
}

function modalityOf(r: Reading, sentence: number, before: string, after: string, cues: ModalityCues): NumberReading["modality"] {
  if (cues.hypothetical) return "hypothetical";
  if (thresholdBefore(before)) return "threshold";
  if (
    cues.target ||
    TARGET_WORDS_AFTER.some((w) => after.replace(/^(?:以上|左右)/, "").startsWith(w)) ||
    TARGET_AFTER_RE.test(after) ||
    cues.deadline
  ) {
    return "target";
  }
  if (criterionItem(r, sentence)) return "criterion";
  return "actual";
}

/**
 * The cue words of each clause and sentence, found once per clause or sentence (a sentence holds several
 * numbers) instead of searching the words before every number again.
 */
class Cues {
  private readonly clauseEnds = new Map<number, { hypothetical: number; target: number }>();
  private readonly sentenceCues = new Map<number, { target: number; deadline: boolean; scopes: ScopeHit[] }>();
  constructor(private readonly r: Reading) {}

  /** Modality cues for compact offset `at` of clause `clauseIndex`: the words wholly before `at`. */
  at(clauseIndex: number, at: number, sentence = this.r.clauses[clauseIndex]!.sentence): ModalityCues {
    const clause = this.r.clauses[clauseIndex]!;
    let c = this.clauseEnds.get(clauseIndex);
    if (!c) {
      const [from, to] = clause.compact;
      c = { hypothetical: firstEnd(this.r.compact, from, to, HYPOTHETICAL_SET), target: firstEnd(this.r.compact, from, to, TARGET_CLAUSE_SET) };
      this.clauseEnds.set(clauseIndex, c);
    }
    const s = this.sentence(sentence);
    const sStart = this.r.sentenceStarts[sentence] ?? clause.compact[0];
    return {
      hypothetical: c.hypothetical <= at,
      target: c.target <= at || s.target <= at,
      deadline: s.deadline && futureDeadline(this.r.compact.slice(sStart, at)),
    };
  }

  /** The nearest scope word wholly before compact offset `at` in its sentence (the later start wins, then the longer word). */
  scopeBefore(sentence: number, at: number): Scope | null {
    let best: ScopeHit | null = null;
    for (const h of this.sentence(sentence).scopes) {
      if (h.end > at) continue;
      if (!best || h.at > best.at || (h.at === best.at && h.end > best.end)) best = h;
    }
    return best ? best.scope : null;
  }

  private sentence(i: number) {
    let s = this.sentenceCues.get(i);
    if (!s) {
      const from = this.r.sentenceStarts[i] ?? 0;
      const to = this.r.sentenceEnds[i] ?? from;
      const scopes: ScopeHit[] = SCOPE_SET.matches(this.r.compact, from, to).map((m) => ({ at: m.start, end: m.end, scope: m.value }));
      s = { target: firstEnd(this.r.compact, from, to, TARGET_SENTENCE_SET), deadline: DEADLINE.test(this.r.compact.slice(from, to)), scopes };
      this.sentenceCues.set(i, s);
    }
    return s;
  }
}

const SCOPE_SET = new PhraseSet(SCOPE_WORDS.map((s) => [s.word, s.scope] as const));

interface ScopeHit {
  at: number;
  end: number;
  scope: Scope;
}

/** The compact offset just after the earliest-ending occurrence of any of a set's words in [from, to); Infinity when none. */
function firstEnd(compact: string, from: number, to: number, words: PhraseSet<unknown>): number {
  let best = Infinity;
  for (const m of words.matches(compact, from, to)) if (m.end < best) best = m.end;
  return best;
}
const wordSet = (words: readonly string[]) => new PhraseSet(words.map((w) => [w, null] as const));
const HYPOTHETICAL_SET = wordSet(HYPOTHETICAL_WORDS);
const TARGET_CLAUSE_SET = wordSet(TARGET_WORDS_CLAUSE);
const TARGET_SENTENCE_SET = wordSet(TARGET_WORDS_SENTENCE);

/** "均小于15%", "不低于90%", "控制在5%以内": a comparator (after an optional 均/都/应) right before the number. */
function thresholdBefore(before: string): boolean {
  let s = before;
  for (const f of THRESHOLD_FILLERS) if (s.endsWith(f)) s = s.slice(0, -f.length);
  if (THRESHOLD_WORDS.some((w) => s.endsWith(w) || before.endsWith(w))) return true;
  // "低于全省最低标准92%": the comparator, then the line it names.
  return THRESHOLD_WORDS.some((w) => {
    const at = before.lastIndexOf(w);
    return at >= 0 && before.length - at - w.length <= 10 && THRESHOLD_LINES.some((l) => before.endsWith(l, before.length) || before.slice(at).includes(l));
  });
}
/** Nouns naming the line a comparator measures against. */
const THRESHOLD_LINES = ["标准", "水平", "平均", "底线", "红线", "要求"];

/** "…100%满意率为总目标", "…达到95%的工作目标": the clause after the number names it a goal. */
const TARGET_AFTER_RE = /(?:为|的|作为)(?:总|工作|主要|年度)?目标/;

/** The words a number's raw text starts with before its digits ("不低于95%" → "不低于"). */
function leadingWords(raw: string): string {
  return /^[^\d〇零一二三四五六七八九十两百千万]*/.exec(raw.replace(/\s/g, ""))![0];
}

const DEADLINE = /(?:到|至)\d{4}年(?:底|末)?/;
/** "到2025年底," / "到2017年" before the number, not followed by a completed action (已, 实现了). */
function futureDeadline(sentenceBefore: string): boolean {
  const m = DEADLINE.exec(sentenceBefore);
  if (!m) return false;
  const rest = sentenceBefore.slice(m.index + m[0].length);
  return !/[已了]|累计|共/.test(rest) && /(?:底|末)/.test(m[0]);
}

/** "比上年", "较2022年", "上年同期" just before the number: an earlier level given for comparison. */
function previousLevel(before: string, clauseBefore: string): boolean {
  if (PREVIOUS_YEAR_WORDS.some((w) => before.includes(w))) return true;
  for (const w of COMPARISON_WORDS) {
    const at = clauseBefore.lastIndexOf(w);
    if (at < 0) continue;
    const rest = clauseBefore.slice(at + w.length);
    if (/^(?:\d{4}年度?|上一?年度?|去年|前一年|同期)[^\d]{0,8}$/.test(rest)) return true;
  }
  return false;
}

const NUMBERED_ITEM_START = /^\s*\d{1,3}[.．、](?!\d)/;
/** A numbered item at the start of a line ("27.") whose text reads as a norm: an evaluation criterion. */
function criterionItem(r: Reading, sentence: number): boolean {
  const s = r.model.sentences[sentence];
  if (!s) return false;
  const para = r.model.paragraphs[s.paragraph];
  // Anchored at the start: the test reads the leading spaces and the numbering, not the whole paragraph
  // (which this is asked once per number of).
  if (!NUMBERED_ITEM_START.test(para?.raw ?? s.raw)) return false;
  const text = r.compact.slice(r.sentenceStarts[sentence]!, r.sentenceEnds[sentence]!);
  return CRITERION_WORDS.some((w) => text.includes(w));
}
