import { defineRule } from "@fazhi/rule-kit";
import { fieldEvidence } from "./support.js";
import { ADDRESSEE_BODIES } from "./vocabulary.js";

export interface AddresseeOptions {
  /** Require a salutation; when false (default) a report without one is not applicable. */
  required: boolean;
}

/**
 * The report is addressed to the superior Party committee and/or government (DOMAIN §1.2: 市、县、乡党委和政府
 * 应当向上一级党委和政府报告; e.g. "海安市人民政府:", joint "市委、市政府:"). The salutation belongs to the report
 * as submitted; the copy published on a website often drops it (Art. 24 only requires publication), so by default
 * a missing salutation is not held against the report: the check is not applicable. Set `required: true` where the
 * assessment office judges the submitted version.
 */
export const addressee = defineRule<AddresseeOptions>({
  meta: {
    id: "addressee",
    type: "disclosure",
    title: { zh: "主送机关", en: "Addressee" },
    description: {
      zh: "报告应以称呼行写明报送的上一级党委、政府（如“XX市人民政府：”“市委、市政府：”）。网站公开的文本常删去称呼行，因此默认不作要求（不适用）；考核报送稿时可设 required: true。",
      en: "The report should open with a salutation to the superior Party committee and/or government (e.g. “XX市人民政府：”, “市委、市政府：”). Copies published on websites often drop it, so by default its absence is not applicable; set required: true when judging the version as submitted.",
    },
    schema: {
      type: "object",
      properties: { required: { type: "boolean", description: "Score a report without a salutation 0 instead of not applicable." } },
      additionalProperties: false,
    },
    defaultOptions: { required: false },
    messages: {
      missing: {
        zh: "报告没有写明主送机关（如“XX市人民政府：”），看不出向哪一级党委、政府报告。",
        en: "The report has no salutation (such as “XX市人民政府：”); it does not show which superior Party committee or government it reports to.",
      },
      notSuperior: {
        zh: "称呼行“{addressee}”不是党委、政府或上级部门。",
        en: "The salutation “{addressee}” does not name a Party committee, a government or a superior department.",
      },
    },
    version: "1.0.0",
  },
  evaluate(context) {
    const { model, options } = context;
    const name = model.meta.addressee;
    const evidence = fieldEvidence(model, "addressee");
    if (name !== null) {
      if (!ADDRESSEE_BODIES.test(name)) {
        context.report({ messageId: "notSuperior", data: { addressee: name }, evidence: evidence ?? [] });
        return { score: 0, value: name };
      }
      return { score: 1, value: name, displayValue: name, evidence: evidence ? [evidence] : [] };
    }
    if (!options.required) {
      return {
        score: null,
        notApplicable: true,
        displayValue: { zh: "未写主送机关（网站公开稿通常不含称呼行，默认不要求）", en: "No salutation (website copies usually omit it; not required by default)" },
      };
    }
    context.report({ messageId: "missing" });
    return { score: 0, value: null };
  },
});
