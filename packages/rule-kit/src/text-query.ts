import {
  foldText,
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
import type { OutlinePart } from "./types.js";

/** Where a query looks. Without a scope: the report body (page chrome excluded). */
export interface Scope {
  /** An outline part; needs the `outline` fact (rules/outline) — resolved by the rule context. */
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
  /** "label": the number's own label contains the phrase; "sentence": the phrase precedes it in its sentence. */
  via: "label" | "sentence";
}

export interface LabelledNumberOptions {
  kinds?: NumberKind[];
  units?: string[];
  /** How far back in the sentence a phrase may stand from the number, in characters (default 30). */
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

  constructor(
    readonly model: ReportModel,
    private readonly resolvePart: (part: OutlinePart) => Span[] = () => {
      throw new Error("scope.part needs the `outline` fact: add `outline` to the rule's meta.requires and load the outline plugin");
    },
  ) {
    this.reading = readingOf(model);
    this.view = this.reading.view;
    this.sections = sectionSpans(model);
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
   * Numbers quantifying one of the labels: the number's own label contains the phrase, or — for a number
   * with no label of its own — the phrase stands before it in the same sentence within `maxDistance` characters.
   */
  labelledNumbers(labels: readonly string[], options: LabelledNumberOptions = {}): LabelledNumber[] {
    const ranges = this.resolve(options.scope);
    const maxDistance = options.maxDistance ?? 30;
    const folded = labels.map((l) => ({ label: l, key: compactFold(l) }));
    const out: LabelledNumber[] = [];
    for (const number of this.model.numbers) {
      if (options.kinds && !options.kinds.includes(number.kind)) continue;
      if (options.units && !options.units.includes(number.unit ?? "")) continue;
      if (!inside(number.span, ranges)) continue;
      const own = number.label ? compactFold(number.label) : "";
      const byLabel = folded.find((l) => own.includes(l.key));
      if (byLabel) {
        out.push({ number, label: byLabel.label, via: "label" });
        continue;
      }
      // A number that carries a label of its own quantifies that label, not a phrase further back.
      if (own) continue;
      const sentence = this.model.sentences[number.sentence];
      if (!sentence) continue;
      const from = Math.max(sentence.span[0], number.span[0] - maxDistance);
      const before = compactFold(this.model.text.slice(from, number.span[0]));
      const bySentence = folded.find((l) => before.includes(l.key));
      if (bySentence) out.push({ number, label: bySentence.label, via: "sentence" });
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
    return this.sections.find((s) => s.heading.id === headingId)?.span ?? null;
  }

  evidence(span: Span): Evidence {
    return { line: lineAt(this.model.lines, span[0]), text: this.model.text.slice(span[0], span[1]) };
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

const foldCache = new Map<string, string>();
/** Fold a phrase the same way the text is folded, without whitespace. */
export function compactFold(s: string): string {
  let v = foldCache.get(s);
  if (v === undefined) {
    v = foldText(s).replace(/[\s\0]/g, "");
    if (foldCache.size < 10_000) foldCache.set(s, v);
  }
  return v;
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
