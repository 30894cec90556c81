import type { ReportModel } from "@fazhi/core";
import { Doc } from "./doc.js";
import { impossibleRateChecks } from "./impossible.js";
import { findLists } from "./partition.js";
import { rateChecks } from "./rates.js";
import { partOverWholeChecks, sumChecks } from "./sums.js";
import type { ConsistencyCheck, ConsistencyFact, IndicatorDefinitionLike, IndicatorsFactLike } from "./types.js";

/**
 * All consistency checks of one report, in text order: rates vs counts (with the `indicators` fact and
 * its catalogue when given), totals vs parts, impossible values. Pure: the same model gives the same checks.
 */
export function computeConsistency(model: ReportModel, indicators?: IndicatorsFactLike, catalogue?: readonly IndicatorDefinitionLike[]): ConsistencyFact {
  const doc = new Doc(model);
  const lists = findLists(doc);
  const checks: ConsistencyCheck[] = [
    ...rateChecks(doc, lists, indicators, catalogue),
    ...sumChecks(doc, lists),
    ...impossibleRateChecks(doc),
    ...partOverWholeChecks(doc, lists),
  ];
  // A rate above 100% that is also checked against its counts is reported once, as impossible.
  const impossibleAt = new Set(checks.filter((c) => c.method === "over-100").map((c) => c.pieces[0]!.span[1]));
  const kept = checks.filter((c) => c.kind !== "rate" || c.verdict !== "inconsistent" || !impossibleAt.has(c.pieces[c.pieces.length - 1]!.span[1]));
  kept.sort((a, b) => a.pieces[0]!.span[0] - b.pieces[0]!.span[0] || a.kind.localeCompare(b.kind));
  return {
    checks: kept,
    examined: {
      rates: model.numbers.filter((n) => n.unit === "%" && n.kind === "rate").length,
      lists: lists.length,
    },
    result: kept.map((c) => ({ claim: c.claim, computed: c.computed, verdict: c.verdict, evidence: c.evidence })),
  };
}
