import { definePartRule } from "./part-rule.js";

/** Part 二: the past year's shortcomings and their causes (DOMAIN §2). Causes are judged by outline/causes-analysed. */
export const shortcomings = definePartRule({
  part: "shortcomings",
  id: "shortcomings",
  title: { zh: "存在的不足和原因", en: "Shortcomings and their causes" },
  description: {
    zh: "报告应写明上一年度推进法治政府建设存在的不足和原因：单列标题（如“存在的不足和原因”“存在的问题”）得1分，只在其他部分或无标题段落中提到（如“但还存在一些问题和不足”）得inlineScore分，没有得0分。",
    en: "The report should state the past year's shortcomings and their causes: a heading of its own (存在的不足和原因, 存在的问题) scores 1, inline only (但还存在一些问题和不足…) scores inlineScore, absent 0.",
  },
});
