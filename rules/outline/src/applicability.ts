import type { JsonSchema, Localized } from "@fazhi/rule-kit";
import type { OutlineFact } from "./outline-fact.js";

/**
 * When the five-part outline is required: "auto" — for reports on 2019 and later (厅字〔2019〕28号; earlier
 * reports followed the 纲要 with no fixed outline, DOMAIN §1.3; an unknown year counts as required);
 * "always"; "never" (the outline checks are then not applicable to any report).
 */
export type RequireFivePartOutline = "auto" | "always" | "never";

export const REQUIRE_FIVE_PART_OUTLINE_SCHEMA: JsonSchema = {
  enum: ["auto", "always", "never"],
  description:
    "auto: required for reports on 2019 and later (厅字〔2019〕28号); always; never. Where not required the check is not applicable.",
};

export function fivePartOutlineRequired(fact: OutlineFact, option: RequireFivePartOutline | undefined): boolean {
  if (option === "always") return true;
  if (option === "never") return false;
  return !fact.predatesFivePartOutline;
}

export function notRequiredDisplay(fact: OutlineFact): Localized {
  return fact.predatesFivePartOutline
    ? {
        zh: `${fact.reportYear}年度报告早于五部分提纲的要求（2019年起施行），不适用`,
        en: `a ${fact.reportYear} report predates the five-part outline (required from 2019): not applicable`,
      }
    : { zh: "配置为不要求五部分提纲，不适用", en: "the five-part outline is not required by the configuration: not applicable" };
}
