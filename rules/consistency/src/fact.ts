import { defineFact } from "@fazhi/rule-kit";
import { INDICATORS } from "@fazhi/rules-indicators";
import { computeConsistency } from "./compute.js";
import { CONSISTENCY } from "./evaluate.js";
import type { ConsistencyFact, IndicatorDefinitionLike, IndicatorsFactLike } from "./types.js";


/**
 * The `consistency` fact for a given indicator catalogue: reads the `indicators` fact for rates with a
 * catalogue formula, and the report's numbers for sums, growth rates, shares and impossible values.
 * Its `result` fills the report's `consistency` section (`fills`).
 */
export function createConsistencyFact(catalogue: readonly IndicatorDefinitionLike[]) {
  return defineFact<ConsistencyFact>({
    version: "1.0.0",
    fills: "consistency",
    requires: [INDICATORS],
    compute({ model, fact }) {
      return computeConsistency(model, fact<IndicatorsFactLike>(INDICATORS), catalogue);
    },
  });
}

export { CONSISTENCY, INDICATORS };
