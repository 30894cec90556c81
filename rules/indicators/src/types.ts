import type { Evidence, Scope, Span } from "@fazhi/core";
import type { Localized } from "@fazhi/rule-kit";

/** How a value was obtained (DOMAIN §3.1). */
export type Basis = "stated" | "implied" | "computed";
export type IndicatorUnit = "ratio" | "count" | "money" | "score";
/** ↑ higher is better, ↓ lower is better, ≈ depends on context. */
export type Direction = "higher" | "lower" | "context";

/** One entry of the indicator catalogue (data, validated at load). */
export interface IndicatorDefinition {
  /** e.g. "mediation.successRate" — ids follow DOMAIN §3 and the seeds' answer key. */
  id: string;
  name: Localized;
  /** Label phrases as written in reports (Simplified; matching folds Traditional). */
  labels: string[];
  /** Phrases that imply a value without a number ("负责人均出庭应诉" → 1, "全覆盖" → 1, "零败诉" → 0). */
  implied?: Array<{ phrases: string[]; value: number }>;
  unit: IndicatorUnit;
  /** For rates: which indicators form it (numerator ids are summed). */
  formula?: { numerator: string[]; denominator: string };
  direction: Direction;
}

/** One extracted indicator value with its evidence: the `indicators` fact holds a list of these. */
export interface IndicatorValue {
  id: string;
  /** Rates as fractions (0.993), counts as counts, money in 元. */
  value: number;
  unit: IndicatorUnit;
  basis: Basis;
  /** 余/多/逾/近/约 */
  approx: boolean;
  /** 以上/超过 → lower; 以下/不到 → upper. */
  bound: "lower" | "upper" | null;
  /** Decimal places as written (for consistency tolerance); 0 for implied/computed. */
  decimals: number;
  evidence: Evidence;
  span: Span;
  /** The label phrase matched. */
  label: string;
  /** For computed values: the ids and values it was computed from. */
  from?: Array<{ id: string; value: number }>;
  /** What the number counts or measures, as core's reading gives it (stated values). */
  subject?: string | null;
  /** Whole area, 本级, subordinates, departments, nation — when the text says so. */
  scope?: Scope | null;
  /** The year the text gives the value and whether it is the reported level or an earlier one. */
  time?: { relation: "current" | "previous" | "change"; year: number | null };
}

/** The `indicators` fact. `result` is the report's `indicators` section (engine convention). */
export interface IndicatorsFact {
  values: IndicatorValue[];
  /** The value per id the scheme scores: the body's own, for the report year, at the broadest scope stated. */
  byId: Map<string, IndicatorValue>;
  /** Every mention, in catalogue order then text order; `scored` marks the value of `byId`. */
  result: Array<{
    id: string;
    value: number;
    unit: string;
    basis: Basis;
    approx: boolean;
    evidence: Evidence;
    scored: boolean;
    scope?: Scope;
    time?: { relation: "current" | "previous" | "change"; year: number | null };
  }>;
}
