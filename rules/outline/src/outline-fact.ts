import { flattenHeadings, type Evidence, type Heading, type ReportModel, type Sentence, type Span } from "@fazhi/core";
import { compactFold, defineFact, type FactContext, type OutlinePart, type PhraseHit, type TextQuery } from "@fazhi/rule-kit";
import {
  CANONICAL_CORE,
  CAUSE_PHRASES,
  DUTY_DOCUMENT_AFTER,
  FIRST_RESPONSIBLE_DUTY,
  FIRST_RESPONSIBLE_INLINE,
  FIVE_PART_OUTLINE_FROM_YEAR,
  HEADING_PHRASES,
  MEASURES_INLINE,
  OTHER_INLINE,
  OUTLINE_PARTS,
  PLAN_INLINE,
  PRINCIPAL_LEADER,
  RUN_IN_TITLE_MAX_CHARS,
  SHORTCOMING_INLINE,
  withNextYear,
} from "./vocabulary.js";

/** Fact id. The engine copies `result` into the report's `outline` section; scoped queries read `parts[part].spans`. */
export const OUTLINE = "outline";

export type OutlineStatus = "heading" | "inline" | "absent";

/** One part as the result JSON shows it (engine `OutlinePartResultSchema`). */
export interface OutlinePartResult {
  status: OutlineStatus;
  canonicalTitle: boolean;
  /** Shortcomings only: causes discussed, not only problems listed. */
  causesAnalysed?: boolean;
  /** The heading, or the sentence that carries the inline content; null when absent. */
  evidence: Evidence | null;
}

export interface OutlinePartFact extends OutlinePartResult {
  /** The text the part covers (a heading's section, or the inline sentences up to the next heading). */
  spans: Span[];
  /** The part's heading (the first one, for a run of thematic sections). */
  headingId?: string;
  /** Every heading that belongs to the part (a run of thematic sections has several). */
  headingIds?: string[];
  /** For an absent part: sentences that look related but do not count (e.g. 主要负责人 in another context). */
  nearMisses?: Evidence[];
}

export interface OutlineFact {
  parts: Record<OutlinePart, OutlinePartFact>;
  /** The `outline` section of the result JSON. */
  result: Record<OutlinePart, OutlinePartResult>;
  reportYear: number | null;
  /** The report year was guessed (metaDetails.inferred), not stated. */
  yearGuessed: boolean;
  /** The report year is stated and before 2019: no five-part outline was mandated yet (DOMAIN §1.3). */
  predatesFivePartOutline: boolean;
  /** The text ends mid-sentence: an absent part may have been cut off. */
  truncated: boolean;
  /** Where the text breaks off (core's truncation diagnostic), for the findings that exempt a part. */
  truncatedAt: Evidence | null;
}

const MAX_NEAR_MISSES = 3;
/** A clause about the bodies under the reporting one ("各部门", "各乡镇", "各级各部门"). */
const OTHERS_SUBJECT = /各(?:[\p{Script=Han}]{0,4}?(?:部门|单位|乡镇|镇|街道|区|县|市)|地)/u;

/**
 * Where the five mandated parts (DOMAIN §2) stand in one report: each as its own heading (any depth,
 * run-in included), inline (inside another section or an unheaded paragraph) or absent; whether a
 * heading uses the mandated wording; whether shortcomings analyse causes; and the spans each part covers.
 *
 * Order of work: the parts that close a report (shortcomings, next year's plan, other) first, so their
 * spans can be kept out of the others; then the first-responsible duty outside them; then measures — the
 * top-level sections no other part claims. Parts may stand in any order in the report.
 */
export const outlineFact = defineFact<OutlineFact>({
  version: "1.0.0",
  fills: "outline",
  compute(context) {
    return computeOutline(context);
  },
});

export function computeOutline({ model, query }: Pick<FactContext, "model" | "query">): OutlineFact {
  const doc = new OutlineDocument(model, query);
  const parts = {} as Record<OutlinePart, OutlinePartFact>;

  // 1. Headings that name a part (measures: only among top-level units, below).
  const headed = {} as Record<OutlinePart, Heading[]>;
  for (const part of ["shortcomings", "nextYearPlan", "other"] as const) headed[part] = doc.headingsFor(part);
  for (const part of ["shortcomings", "nextYearPlan", "other"] as const) {
    if (headed[part].length > 0) parts[part] = doc.headingPart(part, headed[part]);
  }

  // 2. Inline shortcomings / plan / other where they have no heading.
  const planHeadingSpans = headed.nextYearPlan.map((h) => doc.sectionOf(h));
  const inlineStarts: Partial<Record<OutlinePart, Sentence>> = {};
  if (!parts.shortcomings) {
    const s = doc.shortcomingSentence(planHeadingSpans);
    if (s) inlineStarts.shortcomings = s;
  }
  if (!parts.nextYearPlan) {
    const s = doc.planSentence();
    if (s) inlineStarts.nextYearPlan = s;
  }
  if (!parts.other) {
    const s = doc.firstSentenceWith(OTHER_INLINE, planHeadingSpans);
    if (s) inlineStarts.other = s;
  }
  const boundaries = [
    ...Object.values(inlineStarts).map((s) => s.span[0]),
    ...(["shortcomings", "nextYearPlan", "other"] as const).flatMap((p) => (parts[p]?.headingIds ?? []).map((id) => doc.heading(id)!.span[0])),
  ];
  for (const part of ["shortcomings", "nextYearPlan", "other"] as const) {
    const s = inlineStarts[part];
    if (s) parts[part] = doc.inlinePart(s, boundaries);
  }

  // 3. First-responsible duty, outside the closing parts (a plan item "压实第一责任人职责" is next year's plan):
  //    a heading on the duty, else leaders tied to the duty in one sentence.
  const closingSpans = (["shortcomings", "nextYearPlan", "other"] as const).flatMap((p) => parts[p]?.spans ?? []);
  const closingIds = new Set((["shortcomings", "nextYearPlan", "other"] as const).flatMap((p) => parts[p]?.headingIds ?? []));
  // A heading that names the duty and a closing part at once ("…第一责任人职责情况及存在的不足") still counts.
  const frHeadings = doc.headingsFor("firstResponsible").filter((h) => closingIds.has(h.id) || !within(h.span, closingSpans));
  parts.firstResponsible = frHeadings.length > 0 ? doc.headingPart("firstResponsible", frHeadings) : doc.firstResponsibleInline(closingSpans);

  // 4. Measures: top-level units no other part claims.
  const claimed = new Set(OUTLINE_PARTS.flatMap((p) => parts[p]?.headingIds ?? []));
  const others = (["shortcomings", "nextYearPlan", "other"] as const).flatMap((p) => parts[p]?.spans ?? []);
  parts.measures = doc.measures(claimed, others, parts.firstResponsible.headingIds);

  // 5. A measures heading that names the shortcomings too ("一、主要举措、成效和不足"): the shortcomings are inside it.
  if (!parts.shortcomings) {
    const merged = (parts.measures.headingIds ?? []).map((id) => doc.heading(id)!).find((h) => doc.namesShortcomingsToo(h));
    if (merged) parts.shortcomings = { status: "inline", canonicalTitle: false, evidence: doc.query.evidence(doc.titleSpan(merged)), spans: [] };
  }

  for (const part of OUTLINE_PARTS) parts[part] ??= absent();
  const sc = parts.shortcomings;
  sc.causesAnalysed = sc.status !== "absent" && doc.causesAnalysed(sc);

  const result = {} as Record<OutlinePart, OutlinePartResult>;
  for (const part of OUTLINE_PARTS) {
    const p = parts[part];
    result[part] = { status: p.status, canonicalTitle: p.canonicalTitle, evidence: p.evidence };
    if (part === "shortcomings") result[part].causesAnalysed = p.causesAnalysed ?? false;
  }
  const reportYear = model.meta.reportYear;
  // Only a stated year exempts a report from the outline: a year guessed from a date or a plan never does.
  const yearGuessed = model.metaDetails.inferred?.some((i) => i.field === "reportYear") ?? false;
  return {
    parts,
    result,
    reportYear,
    yearGuessed,
    predatesFivePartOutline: reportYear !== null && !yearGuessed && reportYear < FIVE_PART_OUTLINE_FROM_YEAR,
    truncated: model.meta.truncated,
    truncatedAt: truncationEvidence(model),
  };
}

function truncationEvidence(model: ReportModel): Evidence | null {
  if (!model.meta.truncated) return null;
  const d = model.diagnostics.find((x) => x.code === "truncated");
  if (d?.line === undefined) return null;
  const raw = model.lines[d.line - 1]?.raw.trim() ?? d.text ?? "";
  return { line: d.line, text: raw.length > 40 ? raw.slice(-40) : raw };
}

function absent(): OutlinePartFact {
  return { status: "absent", canonicalTitle: false, evidence: null, spans: [] };
}

/** The report's headings and sentences with the look-ups the outline needs, all through the folded view. */
class OutlineDocument {
  readonly headings: Heading[];
  private readonly byId = new Map<string, Heading>();
  private readonly sections = new Map<string, Span>();
  private readonly year: number | null;
  private readonly headingCache = new Map<OutlinePart, Heading[]>();

  constructor(
    readonly model: ReportModel,
    readonly query: TextQuery,
  ) {
    const chromeSet = new Set(model.lines.filter((l) => l.chrome).map((l) => l.line));
    this.headings = flattenHeadings(model.headings).filter((h) => !chromeSet.has(h.line));
    for (const h of this.headings) {
      this.byId.set(h.id, h);
      this.sections.set(h.id, query.sectionSpan(h.id) ?? [h.span[0], model.text.length]);
    }
    this.year = model.meta.reportYear;
  }

  heading(id: string): Heading | undefined {
    return this.byId.get(id);
  }

  sectionOf(h: Heading): Span {
    return this.sections.get(h.id)!;
  }

  /** Phrases with `{next}` filled in for this report. */
  phrases(list: readonly string[]): string[] {
    return withNextYear(list, this.year);
  }

  /** Does the heading's own text carry one of the phrases? */
  headingHas(h: Heading, phrases: readonly string[]): boolean {
    return this.query.hasPhrase(this.phrases(phrases), { spans: [this.titleSpan(h)] });
  }

  /**
   * The heading's own words. Core keeps body text that follows a heading on a flattened line in the
   * heading ("二、存在的不足和原因 基层执法力量薄弱，原因在于编制有限。"): cut at the first space after which
   * the text reads as a sentence (has a comma or a full stop).
   */
  titleSpan(h: Heading): Span {
    const raw = h.raw;
    for (const m of raw.matchAll(/[ \t\u3000]+/g)) {
      const rest = raw.slice(m.index + m[0].length);
      const before = raw.slice(0, m.index);
      if (/[\p{Script=Han}]{2}/u.test(before) && /[，,。；;]/.test(rest)) return [h.span[0], h.span[0] + m.index];
    }
    return h.span;
  }

  isRunIn(h: Heading): boolean {
    return h.style === "run-in-ordinal" || h.style === "run-in-title";
  }

  /** Headings (any depth) whose text names the part, shallowest first, then in text order. */
  headingsFor(part: Exclude<OutlinePart, "measures">): Heading[] {
    let cached = this.headingCache.get(part);
    if (!cached) this.headingCache.set(part, (cached = this.findHeadingsFor(part)));
    return cached;
  }

  private findHeadingsFor(part: Exclude<OutlinePart, "measures">): Heading[] {
    const phrases = this.phrases(HEADING_PHRASES[part]);
    const all = this.query.findPhrases(phrases);
    const hits = part === "firstResponsible" ? all.filter((h) => !this.namesADutyDocument(h.span)) : all;
    const found = this.headings.filter((h) => {
      const [s, e] = this.titleSpan(h);
      if (!hits.some((x) => x.span[0] >= s && x.span[1] <= e)) return false;
      if (part !== "firstResponsible" && this.isRunIn(h) && compactFold(h.title).length > RUN_IN_TITLE_MAX_CHARS) return false;
      return true;
    });
    if (found.length === 0) return [];
    // Keep the outermost: a matching heading nested in another matching heading is part of it.
    const spans = found.map((h) => this.sectionOf(h));
    const outer = found.filter((h, i) => !spans.some((s, j) => j !== i && s[0] <= h.span[0] && h.span[1] <= s[1] && found[j]!.depth < h.depth));
    return outer.sort((a, b) => a.depth - b.depth || a.span[0] - b.span[0]);
  }

  headingPart(part: OutlinePart, hs: Heading[]): OutlinePartFact {
    const first = hs[0]!;
    const inOrder = [...hs].sort((a, b) => a.span[0] - b.span[0]);
    return {
      status: "heading",
      canonicalTitle: hs.some((h) => this.isCanonical(part, h)),
      evidence: this.query.evidence(this.titleSpan(first)),
      spans: mergeSpans(inOrder.map((h) => this.sectionOf(h))),
      headingId: first.id,
      headingIds: inOrder.map((h) => h.id),
    };
  }

  isCanonical(part: OutlinePart, h: Heading): boolean {
    // A heading that joins a second topic to the part's wording is a merged section, not the part's mandated title.
    if (part === "measures" && this.namesShortcomingsToo(h)) return false;
    if (part === "firstResponsible" && !this.isRunIn(h) && this.namesASecondTopic(h)) return false;
    if (part === "firstResponsible") {
      // The mandated wording as the heading's own words, not inside a citation of the regulation's title; a run-in
      // item's words end at its first comma ("一是建立…考核制度,将…履行推进法治建设第一责任人职责情况列入…").
      const title = this.runInTitleSpan(h);
      return CANONICAL_CORE.firstResponsible.some((group) =>
        group.every((p) => this.query.findPhrases([p], { spans: [title] }).some((x) => !this.namesADutyDocument(x.span))),
      );
    }
    return CANONICAL_CORE[part].some((group) => group.every((p) => this.headingHas(h, [p])));
  }

  /** A run-in heading's title up to its first comma; any other heading's titleSpan. */
  runInTitleSpan(h: Heading): Span {
    const span = this.titleSpan(h);
    if (!this.isRunIn(h)) return span;
    const k = this.model.text.slice(span[0], span[1]).search(/[,，;；]/u);
    return k > 0 ? [span[0], span[0] + k] : span;
  }

  /** 《…》 spans of the text, found once. */
  private titles: Span[] | null = null;
  private bookTitles(): Span[] {
    if (this.titles) return this.titles;
    this.titles = [];
    for (const m of this.model.text.matchAll(/《[^《》\n]{1,80}》/gu)) this.titles.push([m.index, m.index + m[0].length]);
    return this.titles;
  }

  /**
   * Does a duty phrase at `span` name a document rather than the duty (DUTY_DOCUMENT_AFTER)? Inside 《》: only
   * the regulation itself (a title ending 规定). Outside: a rule or list made after the duty.
   */
  namesADutyDocument(span: Span, regulationCounts = false): boolean {
    const t = this.bookTitles().find(([a, b]) => span[0] >= a && span[1] <= b);
    if (t) return !regulationCounts && /规定\s*》$/u.test(this.model.text.slice(t[0], t[1]));
    const after = compactFold(this.model.text.slice(span[1], span[1] + 24));
    const m = DUTY_DOCUMENT_AFTER.exec(after);
    return m !== null && !(regulationCounts && m[0].endsWith("规定"));
  }

  /** The first sentence (outside `exclude`) that admits shortcomings (SHORTCOMING_INLINE). */
  shortcomingSentence(exclude: Span[]): Sentence | undefined {
    const { markers, nouns, window, phrases } = SHORTCOMING_INLINE;
    const nounHits = this.query.findPhrases(nouns);
    const candidates: PhraseHit[] = [];
    for (const m of this.query.findPhrases(markers)) {
      const sentence = this.model.sentences[m.sentence];
      if (!sentence) continue;
      const near = nounHits.some((n) => n.span[0] >= m.span[1] && n.span[0] - m.span[1] <= window && n.span[1] <= sentence.span[1]);
      if (near) candidates.push(m);
    }
    candidates.push(...this.query.findPhrases(phrases));
    return this.firstSentence(candidates, exclude);
  }

  /** The first sentence that opens with a plan opener and speaks of the future (PLAN_INLINE). */
  planSentence(): Sentence | undefined {
    const openers = this.query.findPhrases(this.phrases(PLAN_INLINE.openers));
    const future = this.query.findPhrases(PLAN_INLINE.future);
    const candidates = openers.filter((o) => {
      const sentence = this.model.sentences[o.sentence];
      if (!sentence) return false;
      const lead = compactFold(this.model.text.slice(sentence.span[0], o.span[0])).replace(/[\p{P}\p{S}]/gu, "");
      if (lead.length > PLAN_INLINE.maxLead) return false;
      return future.some((f) => f.sentence === o.sentence && f.span[0] >= o.span[1]);
    });
    return this.firstSentence(candidates, []);
  }

  firstSentenceWith(phrases: readonly string[], exclude: Span[]): Sentence | undefined {
    return this.firstSentence(this.query.findPhrases(phrases), exclude);
  }

  private firstSentence(hits: PhraseHit[], exclude: Span[]): Sentence | undefined {
    const sorted = [...hits].sort((a, b) => a.span[0] - b.span[0]);
    for (const hit of sorted) {
      if (within(hit.span, exclude)) continue;
      const s = this.model.sentences[hit.sentence];
      if (s) return s;
    }
    return undefined;
  }

  /**
   * An inline part runs from its sentence to the next heading or the next part's start. When the next
   * heading opens a fresh enumeration (ordinal 1) after other text of the same section — "下一步，将…"
   * followed by (一)…(七), "重点抓好以下几方面工作：" followed by 一是…五是 — the enumeration belongs to
   * the part, even where the parser nested it under the previous section.
   */
  inlinePart(sentence: Sentence, boundaries: number[]): OutlinePartFact {
    const start = sentence.span[0];
    let end = this.model.text.length;
    const next = this.headings.find((h) => h.span[0] >= sentence.span[1]);
    if (next) {
      end = next.span[0];
      if (next.ordinal === 1 && !this.opensItsSection(sentence)) {
        const after = this.headings.find((h) => h.span[0] > next.span[0] && h.depth < next.depth);
        end = after ? after.span[0] : this.model.text.length;
      }
    }
    for (const b of boundaries) if (b > start && b < end) end = b;
    return {
      status: "inline",
      canonicalTitle: false,
      evidence: this.query.evidence(sentence.span),
      spans: [[start, end]],
    };
  }

  /** Is the sentence's paragraph the first text of its section (an introduction, not an unheaded part)? */
  private opensItsSection(sentence: Sentence): boolean {
    const paragraph = this.model.paragraphs[sentence.paragraph];
    if (!paragraph || paragraph.headingId === null) return false;
    const heading = this.byId.get(paragraph.headingId);
    if (!heading) return false;
    const between = this.model.paragraphs.filter(
      (p) => p.headingId === paragraph.headingId && p.index < paragraph.index && p.span[0] >= heading.span[1],
    );
    const headingOwnParagraph = this.model.paragraphs.find((p) => p.span[0] <= heading.span[0] && heading.span[0] < p.span[1]);
    // A run-in heading shares its paragraph with its body: that body is text before ours too.
    const ownBody = headingOwnParagraph && headingOwnParagraph.index !== paragraph.index && headingOwnParagraph.span[1] > heading.span[1] + 1;
    return between.length === 0 && !ownBody;
  }

  firstResponsibleInline(exclude: Span[]): OutlinePartFact {
    // The duty stated as the body's own, in any sentence outside the closing parts; leaders tied to it first.
    // Carrying out the regulation ("严格落实《…职责规定》") is the body's own account; a list or rule made for
    // others ("市直部门…职责清单", "…职责的实施办法") is not.
    const own = (h: PhraseHit) => !within(h.span, exclude) && !this.namesADutyDocument(h.span, true) && !this.othersDuty(h);
    const tied = this.query
      .near(PRINCIPAL_LEADER, FIRST_RESPONSIBLE_DUTY, { within: "sentence" })
      .map((p) => p.b)
      .filter(own);
    const stated = this.query.findPhrases(FIRST_RESPONSIBLE_INLINE).filter(own);
    const sentence = this.firstSentence(tied, []) ?? this.firstSentence(stated, []);
    if (sentence) return this.inlineSentenceOnly(sentence);
    // Absent: quote where the leaders or the duty appear in another context, so a reader sees why it does not count.
    const related = this.query.findPhrases([...PRINCIPAL_LEADER, ...FIRST_RESPONSIBLE_DUTY]);
    const indexes = [...new Set(related.map((h) => h.sentence))].slice(0, MAX_NEAR_MISSES);
    const nearMisses = indexes.map((i) => this.query.evidence(this.model.sentences[i]!.span));
    return { ...absent(), ...(nearMisses.length ? { nearMisses } : {}) };
  }

  /** "各部门严格落实第一责任人职责": the duty of the bodies under it, not the report's own leaders'. */
  private othersDuty(h: PhraseHit): boolean {
    const sentence = this.model.sentences[h.sentence];
    if (!sentence) return false;
    const before = compactFold(this.model.text.slice(sentence.span[0], h.span[0]));
    const clause = before.slice(before.search(/[^,，;；:：]*$/u));
    return OTHERS_SUBJECT.test(clause);
  }

  /** An inline first-responsible account is the sentence that ties the leaders to the duty. */
  private inlineSentenceOnly(sentence: Sentence): OutlinePartFact {
    return { status: "inline", canonicalTitle: false, evidence: this.query.evidence(sentence.span), spans: [sentence.span] };
  }

  /**
   * Measures: the top-level units — depth-1 headings, with a container (a section holding a shortcomings,
   * plan or other heading, like "九、正视问题挑战，明确未来改进方向") replaced by its children — that no
   * other part claims. Units titled with a measures phrase give the evidence and decide the canonical
   * title; a run of thematic sections alone is measures with a heading, not canonical.
   */
  measures(claimed: Set<string>, others: Span[], dutyIds: readonly string[] = []): OutlinePartFact {
    const units: Heading[] = [];
    const closingIds = new Set(
      (["shortcomings", "nextYearPlan", "other"] as const).flatMap((p) => this.headingsFor(p)).map((h) => h.id),
    );
    const holdsClosing = (h: Heading): boolean => h.children.some((c) => closingIds.has(c.id) || holdsClosing(c));
    const collect = (hs: Heading[]) => {
      for (const h of hs) {
        if (closingIds.has(h.id) || claimed.has(h.id)) continue;
        if (holdsClosing(h)) collect(h.children);
        else units.push(h);
      }
    };
    collect(this.model.headings.filter((h) => this.byId.has(h.id)));
    // A unit inside another part's text (an enumeration the parser nested under the previous section) is not measures.
    const free = units.filter((h) => !within(h.span, others));
    if (free.length > 0) {
      const titled = free.filter((h) => this.headingHas(h, HEADING_PHRASES.measures) && !(this.isRunIn(h) && compactFold(h.title).length > RUN_IN_TITLE_MAX_CHARS));
      const first = titled[0] ?? free[0]!;
      const spans = subtractSpans(mergeSpans(free.map((h) => this.sectionOf(h))), others);
      return {
        status: "heading",
        canonicalTitle: titled.some((h) => this.isCanonical("measures", h)),
        evidence: this.query.evidence(this.titleSpan(first)),
        spans,
        headingId: first.id,
        headingIds: free.map((h) => h.id),
      };
    }
    // No headed measures: running text that reports work done, outside the other parts.
    const taken = [...others, ...[...claimed].map((id) => this.sectionOf(this.byId.get(id)!))];
    const sentence = this.firstSentenceWith(MEASURES_INLINE, taken);
    if (sentence) {
      const paragraph = this.model.paragraphs[sentence.paragraph];
      const span: Span = [sentence.span[0], paragraph ? paragraph.span[1] : sentence.span[1]];
      return { status: "inline", canonicalTitle: false, evidence: this.query.evidence(sentence.span), spans: subtractSpans([span], taken) };
    }
    return this.measuresInsideDuty(dutyIds, others);
  }

  /**
   * A top-level section titled with the duty and a second topic of its own ("一、履行第一责任人职责，深入学习贯彻
   * 法治思想" over (一)学法 (二)重点工作 …), in a report with no section of its own for the measures, reports the
   * year's work under the duty: the measures are inline there — a sentence reporting work done, else the section's
   * first sub-heading. A section on the duty alone (the mandated wording, "…职责，加强法治政府建设的有关情况"
   * included) is the first-responsible part only; the measures may follow after the excerpt.
   */
  private measuresInsideDuty(dutyIds: readonly string[], others: Span[]): OutlinePartFact {
    const sections = dutyIds.map((id) => this.byId.get(id)!).filter((h) => h.depth === 1 && this.namesASecondTopic(h));
    if (sections.length === 0) return absent();
    const spans = subtractSpans(mergeSpans(sections.map((h) => this.sectionOf(h))), others);
    const outside = subtractSpans([[0, this.model.text.length]], spans);
    const sentence = this.firstSentenceWith(MEASURES_INLINE, outside);
    const sub = sections.flatMap((h) => h.children).find((c) => !within(c.span, others));
    const evidence = sentence ? this.query.evidence(sentence.span) : sub ? this.query.evidence(this.titleSpan(sub)) : null;
    if (!evidence || spans.length === 0) return absent();
    return { status: "inline", canonicalTitle: false, evidence, spans };
  }

  /** Does the duty heading's title go on, after a comma, with a topic that is neither the duty nor the mandated "…情况" tail? */
  private namesASecondTopic(h: Heading): boolean {
    const [s, e] = this.titleSpan(h);
    const title = compactFold(this.model.text.slice(s, e)).replace(/[。.;；]+$/u, "");
    const k = title.search(/[,，;；]/u);
    if (k < 0) return false;
    const rest = title.slice(k + 1);
    return rest.length >= 4 && !/情况$/u.test(rest) && !HEADING_PHRASES.firstResponsible.some((p) => rest.includes(p));
  }

  /**
   * A measures heading whose title ends by adding a problem noun to the results ("主要举措、成效和不足", "成绩与问题"):
   * one section for both parts. Where in it the shortcomings stand is not known, so the part has no spans.
   */
  namesShortcomingsToo(h: Heading): boolean {
    const [s, e] = this.titleSpan(h);
    const title = compactFold(this.model.text.slice(s, e)).replace(/[\p{P}]+$/u, "");
    if (!this.headingHas(h, HEADING_PHRASES.measures)) return false;
    return SHORTCOMING_INLINE.nouns.some((n) => new RegExp(`[、和及与]${n}$`, "u").test(title));
  }

  /** Causes in the shortcomings' text — its heading excluded ("存在的不足和原因" alone proves nothing). */
  causesAnalysed(part: OutlinePartFact): boolean {
    const heading = part.headingIds?.map((id) => this.titleSpan(this.byId.get(id)!)) ?? [];
    const body = subtractSpans(part.spans, heading);
    return body.length > 0 && this.query.findPhrases(CAUSE_PHRASES, { spans: body }).length > 0;
  }
}

function within(span: Span, ranges: Span[]): boolean {
  return ranges.some(([s, e]) => span[0] >= s && span[1] <= e);
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

function subtractSpans(spans: Span[], cut: Span[]): Span[] {
  let out = spans.map((s) => [s[0], s[1]] as Span);
  for (const [cs, ce] of cut) {
    const next: Span[] = [];
    for (const [s, e] of out) {
      if (ce <= s || cs >= e) next.push([s, e]);
      else {
        if (cs > s) next.push([s, cs]);
        if (ce < e) next.push([ce, e]);
      }
    }
    out = next;
  }
  return out.filter(([s, e]) => e > s);
}
