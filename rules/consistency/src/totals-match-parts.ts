import { defineRule } from "@fazhi/rule-kit";
import { CONSISTENCY, DEFAULT_OPTIONS, evaluateChecks, OPTIONS_SCHEMA, type ConsistencyRuleOptions } from "./evaluate.js";

/**
 * Totals vs their parts ("收到行政复议申请40件，其中受理36件，不予受理4件"; "已办结30件，有6件正在审理"
 * against 受理36件). Parts above the total are always wrong; parts below it only when they partition the
 * total by definition (受理/不予受理, 办结/正在审理, a 其他 part). Lists with approximate numbers (余, 近)
 * are unverifiable. Score: consistent ÷ checkable lists (option `scoring: "all"` → 0 on any error).
 */
export const totalsMatchParts = defineRule<ConsistencyRuleOptions>({
  meta: {
    id: "totals-match-parts",
    type: "consistency",
    title: { zh: "总数与分项之和相符", en: "Totals agree with their parts" },
    description: {
      zh: "总数与随后列出的分项（“其中…”“包括…”，或受理/不予受理、办结/正在审理、维持/驳回/撤销等分类）之和相符。分项之和超过总数即不符；少于总数仅在分项穷尽总数时才判为不符。",
      en: "A total agrees with the parts listed after it (其中/包括…, or partitions such as 受理/不予受理, 办结/正在审理, 维持/驳回/撤销). Parts above the total are inconsistent; parts below it only when they exhaust the total by definition.",
    },
    schema: OPTIONS_SCHEMA,
    defaultOptions: DEFAULT_OPTIONS,
    messages: {
      inconsistent: {
        zh: "「{claim}」：分项之和 {computedFrom} = {computed}，与总数 {stated} 不符。",
        en: "\"{claim}\": the parts add up to {computedFrom} = {computed}, not the total {stated}.",
      },
      unverifiable: {
        zh: "「{claim}」：总数 {stated} 或分项含约数，无法核对（不扣分）。",
        en: "\"{claim}\": the total {stated} or its parts are approximate, so the sum cannot be checked (not scored).",
      },
    },
    requires: [CONSISTENCY],
    version: "1.0.0",
  },
  evaluate(context) {
    return evaluateChecks(context, (c) => c.kind === "sum", () => "inconsistent");
  },
});
