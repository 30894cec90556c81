import { defineRule } from "@fazhi/rule-kit";
import { bodyLines, fieldEvidence, findIn, hasMask } from "./support.js";
import { MASK_CHARS, MASKED_UNIT, SELF_REFERENCES } from "./vocabulary.js";

const SELF_REFERENCE = new RegExp(SELF_REFERENCES.join("|"), "u");

export type IssuerIdentifiableOptions = Record<string, never>;

/**
 * The report names who issued it (DOMAIN §1.1 Art. 24: the reports of 地方各级政府 and 县级以上政府部门 are
 * published for public supervision; a report nobody can attribute cannot be supervised). Issuer from core's
 * metadata: title, signature, first sentence, labelled fields — never the host site (DOMAIN §5.2, §5.13).
 * 1 when a name is found and not masked; 0 when the name is masked ("xx市", "某县") or the report only says
 * "我镇/本县", or no issuer is found at all.
 */
export const issuerIdentifiable = defineRule<IssuerIdentifiableOptions>({
  meta: {
    id: "issuer-identifiable",
    type: "disclosure",
    title: { zh: "报告主体可识别", en: "Issuer identifiable" },
    description: {
      zh: "报告应写明报告主体（如“XX县人民政府”），名称不得被隐去；只写“我镇”“本县”而无全称的，无法确定是谁的报告。主体取自标题、落款、正文首句或网页标注，不看发布网站。",
      en: "The report should name its issuer (e.g. “XX县人民政府”), unmasked; a report that only says “我镇/本县” cannot be attributed. The issuer is taken from the title, signature, first sentence or labelled page fields — never from the host site.",
    },
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      masked: {
        zh: "报告主体名称被隐去（“{name}”），无法确定是哪个地方或部门的报告。",
        en: "The issuer's name is masked (“{name}”); it cannot be told which government or department issued the report.",
      },
      selfReferenceOnly: {
        zh: "报告只以“{word}”自称，标题、落款和正文首句都没有写明报告主体全称。",
        en: "The report only calls itself “{word}”; neither the title, the signature nor the first sentence gives the issuer's full name.",
      },
      missing: {
        zh: "未能从标题、落款或正文首句中识别报告主体。",
        en: "No issuer could be identified from the title, the signature or the first sentence.",
      },
    },
    version: "1.0.0",
  },
  evaluate(context) {
    const { model } = context;
    const { issuer } = model.meta;
    const written = model.metaDetails.issuerAsWritten ?? issuer;
    const evidence = fieldEvidence(model, "issuer");
    if (issuer !== null && written !== null && !hasMask(issuer, MASK_CHARS) && !hasMask(written, MASK_CHARS)) {
      const display = written === issuer ? issuer : `${issuer}（${written}）`;
      return { score: 1, value: issuer, displayValue: display, evidence: evidence ? [evidence] : [] };
    }
    const body = bodyLines(model);
    if (issuer !== null || model.diagnostics.some((d) => d.code === "issuer-masked")) {
      const hit = findIn(body.slice(0, 20), MASKED_UNIT);
      const name = written ?? hit?.match[0] ?? "?";
      context.report({ messageId: "masked", data: { name }, evidence: evidence ?? hit?.evidence ?? [] });
      return { score: 0, value: issuer, displayValue: name };
    }
    const self = findIn(body, SELF_REFERENCE);
    if (self) {
      context.report({ messageId: "selfReferenceOnly", data: { word: self.line.raw.slice(self.match.index, self.match.index + self.match[0].length) }, evidence: self.evidence });
      return { score: 0, value: null };
    }
    const masked = findIn(body.slice(0, 20), MASKED_UNIT);
    if (masked) {
      context.report({ messageId: "masked", data: { name: masked.match[0] }, evidence: masked.evidence });
      return { score: 0, value: null };
    }
    context.report({ messageId: "missing" });
    return { score: 0, value: null };
  },
});
