/**
 * Grammatical words the reading layer looks for around a number. Single words only (particles, modal
 * verbs, comparators, scope words): no phrases from any real report.
 */

/** Marks that end a clause (、 only separates list items, so an enumeration stays one clause). */
export const CLAUSE_END_CHARS = ",;。:!?，；：！？";

/** Negations standing right before the verb a number counts ("不予受理12件", "不受理12宗", "未办结3件"). */
export const NEGATION_WORDS = ["不予", "不", "未", "没有", "尚未", "无"] as const;

/**
 * Modality: words that make a number a target, a requirement, a hypothetical or a threshold instead of
 * an achieved value. `clause`: the word must stand before the number in the number's own clause;
 * `sentence`: anywhere before it in the sentence (a plan announced at the start governs the list after it).
 */
export const TARGET_WORDS_SENTENCE = ["力争", "争取", "目标:", "目标：", "目标。", "预计", "计划到", "规划到"] as const;
export const TARGET_WORDS_CLAUSE = ["确保", "要求", "目标", "力争", "争取", "计划", "预计", "拟", "要达到", "要达", "应达到", "应达", "须达到", "须达", "必须", "应当", "务必"] as const;
/** Words right after the number (and its unit) that make it a target: "以100%为目标", "达到90%的目标". */
export const TARGET_WORDS_AFTER = ["目标", "为目标", "的目标", "以上的目标"] as const;
export const HYPOTHETICAL_WORDS = ["就算", "即使", "即便", "假如", "假设", "如果", "倘若", "假若", "若是"] as const;
/** Comparators right before a number (after 均/都/应): the number is a line compared against, not a value. */
export const THRESHOLD_WORDS = ["小于", "大于", "低于", "高于", "不超过", "不高于", "不低于", "不少于", "不多于", "不得低于", "不得超过", "不得少于", "控制在"] as const;
/** Words that may stand between a threshold comparator and the number's subject ("均小于", "都不低于"). */
export const THRESHOLD_FILLERS = ["均", "都", "应", "须", "要", "一律"] as const;
/**
 * A numbered item ("27." at the start of a line) that reads as a norm is a criterion of an evaluation
 * scheme, not a reported value: these words mark the norm.
 */
export const CRITERION_WORDS = ["按照规定", "符合规定", "依照规定", "健全", "应当", "得分", "计分", "扣分"] as const;

/** Words before a number that date it to the year before the one reported ("上年同期4799件"). */
export const PREVIOUS_YEAR_WORDS = ["上一年", "上年", "去年", "前一年", "上年度", "同期"] as const;
/** Comparison words that introduce a previous level ("较2022年558件", "比上年的12件"). */
export const COMPARISON_WORDS = ["较", "比", "相比", "对比"] as const;

/** Scope words, longest first within each scope (the nearest before the number wins). */
export const SCOPE_WORDS: ReadonlyArray<{ word: string; scope: Scope }> = [
  { word: "本级", scope: "own" },
  { word: "政府及其部门", scope: "own" },
  { word: "直部门", scope: "own" },
  { word: "市直", scope: "own" },
  { word: "区直", scope: "own" },
  { word: "县直", scope: "own" },
  { word: "省直", scope: "own" },
  { word: "各县(市、区)", scope: "subordinate" },
  { word: "各县(市,区)", scope: "subordinate" },
  { word: "各县市区", scope: "subordinate" },
  { word: "各县区", scope: "subordinate" },
  { word: "各区县", scope: "subordinate" },
  { word: "各县", scope: "subordinate" },
  { word: "各区", scope: "subordinate" },
  { word: "各市", scope: "subordinate" },
  { word: "各乡镇", scope: "subordinate" },
  { word: "各镇", scope: "subordinate" },
  { word: "各街道", scope: "subordinate" },
  { word: "各部门", scope: "department" },
  { word: "全国", scope: "nation" },
  { word: "全省", scope: "whole" },
  { word: "全市", scope: "whole" },
  { word: "全区", scope: "whole" },
  { word: "全县", scope: "whole" },
  { word: "全镇", scope: "whole" },
  { word: "全乡", scope: "whole" },
  { word: "全街道", scope: "whole" },
];

export type Scope = "whole" | "own" | "subordinate" | "department" | "nation";
