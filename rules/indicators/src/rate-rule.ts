import { defineRule, type Localized, type RuleModule } from "@fazhi/rule-kit";
import { catalogueEntry } from "./catalogue.js";
import { INDICATORS } from "./fact.js";
import type { IndicatorsFact, IndicatorValue } from "./types.js";

export interface RateRuleOptions {
  /** Count a value implied by the wording ("负责人均出庭应诉" → 100%). */
  acceptImplied: boolean;
  /** Count a value computed from the report's own counts. */
  acceptComputed: boolean;
}

export interface RateRuleSpec {
  /** Short rule id, e.g. "head-appearance-rate". */
  ruleId: string;
  /** Catalogue id, e.g. "litigation.headAppearanceRate". */
  indicator: string;
  title: Localized;
  description: Localized;
}

const BASIS_NOTE: Record<IndicatorValue["basis"], Localized> = {
  stated: { zh: "", en: "" },
  implied: { zh: "（由文字推断）", en: " (implied by the wording)" },
  computed: { zh: "（由报告中的数字计算）", en: " (computed from the report's counts)" },
};

/** The value a rule scores: the fact's `byId` choice (stated > computed > implied), within what the options accept. */
export function pickValue(fact: IndicatorsFact, id: string, options: Partial<RateRuleOptions> = {}): IndicatorValue | undefined {
  const ok = (v: IndicatorValue) => (v.basis !== "implied" || options.acceptImplied !== false) && (v.basis !== "computed" || options.acceptComputed !== false);
  const first = fact.byId.get(id);
  if (first && ok(first)) return first;
  const rank = { stated: 0, computed: 1, implied: 2 } as const;
  return fact.values.filter((v) => v.id === id && ok(v)).sort((a, b) => rank[a.basis] - rank[b.basis] || a.span[0] - b.span[0])[0];
}

/** "99.3%", "≥98%", "约95%" — as a reader would write it. */
export function formatRate(v: IndicatorValue): Localized {
  const pct = `${Number((v.value * 100).toFixed(Math.max(0, v.decimals)))}%`;
  const prefix = v.bound === "lower" ? "≥" : v.bound === "upper" ? "≤" : v.approx ? "≈" : "";
  const note = BASIS_NOTE[v.basis];
  return { zh: `${prefix}${pct}${note.zh}`, en: `${prefix}${pct}${note.en}` };
}

/**
 * An indicator rule for one rate of the catalogue: reports the value (`score: null`, the scheme's bands or
 * linear ramp score it — DOMAIN §4: no national thresholds) with its evidence. When the report does not
 * give it, the outcome has no value, so the scheme's `whenMissing` decides; a `missing` finding says so.
 */
export function rateRule(spec: RateRuleSpec): RuleModule<RateRuleOptions> {
  const entry = catalogueEntry(spec.indicator);
  if (!entry || entry.unit !== "ratio") throw new Error(`rate rule ${spec.ruleId}: "${spec.indicator}" is not a rate of the catalogue`);
  return defineRule<RateRuleOptions>({
    meta: {
      id: spec.ruleId,
      type: "indicator",
      title: spec.title,
      description: spec.description,
      schema: {
        type: "object",
        properties: {
          acceptImplied: { type: "boolean", description: "count values implied by the wording (负责人均出庭应诉 → 100%)" },
          acceptComputed: { type: "boolean", description: "count values computed from the report's own counts" },
        },
        additionalProperties: false,
      },
      defaultOptions: { acceptImplied: true, acceptComputed: true },
      messages: {
        missing: {
          zh: `报告没有写明${entry.name.zh}。`,
          en: `The report does not state the ${entry.name.en.charAt(0).toLowerCase()}${entry.name.en.slice(1)}.`,
        },
      },
      requires: [INDICATORS],
      version: "1.0.0",
    },
    evaluate(context) {
      const fact = context.fact<IndicatorsFact>(INDICATORS);
      const value = pickValue(fact, spec.indicator, context.options);
      if (!value) {
        context.report({ messageId: "missing" });
        return { score: null };
      }
      return { score: null, value: value.value, displayValue: formatRate(value), evidence: [value.evidence] };
    },
  });
}
