import { defineRule } from "@fazhi/rule-kit";
import { disclosed, type DisclosedOptions } from "@fazhi/rules-indicators";

/**
 * Key indicators for a department's report (局/厅/委/部): what a department can and should state — its
 * litigation, its head's court appearances, the reconsideration cases against it, its officers' certificates,
 * its normative documents filed. Village legal-adviser coverage and the mediation success rate are a local
 * government's work (乡镇、街道、县市), so a department is never marked down for not stating them.
 * The same counting as `indicators/disclosed`, with this list; the scheme applies it to departments only.
 */
export const DEPARTMENT_EXPECTED: DisclosedOptions["expected"] = [
  ["litigation.cases", "litigation.closed"],
  "litigation.headAppearanceRate",
  ["reconsideration.applications", "reconsideration.accepted", "reconsideration.correctionRate", "reconsideration.corrected"],
  "enforcement.certifiedRate",
  "normativeDocs.filingRate",
];

export const departmentDisclosed = defineRule<DisclosedOptions>({
  meta: {
    id: "department-disclosed",
    type: "indicator",
    title: { zh: "部门关键指标披露", en: "Key indicators disclosed (departments)" },
    description: {
      zh: "政府部门报告写明了多少项部门能写、应写的关键指标（行政应诉、负责人出庭应诉率、行政复议、执法人员持证率、规范性文件备案率；选项 expected 可改）。村（居）法律顾问覆盖、人民调解成功率属地方政府职责，不要求部门披露。",
      en: "How many of the key indicators a department can and should state its report gives (litigation, head court appearances, reconsideration, officers certified, normative documents filed; option expected). Village legal-adviser coverage and mediation success are local governments' work and are not asked of departments.",
    },
    schema: disclosed.meta.schema,
    defaultOptions: { expected: DEPARTMENT_EXPECTED, acceptImplied: true, acceptComputed: true },
    messages: disclosed.meta.messages,
    requires: disclosed.meta.requires,
    version: "1.0.0",
  },
  evaluate(context) {
    // indicators/disclosed's counting with this rule's options (the context is the engine's, unchanged).
    return disclosed.evaluate!(context);
  },
});
