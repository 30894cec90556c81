import {
  compactFold,
  evidenceAt,
  lineAt,
  readingOf,
  type MatchView,
  type Reading,
  type Evidence,
  type Heading,
  type NumberKind,
  type NumericFact,
  type ReportModel,
  type Span,
} from "@fazhi/core";
import { NoOutlineError } from "./errors.js";
import type { OutlinePart } from "./types.js";

/** Where a query looks. Without a scope: the report body (page chrome excluded). */
export interface Scope {
  /** An outline part; resolved through the loaded fact that fills the outline (see `ReportSession`). */
  part?: OutlinePart;
  /** A heading's section (the heading and everything under it). */
  headingId?: string;
  /** Explicit spans of `model.text`. */
  spans?: Span[];
}

export interface PhraseHit {
  phrase: string;
  span: Span;
  line: number;
  /** The matched text quoted from the original (Traditional stays Traditional). */
  text: string;
  sentence: number;
  paragraph: number;
}

export interface LabelledNumber {
  number: NumericFact;
  /** The label phrase that matched. */
  label: string;
  /** "label": the number's own label contains the phrase; "sentence": the phrase precedes it in its clause. */
  via: "label" | "sentence";
}

/** Something that finds a label in folded, whitespace-free text: where its last match ends, and its length. */
export interface LabelMatcher {
  /** How the label is shown in messages. */
  display: string;
  lastMatch(haystack: string): { end: number; length: number } | null;
}

/** Alternative labels standing for one role (an indicator, a part of a sum, a numerator…). */
export interface LabelRole<R> {
  role: R;
  matchers: readonly LabelMatcher[];
  /** Number kinds this role accepts; all when absent. */
  kinds?: readonly NumberKind[];
  units?: readonly string[];
}

export interface LabelledRole<R> extends LabelledNumber {
  role: R;
}

/** A literal phrase as a matcher (folded like the text). */
export function literalMatcher(phrase: string, display: string = phrase): LabelMatcher {
  const key = compactFold(phrase);
  return {
    display,
    lastMatch(haystack) {
      const i = haystack.lastIndexOf(key);
      return i === -1 ? null : { end: i + key.length, length: key.length };
    },
  };
}

export interface LabelledNumberOptions {
  kinds?: NumberKind[];
  units?: string[];
  /** How far back in the clause a phrase may stand from the number, in characters (default 30). */
  maxDistance?: number;
  scope?: Scope;
}

export interface NearOptions {
  within: "sentence" | "paragraph" | "section";
  scope?: Scope;
}

/**
 * Phrase and number queries over one report. Matching uses the folded view (繁→简, full-width → half-width,
 * whitespace and watermarks ignored) and quotes the original text, so a query written in Simplified finds
 * Traditional reports too.
 */
export class TextQuery {
  /** Core's reading of the report (compact view, sentences, clauses, number readings), shared with every rule package. */
  readonly reading: Reading;
  private readonly view: MatchView;
  private readonly sections: Array<{ heading: Heading; span: Span }>;
  /** Each section's span by its heading's id: `sectionSpan` is asked once per heading. */
  private readonly sectionById: Map<string, Span>;

  constructor(
    readonly model: ReportModel,
    /** Where an outline part lies; a `ReportSession` answers from the fact that fills the outline. */
    private readonly resolvePart: (part: OutlinePart) => Span[] = () => {
      throw new NoOutlineError();
    },
  ) {
    this.reading = readingOf(model);
    this.view = this.reading.view;
    this.sections = sectionSpans(model);
    this.sectionById = new Map();
    for (const s of this.sections) if (!this.sectionById.has(s.heading.id)) this.sectionById.set(s.heading.id, s.span);
  }

  /** Every occurrence of any of the phrases in the scope, in text order. */
  findPhrases(phrases: readonly string[], scope?: Scope): PhraseHit[] {
    const ranges = this.resolve(scope);
    const hits: PhraseHit[] = [];
    for (const phrase of phrases) {
      for (const span of this.view.find(phrase)) {
        if (!inside(span, ranges) || this.inChrome(span)) continue;
        hits.push(this.hit(phrase, span));
      }
    }
    return hits.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  }

  hasPhrase(phrases: readonly string[], scope?: Scope): boolean {
    return this.findPhrases(phrases, scope).length > 0;
  }

  /**
   * Numbers quantifying one of the labels — a shorthand for `labelledRoles` with one role per label
   * (literal phrases, folded). See `labelledRoles` for the matching, the tie rule and which numbers are
   * skipped (targets, hypotheticals, thresholds, criteria, negated counts, page chrome).
   */
  labelledNumbers(labels: readonly string[], options: LabelledNumberOptions = {}): LabelledNumber[] {
    const roles: Array<LabelRole<string>> = labels.map((label) => ({
      role: label,
      matchers: [literalMatcher(label)],
      ...(options.kinds ? { kinds: options.kinds } : {}),
      ...(options.units ? { units: options.units } : {}),
    }));
    return this.labelledRoles(roles, options).map((n) => ({ number: n.number, label: n.label, via: n.via }));
  }

  /**
   * Numbers labelled by one of the roles' matchers, in text order — the one label reading that
   * `labelledNumbers` and the declarative kinds share.
   *
   * - A number whose own label (as the parser found it) matches is taken (`via: "label"`); a number whose
   *   own label matches nothing quantifies that label and is skipped.
   * - A number without a label of its own is taken when a matcher stands before it in its **clause**
   *   (core's reading: a clause ends at ，；。：！？ outside brackets, not at 、) within `maxDistance`
   *   characters (`via: "sentence"`, kept for compatibility).
   * - Several matches: the label ending closest to the number wins, then the longer one — so in
   *   "受理25件，不予受理8件" 8件 is 不予受理's, not 受理's.
   * - Skipped: numbers whose reading's modality is not an achieved value (`target` "力争调解成功率达到98%",
   *   `hypothetical`, `threshold`, `criterion`); numbers whose polarity is negated ("不予受理5件") unless the
   *   matched label itself contains the negation (a label "不予受理" still takes it); numbers on page chrome.
   */
  labelledRoles<R>(roles: ReadonlyArray<LabelRole<R>>, options: { maxDistance?: number; scope?: Scope } = {}): Array<LabelledRole<R>> {
    const ranges = this.resolve(options.scope);
    const maxDistance = options.maxDistance ?? 30;
    const out: Array<LabelledRole<R>> = [];
    for (const number of this.model.numbers) {
      if (!inside(number.span, ranges) || this.inChrome(number.span)) continue;
      const eligible = roles.filter((r) => (!r.kinds || r.kinds.includes(number.kind)) && (!r.units || r.units.includes(number.unit ?? "")));
      if (eligible.length === 0) continue;
      const reading = this.reading.of(number);
      if (reading && reading.modality !== "actual") continue;
      let haystack: string;
      if (number.label) {
        haystack = compactFold(number.label);
      } else {
        const clause = reading ? this.reading.clauses[reading.clause] : undefined;
        const sentence = this.model.sentences[number.sentence];
        const start = clause ? clause.span[0] : sentence ? sentence.span[0] : 0;
        const from = Math.max(start, number.span[0] - maxDistance);
        haystack = this.view.compact.slice(this.reading.toCompact(from), this.reading.toCompact(number.span[0]));
      }
      let best: { role: R; label: string; end: number; length: number } | null = null;
      for (const r of eligible) {
        for (const m of r.matchers) {
          const found = m.lastMatch(haystack);
          if (found && (!best || found.end > best.end || (found.end === best.end && found.length > best.length))) best = { role: r.role, label: m.display, ...found };
        }
      }
      if (!best) continue;
      if (reading?.polarity === "negated" && !haystack.slice(best.end - best.length, best.end).includes(reading.negation?.word ?? "")) continue;
      out.push({ number, role: best.role, label: best.label, via: number.label ? "label" : "sentence" });
    }
    return out;
  }

  /** Pairs of hits of `a` and `b` in the same sentence / paragraph / section. */
  near(a: readonly string[], b: readonly string[], options: NearOptions): Array<{ a: PhraseHit; b: PhraseHit }> {
    const hitsA = this.findPhrases(a, options.scope);
    const hitsB = this.findPhrases(b, options.scope);
    const unit = (h: PhraseHit) =>
      options.within === "sentence" ? h.sentence : options.within === "paragraph" ? h.paragraph : (this.sectionAt(h.span[0])?.id ?? "");
    const pairs: Array<{ a: PhraseHit; b: PhraseHit }> = [];
    for (const x of hitsA) for (const y of hitsB) if (unit(x) === unit(y)) pairs.push({ a: x, b: y });
    return pairs;
  }

  /** The innermost heading whose section contains the offset. */
  sectionAt(offset: number): Heading | null {
    let found: Heading | null = null;
    for (const s of this.sections) if (s.span[0] <= offset && offset < s.span[1] && (!found || s.heading.depth > found.depth)) found = s.heading;
    return found;
  }

  /** The span a heading's section covers: from the heading to the next heading at the same or a shallower depth. */
  sectionSpan(headingId: string): Span | null {
    return this.sectionById.get(headingId) ?? null;
  }

  evidence(span: Span): Evidence {
    return evidenceAt(this.model, span);
  }

  private hit(phrase: string, span: Span): PhraseHit {
    return {
      phrase,
      span,
      line: lineAt(this.model.lines, span[0]),
      text: this.model.text.slice(span[0], span[1]),
      sentence: this.reading.sentenceAt(span[0]),
      paragraph: this.reading.paragraphAt(span[0]),
    };
  }

  /** Where an outline part's text lies (empty when the report lacks the part). */
  partSpans(part: OutlinePart): Span[] {
    return this.resolvePart(part);
  }

  private resolve(scope?: Scope): Span[] | null {
    if (!scope) return null;
    const ranges: Span[] = [];
    if (scope.spans) ranges.push(...scope.spans);
    if (scope.headingId) {
      const span = this.sectionSpan(scope.headingId);
      if (span) ranges.push(span);
    }
    if (scope.part) ranges.push(...this.resolvePart(scope.part));
    return ranges;
  }

  private inChrome(span: Span): boolean {
    return this.reading.inChrome(span[0]);
  }
}

function inside(span: Span, ranges: Span[] | null): boolean {
  if (ranges === null) return true;
  return ranges.some(([s, e]) => span[0] >= s && span[1] <= e);
}

function sectionSpans(model: ReportModel): Array<{ heading: Heading; span: Span }> {
  const flat: Heading[] = [];
  const walk = (hs: Heading[]) => {
    for (const h of hs) {
      flat.push(h);
      walk(h.children);
    }
  };
  walk(model.headings);
  return flat.map((heading, i) => {
    let end = model.text.length;
    for (let j = i + 1; j < flat.length; j++) {
      if (flat[j]!.depth <= heading.depth) {
        end = flat[j]!.span[0];
        break;
      }
    }
    return { heading, span: [heading.span[0], end] as Span };
  });
}
