import type { Level } from "@fazhi/core";
import { defineRule } from "@fazhi/rule-kit";
import { fieldEvidence } from "./support.js";

export interface DocumentNumberOptions {
  /** Levels whose reports must carry a 文号 (发文字号). */
  requiredFor: Level[];
}

const LEVEL_NAMES: Record<Level, { zh: string; en: string }> = {
  province: { zh: "省级", en: "provincial" },
  city: { zh: "市级", en: "city" },
  county: { zh: "县级", en: "county" },
  township: { zh: "乡镇（街道）", en: "township" },
  department: { zh: "政府部门", en: "department" },
};

/**
 * A government's report to its Party committee, people's congress and superior government is a formal document
 * (公文) and carries a document number ("武政发〔2021〕7号"). By default this applies to the 人民政府 of a province,
 * city or county (区, 县级市 included); a township's or a department's report is often a plain letter, so they are
 * not applicable unless the office adds "township"/"department" to `requiredFor`. Number from core: a line under the
 * title, or a labelled field (文件编号/发文字号). 1 present; 0 absent where required.
 */
export const documentNumber = defineRule<DocumentNumberOptions>({
  meta: {
    id: "document-number",
    type: "disclosure",
    title: { zh: "发文字号", en: "Document number" },
    description: {
      zh: "省、市、县级人民政府的报告是正式公文，应有发文字号（如“XX政发〔2024〕3号”）。乡镇（街道）和政府部门的报告默认不作要求（不适用），可在 requiredFor 中加入。",
      en: "A provincial, city or county government's report is a formal document and should carry a document number (e.g. “XX政发〔2024〕3号”). Township and department reports are not applicable by default; add them to requiredFor to require it.",
    },
    schema: {
      type: "object",
      properties: {
        requiredFor: {
          type: "array",
          items: { type: "string", enum: ["province", "city", "county", "township", "department"] },
          uniqueItems: true,
          description: "Levels whose reports must carry a document number.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { requiredFor: ["province", "city", "county"] },
    messages: {
      missing: {
        zh: "{issuer}的报告是正式公文，应有发文字号（如“XX政发〔2024〕3号”），但未找到。",
        en: "The report of {issuer} is a formal document and should carry a document number (such as “XX政发〔2024〕3号”), but none was found.",
      },
    },
    version: "1.0.0",
  },
  evaluate(context) {
    const { model, options } = context;
    const number = model.meta.documentNumber;
    const evidence = fieldEvidence(model, "documentNumber");
    if (number !== null) return { score: 1, value: number, displayValue: number, evidence: evidence ? [evidence] : [] };
    const level = model.meta.level;
    if (level === null) {
      return { score: null, notApplicable: true, displayValue: { zh: "报告主体层级不明，不评", en: "Issuer level unknown; not judged" } };
    }
    if (!options.requiredFor.includes(level)) {
      return {
        score: null,
        notApplicable: true,
        displayValue: { zh: `${LEVEL_NAMES[level].zh}报告默认不要求发文字号`, en: `Not required of ${LEVEL_NAMES[level].en} reports` },
      };
    }
    const issuerEvidence = fieldEvidence(model, "issuer");
    const issuer = model.meta.issuer ?? "报告主体 / the issuer";
    context.report({
      messageId: "missing",
      data: { issuer },
      evidence: issuerEvidence ?? [],
    });
    return { score: 0, value: null, displayValue: { zh: `${LEVEL_NAMES[level].zh}报告缺发文字号`, en: `No document number (${LEVEL_NAMES[level].en} report)` } };
  },
});
