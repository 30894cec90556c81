import type { NumericFact } from "../model.js";
import { tolerance } from "../numbers/extract.js";

/**
 * The one stated-precision tolerance every package uses: half a unit of the last written digit, in the
 * units of the value, with 万/亿 applied (1.23万件 → ±50, 99.3% → ±0.0005, 564件 → ±0.5); an approximate
 * figure (约, 余, 近) gets a whole unit.
 */
export function statedTolerance(fact: Pick<NumericFact, "raw" | "decimals" | "unit"> & { approx?: boolean }): number {
  const half = tolerance(fact);
  return fact.approx ? 2 * half : half;
}
