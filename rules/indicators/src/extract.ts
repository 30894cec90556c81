/**
 * Indicator values with evidence (DOMAIN §3.1), from core's numbers and the catalogue's phrases.
 *
 * 1. Stated: every rate and count of `model.numbers` (changes, scores, years, codes are never levels) is
 *    given a topic — the nearest topic cue before it (its own label, then back through its sentence, then
 *    back through earlier sentences of its paragraph); a count with no label of its own looks at the words
 *    after it first ("4个案件经调解后申请人撤回复议申请"). Label phrases of that topic's indicators are
 *    matched in the number's own label, longest first; a count gets one indicator, a rate every indicator
 *    its label names ("办复率、满意率均达100%"). Numbers inside brackets are asides ("(含结转21件)"), and a
 *    sentence gives each indicator once (the later ones are its breakdown: "其中一审案件27件").
 * 2. Implied: catalogue phrases without a number ("负责人均积极出庭应诉" → 1, "零败诉" → 0), in the right
 *    topic, not hedged ("基本实现…全覆盖"). A count ("未受理行政复议案件" → 0) is a statement in words, and so
 *    is a phrase whose own clause counts the units it covers ("377个村居实现法律顾问全覆盖"): basis stated.
 * 3. Computed, from exact stated numbers only (never approximate, bounded or implied ones): sums of parts
 *    (`sumOf`), a zero accounted for by a complete breakdown (`zeroWhenAccounted`), then rates whose counts —
 *    stated or computed so — stand in one paragraph (`formula.compute`).
 * Implied and computed values are added only for indicators with no stated value.
 */
import { modalityAt, PhraseSet, readingOf, type NumberReading, type NumericFact, type Reading, type ReportModel, type Span } from "@fazhi/core";
import { compactFold } from "@fazhi/rule-kit";
import { CATALOGUE, DOMAINS, type CatalogueEntry } from "./catalogue.js";
import { COUNTED_ENTITIES, PREVENTION_WORDS, DEFAULT_COUNT_UNITS, FOREIGN_TOPICS, HEDGES, IGNORE_LABELS, IMPLIED_GAP, NEGATIONS } from "./catalogue.data.js";
import type { Basis, IndicatorsFact, IndicatorValue } from "./types.js";

/** Clause marks in the folded text: a gap, a clause or a trailing phrase never crosses them. */
const CLAUSE_MARKS = new Set([",", ";", "。", ":", "!", "?", "、"]);
/** Clause marks that end a clause for evidence and hedges (、 only separates list items). */
const CLAUSE_ENDS = new Set([",", ";", "。", ":", "!", "?"]);
/** How far a label-less count looks after itself for its label, in characters. */
const TRAILING_MAX = 30;
/** How many earlier sentences of the paragraph a topic is looked for in. */
const TOPIC_SENTENCES_BACK = 3;
const RATE_EPSILON = 1e-9;

interface Cue {
  key: string;
  /** A domain of the catalogue, or null for a topic outside it. */
  domain: string | null;
}
const CUES: Cue[] = [
  ...Object.entries(DOMAINS).flatMap(([domain, d]) => d.cues.map((c) => ({ key: compactFold(c), domain }))),
  ...FOREIGN_TOPICS.map((c) => ({ key: compactFold(c), domain: null })),
];
const CUE_SET = new PhraseSet(CUES.map((c) => [c.key, c.domain] as const));

interface Phrase {
  key: string;
  phrase: string;
  entry: CatalogueEntry | null;
}
const LABELS_BY_DOMAIN = new Map<string, Phrase[]>();
for (const entry of CATALOGUE) {
  const list = LABELS_BY_DOMAIN.get(entry.domain) ?? [];
  for (const phrase of entry.labels) list.push({ key: compactFold(phrase), phrase, entry });
  LABELS_BY_DOMAIN.set(entry.domain, list);
}
const IGNORE: Phrase[] = IGNORE_LABELS.map((phrase) => ({ key: compactFold(phrase), phrase, entry: null }));
const HEDGE_KEYS = HEDGES.map((h) => compactFold(h));
const ENTITY_KEYS = COUNTED_ENTITIES.map((e) => compactFold(e));
const PREVENTION_KEYS = PREVENTION_WORDS.map((e) => compactFold(e));
const NEGATION_CHARS = new Set(NEGATIONS.map((n) => compactFold(n)));

interface ImpliedPattern {
  entry: CatalogueEntry;
  phrase: string;
  parts: string[];
  value: number;
}
const IMPLIED: ImpliedPattern[] = CATALOGUE.flatMap((entry) =>
  (entry.implied ?? []).flatMap((i) => i.phrases.map((phrase) => ({ entry, phrase, parts: phrase.split("…").map((p) => compactFold(p)), value: i.value }))),
);

/** A stated value with what computed values need to know about where it came from. */
interface Found {
  value: IndicatorValue;
  number?: NumericFact;
  sentence: number;
}

/** Extract every indicator of the catalogue from a parsed report. */
export function extractIndicators(model: ReportModel): IndicatorsFact {
  const doc = new Doc(model);
  const stated = statedValues(doc);
  const statedIds = new Set(stated.map((f) => f.value.id));
  const computed = computedValues(doc, stated).filter((v) => !statedIds.has(v.id));
  const implied = impliedValues(doc).filter((v) => !statedIds.has(v.id) && !computed.some((c) => c.id === v.id));
  const values = [...stated.map((f) => f.value), ...computed, ...implied].sort((a, b) => a.span[0] - b.span[0] || a.id.localeCompare(b.id));
  const byId = new Map<string, IndicatorValue>();
  for (const v of [...values].sort((a, b) => scoredOrder(model, a) - scoredOrder(model, b) || a.span[0] - b.span[0])) if (!byId.has(v.id)) byId.set(v.id, v);
  const order = new Map(CATALOGUE.map((e, i) => [e.id, i]));
  const result = [...values]
    .sort((a, b) => order.get(a.id)! - order.get(b.id)! || a.span[0] - b.span[0])
    .map((v) => ({
      id: v.id,
      value: v.value,
      unit: v.unit,
      basis: v.basis,
      approx: v.approx,
      evidence: v.evidence,
      scored: byId.get(v.id) === v,
      ...(v.scope ? { scope: v.scope } : {}),
      ...(v.time ? { time: v.time } : {}),
    }));
  return { values, byId, result };
}

const BASIS_RANK: Record<Basis, number> = { stated: 0, computed: 1, implied: 2 };
/** Broadest first: the whole area, unstated, the body itself, its subordinates, departments, the nation. */
const SCOPE_RANK: Record<string, number> = { whole: 0, none: 1, own: 2, subordinate: 3, department: 4, nation: 5 };

/**
 * The order in which a value is chosen to be scored: the reporting body's own for the report year
 * (an earlier year's level last), at the broadest scope it states, stated before computed before implied.
 */
function scoredOrder(model: ReportModel, v: IndicatorValue): number {
  const year = model.meta.reportYear;
  const earlier = v.time?.relation === "previous" || (year !== null && v.time?.year != null && v.time.year !== year) ? 1 : 0;
  return earlier * 100 + SCOPE_RANK[v.scope ?? "none"]! * 10 + BASIS_RANK[v.basis];
}

// ---------------------------------------------------------------------------------------------------
// Topics over core's reading (compact view, sentences, clauses, number readings)

class Doc {
  readonly reading: Reading;
  readonly compact: string;
  readonly sentenceStarts: Int32Array;
  readonly sentenceEnds: Int32Array;

  constructor(readonly model: ReportModel) {
    this.reading = readingOf(model);
    this.compact = this.reading.compact;
    this.sentenceStarts = this.reading.sentenceStarts;
    this.sentenceEnds = this.reading.sentenceEnds;
  }
  toCompact(offset: number): number {
    return this.reading.toCompact(offset);
  }
  toText(i: number): number {
    return this.reading.toText(i);
  }
  toTextEnd(i: number): number {
    return this.reading.toTextEnd(i);
  }
  sentenceAt(offset: number): number {
    return this.reading.sentenceAt(offset);
  }
  inChrome(offset: number): boolean {
    return this.reading.inChrome(offset);
  }
  evidence(span: Span) {
    return this.reading.evidence(span);
  }
  /** Compact start of the clause that contains compact index `i`. */
  clauseStart(i: number): number {
    return this.reading.clauses[this.reading.clauseAt(i)]!.compact[0];
  }

  /**
   * The topic at compact index `at` of `sentence`: the nearest cue before it in the sentence, then in up
   * to TOPIC_SENTENCES_BACK earlier sentences of the same paragraph. `after` (compact range) is looked
   * at first, nearest cue first. Returns a domain, null for a foreign topic, undefined when none.
   */
  topic(at: number, sentence: number, after?: [number, number]): string | null | undefined {
    if (after) {
      const hit = firstCue(this.compact.slice(after[0], after[1]));
      if (hit !== undefined) return hit;
    }
    const own = this.lastCueIn(sentence, at);
    if (own !== undefined) return own;
    const paragraph = this.model.sentences[sentence]?.paragraph;
    for (let s = sentence - 1; s >= 0 && s >= sentence - TOPIC_SENTENCES_BACK; s--) {
      if (this.model.sentences[s]!.paragraph !== paragraph) break;
      const hit = this.lastCueIn(s, this.sentenceEnds[s]!);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }

  private readonly cueHitsBySentence = new Map<number, CueHit[]>();
  /** Every cue occurrence in a sentence (compact indices), found once per sentence. */
  private cueHits(sentence: number): CueHit[] {
    let hits = this.cueHitsBySentence.get(sentence);
    if (!hits) {
      hits = [];
      const from = this.sentenceStarts[sentence] ?? 0;
      for (const m of CUE_SET.matches(this.compact, from, this.sentenceEnds[sentence] ?? from)) hits.push({ end: m.end, len: m.key.length, domain: m.value });
      this.cueHitsBySentence.set(sentence, hits);
    }
    return hits;
  }
  /** The cue ending last before compact index `at` in the sentence (the longer one on a tie). */
  private lastCueIn(sentence: number, at: number): string | null | undefined {
    let best: CueHit | undefined;
    for (const hit of this.cueHits(sentence)) {
      if (hit.end > at) continue;
      if (!best || hit.end > best.end || (hit.end === best.end && hit.len > best.len)) best = hit;
    }
    return best?.domain;
  }
}

interface CueHit {
  end: number;
  len: number;
  domain: string | null;
}

function firstCue(region: string): string | null | undefined {
  let best: { start: number; len: number; domain: string | null } | undefined;
  for (const m of CUE_SET.matches(region)) {
    if (best && m.start > best.start) break;
    if (!best || m.key.length > best.len) best = { start: m.start, len: m.key.length, domain: m.value };
  }
  return best?.domain;
}

// ---------------------------------------------------------------------------------------------------
// Stated

interface LabelMatch {
  phrase: Phrase;
  start: number;
  end: number;
}

/** Label phrases in `label`, longest first, without overlaps; phrases of IGNORE_LABELS win and drop out. */
export function matchLabels(label: string, phrases: readonly Phrase[]): LabelMatch[] {
  const all: LabelMatch[] = [];
  for (const phrase of [...phrases, ...IGNORE]) {
    for (let i = label.indexOf(phrase.key); i >= 0; i = label.indexOf(phrase.key, i + 1)) all.push({ phrase, start: i, end: i + phrase.key.length });
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || b.end - a.end);
  const kept: LabelMatch[] = [];
  for (const m of all) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.filter((m) => m.phrase.entry !== null);
}

function unitFits(entry: CatalogueEntry, n: NumericFact): boolean {
  if (entry.unit === "ratio") return n.kind === "rate" && n.value >= 0 && n.value <= 1 + RATE_EPSILON;
  if (entry.unit === "count") return n.kind === "count" && (entry.countUnits ?? DEFAULT_COUNT_UNITS).includes(n.unit ?? "");
  return false;
}

/** The words after a count up to the clause end: "4个|案件经调解后申请人撤回复议申请". */
function trailing(doc: Doc, r: NumberReading): [number, number] {
  const start = r.compact[1];
  const limit = Math.min(doc.reading.clauses[r.clause]!.compact[1], start + TRAILING_MAX);
  let end = start;
  while (end < limit && !CLAUSE_ENDS.has(doc.compact[end]!)) end++;
  return [start, end];
}

/** A phrase match the number's negation governs ("不|受理12件" for 受理), unless the phrase holds the negation itself. */
function negatedMatch(r: NumberReading, m: LabelMatch, labelStart: number): boolean {
  if (!r.negation) return false;
  return r.negation.at < labelStart + m.start || (r.negation.at >= labelStart + m.end);
}

function statedValues(doc: Doc): Found[] {
  const { model, reading } = doc;
  const out: Found[] = [];
  /** Statements whose counts bundle several kinds ("受理行政诉讼、非诉审查等各类案件"): a bare verb after them counts the bundle. */
  const mixed = new Set<number>();
  model.numbers.forEach((n, index) => {
    if (n.kind !== "rate" && n.kind !== "count") return;
    const r = reading.numbers[index]!;
    if ((r.aside && !datedAside(r)) || r.modality !== "actual" || r.time.relation === "change") return;
    if (doc.inChrome(n.span[0])) return;
    const at = r.compact[0];
    // "17个单位…" counts bodies; "2起…案件被评为典型" counts a selection of things.
    if (n.kind === "count" && (countsEntities(r.after) || PASSIVE.test(r.after))) return;
    const written = n.label ? compactFold(n.label) : "";
    // A label of particles only ("的", "为") names nothing.
    const ownLabel = ELLIPSIS_RE.test(written) ? "" : written;
    const candidates: Array<{ label: string; labelStart: number; after?: [number, number] }> = [];
    if (ownLabel) {
      const i = doc.compact.lastIndexOf(ownLabel, at);
      candidates.push({ label: ownLabel, labelStart: i >= 0 ? i : at - ownLabel.length });
    } else if (r.before && !elliptical(r.before)) {
      // Core's label stops at a year ("败诉率2021年为9.1%"): the clause's words before the number.
      candidates.push({ label: r.before, labelStart: at - r.before.length });
    }
    if (n.kind === "rate") {
      // The label right after the rate: "97.26%的按时办结率", "99.2%已经办复", "近三成败诉".
      const after = trailing(doc, r);
      const words = doc.compact.slice(after[0], after[1]).replace(/^的/, "");
      if (words) candidates.push({ label: words, labelStart: after[1] - words.length, after });
    }
    if (n.kind === "count") {
      const after = trailing(doc, r);
      if (after[1] > after[0]) candidates.push({ label: doc.compact.slice(after[0], after[1]), labelStart: after[0], after });
    }
    if (n.kind === "rate" && share(doc, out, n, r, r.before)) return;
    for (const c of candidates) {
      // The topic at the number, or — when a cue inside the label is part of its wording ("矛盾纠纷综合化解率"
      // after 复议) — the topic before the label: the one whose phrase reads more of the label wins.
      const domain = doc.topic(at, n.sentence, c.after);
      if (!domain) continue;
      const inDomain = (d: string) => matchLabels(c.label, (LABELS_BY_DOMAIN.get(d) ?? []).filter((p) => unitFits(p.entry!, n)));
      let matches = inDomain(domain);
      if (c.after && n.kind === "rate") matches = matches.filter((m) => m.start === 0);
      if (matches.length === 0) continue;
      const before = c.after ? undefined : doc.topic(c.labelStart, n.sentence);
      if (before && before !== domain) {
        const other = inDomain(before);
        if (other.length > 0 && longest(other) > longest(matches)) matches = other;
      }
      if (n.kind === "count") {
        const statement = continuedStatement(doc, n.sentence);
        const one = countMatch(matches, c.label, !!c.after, () => mixed.add(statement));
        if (one && mixed.has(statement) && one.end - one.start <= BARE_VERB) return;
        if (!one || negatedMatch(r, one, c.labelStart) || prevented(c.label, one)) return;
        matches = [partAfterTotal(doc, out, n, one)];
        emit(doc, out, n, r, matches, c.after);
        return;
      }
      emit(doc, out, n, r, matches, c.after);
      return;
    }
    // An elliptical number ("2021年为20.2%", "较上年的52件", "3595件、3125件"): the subject named before it in its sentence.
    if (elliptical(r.before) && !mixed.has(continuedStatement(doc, n.sentence))) {
      const domain = doc.topic(at, n.sentence);
      if (!domain) return;
      // A comparison or a series continues the last value of its kind in the statement.
      const unit = n.kind === "rate" ? "ratio" : "count";
      const prev = [...out].reverse().find((f) => f.value.unit === unit && doc.reading.statementOf[f.sentence] === doc.reading.statementOf[n.sentence]);
      const prevEntry = prev && CATALOGUE.find((e) => e.id === prev.value.id);
      if (prevEntry && prevEntry.domain === domain && unitFits(prevEntry, n)) {
        emit(doc, out, n, r, [{ phrase: { key: prev.value.label, phrase: prev.value.label, entry: prevEntry }, start: 0, end: 0 }], undefined, true);
        return;
      }
      const from = doc.sentenceStarts[n.sentence]!;
      const region = doc.compact.slice(from, at - ownLabel.length);
      const phrases = (LABELS_BY_DOMAIN.get(domain) ?? []).filter((p) => unitFits(p.entry!, n));
      const matches = matchLabels(region, phrases);
      if (matches.length === 0) return;
      const last = Math.max(...matches.map((m) => m.end));
      if (!nearEnough(region.slice(last)) || RATE_TAILS.some((t) => region.startsWith(t, last))) return;
      const nearest = matches.filter((m) => m.end === last);
      emit(doc, out, n, r, n.kind === "count" ? [nearest[0]!] : nearest, undefined, true);
    }
  });
  return out;
}

function longest(matches: readonly LabelMatch[]): number {
  return Math.max(...matches.map((m) => m.end - m.start));
}

/** Words that make a rate a share of what a count before it names ("…46件，占比1.78%", "败诉的占…32.5%"). */
const SHARE_RE = /(?:占比|占|比例|比重)(?:[^,;。]{0,12}的)?$/;

/**
 * A share: the rate whose formula's numerator is what the count phrases in its own label name, or else
 * what the count just before it in its statement was given ("审结复议案件72747件，占受理案件总数的94.68%"
 * → closure rate). The denominator is whatever the text says it is; the numerator decides.
 */
function share(doc: Doc, out: Found[], n: NumericFact, r: NumberReading, label: string): boolean {
  const m = SHARE_RE.exec(label);
  if (!m) return false;
  const domain = doc.topic(r.compact[0], n.sentence);
  if (!domain) return false;
  // A rate label that holds the share word is that rate ("持证比例", "直接纠错决定比例" is not: no such label).
  const ratePhrases = (LABELS_BY_DOMAIN.get(domain) ?? []).filter((p) => p.entry!.unit === "ratio");
  const word = /^(?:占比|占|比例|比重)/.exec(m[0])![0];
  if (matchLabels(label, ratePhrases).some((x) => x.start < m.index + word.length && x.end > m.index)) return false;
  const head = label.slice(0, m.index);
  const countPhrases = (LABELS_BY_DOMAIN.get(domain) ?? []).filter((p) => p.entry!.unit === "count");
  let ids = new Set(matchLabels(head, countPhrases).map((x) => x.phrase.entry!.id));
  if (ids.size === 0 && head.replace(/[的,]/g, "") === "") {
    // The count just before, in the clause before: what its own label names (emitted or not).
    const index = doc.model.numbers.indexOf(n);
    const prev = index > 0 ? doc.model.numbers[index - 1]! : undefined;
    if (!prev || prev.kind !== "count" || doc.reading.numbers[index - 1]!.clause !== r.clause - 1) return true;
    ids = new Set(matchLabels(compactFold(prev.label ?? ""), countPhrases).map((x) => x.phrase.entry!.id));
  }
  if (ids.size === 0) return true;
  const entry = CATALOGUE.find((e) => e.domain === domain && e.formula && e.formula.numerator.length === ids.size && e.formula.numerator.every((id) => ids.has(id)));
  if (!entry || !unitFits(entry, n)) return true;
  emit(doc, out, n, r, [{ phrase: { key: label, phrase: label, entry }, start: 0, end: label.length }]);
  return true;
}

/** A passive 被 (not 被告, 被申请人…): the counted things undergo something else ("3件案件被评为…"). */
const PASSIVE = /被(?!告|申请|诉|执行|处罚|征收|拆迁)/;

/** Whether the words after a count name bodies or people it counts ("17个|单位逾期…"). */
function countsEntities(after: string): boolean {
  return ENTITY_KEYS.some((k) => after.startsWith(k));
}

/**
 * An elliptical number takes a subject named at most a few words before it, or before a run of numbers
 * it continues ("分别为3595件、3125件、…"); a subject further back belongs to another statement.
 */
function nearEnough(between: string): boolean {
  return between.replace(/[\d.%、,，()年度为的是件起宗个次项人达和及与上下去较比同期]/g, "").length <= ELLIPSIS_REACH;
}
const ELLIPSIS_REACH = 12;

/** Words an elliptical number's words before it may hold besides years: comparison, copulas, particles. */
const ELLIPSIS_WORDS = ["上升到", "下降到", "提高到", "增加到", "减少到", "增至", "降至", "而", "上一年", "上年度", "上年", "去年", "前一年", "同期", "相比", "较", "比", "仅为", "仅", "分别为", "分别", "已达", "达到", "达", "为", "的", "是", "从", "至", "到", "和", "及", "与", "年度", "年"];
const ELLIPSIS_RE = new RegExp(`^(?:\\d{4}|[()、,]|${ELLIPSIS_WORDS.join("|")})*$`);
/** Words that show the number continues a series or a comparison (not a bare copula: "有8起…"). */
const ELLIPSIS_MARK = /、|\d{4}年|上一?年|去年|前一年|同期|较|比|分别/;
function elliptical(before: string): boolean {
  return before !== "" && ELLIPSIS_RE.test(before) && ELLIPSIS_MARK.test(before);
}
/** An aside that dates its number ("(2019年320件)") gives an earlier level, not a part. */
function datedAside(r: NumberReading): boolean {
  return /\d{4}年/.test(r.before);
}
/** A phrase followed by one of these names a rate, not the count an elliptical number continues. */
const RATE_TAILS = ["率", "比例", "比重"];

/** The values found so far, by sentence: `breakdown` looks at one sentence's, not at every value found. */
const foundIn = new WeakMap<Found[], Map<number, Found[]>>();
function push(out: Found[], f: Found): void {
  out.push(f);
  let bySentence = foundIn.get(out);
  if (!bySentence) foundIn.set(out, (bySentence = new Map()));
  const list = bySentence.get(f.sentence);
  if (list) list.push(f);
  else bySentence.set(f.sentence, [f]);
}

function breakdown(doc: Doc, out: Found[], n: NumericFact, r: NumberReading, id: string): boolean {
  const sentenceStart = doc.sentenceStarts[n.sentence]!;
  const lead = doc.compact.slice(sentenceStart, r.compact[0]);
  const at = lead.lastIndexOf("其中");
  if (at < 0) return false;
  return (foundIn.get(out)?.get(n.sentence) ?? []).some(
    (f) =>
      f.sentence === n.sentence &&
      f.value.id === id &&
      f.number !== undefined &&
      doc.toCompact(f.number.span[0]) < sentenceStart + at &&
      f.value.time?.year === r.time.year &&
      f.value.time?.relation === r.time.relation &&
      (f.value.scope ?? null) === r.scope,
  );
}

/**
 * The one indicator a count gives: the narrowest entry its label names ("审结行政复议申请" → concluded, not
 * applications; "开庭审理行政案件" → hearings), else the phrase nearest the number. Nothing when the phrase
 * only heads an enumeration of kinds counted together ("受理行政诉讼、非诉审查等各类案件") or a category
 * breakdown follows it ("…案件主要集中在社保类511件").
 */
function countMatch(matches: LabelMatch[], label: string, after: boolean, onMixed?: () => void): LabelMatch | null {
  let kept = matches.filter((m) => !matches.some((o) => o !== m && refines(o.phrase.entry!, m.phrase.entry!)));
  const near = after ? (a: LabelMatch, b: LabelMatch) => a.start - b.start : (a: LabelMatch, b: LabelMatch) => b.end - a.end;
  kept = [...kept].sort((a, b) => near(a, b) || b.end - b.start - (a.end - a.start));
  const m = kept[0];
  if (!m) return null;
  const head = label.slice(0, m.start);
  if (label[m.end] === "、" || (head.includes("、") && BUNDLE_END.test(head))) {
    onMixed?.();
    return null;
  }
  // "以纠错、调解、和解等方式化解…388件": the total of two indicators enumerated together, neither of them.
  const enumerated = kept.filter((k) => k !== m && k.phrase.entry!.id !== m.phrase.entry!.id && label.slice(Math.min(k.end, m.end), Math.max(k.start, m.start)).includes("、"));
  if (enumerated.length > 0 && !after) return null;
  // "自然资源类案件459件": one category of a breakdown ("各类案件" is all of them).
  if (head.endsWith("类") && !head.endsWith("各类")) return null;
  if (!after && label.endsWith("类") && m.end < label.length - 1) return null;
  return m;
}

/** "行政诉讼、国家赔偿和司法救助等各类案件": an enumeration of kinds closed by 等. */
const BUNDLE_END = /等(?:各类|各种|多类|类)?$/;

/** A label phrase this short is a bare verb (审结, 收案): it counts whatever its statement's subject is. */
const BARE_VERB = 2;

/** The statement of a sentence, a sentence opening with 其中 continuing the one before (its breakdown). */
function continuedStatement(doc: Doc, sentence: number): number {
  let s = doc.reading.statementOf[sentence]!;
  while (s > 0 && doc.model.sentences[s - 1]!.paragraph === doc.model.sentences[s]!.paragraph && doc.compact.startsWith("其中", doc.sentenceStarts[s]!)) {
    s = doc.reading.statementOf[s - 1]!;
  }
  return s;
}

/** "防止纠纷激化12件", "预防纠纷785件": a prevention verb before the phrase counts prevented things. */
function prevented(label: string, m: LabelMatch): boolean {
  const head = label.slice(0, m.start);
  return PREVENTION_KEYS.some((k) => head.includes(k));
}

/**
 * A phrase that names a part when it follows its total ("受理2345件，调处2283件" → the mediated part), and
 * the total otherwise ("调处490件" alone): the catalogue's `afterTotal` labels.
 */
function partAfterTotal(doc: Doc, out: Found[], n: NumericFact, m: LabelMatch): LabelMatch {
  const entry = m.phrase.entry!;
  const part = CATALOGUE.find((e) => e.afterTotal?.includes(m.phrase.phrase) && (e.refines ?? []).includes(entry.id));
  if (!part) return m;
  const prev = out.at(-1);
  const total = prev && prev.value.id === entry.id && doc.reading.statementOf[prev.sentence] === doc.reading.statementOf[n.sentence] && prev.number && prev.number.value > n.value;
  return total ? { ...m, phrase: { ...m.phrase, entry: part } } : m;
}

function refines(narrow: CatalogueEntry, broad: CatalogueEntry): boolean {
  return (narrow.refines ?? []).includes(broad.id);
}

function emit(doc: Doc, out: Found[], n: NumericFact, r: NumberReading, matches: LabelMatch[], after?: [number, number], inherited = false): void {
  const { model } = doc;
  const sentence = model.sentences[n.sentence]!;
  let span: Span;
  if (after) {
    span = [n.span[0], doc.toTextEnd(after[1])];
  } else {
    span = [(inherited ? null : doc.reading.labelAt(n)) ?? n.span[0], n.span[1]];
  }
  const ids = new Set<string>();
  for (const m of matches) {
    const entry = m.phrase.entry!;
    if (ids.has(entry.id)) continue;
    ids.add(entry.id);
    // A breakdown after 其中 of what the sentence already gave for the same year and scope is not a mention.
    if (breakdown(doc, out, n, r, entry.id)) continue;
    push(out, {
      number: n,
      sentence: n.sentence,
      value: {
        id: entry.id,
        value: n.value,
        unit: entry.unit,
        basis: "stated",
        approx: n.approx,
        bound: n.bound,
        decimals: n.decimals,
        evidence: doc.evidence(span),
        span,
        label: m.phrase.phrase,
        subject: r.subject,
        scope: r.scope,
        time: r.time,
      },
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Implied

interface ImpliedHit {
  pattern: ImpliedPattern;
  start: number;
  end: number;
  sentence: number;
}

export function findPattern(compact: string, parts: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const first = parts[0]!;
  for (let i = compact.indexOf(first); i >= 0; i = compact.indexOf(first, i + 1)) {
    let end = i + first.length;
    let ok = true;
    for (const part of parts.slice(1)) {
      let found = -1;
      for (let g = 0; g <= IMPLIED_GAP; g++) {
        const c = compact[end + g];
        if (c === undefined) break;
        if (compact.startsWith(part, end + g)) {
          found = end + g;
          break;
        }
        if (CLAUSE_MARKS.has(c) || NEGATION_CHARS.has(c)) break;
      }
      if (found < 0) {
        ok = false;
        break;
      }
      end = found + part.length;
    }
    if (ok) out.push([i, end]);
  }
  return out;
}

function impliedValues(doc: Doc): IndicatorValue[] {
  const { model, compact } = doc;
  const hits: ImpliedHit[] = [];
  for (const pattern of IMPLIED) {
    for (const [start, end] of findPattern(compact, pattern.parts)) {
      const textStart = doc.toText(start);
      if (doc.inChrome(textStart)) continue;
      const sentence = doc.sentenceAt(textStart);
      if (doc.topic(end, sentence) !== pattern.entry.domain) continue;
      const clause = doc.clauseStart(start);
      const before = compact.slice(clause, end);
      if (HEDGE_KEYS.some((h) => before.includes(h) && !pattern.parts.some((p) => p.includes(h)))) continue;
      if (modalityAt(doc.reading, start, end) !== "actual") continue;
      hits.push({ pattern, start, end, sentence });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ImpliedHit[] = [];
  for (const h of hits) {
    if (kept.some((k) => h.start < k.end && k.start < h.end)) continue;
    kept.push(h);
  }
  kept.sort((a, b) => a.start - b.start);
  const out: IndicatorValue[] = [];
  for (const h of kept) {
    const { entry, value, phrase } = h.pattern;
    if (out.some((v) => v.id === entry.id)) continue;
    const clause = doc.clauseStart(h.start);
    const span: Span = [doc.toText(clause), doc.toTextEnd(h.end)];
    const countsUnits = model.numbers.some((n) => n.kind === "count" && n.span[0] >= span[0] && n.span[1] <= doc.toText(h.start));
    out.push({
      id: entry.id,
      value,
      unit: entry.unit,
      basis: entry.unit === "count" || countsUnits ? "stated" : "implied",
      approx: false,
      bound: null,
      decimals: 0,
      evidence: doc.evidence(span),
      span,
      label: phrase,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Computed

function computedValues(doc: Doc, stated: Found[]): IndicatorValue[] {
  const { model } = doc;
  const out: IndicatorValue[] = [];
  // Ids already valued (stated, or computed here): a set, since it is asked per sentence and entry.
  const valued = new Set(stated.map((f) => f.value.id));
  const has = (id: string) => valued.has(id);
  const add = (v: IndicatorValue) => {
    out.push(v);
    valued.add(v.id);
  };
  const computed = (entry: CatalogueEntry, value: number, span: Span, from: Array<{ id: string; value: number }>, label: string): IndicatorValue => ({
    id: entry.id,
    value,
    unit: entry.unit,
    basis: "computed",
    approx: false,
    bound: null,
    decimals: 0,
    evidence: doc.evidence(span),
    span,
    label,
    from,
  });
  const exact = (n: NumericFact) => !n.approx && n.bound === null;
  let bySentence: Map<number, NumericFact[]> | undefined;
  const numbersOfSentence = (sentence: number): NumericFact[] => {
    if (!bySentence) {
      bySentence = new Map();
      for (const n of model.numbers) {
        const list = bySentence.get(n.sentence);
        if (list) list.push(n);
        else bySentence.set(n.sentence, [n]);
      }
    }
    return bySentence.get(sentence) ?? [];
  };

  // Sums of parts named in one sentence: 确认违法1件,撤销或责令8件 → 9.
  // The numbers of each statement, in text order, grouped once (not rescanned per statement × entry).
  const numbersOfStatement = new Map<number, NumericFact[]>();
  for (const n of model.numbers) {
    const st = doc.reading.statementOf[n.sentence]!;
    const list = numbersOfStatement.get(st);
    if (list) list.push(n);
    else numbersOfStatement.set(st, [n]);
  }
  for (const entry of CATALOGUE) {
    if (!entry.sumOf || has(entry.id)) continue;
    const keys = entry.sumOf.map((p) => ({ phrase: p, key: compactFold(p) }));
    // Parts named in one statement (sentences joined by semicolons).
    for (let s = 0; s < model.sentences.length && !has(entry.id); s++) {
      if (doc.reading.statementOf[s] !== s) continue;
      const parts: Array<{ n: NumericFact; phrase: string; start: number }> = [];
      for (const n of numbersOfStatement.get(s) ?? []) {
        if (!unitFits(entry, n) || !n.label || doc.inChrome(n.span[0])) continue;
        const at = doc.toCompact(n.span[0]);
        if (doc.reading.inBrackets(at, n.sentence) || doc.topic(at, n.sentence) !== entry.domain) continue;
        const label = compactFold(n.label);
        const hit = keys.find((k) => label.includes(k.key));
        if (!hit) continue;
        parts.push({ n, phrase: n.label, start: doc.reading.labelAt(n) ?? n.span[0] });
      }
      if (parts.length === 0 || !parts.every((p) => exact(p.n))) continue;
      const span: Span = [parts[0]!.start, parts.at(-1)!.n.span[1]];
      const sum = parts.reduce((t, p) => t + p.n.value, 0);
      add(computed(entry, sum, span, parts.map((p) => ({ id: `${entry.id}:${p.phrase}`, value: p.n.value })), entry.sumOf.join("+")));
    }
  }

  // A zero accounted for: a total broken down in its sentence into parts none of which is this indicator.
  for (const entry of CATALOGUE) {
    const rule = entry.zeroWhenAccounted;
    if (!rule || has(entry.id)) continue;
    const partKeys = rule.parts.map((p) => compactFold(p));
    const ownKeys = entry.labels.map((p) => compactFold(p));
    for (const total of stated.filter((f) => f.value.id === rule.total && f.number)) {
      const t = total.number!;
      if (!exact(t)) continue;
      const inSentence = numbersOfSentence(t.sentence);
      const later = inSentence.filter((n) => n.span[0] > t.span[1] && n.kind === "count");
      const all = inSentence.filter((n) => n.label);
      if (all.some((n) => ownKeys.some((k) => compactFold(n.label!).includes(k)))) continue;
      const parts = later.filter((n) => n.label && partKeys.some((k) => compactFold(n.label!).includes(k)));
      if (parts.length === 0 || !parts.every(exact)) continue;
      const sum = parts.reduce((s, n) => s + n.value, 0);
      if (sum !== t.value) continue;
      const span: Span = [total.value.span[0], parts.at(-1)!.span[1]];
      add(computed(entry, 0, span, [{ id: rule.total, value: t.value }, ...parts.map((n) => ({ id: `${entry.id}:${n.label}`, value: n.value }))], rule.parts.join("/")));
      break;
    }
  }

  // Rates from their counts in one paragraph: stated exactly, or computed above (never implied).
  const inputs = [
    ...stated.filter((x) => x.number && exact(x.number)).map((x) => ({ v: x.value, paragraph: model.sentences[x.sentence]!.paragraph })),
    ...out.map((v) => ({ v, paragraph: model.sentences[doc.sentenceAt(v.span[0])]!.paragraph })),
  ];
  // The first input of each id (in each paragraph): looked up, not searched, per denominator.
  const inputsOf = new Map<string, typeof inputs>();
  const firstIn = new Map<string, (typeof inputs)[number]>();
  for (const x of inputs) {
    const list = inputsOf.get(x.v.id);
    if (list) list.push(x);
    else inputsOf.set(x.v.id, [x]);
    const key = `${x.v.id}\u0000${x.paragraph}`;
    if (!firstIn.has(key)) firstIn.set(key, x);
  }
  for (const entry of CATALOGUE) {
    const f = entry.formula;
    if (!f?.compute || has(entry.id)) continue;
    for (const den of inputsOf.get(f.denominator) ?? []) {
      const nums = f.numerator.map((id) => firstIn.get(`${id}\u0000${den.paragraph}`));
      if (nums.some((x) => !x) || den.v.value <= 0) continue;
      const sum = nums.reduce((s, x) => s + x!.v.value, 0);
      const value = sum / den.v.value;
      if (value > 1) continue;
      const spans = [den, ...nums].map((x) => x!.v.span);
      const span: Span = [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
      add(
        computed(entry, Math.round(value * 1e6) / 1e6, span, [...nums.map((x) => ({ id: x!.v.id, value: x!.v.value })), { id: den.v.id, value: den.v.value }], `${f.numerator.join("+")}/${f.denominator}`),
      );
      break;
    }
  }
  return out;
}
