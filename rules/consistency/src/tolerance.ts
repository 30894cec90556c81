import { statedTolerance } from "@fazhi/core";
import type { Verdict } from "./types.js";

/** How a rate is written: its value as a fraction, decimals as written, approximation and bound. */
export interface StatedRate {
  value: number;
  decimals: number;
  approx: boolean;
  bound: "lower" | "upper" | null;
}

/**
 * Half a unit of the last stated digit, as a fraction: 98% → 0.005 (±0.5 percentage points),
 * 15.3% → 0.0005, 99.19% → 0.00005. An approximate rate ("约24%") gets a whole unit.
 */
export function rateTolerance(rate: Pick<StatedRate, "decimals" | "approx">): number {
  return statedTolerance({ raw: "", unit: "%", decimals: rate.decimals, approx: rate.approx });
}

const EPSILON = 1e-9;

/** Does the computed fraction agree with the stated rate? "以上" rates agree with anything not below them. */
export function rateAgrees(rate: StatedRate, computed: number): boolean {
  const tol = rateTolerance(rate);
  if (rate.bound === "lower") return computed >= rate.value - tol - EPSILON;
  if (rate.bound === "upper") return computed <= rate.value + tol + EPSILON;
  return Math.abs(computed - rate.value) <= tol + EPSILON;
}

/** A fraction as a percentage with `decimals` places ("97.8%"), trailing zeros kept. */
export function percent(fraction: number, decimals: number): string {
  return `${(fraction * 100).toFixed(Math.max(0, decimals))}%`;
}

/** Show a computed rate with one more decimal than stated (at least one): 98% vs 97.8%, 15.3% vs 15.25%. */
export function shownPercent(fraction: number, statedDecimals: number): string {
  return percent(fraction, Math.max(1, statedDecimals + 1));
}

/** Round for output: rates to 5 significant decimals (0.97786), so results stay byte-stable. */
export function roundFraction(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

export function verdictWord(v: Verdict): { zh: string; en: string } {
  return v === "consistent" ? { zh: "相符", en: "agrees" } : v === "inconsistent" ? { zh: "不符", en: "does not agree" } : { zh: "无法核对", en: "cannot be checked" };
}

/** A tolerance in percentage points, as written: 0.005 → "0.5", 0.0005 → "0.05". */
export function points(tolerance: number): string {
  return String(Math.round(tolerance * 100 * 1e6) / 1e6);
}
