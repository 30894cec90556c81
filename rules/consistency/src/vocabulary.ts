/**
 * Vocabulary of the consistency checks: data, not logic. Every phrase is Simplified; matching folds
 * Traditional text (and full-width punctuation) to Simplified first, so one list serves both scripts.
 */

/** Units that can be added together (a total in 份 with parts in 件 is still one count of documents). */
export const UNIT_GROUPS: readonly (readonly string[])[] = [
  ["件", "份", "起", "宗", "单", "笔", "例", "篇"],
  ["件次"],
  ["人", "名", "位"],
  ["人次"],
  ["次", "场", "场次", "回", "轮"],
  ["个", "家", "所", "处", "支", "座"],
  ["项", "条", "款"],
  ["户"],
  ["期", "批", "批次"],
  ["元"],
];

/** For a rate, counts of cases and of case-visits (件 / 件次) describe the same thing. */
export const RATE_UNIT_GROUPS: readonly (readonly string[])[] = [["件", "件次", "份", "起", "宗", "单", "笔", "例"], ["人", "名", "位", "人次"]];

/** Words that introduce the parts of the total just stated ("40件，其中受理36件…"). */
export const PART_MARKERS: readonly string[] = ["其中", "包括", "分别为", "分别是", "具体为", "具体是"];

/**
 * Partitions: categories that split a total into disjoint parts. `wholeCues` are words a total's label
 * carries; `complete` lists category sets that together cover the whole total, so parts summing below
 * it are an error too ("收到40件，受理36件，不予受理3件").
 */
export interface PartitionCategory {
  id: string;
  words: readonly string[];
}
export interface PartitionGroup {
  id: string;
  wholeCues: readonly string[];
  categories: readonly PartitionCategory[];
  /** Category sets that exhaust the total when all are present. */
  complete: readonly (readonly string[])[];
}

export const PARTITIONS: readonly PartitionGroup[] = [
  {
    id: "intake",
    wholeCues: ["申请", "收到", "接收", "收案", "新收"],
    categories: [
      { id: "rejected", words: ["不予受理", "不予立案", "不受理", "未受理"] },
      { id: "accepted", words: ["受理", "立案"] },
      { id: "referred", words: ["告知", "转送", "移送", "补正", "正在审查", "审查中"] },
    ],
    complete: [["accepted", "rejected"]],
  },
  {
    id: "progress",
    wholeCues: ["受理", "收到", "立案", "收案", "新收", "案件", "共办理", "办理"],
    categories: [
      { id: "pending", words: ["正在审理", "正在办理", "正在审查", "审理中", "办理中", "在审", "未结", "尚未审结", "尚未办结", "未办结", "未审结"] },
      { id: "closed", words: ["办结", "审结", "结案", "已裁判", "已结"] },
    ],
    complete: [["closed", "pending"]],
  },
  {
    id: "outcome",
    wholeCues: ["审结", "办结", "结案", "作出", "决定"],
    categories: [
      { id: "upheld", words: ["维持"] },
      { id: "dismissed", words: ["驳回"] },
      { id: "revoked", words: ["撤销"] },
      { id: "changed", words: ["变更"] },
      { id: "confirmedIllegal", words: ["确认违法", "确认无效"] },
      { id: "ordered", words: ["责令"] },
      { id: "terminated", words: ["终止"] },
      { id: "mediated", words: ["调解", "和解"] },
      { id: "withdrawn", words: ["撤回", "撤诉"] },
      { id: "lost", words: ["败诉"] },
      { id: "won", words: ["胜诉"] },
      { id: "other", words: ["其他", "其它", "其余"] },
    ],
    complete: [],
  },
  {
    id: "instance",
    wholeCues: ["案件", "应诉", "诉讼"],
    categories: [
      { id: "first", words: ["一审"] },
      { id: "second", words: ["二审"] },
      { id: "retrial", words: ["再审"] },
    ],
    complete: [],
  },
];

/** A part labelled like this is the rest of a list ("其他文件46件"): with it the list covers its total. */
export const CATCH_ALL: readonly string[] = ["其他", "其它", "其余", "剩余"];

/**
 * Words that make a count a subset of an earlier part rather than a sibling ("受理200件，其中办结180件，
 * 满意170件"): a list of parts stops before them, so nested counts are never added up.
 */
export const NESTING_WORDS: readonly string[] = [
  "满意", "成功", "按时", "按期", "及时", "涉及", "覆盖", "参与", "参加", "惠及", "累计", "合计", "共计", "同比", "较上年", "比上年", "整改", "化解", "发现",
];

/**
 * Rates that are shares of a partition's total: the numerator is the sum of the parts in the given
 * categories, the denominator the total. "直接纠错率" = (撤销+变更+确认违法+责令) ÷ 审结.
 */
export interface ListRate {
  labels: readonly string[];
  group: string;
  numerator: readonly string[];
}
export const LIST_RATES: readonly ListRate[] = [
  { labels: ["纠错率"], group: "outcome", numerator: ["revoked", "changed", "confirmedIllegal", "ordered"] },
  { labels: ["调解率", "和解率", "调解和解率"], group: "outcome", numerator: ["mediated"] },
  { labels: ["败诉率"], group: "outcome", numerator: ["lost"] },
  { labels: ["维持率"], group: "outcome", numerator: ["upheld"] },
  { labels: ["结案率", "办结率", "审结率"], group: "progress", numerator: ["closed"] },
  { labels: ["受理率", "立案率"], group: "intake", numerator: ["accepted"] },
];

/** Labels of a share of a whole ("…占比达12%", "占审结案件的15%", "比例为…"). */
export const SHARE_WORDS: readonly string[] = ["占比", "所占比例", "比例", "比重", "占"];

/** A growth rate: the change over last year's level ("较上年增加30人，增长率60%"). */
export const GROWTH_WORDS: readonly string[] = ["增长率", "增幅", "增速", "增长", "上升", "提高", "提升"];
export const DECLINE_WORDS: readonly string[] = ["下降率", "降幅", "下降", "减少", "降低"];

/**
 * Rates that may exceed 100% without being wrong: changes, growth, and target completion
 * ("完成率120%"). A rate above 100% whose label or lead-in carries none of these is impossible.
 */
export const UNBOUNDED_RATE_WORDS: readonly string[] = [
  "完成率", "完成", "达成率", "增长", "增幅", "增速", "增加", "上升", "提高", "提升", "下降", "降幅", "减少", "同比", "环比", "比上年", "较上年", "较去年", "比去年", "超额", "超过", "是上年", "为上年", "相当于", "执行率", "倍",
];

/** Words that, standing in the rate's own label, name a rate bounded by 100% even when the label is long. */
export const BOUNDED_RATE_SUFFIXES: readonly string[] = ["率", "占比", "比例", "比重", "覆盖面"];

/** Counts in the same sentence as the rate, with these stems, are its numerator ("调解成功396件，成功率99%"). */
export const RATE_SUFFIX = "率";

/** Two-character words too common to tie a share to its part ("复议案件占比…" names no particular part). */
export const GENERIC_BIGRAMS: readonly string[] = [
  "案件", "复议", "申请", "行政", "工作", "情况", "全年", "全区", "全县", "全市", "全镇", "其中", "共计", "累计", "开展", "办理", "处理", "事项", "问题", "群众", "当事", "事人",
];
