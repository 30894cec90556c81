import { compactFold, defineRule, type LabelledNumber, type PhraseHit, type RuleContext } from "@fazhi/rule-kit";
import { HEAD_APPEARANCE_ALL, HEAD_APPEARANCE_RATE_LABELS } from "./vocabulary.js";

/**
 * 行政机关负责人出庭应诉率 (DOMAIN §3, litigation.headAppearanceRate, higher is better). An indicator
 * rule: it reports the value and leaves scoring to the scheme's bands (`score: null`). A stated rate
 * wins over an implied one ("负责人均出庭应诉" → 1.0). Year-on-year changes ("出庭应诉率同比提高5个百分点")
 * are not levels and never count.
 */
export const headAppearanceRate = defineRule({
  meta: {
    id: "head-appearance-rate",
    type: "indicator",
    title: { zh: "行政机关负责人出庭应诉率", en: "Rate of court appearance by agency heads" },
    description: {
      zh: "找出报告中的负责人出庭应诉率（如“出庭应诉率为82.14%”，或由“负责人均出庭应诉”推断为100%），交由评分方案按区间评分；未写明则得0分。",
      en: "Finds the rate at which agency heads appeared in court (\"出庭应诉率为82.14%\", or 100% implied by \"负责人均出庭应诉\") for the scheme's bands to score; 0 when not stated.",
    },
    messages: {
      missing: {
        zh: "报告没有写明行政机关负责人出庭应诉率。",
        en: "The report does not state the rate at which agency heads appeared in court.",
      },
    },
    version: "1.0.0",
  },
  evaluate(context) {
    const stated = context.query
      .labelledNumbers(HEAD_APPEARANCE_RATE_LABELS, { kinds: ["rate"] })
      .filter((hit) => hit.number.kind !== "change" && ownLabelAgrees(hit));
    const best = stated.find((hit) => hit.via === "label") ?? stated[0];
    if (best) {
      const { number } = best;
      return {
        score: null,
        value: number.value,
        displayValue: number.raw,
        evidence: [context.model.sentences[number.sentence] ?? number],
      };
    }
    const implied = impliedByWording(context);
    if (implied) {
      return {
        score: null,
        value: 1,
        displayValue: { zh: "100%（由文字推断）", en: "100% (implied by the wording)" },
        evidence: [context.model.sentences[implied.sentence] ?? implied],
      };
    }
    context.report({ messageId: "missing" });
    return { score: 0 };
  },
});

/**
 * A number found through its sentence ("出庭应诉率100%，出声率95%": 95% stands within reach of the
 * phrase) only counts when it has no label of its own; 95% is labelled 出声率, a different indicator.
 */
function ownLabelAgrees(hit: LabelledNumber): boolean {
  if (hit.via === "label" || !hit.number.label) return true;
  const own = compactFold(hit.number.label);
  return HEAD_APPEARANCE_RATE_LABELS.some((l) => own.includes(compactFold(l)));
}

/** The first place where the wording says every head appeared: subject + quantifier + verb, no negation. */
function impliedByWording(context: RuleContext): PhraseHit | undefined {
  const { subject, quantifier, verb, negation, window, phrases } = HEAD_APPEARANCE_ALL;
  for (const hit of context.query.findPhrases(subject)) {
    const sentence = context.model.sentences[hit.sentence];
    if (!sentence) continue;
    // Fold what follows the subject the way queries do, so Traditional and full-width text match too.
    const after = compactFold(context.model.text.slice(hit.span[1], Math.min(sentence.span[1], hit.span[1] + window + 8)));
    const q = quantifier.find((w) => after.startsWith(w));
    if (!q) continue;
    const rest = after.slice(q.length, q.length + window);
    const at = Math.min(...verb.map((v) => rest.indexOf(v)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) continue;
    if (negation.some((n) => rest.slice(0, at).includes(n))) continue;
    return hit;
  }
  return context.query.findPhrases(phrases)[0];
}
