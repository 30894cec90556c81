import { definePartRule } from "./part-rule.js";

/**
 * Part 五: other matters to report (DOMAIN §2). Seen in no real report examined, so optional by default:
 * absent is not applicable unless `required: true`.
 */
export const other = definePartRule({
  part: "other",
  id: "other",
  required: false,
  title: { zh: "其他需要报告的情况", en: "Other matters to report" },
  description: {
    zh: "规定的第五项“其他需要报告的情况”：有单列标题得1分，只在其他部分提到得inlineScore分；默认可选（没有时不适用），设 required: true 时没有得0分。",
    en: "The fifth mandated item, other matters to report: a heading of its own scores 1, inline only scores inlineScore; optional by default (absent is not applicable) unless required: true, then absent scores 0.",
  },
});
