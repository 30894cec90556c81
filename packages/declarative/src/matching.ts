import { flattenHeadings, foldText, lineAt, readingOf, type MatchView, type NumberKind, type Reading, type NumericFact, type ReportModel, type Span } from "@fazhi/core";
import { type LabelMatcher, type OutlinePart, type RuleContext } from "@fazhi/rule-kit";
import { lastMatch, type CompiledPattern } from "./patterns.js";

/** One place a pattern matched, quoted from the original text. */
export interface Hit {
  /** The pattern as the rule file wrote it (a phrase, or /regex/). */
  pattern: string;
  span: Span;
  line: number;
  text: string;
  sentence: number;
  paragraph: number;
}

/**
 * Per-report data that regex matching and label windows need beyond `context.query` (which offers
 * literal phrases only): the folded, whitespace-free view with its offset map. Built once per report and
 * shared by every declarative rule.
 */
class ReportView {
  readonly view: MatchView;
  private readonly reading: Reading;
  constructor(readonly model: ReportModel) {
    this.reading = readingOf(model);
    this.view = this.reading.view;
  }
  inChrome(span: Span): boolean {
    return this.reading.inChrome(span[0]);
  }
  hit(pattern: string, span: Span): Hit {
    return {
      pattern,
      span,
      line: lineAt(this.model.lines, span[0]),
      text: this.model.text.slice(span[0], span[1]),
      sentence: this.reading.sentenceAt(span[0]),
      paragraph: this.reading.paragraphAt(span[0]),
    };
  }
}

const views = new WeakMap<ReportModel, ReportView>();
function viewOf(model: ReportModel): ReportView {
  let v = views.get(model);
  if (!v) {
    v = new ReportView(model);
    views.set(model, v);
  }
  return v;
}

/** Spans a rule looks in; null = the whole report body. */
export type Ranges = Span[] | null;

/** Every match of the patterns inside the ranges, in text order; a match inside another is dropped. */
export function findHits(context: RuleContext, patterns: readonly CompiledPattern[], ranges: Ranges): Hit[] {
  const hits: Hit[] = [];
  const literals = patterns.filter((p) => p.type === "literal");
  if (literals.length > 0) {
    const found = context.query.findPhrases(
      literals.map((p) => p.phrase),
      ranges === null ? undefined : { spans: ranges },
    );
    for (const h of found) hits.push({ pattern: h.phrase, span: h.span, line: h.line, text: h.text, sentence: h.sentence, paragraph: h.paragraph });
  }
  const regexes = patterns.filter((p) => p.type === "regex");
  if (regexes.length > 0) {
    const rv = viewOf(context.model);
    for (const p of regexes) {
      for (const m of rv.view.compact.matchAll(p.regex)) {
        if (m[0].length === 0) continue;
        const span = rv.view.span(m.index, m.index + m[0].length);
        if (!inside(span, ranges) || rv.inChrome(span)) continue;
        hits.push(rv.hit(p.display, span));
      }
    }
  }
  hits.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.span[0] >= last.span[0] && h.span[1] <= last.span[1]) continue;
    out.push(h);
  }
  return out;
}

export type CompiledScope = { part: OutlinePart } | { heading: CompiledPattern[] };

/** Resolve a rule's scope to spans of the report (an empty list when the scope is not in the report). */
export function resolveScope(context: RuleContext, scope: CompiledScope | null): Ranges {
  if (!scope) return null;
  if ("part" in scope) {
    return context.query.partSpans(scope.part);
  }
  const headings = flattenHeadings(context.model.headings);
  const hits = findHits(
    context,
    scope.heading,
    headings.map((h) => h.span),
  );
  const spans: Span[] = [];
  for (const hit of hits) {
    const heading = headings.find((h) => h.span[0] <= hit.span[0] && hit.span[1] <= h.span[1]);
    if (!heading) continue;
    const section = context.query.sectionSpan(heading.id);
    if (section && !spans.some((s) => s[0] === section[0] && s[1] === section[1])) spans.push(section);
  }
  return spans;
}

export function inside(span: Span, ranges: Ranges): boolean {
  if (ranges === null) return true;
  return ranges.some(([s, e]) => span[0] >= s && span[1] <= e);
}

/** A set of alternative labels standing for one role (an indicator, a part of a sum, a numerator…). */
export interface LabelRole<R> {
  role: R;
  patterns: CompiledPattern[];
  /** Number kinds this role accepts (never `change`). */
  kinds: readonly NumberKind[];
  units?: readonly string[];
}

export interface LabelledNumber<R> {
  number: NumericFact;
  role: R;
  /** The label pattern that matched. */
  label: string;
}

/**
 * Numbers labelled by one of the roles' patterns, in text order: rule-kit's `TextQuery.labelledRoles`
 * (the same reading `labelledNumbers` gives plugin authors) with the patterns as matchers. A number whose
 * own label matches a pattern is taken; one without its own label when a pattern stands before it in its
 * clause within `window` characters; the closest label wins, then the longer one ("受理25件，不予受理8件":
 * 8件 is 不予受理's). Targets, hypotheticals, thresholds and criteria ("力争调解成功率达到98%") and negated
 * numbers ("不予受理5件" for 受理) are skipped, as are numbers whose own label matches no pattern.
 */
export function labelledNumbers<R>(context: RuleContext, roles: ReadonlyArray<LabelRole<R>>, window: number, ranges: Ranges): Array<LabelledNumber<R>> {
  const matcherRoles = roles.map((r) => ({
    role: r.role,
    matchers: r.patterns.map(matcherOf),
    kinds: r.kinds,
    ...(r.units ? { units: r.units } : {}),
  }));
  return context.query
    .labelledRoles(matcherRoles, { maxDistance: window, ...(ranges === null ? {} : { scope: { spans: ranges } }) })
    .map((n) => ({ number: n.number, role: n.role, label: n.label }));
}

const matchers = new WeakMap<CompiledPattern, LabelMatcher>();
function matcherOf(p: CompiledPattern): LabelMatcher {
  let m = matchers.get(p);
  if (!m) {
    m = { display: p.display, lastMatch: (haystack) => lastMatch(p, haystack) };
    matchers.set(p, m);
  }
  return m;
}
