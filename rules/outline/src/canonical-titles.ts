import { defineRule } from "@fazhi/rule-kit";
import { fivePartOutlineRequired, notRequiredDisplay, REQUIRE_FIVE_PART_OUTLINE_SCHEMA, type RequireFivePartOutline } from "./applicability.js";
import { OUTLINE, type OutlineFact } from "./outline-fact.js";
import { MANDATED_WORDING, OUTLINE_PARTS, PART_NAMES } from "./vocabulary.js";

export interface CanonicalTitlesOptions {
  requireFivePartOutline: RequireFivePartOutline;
}

/**
 * Share of the parts with a heading whose heading uses the mandated wording (DOMAIN §2 "canonicalTitle,
 * precisely"): "三、存在的不足和原因" is canonical, "二、存在的问题" is not. Not applicable when no part has a heading.
 */
export const canonicalTitles = defineRule<CanonicalTitlesOptions>({
  meta: {
    id: "canonical-titles",
    type: "structure",
    title: { zh: "标题采用规定表述", en: "Headings use the mandated wording" },
    description: {
      zh: "单列标题的各部分中，标题采用规定表述（如“主要举措和成效”“存在的不足和原因”“履行推进法治建设第一责任人职责”“下一年度…主要安排”）的比例；没有任何部分单列标题时不适用。",
      en: "Of the parts with a heading of their own, the share whose heading uses the mandated wording (主要举措和成效, 存在的不足和原因, 履行推进法治建设第一责任人职责, 下一年度…主要安排); not applicable when no part has a heading.",
    },
    schema: {
      type: "object",
      properties: { requireFivePartOutline: REQUIRE_FIVE_PART_OUTLINE_SCHEMA },
      additionalProperties: false,
    },
    defaultOptions: { requireFivePartOutline: "auto" },
    messages: {
      notCanonical: {
        zh: "“{part}”的标题没有采用规定表述（“{mandated}”）。",
        en: "The heading of the part “{part}” does not use the mandated wording (“{mandated}”).",
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
    const headed = OUTLINE_PARTS.filter((p) => fact.parts[p].status === "heading");
    if (headed.length === 0) {
      return { score: null, notApplicable: true, displayValue: { zh: "没有单列标题的部分", en: "no part has a heading" } };
    }
    let canonical = 0;
    for (const part of headed) {
      const p = fact.parts[part];
      if (p.canonicalTitle) canonical++;
      else {
        const name = PART_NAMES[part];
        context.report({
          messageId: "notCanonical",
          data: { part: name.zh, mandated: MANDATED_WORDING[part] },
          evidence: p.evidence ?? undefined,
        });
      }
    }
    return {
      score: canonical / headed.length,
      value: canonical / headed.length,
      displayValue: { zh: `${canonical}/${headed.length}个标题采用规定表述`, en: `${canonical} of ${headed.length} headings use the mandated wording` },
    };
  },
});
