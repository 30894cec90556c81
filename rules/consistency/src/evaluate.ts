import type { RuleContext, RuleOutcome } from "@fazhi/rule-kit";
import { fmt } from "./sums.js";
import { points, shownPercent } from "./tolerance.js";
import type { ConsistencyCheck, ConsistencyFact } from "./types.js";

export const CONSISTENCY = "consistency";

export interface ConsistencyRuleOptions {
  /** "share": consistent ÷ checkable claims; "all": 1 when every checkable claim is consistent, else 0. */
  scoring: "share" | "all";
  /** Also report unverifiable claims as findings (they never lower the score). */
  reportUnverifiable: boolean;
}

export const OPTIONS_SCHEMA = {
  type: "object",
  properties: {
    scoring: { enum: ["share", "all"], description: "share: consistent ÷ checkable claims; all: 1 only when every checkable claim is consistent." },
    reportUnverifiable: { type: "boolean", description: "List unverifiable claims as findings too (never scored)." },
  },
  additionalProperties: false,
} as const;

export const DEFAULT_OPTIONS: ConsistencyRuleOptions = { scoring: "share", reportUnverifiable: false };

/** Placeholders every message of these rules may use, filled from a check. */
export function messageData(check: ConsistencyCheck): Record<string, string> {
  const decimals = (check.statedText?.split(".")[1]?.replace(/[^0-9]/g, "").length ?? 0);
  return {
    claim: check.claim,
    stated: check.statedText ?? "",
    computedFrom: check.computedFrom ?? "",
    computed: check.computed === null ? "" : check.kind === "rate" ? shownPercent(check.computed, decimals) : fmt(check.computed),
    tolerance: check.tolerance === null ? "" : points(check.tolerance),
  };
}

/**
 * The shared evaluate of the three rules: one finding per inconsistent check (with the arithmetic),
 * unverifiable checks listed in the outcome (never scored), notApplicable when nothing was checkable.
 */
export function evaluateChecks(
  context: RuleContext<ConsistencyRuleOptions>,
  select: (c: ConsistencyCheck) => boolean,
  messageOf: (c: ConsistencyCheck) => string,
  checkable?: number,
): RuleOutcome {
  const fact = context.fact<ConsistencyFact>(CONSISTENCY);
  const checks = fact.checks.filter(select);
  const consistent = checks.filter((c) => c.verdict === "consistent");
  const inconsistent = checks.filter((c) => c.verdict === "inconsistent");
  const unverifiable = checks.filter((c) => c.verdict === "unverifiable");
  for (const c of inconsistent) context.report({ messageId: messageOf(c), data: messageData(c), evidence: c.evidence });
  if (context.options.reportUnverifiable) for (const c of unverifiable) context.report({ messageId: "unverifiable", data: messageData(c), evidence: c.evidence });
  const total = checkable ?? consistent.length + inconsistent.length;
  const value = {
    consistent: consistent.length,
    inconsistent: inconsistent.length,
    unverifiable: unverifiable.length,
    checks: checks.map((c) => ({ claim: c.claim, computedFrom: c.computedFrom, computed: c.computed, verdict: c.verdict, explanation: c.explanation })),
  };
  const displayValue = {
    zh: `相符 ${consistent.length} 项，不符 ${inconsistent.length} 项，无法核对 ${unverifiable.length} 项`,
    en: `${consistent.length} consistent, ${inconsistent.length} inconsistent, ${unverifiable.length} unverifiable`,
  };
  const evidence = [...consistent, ...unverifiable].map((c) => c.evidence);
  if (total === 0) return { score: null, notApplicable: true, value, displayValue, evidence };
  const score = context.options.scoring === "all" ? (inconsistent.length === 0 ? 1 : 0) : Math.max(0, (total - inconsistent.length) / total);
  return { score, value, displayValue, evidence };
}
