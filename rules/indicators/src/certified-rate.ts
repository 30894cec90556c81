import { rateRule } from "./rate-rule.js";

/** 执法人员持证上岗率 (enforcement.certifiedRate, higher is better). */
export const certifiedRate = rateRule({
  ruleId: "certified-rate",
  indicator: "enforcement.certifiedRate",
  title: { zh: "执法人员持证上岗率", en: "Share of enforcement officers certified" },
  description: {
    zh: "取报告写明的持证上岗率（持证率、持证比例），或由“全部持证上岗”推断为100%；由评分方案按区间评分。",
    en: "The share of enforcement officers holding a certificate (持证上岗率/持证率/持证比例), or 100% implied by \"全部持证上岗\"; the scheme's bands score it.",
  },
});
