import { rateRule } from "./rate-rule.js";

/** 行政复议纠错率 (reconsideration.correctionRate; the scheme decides whether higher or lower is better). */
export const reconsiderationCorrectionRate = rateRule({
  ruleId: "reconsideration-correction-rate",
  indicator: "reconsideration.correctionRate",
  title: { zh: "行政复议纠错率", en: "Reconsideration correction rate" },
  description: {
    zh: "取报告写明的（直接）纠错率，或由纠错案件数（确认违法、撤销、变更、责令履行）与审结数计算。复议机关的纠错率越高说明监督越有力，被纠错率越高说明本机关执法问题越多：方向由评分方案决定。",
    en: "The (direct) correction rate as stated, or computed from corrected cases (确认违法, 撤销, 变更, 责令履行) over cases concluded. High is good for a reviewing body and bad as one's own 被纠错率: the scheme decides the direction.",
  },
});
