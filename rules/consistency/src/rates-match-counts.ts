import { defineRule } from "@fazhi/rule-kit";
import { CONSISTENCY, DEFAULT_OPTIONS, evaluateChecks, OPTIONS_SCHEMA, type ConsistencyRuleOptions } from "./evaluate.js";

/**
 * Stated rates vs their counts (DOMAIN §3.1–3.2): success, correction, closure rates from the indicator
 * catalogue's formulas, growth rates (增长率 = 增量 ÷ 上年数), shares (占比). Tolerance: half a unit of the
 * last stated digit (98% → ±0.5 percentage points). A rate whose counts are not stated is unverifiable
 * and never lowers the score. Score: consistent ÷ checkable rates (option `scoring: "all"` → 0 on any error).
 */
export const ratesMatchCounts = defineRule<ConsistencyRuleOptions>({
  meta: {
    id: "rates-match-counts",
    type: "consistency",
    title: { zh: "比率与其计数相符", en: "Rates agree with their counts" },
    description: {
      zh: "报告写明的比率（成功率、纠错率、增长率、占比等）与同一段中写明的分子、分母计算结果相符；按所写精度允许误差（98%允许±0.5个百分点）。未写明分母的比率列为“无法核对”，不扣分。",
      en: "Stated rates (success, correction, growth rates, shares…) agree with the counts stated in the same passage, within the stated precision (98% allows ±0.5 percentage points). Rates whose counts are not stated are listed as unverifiable and never lower the score.",
    },
    schema: OPTIONS_SCHEMA,
    defaultOptions: DEFAULT_OPTIONS,
    messages: {
      inconsistent: {
        zh: "「{claim}」：{stated} 与 {computedFrom} = {computed} 不符（按所写精度允许 ±{tolerance} 个百分点）。",
        en: "\"{claim}\": {stated} does not agree with {computedFrom} = {computed} (the stated precision allows ±{tolerance} percentage points).",
      },
      unverifiable: {
        zh: "「{claim}」：报告未写明计算 {stated} 所用的分子和分母，无法核对（不扣分）。",
        en: "\"{claim}\": the report does not state the counts {stated} is computed from, so it cannot be checked (not scored).",
      },
    },
    requires: [CONSISTENCY],
    version: "1.0.0",
  },
  evaluate(context) {
    return evaluateChecks(context, (c) => c.kind === "rate", () => "inconsistent");
  },
});
