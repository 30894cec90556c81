import { defineRule } from "@fazhi/rule-kit";
import { catalogueEntry, INDICATOR_IDS } from "./catalogue.js";
import { INDICATORS } from "./fact.js";
import { pickValue } from "./rate-rule.js";
import type { IndicatorsFact } from "./types.js";

export interface DisclosedOptions {
  /** Key indicators; an inner list is a group that counts as disclosed when any of its ids is. */
  expected: Array<string | string[]>;
  acceptImplied: boolean;
  acceptComputed: boolean;
}

/** A sensible default: the indicators most reports can and should give (DOMAIN §3). */
export const DEFAULT_EXPECTED: DisclosedOptions["expected"] = [
  ["litigation.cases", "litigation.closed"],
  "litigation.headAppearanceRate",
  ["reconsideration.applications", "reconsideration.accepted"],
  ["reconsideration.correctionRate", "reconsideration.corrected"],
  ["mediation.successRate", "mediation.succeeded"],
  "enforcement.certifiedRate",
  ["legalAdvisor.coverage", "legalAdvisor.villageCoverage"],
  "normativeDocs.filingRate",
];

const ID = { type: "string", enum: [...INDICATOR_IDS] };

/**
 * How many of a list of key indicators the report discloses: score = share disclosed; one finding per
 * indicator (or group) it leaves out. The list is an option, so each assessment office sets its own.
 */
export const disclosed = defineRule<DisclosedOptions>({
  meta: {
    id: "disclosed",
    type: "indicator",
    title: { zh: "关键指标披露", en: "Key indicators disclosed" },
    description: {
      zh: "统计报告写明了多少项关键指标（选项 expected，可按考核要求配置；内层列表表示其中任一项即可），得分为披露比例，并逐项列出未披露的指标。",
      en: "Counts how many key indicators the report gives (option expected, set by the assessment office; an inner list counts when any of its ids is given); the score is the share disclosed, and each missing one is named.",
    },
    schema: {
      type: "object",
      properties: {
        expected: { type: "array", minItems: 1, items: { anyOf: [ID, { type: "array", minItems: 1, items: ID }] } },
        acceptImplied: { type: "boolean" },
        acceptComputed: { type: "boolean" },
      },
      additionalProperties: false,
    },
    defaultOptions: { expected: DEFAULT_EXPECTED, acceptImplied: true, acceptComputed: true },
    messages: {
      missing: {
        zh: "报告没有披露指标“{name}”。",
        en: "The report does not disclose {name}.",
      },
    },
    requires: [INDICATORS],
    version: "1.0.0",
  },
  evaluate(context) {
    const fact = context.fact<IndicatorsFact>(INDICATORS);
    const { expected } = context.options;
    const evidence = [];
    let found = 0;
    for (const item of expected) {
      const group = Array.isArray(item) ? item : [item];
      const hit = group.map((id) => pickValue(fact, id, context.options)).find((v) => v !== undefined);
      if (hit) {
        found++;
        evidence.push(hit.evidence);
        continue;
      }
      const names = group.map((id) => catalogueEntry(id)!.name);
      // The ids stay in the finding's data (JSON, the Excel id column); the message is words only.
      context.report({
        messageId: "missing",
        data: { id: group.join(" | "), "name.zh": names.map((n) => n.zh).join("或"), "name.en": names.map((n) => n.en).join(" or ") },
      });
    }
    return {
      score: found / expected.length,
      value: found,
      displayValue: { zh: `${found}/${expected.length}项`, en: `${found} of ${expected.length}` },
      evidence,
    };
  },
});
