import { defineRule } from "@fazhi/rule-kit";
import { CHAR_COUNT, type CharCount } from "./char-count.js";

export interface MinLengthOptions {
  /** Letters and digits the body should have at least (Han characters count one each). */
  minChars: number;
}

/**
 * A configurable length check. No national rule sets a length (DOMAIN §1.5), so this is an example of an
 * optional check with options: score 1 at `minChars` or more, else length ÷ minChars.
 */
export const minLength = defineRule<MinLengthOptions>({
  meta: {
    id: "min-length",
    type: "custom",
    title: { zh: "报告篇幅", en: "Report length" },
    description: {
      zh: "报告正文（不含网页栏目等）应至少有 minChars 个字；不足时按比例得分。",
      en: "The report body (page chrome excluded) should have at least minChars characters; shorter reports score in proportion.",
    },
    schema: {
      type: "object",
      properties: { minChars: { type: "integer", minimum: 0, description: "Minimum number of characters (letters and digits)." } },
      additionalProperties: false,
    },
    defaultOptions: { minChars: 3000 },
    messages: {
      tooShort: {
        zh: "报告正文只有{chars}字，少于要求的{minChars}字。",
        en: "The report body has {chars} characters, fewer than the {minChars} required.",
      },
    },
    requires: [CHAR_COUNT],
    version: "1.0.0",
  },
  evaluate(context) {
    const { chars } = context.fact<CharCount>(CHAR_COUNT);
    const { minChars } = context.options;
    const displayValue = { zh: `${chars}字`, en: `${chars} characters` };
    if (chars >= minChars) return { score: 1, value: chars, displayValue };
    context.report({ messageId: "tooShort", data: { chars, minChars } });
    return { score: chars / minChars, value: chars, displayValue };
  },
});
