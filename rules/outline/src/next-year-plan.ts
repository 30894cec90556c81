import { definePartRule } from "./part-rule.js";

/** Part 四: next year's main arrangements (DOMAIN §2). */
export const nextYearPlan = definePartRule({
  part: "nextYearPlan",
  id: "next-year-plan",
  title: { zh: "下一年度主要安排", en: "Next year's main arrangements" },
  description: {
    zh: "报告应写明下一年度推进法治政府建设的主要安排：单列标题（如“下一年度…主要安排”“下一步工作打算”“改进措施”）得1分，只见于无标题段落（如“下一步，将…”“2025年，我县将…”）得inlineScore分，没有得0分。",
    en: "The report should state next year's main arrangements: a heading of its own (下一年度…主要安排, 下一步工作打算, 改进措施) scores 1, an unheaded paragraph only (下一步，将…; 2025年，我县将…) scores inlineScore, absent 0.",
  },
});
