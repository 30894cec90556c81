import { compactFold } from "@fazhi/rule-kit";
import type { Doc } from "./doc.js";
import type { ConsistencyCheck } from "./types.js";
import { BOUNDED_RATE_SUFFIXES, UNBOUNDED_RATE_WORDS } from "./vocabulary.js";

/** How far before a rate's label its lead-in is read for growth/completion words ("比上年增长…"). */
const LEAD_IN = 12;

/**
 * A rate above 100% that is a level of something bounded (满意率, 覆盖率, 办结率, 占比 …): impossible.
 * Changes (kind "change"), growth and completion rates ("完成率120%") may exceed 100% and are left alone.
 */
export function impossibleRateChecks(doc: Doc): ConsistencyCheck[] {
  const checks: ConsistencyCheck[] = [];
  const unbounded = UNBOUNDED_RATE_WORDS.map((w) => compactFold(w));
  const bounded = BOUNDED_RATE_SUFFIXES.map((w) => compactFold(w));
  for (const r of doc.model.numbers) {
    if (r.unit !== "%" || r.kind !== "rate" || r.value <= 1 + 1e-9 || !r.label) continue;
    if (doc.reading.inChrome(r.span[0])) continue;
    const label = compactFold(r.label);
    if (!bounded.some((w) => label.includes(w))) continue;
    const start = doc.labelStart(r);
    const sentence = doc.model.sentences[r.sentence];
    const lead = doc.compactOf([Math.max(sentence?.span[0] ?? 0, start - LEAD_IN), r.span[0]]);
    if (unbounded.some((w) => lead.includes(w))) continue;
    const piece = doc.numberPiece(r);
    checks.push({
      kind: "impossible",
      method: "over-100",
      claim: piece.text,
      pieces: [piece],
      computedFrom: null,
      computed: null,
      stated: r.value,
      statedText: r.raw,
      tolerance: 0,
      verdict: "inconsistent",
      evidence: { line: piece.line, text: piece.text },
      explanation: {
        zh: `${r.raw} 超过100%，而“${r.label}”不可能超过100%`,
        en: `${r.raw} is above 100%, which "${r.label}" cannot be`,
      },
    });
  }
  return checks;
}
