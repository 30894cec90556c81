import { rateRule } from "./rate-rule.js";

/** 行政诉讼败诉率 (litigation.lossRate, lower is better: score it with a falling band or linear ramp). */
export const litigationLossRate = rateRule({
  ruleId: "litigation-loss-rate",
  indicator: "litigation.lossRate",
  title: { zh: "行政诉讼败诉率", en: "Administrative lawsuit loss rate" },
  description: {
    zh: "取报告写明的（一审）败诉率，“零败诉”记为0，或由败诉数与审结数计算；越低越好，评分方案应使用递减的区间或线性评分。“败诉率同比下降X%”是变化量，不算。",
    en: "The (first-instance) loss rate as stated, 0 for \"零败诉\", or computed from lost over closed cases; lower is better, so the scheme should use falling bands or a linear ramp with fullAt < zeroAt. \"败诉率同比下降X%\" is a change and never counts.",
  },
});
