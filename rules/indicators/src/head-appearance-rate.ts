import { rateRule } from "./rate-rule.js";

/** 行政机关负责人出庭应诉率 (litigation.headAppearanceRate, higher is better). */
export const headAppearanceRate = rateRule({
  ruleId: "head-appearance-rate",
  indicator: "litigation.headAppearanceRate",
  title: { zh: "行政机关负责人出庭应诉率", en: "Court appearance rate of agency heads" },
  description: {
    zh: "取报告写明的负责人出庭应诉率（“出庭应诉率为82.14%”），或由“负责人均出庭应诉”推断为100%，或由出庭与开庭数计算；由评分方案按区间评分，未写明时按方案的 whenMissing 处理。",
    en: "The rate at which agency heads appeared in court, as stated (\"出庭应诉率为82.14%\"), implied (\"负责人均出庭应诉\" → 100%) or computed from attended and heard counts; the scheme's bands score it, its whenMissing decides when it is absent.",
  },
});
