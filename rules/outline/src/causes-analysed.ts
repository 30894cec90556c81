import { defineRule } from "@fazhi/rule-kit";
import { fivePartOutlineRequired, notRequiredDisplay, REQUIRE_FIVE_PART_OUTLINE_SCHEMA, type RequireFivePartOutline } from "./applicability.js";
import { OUTLINE, type OutlineFact } from "./outline-fact.js";

export interface CausesAnalysedOptions {
  requireFivePartOutline: RequireFivePartOutline;
}

/**
 * The shortcomings should analyse causes (原因, 究其原因, 主要是由于, 导致…), not only list problems
 * (DOMAIN §2). Looked for in the shortcomings' text, not its heading. Shortcomings absent → not applicable
 * (outline/shortcomings scores that).
 */
export const causesAnalysed = defineRule<CausesAnalysedOptions>({
  meta: {
    id: "causes-analysed",
    type: "structure",
    title: { zh: "分析不足的原因", en: "Causes of shortcomings analysed" },
    description: {
      zh: "报告写了存在的不足时，应分析其原因（“原因”“究其原因”“主要是由于”“导致”等），而不只是罗列问题；只看该部分的正文，标题“存在的不足和原因”本身不算。没有写不足时不适用。",
      en: "Where the report states shortcomings it should analyse their causes (原因, 究其原因, 主要是由于, 导致 …), not only list problems; only the part's text counts, not a heading such as 存在的不足和原因. Not applicable when there are no shortcomings.",
    },
    schema: {
      type: "object",
      properties: { requireFivePartOutline: REQUIRE_FIVE_PART_OUTLINE_SCHEMA },
      additionalProperties: false,
    },
    defaultOptions: { requireFivePartOutline: "auto" },
    messages: {
      notAnalysed: {
        zh: "报告列出了存在的不足，但没有分析原因。",
        en: "The report lists shortcomings but does not analyse their causes.",
      },
    },
    requires: [OUTLINE],
    version: "1.0.0",
  },
  evaluate(context) {
    const fact = context.fact<OutlineFact>(OUTLINE);
    if (!fivePartOutlineRequired(fact, context.options.requireFivePartOutline)) {
      return { score: null, notApplicable: true, displayValue: notRequiredDisplay(fact) };
    }
    const p = fact.parts.shortcomings;
    if (p.status === "absent") {
      return { score: null, notApplicable: true, displayValue: { zh: "未写明存在的不足", en: "no shortcomings stated" } };
    }
    if (p.causesAnalysed) {
      return { score: 1, value: true, displayValue: { zh: "分析了原因", en: "causes analysed" }, evidence: p.evidence ? [p.evidence] : [] };
    }
    context.report({ messageId: "notAnalysed", evidence: p.evidence ?? undefined });
    return { score: 0, value: false, displayValue: { zh: "只列问题，未分析原因", en: "problems listed, causes not analysed" } };
  },
});
