import { defineRule, type Localized, type OutlinePart, type RuleModule } from "@fazhi/rule-kit";
import { fivePartOutlineRequired, notRequiredDisplay, REQUIRE_FIVE_PART_OUTLINE_SCHEMA, type RequireFivePartOutline } from "./applicability.js";
import { OUTLINE, type OutlineFact } from "./outline-fact.js";
import { MANDATED_WORDING, PART_NAMES } from "./vocabulary.js";

export interface PartRuleOptions {
  /** Score of a part present only inline (inside another section or an unheaded paragraph). */
  inlineScore: number;
  requireFivePartOutline: RequireFivePartOutline;
  /** An absent part in a text that ends mid-sentence: not applicable (default) or scored 0. */
  whenTruncated: "notApplicable" | "zero";
  /** Whether an absent part counts against the report; when false, absent → not applicable. */
  required: boolean;
}

export interface PartRuleSpec {
  part: OutlinePart;
  /** Short rule id, e.g. "next-year-plan". */
  id: string;
  title: Localized;
  description: Localized;
  /** Default of `required` (false only for `other`, which no real report was seen to have). */
  required?: boolean;
}

const STATUS_DISPLAY: Record<"heading" | "inline" | "absent", Localized> = {
  heading: { zh: "单列标题", en: "own heading" },
  inline: { zh: "无单列标题，内容见于其他部分", en: "inline, without a heading of its own" },
  absent: { zh: "未写明", en: "absent" },
};

/**
 * One rule per mandated part (DOMAIN §2), all alike: heading → 1, inline → `inlineScore` (0.5), absent → 0
 * with a finding. Reads the `outline` fact; pre-2019 reports are not applicable under "auto".
 */
export function definePartRule(spec: PartRuleSpec): RuleModule<PartRuleOptions> {
  const name = PART_NAMES[spec.part];
  const mandated = MANDATED_WORDING[spec.part];
  return defineRule<PartRuleOptions>({
    meta: {
      id: spec.id,
      type: "structure",
      title: spec.title,
      description: spec.description,
      schema: {
        type: "object",
        properties: {
          inlineScore: { type: "number", minimum: 0, maximum: 1, description: "Score of a part present only inline (default 0.5)." },
          requireFivePartOutline: REQUIRE_FIVE_PART_OUTLINE_SCHEMA,
          whenTruncated: {
            enum: ["notApplicable", "zero"],
            description: "An absent part in a text cut off mid-sentence: not applicable (default) or scored 0.",
          },
          required: { type: "boolean", description: "Whether an absent part counts against the report; when false, absent is not applicable." },
        },
        additionalProperties: false,
      },
      defaultOptions: { inlineScore: 0.5, requireFivePartOutline: "auto", whenTruncated: "notApplicable", required: spec.required ?? true },
      // The part is fixed per rule, so its name is written into the messages rather than filled in.
      messages: {
        inline: {
          zh: `“${name.zh}”没有单列标题，只见于其他部分或无标题段落中。`,
          en: `The ${name.en} have no heading of their own; they appear only inside another section or an unheaded paragraph.`,
        },
        absent: {
          zh: `报告没有写明“${name.zh}”（规定要求报告“${mandated}”）。`,
          en: `The report does not state its ${name.en} (the rules require “${mandated}”).`,
        },
        absentTruncated: {
          zh: `报告文本在句中中断，未找到“${name.zh}”——可能被截掉了，不能据此认定报告缺少这一部分，本项因截断不计分。`,
          en: `The text ends mid-sentence and the ${name.en} were not found: they may have been cut off, so the report cannot be said to omit them; this check is exempted because of the truncation.`,
        },
      },
      requires: [OUTLINE],
      version: "1.0.0",
    },
    evaluate(context) {
      const fact = context.fact<OutlineFact>(OUTLINE);
      const { inlineScore, requireFivePartOutline, whenTruncated, required } = context.options;
      if (!fivePartOutlineRequired(fact, requireFivePartOutline)) {
        return { score: null, notApplicable: true, displayValue: notRequiredDisplay(fact) };
      }
      const p = fact.parts[spec.part];
      const displayValue = STATUS_DISPLAY[p.status];
      if (p.status === "heading") return { score: 1, value: p.status, displayValue, evidence: p.evidence ? [p.evidence] : [] };
      if (p.status === "inline") {
        context.report({ messageId: "inline", evidence: p.evidence ?? undefined });
        return { score: inlineScore, value: p.status, displayValue, evidence: p.evidence ? [p.evidence] : [] };
      }
      if (!required) return { score: null, notApplicable: true, value: p.status, displayValue };
      if (fact.truncated) {
        // Say where the text breaks off, and that this check was exempted for it (never a silent n/a).
        context.report({ messageId: "absentTruncated", evidence: fact.truncatedAt ?? [] });
        if (whenTruncated === "zero") return { score: 0, value: p.status, displayValue };
        return {
          score: null,
          notApplicable: true,
          value: p.status,
          displayValue: { zh: "未找到（文本截断，此项不计分）", en: "not found (text truncated: not scored)" },
          evidence: fact.truncatedAt ? [fact.truncatedAt] : [],
        };
      }
      context.report({ messageId: "absent", evidence: p.nearMisses ?? [] });
      return { score: 0, value: p.status, displayValue };
    },
  });
}
