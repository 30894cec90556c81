import { definePlugin } from "@fazhi/rule-kit";
import { CATALOGUE } from "@fazhi/rules-indicators";
import { CONSISTENCY, createConsistencyFact } from "./fact.js";
import { impossibleValues } from "./impossible-values.js";
import { ratesMatchCounts } from "./rates-match-counts.js";
import { totalsMatchParts } from "./totals-match-parts.js";

/** The `consistency` fact with the indicator catalogue of @fazhi/rules-indicators. */
export const consistencyFact = createConsistencyFact(CATALOGUE);

/**
 * @fazhi/rules-consistency — do the report's numbers agree with each other? Stated rates vs their counts,
 * totals vs their parts, impossible values. Provides the `consistency` fact (requires `indicators`, from
 * @fazhi/rules-indicators); its `result` becomes the report's `consistency` section.
 */
export default definePlugin({
  meta: { name: "@fazhi/rules-consistency", version: "1.0.0", namespace: "consistency" },
  rules: {
    "rates-match-counts": ratesMatchCounts,
    "totals-match-parts": totalsMatchParts,
    "impossible-values": impossibleValues,
  },
  facts: { [CONSISTENCY]: consistencyFact },
});

export { computeConsistency } from "./compute.js";
export { CONSISTENCY, createConsistencyFact, INDICATORS } from "./fact.js";
export { DEFAULT_OPTIONS, type ConsistencyRuleOptions } from "./evaluate.js";
export { rateAgrees, rateTolerance } from "./tolerance.js";
export { impossibleValues, ratesMatchCounts, totalsMatchParts };
export type * from "./types.js";
