import { defineRule } from "@fazhi/rule-kit";
import { CONSISTENCY, DEFAULT_OPTIONS, evaluateChecks, OPTIONS_SCHEMA, type ConsistencyRuleOptions } from "./evaluate.js";
import type { ConsistencyFact } from "./types.js";

/**
 * Values that cannot be: a level rate above 100% (满意率120%, 覆盖率105%) — growth, change and target
 * completion rates (完成率120%) may exceed 100% and are left alone — and a part larger than its total.
 * Score: 1 − impossible ÷ values examined (option `scoring: "all"` → 0 on any); notApplicable when the
 * report has no rates and no totals with parts.
 */
export const impossibleValues = defineRule<ConsistencyRuleOptions>({
  meta: {
    id: "impossible-values",
    type: "consistency",
    title: { zh: "没有不可能的数值", en: "No impossible values" },
    description: {
      zh: "比率（满意率、覆盖率、办结率、占比等）不超过100%（增长率、完成率除外）；分项不大于其总数。",
      en: "Rates (satisfaction, coverage, closure rates, shares…) are at most 100% (growth and completion rates excepted), and no part exceeds its total.",
    },
    schema: OPTIONS_SCHEMA,
    defaultOptions: DEFAULT_OPTIONS,
    messages: {
      overHundred: {
        zh: "「{claim}」：{stated} 超过100%，该比率不可能超过100%。",
        en: "\"{claim}\": {stated} is above 100%, which this rate cannot be.",
      },
      partOverWhole: {
        zh: "「{claim}」：分项 {stated} 大于其总数（{computedFrom}）。",
        en: "\"{claim}\": the part {stated} is larger than its total ({computedFrom}).",
      },
      unverifiable: {
        zh: "「{claim}」：无法核对（不扣分）。",
        en: "\"{claim}\": cannot be checked (not scored).",
      },
    },
    requires: [CONSISTENCY],
    version: "1.0.0",
  },
  evaluate(context) {
    const { examined } = context.fact<ConsistencyFact>(CONSISTENCY);
    const outcome = evaluateChecks(
      context,
      (c) => c.kind === "impossible",
      (c) => (c.method === "over-100" ? "overHundred" : "partOverWhole"),
      examined.rates + examined.lists,
    );
    return outcome;
  },
});
