import { defineRule } from "@fazhi/rule-kit";
import { FIRST_RESPONSIBLE_DUTY, PRINCIPAL_LEADER } from "./vocabulary.js";

/** At most this many sentences are quoted as evidence, so a finding stays readable. */
const MAX_EVIDENCE = 3;

/**
 * The report must say, in one sentence, that the principal leaders (主要负责人/主要领导/主要负责同志)
 * perform the 第一责任人 duty (《党政主要负责人履行推进法治建设第一责任人职责规定》; DOMAIN §1.4, §2.3).
 * A visitor rule: no findings → score 1, any finding → score 0.
 */
export const firstResponsibleMentioned = defineRule({
  meta: {
    id: "first-responsible-mentioned",
    type: "structure",
    title: { zh: "写明主要负责人履行第一责任人职责", en: "Principal leaders' first-responsible duty stated" },
    description: {
      zh: "报告应在同一句中把党政主要负责人（主要领导、主要负责同志）与“第一责任人职责”联系起来；“一把手负总责”“关键少数”单独出现不算。",
      en: "The report should tie the principal leaders (主要负责人/主要领导/主要负责同志) to the 第一责任人 duty in one sentence; \"一把手负总责\" or \"关键少数\" alone do not count.",
    },
    messages: {
      notTied: {
        zh: "报告提到了第一责任人职责（{count}处），但没有在同一句中写明由主要负责人履行。",
        en: "The report mentions the first-responsible duty ({count} times) but never says in the same sentence that the principal leaders perform it.",
      },
      absent: {
        zh: "报告没有写明党政主要负责人履行推进法治建设第一责任人职责的情况。",
        en: "The report does not state how the principal Party and government leaders performed their first-responsible duty for the rule of law.",
      },
    },
    version: "1.0.0",
  },
  create(context) {
    return {
      "report:exit"() {
        const tied = context.query.near(PRINCIPAL_LEADER, FIRST_RESPONSIBLE_DUTY, { within: "sentence" });
        if (tied.length > 0) return;
        const duty = context.query.findPhrases(FIRST_RESPONSIBLE_DUTY);
        if (duty.length > 0) {
          // The duty is named, but not tied to the leaders: quote where it is named.
          context.report({ messageId: "notTied", data: { count: duty.length }, evidence: sentencesOf(duty) });
          return;
        }
        // Never named. Where the leaders appear in another context, quote that, so a reader sees why it does not count.
        const leaders = context.query.findPhrases(PRINCIPAL_LEADER);
        context.report({ messageId: "absent", evidence: sentencesOf(leaders) });
      },
    };

    function sentencesOf(hits: Array<{ sentence: number }>) {
      const indexes = [...new Set(hits.map((h) => h.sentence))].slice(0, MAX_EVIDENCE);
      return indexes.map((i) => context.model.sentences[i]!).filter((s) => s !== undefined);
    }
  },
});
