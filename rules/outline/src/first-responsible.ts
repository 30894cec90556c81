import { definePartRule } from "./part-rule.js";

/**
 * Part 三: how the principal Party and government leaders performed their 第一责任人 duty (DOMAIN §1.4, §2.3).
 * Counts: a heading on the duty (any depth, run-in "二是扛牢法治建设第一责任人职责" included), or a sentence
 * tying 主要负责人/主要领导/主要负责同志 to the duty. Does not count: a leading group chaired by the secretary
 * and the head of government, 主要负责人 in another context, "一把手负总责", "关键少数".
 */
export const firstResponsible = definePartRule({
  part: "firstResponsible",
  id: "first-responsible",
  title: { zh: "主要负责人履行第一责任人职责情况", en: "Principal leaders' first-responsible duty" },
  description: {
    zh: "报告应写明党政主要负责人履行推进法治建设第一责任人职责的情况：单列标题得1分；在同一句中写明主要负责人（主要领导、主要负责同志）履行第一责任人职责得inlineScore分；只提领导小组、“一把手负总责”“关键少数”或其他语境中的主要负责人不算，得0分。",
    en: "The report should state how the principal leaders performed their first-responsible duty for the rule of law: a heading of its own scores 1; a sentence tying the principal leaders to the duty scores inlineScore; a leading group, \"一把手负总责\", \"关键少数\" or 主要负责人 in another context do not count (0).",
  },
});
