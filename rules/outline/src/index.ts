import { definePlugin } from "@fazhi/rule-kit";
import { canonicalTitles } from "./canonical-titles.js";
import { causesAnalysed } from "./causes-analysed.js";
import { firstResponsible } from "./first-responsible.js";
import { measures } from "./measures.js";
import { nextYearPlan } from "./next-year-plan.js";
import { other } from "./other.js";
import { OUTLINE, outlineFact } from "./outline-fact.js";
import { shortcomings } from "./shortcomings.js";

/**
 * @fazhi/rules-outline — the five mandated parts of an annual report (厅字〔2019〕28号; DOMAIN §2): the
 * `outline` fact (heading / inline / absent, canonical title, causes analysed, spans for `scope: { part }`)
 * and one rule per part plus outline/canonical-titles and outline/causes-analysed.
 */
export default definePlugin({
  meta: { name: "@fazhi/rules-outline", version: "1.0.0", namespace: "outline" },
  facts: { [OUTLINE]: outlineFact },
  rules: {
    measures,
    shortcomings,
    "first-responsible": firstResponsible,
    "next-year-plan": nextYearPlan,
    other,
    "canonical-titles": canonicalTitles,
    "causes-analysed": causesAnalysed,
  },
});

export { OUTLINE, outlineFact, computeOutline, type OutlineFact, type OutlinePartFact, type OutlinePartResult, type OutlineStatus } from "./outline-fact.js";
export { definePartRule, type PartRuleOptions } from "./part-rule.js";
export { canonicalTitles, causesAnalysed, firstResponsible, measures, nextYearPlan, other, shortcomings };
