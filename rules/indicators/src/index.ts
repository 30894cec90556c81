import { definePlugin } from "@fazhi/rule-kit";
import { certifiedRate } from "./certified-rate.js";
import { disclosed } from "./disclosed.js";
import { INDICATORS, indicatorsFact } from "./fact.js";
import { headAppearanceRate } from "./head-appearance-rate.js";
import { litigationLossRate } from "./litigation-loss-rate.js";
import { mediationSuccessRate } from "./mediation-success-rate.js";
import { reconsiderationCorrectionRate } from "./reconsideration-correction-rate.js";

/**
 * @fazhi/rules-indicators — the indicator catalogue, the `indicators` fact (values with evidence and basis;
 * its `result` becomes the report's `indicators` section) and indicator rules `indicators/<id>`.
 */
export default definePlugin({
  meta: { name: "@fazhi/rules-indicators", version: "1.0.0", namespace: "indicators" },
  rules: {
    "head-appearance-rate": headAppearanceRate,
    "mediation-success-rate": mediationSuccessRate,
    "reconsideration-correction-rate": reconsiderationCorrectionRate,
    "litigation-loss-rate": litigationLossRate,
    "certified-rate": certifiedRate,
    disclosed,
  },
  facts: { [INDICATORS]: indicatorsFact },
});

export * from "./types.js";
export { CATALOGUE, CatalogueEntrySchema, CatalogueError, catalogueEntry, DOMAINS, INDICATOR_IDS, validateCatalogue, type CatalogueData, type CatalogueEntry } from "./catalogue.js";
export { extractIndicators } from "./extract.js";
export { INDICATORS, indicatorsFact } from "./fact.js";
export { formatRate, pickValue, rateRule, type RateRuleOptions, type RateRuleSpec } from "./rate-rule.js";
export { certifiedRate, disclosed, headAppearanceRate, litigationLossRate, mediationSuccessRate, reconsiderationCorrectionRate };
export { DEFAULT_EXPECTED, type DisclosedOptions } from "./disclosed.js";
