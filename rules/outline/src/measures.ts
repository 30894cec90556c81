import { definePartRule } from "./part-rule.js";

/** Part 一 of the mandated outline: the past year's main measures and results (DOMAIN §2). */
export const measures = definePartRule({
  part: "measures",
  id: "measures",
  title: { zh: "主要举措和成效", en: "Main measures and results" },
  description: {
    zh: "报告应写明上一年度推进法治政府建设的主要举措和成效：单列标题得1分（一组专题标题如“一、坚持高位统筹…二、聚焦…”也算），只见于无标题段落得inlineScore分，没有得0分。",
    en: "The report should state the past year's main measures and results for building rule-of-law government: a heading of its own scores 1 (a run of thematic sections counts), inline only scores inlineScore, absent 0.",
  },
});
