import type { CatalogueEntry, IndicatorsFact, IndicatorValue } from "@fazhi/rules-indicators";
import type { Evidence, Span } from "@fazhi/core";
import type { Localized } from "@fazhi/rule-kit";

export type Verdict = "consistent" | "inconsistent" | "unverifiable";
export type CheckKind = "rate" | "sum" | "impossible";

/** One quoted piece of a claim: literally in the report text. */
export interface ClaimPiece {
  span: Span;
  line: number;
  text: string;
}

/** One consistency check, with everything a rule needs to explain it. */
export interface ConsistencyCheck {
  kind: CheckKind;
  /** What sort of rate/sum: "indicator" (catalogue formula), "list-rate", "stem", "growth", "share", "partition", "marker", "over-100", "part-over-whole". */
  method: string;
  /** The quoted claim; pieces joined by " … ", each literally in the report. */
  claim: string;
  pieces: ClaimPiece[];
  /** The arithmetic, e.g. "396/400", "36+4", "30/(80-30)"; null when nothing could be computed. */
  computedFrom: string | null;
  /** The computed value (a fraction for rates, a count for sums); null when unverifiable or impossible. */
  computed: number | null;
  /** The value the report states (rate as a fraction, a total as a count). */
  stated: number | null;
  /** As written ("98%", "40件"). */
  statedText: string | null;
  /** Allowed difference between stated and computed (rates: half a unit of the last stated digit). */
  tolerance: number | null;
  verdict: Verdict;
  /** The claim's text span as one quote (first piece to last piece) with its line. */
  evidence: Evidence;
  /** One sentence explaining the verdict, in zh and en ("98% 与 780/798 = 97.7% 相符"). */
  explanation: Localized;
  /** Indicator id when the check came from the `indicators` fact. */
  indicator?: string;
}

/** The report's `consistency` section (DESIGN §5). */
export interface ConsistencyEntry {
  claim: string;
  computed: number | null;
  verdict: Verdict;
  evidence: Evidence;
}

/** The `consistency` fact. `result` becomes the report's `consistency` section (engine convention). */
export interface ConsistencyFact {
  checks: ConsistencyCheck[];
  result: ConsistencyEntry[];
  /** How many values the impossible-value check looked at: rates written as levels, and parts lists. */
  examined: { rates: number; lists: number };
}

/*
 * What this package reads from @fazhi/rules-indicators: its own types, narrowed to the parts the checks use
 * (so tests and other callers can pass a fact or catalogue carrying just those).
 */
export type IndicatorValueLike = IndicatorValue;
export type IndicatorsFactLike = Pick<IndicatorsFact, "values">;
export type IndicatorDefinitionLike = Pick<CatalogueEntry, "id" | "unit" | "formula">;
