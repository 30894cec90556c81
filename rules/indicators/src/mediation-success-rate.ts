import { rateRule } from "./rate-rule.js";

/** 矛盾纠纷调解成功率 (mediation.successRate, higher is better). */
export const mediationSuccessRate = rateRule({
  ruleId: "mediation-success-rate",
  indicator: "mediation.successRate",
  title: { zh: "矛盾纠纷调解成功率", en: "Dispute mediation success rate" },
  description: {
    zh: "取报告写明的调解（调处、化解）成功率，或在同一段中写明调解数与成功数时计算；由评分方案按区间评分。",
    en: "The mediation (调解/调处/化解) success rate as stated, or computed when the same paragraph gives the disputes mediated and those settled; the scheme's bands score it.",
  },
});
