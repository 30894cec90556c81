/**
 * The words the number extractor knows, as data. All entries are Simplified: matching runs on the folded
 * text (Traditional already converted, full-width → half-width). Order inside a list does not matter:
 * the extractor sorts alternatives longest first.
 */
import type { NumberKind, Qualifier } from "../model.js";

export interface UnitEntry {
  /** The unit as reported in `NumericFact.unit`. */
  unit: string;
  /** Regex source for how it is written, when not literally `unit` (e.g. a doubled %). */
  pattern?: string;
  /** Characters that, right after the unit, make it part of another word (项目, 台账, 起草). */
  notBefore?: string;
  /** The kind a number with this unit has (default: count). */
  kind?: NumberKind;
  /** Also valid after a Chinese numeral (default true). 分 (十分 = very), 号, 年 are not. */
  chinese?: boolean;
  /** Also valid after Arabic digits (default true). 成 is not (3成员, 8成立). */
  arabic?: boolean;
}

/** Units written after a number. 万/亿 are scale words, not units: they multiply the value and are dropped. */
export const UNITS: readonly UnitEntry[] = [
  // rates and changes
  { unit: "%", pattern: "%+", kind: "rate" },
  // 三成 = 30%, 近八成: after a Chinese numeral only, not before a word it begins (成员, 成立, 成效, 成果…).
  { unit: "成", kind: "rate", arabic: false, notBefore: "员立效果绩为功交本都年熟型长就份品批套" },
  { unit: "‰", kind: "rate" },
  { unit: "个百分点", kind: "change" },
  { unit: "百分点", kind: "change", chinese: false },
  // money (value in 元 after 万/亿 scaling)
  { unit: "元", notBefore: "素旦", kind: "money" },
  // scores
  { unit: "分", notBefore: "钟之局别类支管析享配级期解布工批层散成为队部会院所中开值数", kind: "score", chinese: false },
  // ordinal by nature
  { unit: "届", kind: "ordinal" },
  // counts: compound units first in spirit (the regex tries longest first anyway)
  { unit: "人次" },
  { unit: "件次" },
  { unit: "家次" },
  { unit: "批次" },
  { unit: "场次" },
  { unit: "户次" },
  { unit: "条次" },
  { unit: "个工作日" },
  { unit: "工作日" },
  { unit: "个月" },
  { unit: "周年" },
  { unit: "小时" },
  { unit: "分钟", chinese: true },
  { unit: "方面" },
  { unit: "平方公里" },
  { unit: "平方米" },
  { unit: "公里" },
  { unit: "公顷" },
  { unit: "件" },
  { unit: "起", notBefore: "草点步来止始初到" },
  { unit: "人", notBefore: "民大才" },
  { unit: "次" },
  { unit: "家", notBefore: "庭长属乡族园" },
  { unit: "个" },
  { unit: "项", notBefore: "目" },
  { unit: "份", notBefore: "额" },
  { unit: "名", notBefore: "称单义录" },
  { unit: "场", notBefore: "所地景馆" },
  { unit: "期", notBefore: "间限内待望刊" },
  { unit: "批", notBefore: "准评复" },
  { unit: "户", notBefore: "籍口外型" },
  { unit: "条", notBefore: "件例款线规幅码目" },
  { unit: "篇" },
  { unit: "位", notBefore: "置于列" },
  { unit: "所", notBefore: "有在属以得谓" },
  { unit: "座", notBefore: "谈" },
  { unit: "处", notBefore: "理置罚分室长级于在" },
  { unit: "支", notBefore: "持付出部" },
  { unit: "套" },
  { unit: "种", notBefore: "植子类" },
  { unit: "类", notBefore: "型似别" },
  { unit: "宗", notBefore: "旨教" },
  { unit: "笔" },
  { unit: "张", notBefore: "贴" },
  { unit: "册" },
  { unit: "部", notBefore: "门署分委长队位级" },
  { unit: "例", notBefore: "如" },
  { unit: "轮" },
  { unit: "堂" },
  { unit: "节", notBefore: "点日约能" },
  { unit: "门", notBefore: "户类槛口诊" },
  { unit: "间", notBefore: "隔接" },
  { unit: "台", notBefore: "账风湾" },
  { unit: "辆" },
  { unit: "亩" },
  { unit: "吨" },
  { unit: "倍" },
  { unit: "岁" },
  { unit: "天", notBefore: "然津气地下" },
  { unit: "周", notBefore: "边期转岁" },
  { unit: "年", notBefore: "级龄代", chinese: false },
];

/** Scale words after an Arabic number (80.63万件, 7.3亿元); Chinese numerals carry their own 万/亿. */
export const SCALES: Readonly<Record<string, number>> = { 千万: 7, 百万: 6, 万: 4, 亿: 8 };

export interface QualifierEntry {
  word: string;
  /** The normalized qualifier reported (null: written form has no counterpart in the enum). */
  qualifier: Qualifier | null;
  approx: boolean;
  bound: "lower" | "upper" | null;
  /** Characters that, right before the word, make it part of another word (最近, 附近). */
  notAfter?: string;
}

/** Written before the number: 近3000人, 约24%, 超过90%, 逾20万元, 不到10%. */
export const PREFIX_QUALIFIERS: readonly QualifierEntry[] = [
  { word: "近", qualifier: "近", approx: true, bound: null, notAfter: "最附临亲就贴" },
  { word: "将近", qualifier: "近", approx: true, bound: null },
  { word: "接近", qualifier: "近", approx: true, bound: null },
  { word: "约", qualifier: "约", approx: true, bound: null, notAfter: "签合节制预履公条契" },
  { word: "大约", qualifier: "约", approx: true, bound: null },
  { word: "逾", qualifier: "逾", approx: true, bound: null },
  { word: "超过", qualifier: "超过", approx: false, bound: "lower", notAfter: "不" },
  { word: "超", qualifier: "超过", approx: false, bound: "lower", notAfter: "不赶" },
  { word: "不少于", qualifier: "以上", approx: false, bound: "lower" },
  { word: "不低于", qualifier: "以上", approx: false, bound: "lower" },
  { word: "不到", qualifier: "不到", approx: false, bound: "upper" },
  { word: "不足", qualifier: "不到", approx: false, bound: "upper" },
  { word: "不超过", qualifier: "以下", approx: false, bound: "upper" },
  { word: "不高于", qualifier: "以下", approx: false, bound: "upper" },
];

/** Written between number and unit: 13000余件, 12000多起, 十来个 (余 also after 万: 15万余件). */
export const INFIX_QUALIFIERS: readonly QualifierEntry[] = [
  { word: "余", qualifier: "余", approx: true, bound: null },
  { word: "多", qualifier: "多", approx: true, bound: null },
  { word: "来", qualifier: "约", approx: true, bound: null },
];

/** Written after the unit: 98%以上, 1.5个工作日以内, 2000人左右. */
export const SUFFIX_QUALIFIERS: readonly QualifierEntry[] = [
  { word: "以上", qualifier: "以上", approx: false, bound: "lower" },
  { word: "及以上", qualifier: "以上", approx: false, bound: "lower" },
  { word: "以下", qualifier: "以下", approx: false, bound: "upper" },
  { word: "及以下", qualifier: "以下", approx: false, bound: "upper" },
  { word: "以内", qualifier: "以下", approx: false, bound: "upper" },
  { word: "左右", qualifier: "约", approx: true, bound: null },
];

/** A verb right before the number makes it a change (同比下降17.65%, 较上年增加58人, 增加7.6个百分点). */
export const CHANGE_VERBS: readonly { word: string; direction: "up" | "down" }[] = [
  { word: "增加", direction: "up" },
  { word: "增长", direction: "up" },
  { word: "上升", direction: "up" },
  { word: "提高", direction: "up" },
  { word: "提升", direction: "up" },
  { word: "上涨", direction: "up" },
  { word: "增", direction: "up" },
  { word: "升", direction: "up" },
  { word: "高出", direction: "up" },
  { word: "下降", direction: "down" },
  { word: "减少", direction: "down" },
  { word: "降低", direction: "down" },
  { word: "下滑", direction: "down" },
  { word: "下跌", direction: "down" },
  { word: "压减", direction: "down" },
  { word: "压缩", direction: "down" },
  { word: "缩减", direction: "down" },
  { word: "缩短", direction: "down" },
  { word: "减", direction: "down" },
  { word: "降", direction: "down" },
  { word: "低出", direction: "down" },
];

/** A stated growth rate is a change even after a copula (增长率109%, 降幅达12%). */
export const CHANGE_RATE_WORDS: readonly { word: string; direction: "up" | "down" }[] = [
  { word: "增长率", direction: "up" },
  { word: "增长幅度", direction: "up" },
  { word: "增幅", direction: "up" },
  { word: "增速", direction: "up" },
  { word: "上升率", direction: "up" },
  { word: "降幅", direction: "down" },
  { word: "下降幅度", direction: "down" },
  { word: "下降率", direction: "down" },
  { word: "降低率", direction: "down" },
  { word: "减少率", direction: "down" },
];

/**
 * A comparison in the clause: a count after a change verb is a change only with one of these
 * (较上年增加58人 is a change, 新增10个 is a count). Regex sources.
 */
export const COMPARATORS: readonly string[] = ["同比", "环比", "较上", "较去", "较前", "较同期", "较\\d", "比上", "比去", "比\\d{4}", "相比", "相较"];

/** Comparison words stripped from the end of a change's label (一审败诉率同比下降 → 一审败诉率). */
export const COMPARATOR_TAILS: readonly string[] = [
  "同比",
  "环比",
  "较上年度",
  "较上年",
  "较上一年",
  "较去年",
  "较去年同期",
  "较同期",
  "比上年",
  "比去年",
  "比上一年",
  "与上年相比",
  "与去年相比",
  "与上年同期相比",
  "与去年同期相比",
];

export interface WordRule {
  word: string;
  /** Not stripped when the character before it makes a word with it (行为, 审计, 公共). */
  notAfter?: string;
  /** Not stripped when the character after it makes a word with it (共同). */
  notBefore?: string;
}

/** Copulas and verbs stripped from the end of a label (成功率达 → 成功率, 办复率、满意率均达 → 办复率、满意率). */
export const LABEL_TRAILING: readonly WordRule[] = [
  { word: "均达到" },
  { word: "均达" },
  { word: "均为" },
  { word: "均已" },
  { word: "分别达到" },
  { word: "分别达" },
  { word: "分别为" },
  { word: "分别" },
  { word: "达到了" },
  { word: "达到" },
  { word: "高达" },
  { word: "已达" },
  { word: "约为" },
  { word: "约占" },
  { word: "约达" },
  { word: "实现了" },
  { word: "实现" },
  { word: "累计" },
  { word: "共计" },
  { word: "合计" },
  { word: "总计" },
  { word: "共有" },
  { word: "现有" },
  { word: "已有" },
  { word: "拥有" },
  { word: "先后" },
  { word: "增至" },
  { word: "增加到" },
  { word: "增加至" },
  { word: "提高到" },
  { word: "提高至" },
  { word: "提升到" },
  { word: "提升至" },
  { word: "上升到" },
  { word: "上升至" },
  { word: "下降到" },
  { word: "下降至" },
  { word: "降至" },
  { word: "降到" },
  { word: "减少到" },
  { word: "减少至" },
  { word: "减至" },
  { word: "有", notAfter: "所没具占享持含" },
  { word: "了", notAfter: "为除" },
  { word: "达", notAfter: "下表传送抵到直通转" },
  { word: "为", notAfter: "行作认成因以称更较极最" },
  { word: "是", notAfter: "但于凡总就也还倒正若要只" },
  { word: "占", notAfter: "侵抢强霸" },
  { word: "约", notAfter: "签合节制预履公条契" },
  { word: "共", notAfter: "公总" },
  { word: "计", notAfter: "审统会设估预核算合总共" },
  { word: "近", notAfter: "最附临亲就贴" },
  { word: "将近" },
  { word: "接近" },
  { word: "大约" },
  { word: "逾" },
  { word: "超过" },
  { word: "不到" },
  { word: "不足" },
  { word: "仅" },
];

/** Connectives stripped from the start of a label (其中受理 → 受理, 全年排查化解矛盾纠纷 → 排查化解矛盾纠纷). */
export const LABEL_LEADING: readonly WordRule[] = [
  { word: "其中" },
  { word: "累计" },
  { word: "全年" },
  { word: "今年以来" },
  { word: "今年" },
  { word: "年内" },
  { word: "共计" },
  { word: "合计" },
  { word: "总计" },
  // 共 only as "in all" (共办理, 共受理), not in 共性, 共同, 共享, 共建, 共产党, 共青团…
  { word: "共", notBefore: "性同享建治识赢商青产谋担荣存计有用" },
  { word: "另有" },
  { word: "此外" },
  { word: "同时" },
];

/**
 * Fixed phrases with a Chinese numeral followed by a unit-like character that are not quantities
 * (一件事一次办, 一次性告知, 三项制度). Chinese numerals elsewhere need a unit after them anyway.
 */
export const FIXED_PHRASES: readonly string[] = [
  "一件事",
  "一方面",
  "一次办",
  "一次性",
  "一次办好",
  "最多跑一次",
  "一次也不跑",
  "一起",
  "一条龙",
  "一张网",
  "一张图",
  "一张表",
  "一张蓝图",
  "一个窗口",
  "一个平台",
  "一门式",
  "一站式",
  "一支队伍",
  "一年来",
  "一次次",
  "一项项",
  "一件件",
  "一个个",
  "一批批",
  "三项制度",
  "五位一体",
  "三位一体",
  "一岗双责",
  "四套班子",
  "两个维护",
  "两个确立",
  "四个意识",
  "四个自信",
  "四个全面",
  "两个责任",
  "三个代表",
  "三个结合",
  "千家万户",
  "十分",
];

/** Before a Chinese numeral, these make a word with it (统一, 唯一, 之一, 逐一): not a number. */
export const CHINESE_NUMERAL_LEFT_WORDS = "统唯同单逐之划专归合均不周其任每初再万";

/** Next to digits these mean the digits are masked (x013年, 20xx年, **区): not a number at all. */
export const MASK_CHARS = "xX*＊";
/** Written in place of deleted text: a number right next to it is masked. */
export const ELISION_MARKS: readonly string[] = ["(略)", "（略）", "(略", "略)", "…略", "[略]"];

/** Clause boundaries for labels (a label never crosses them). Parentheses are handled separately. */
export const LABEL_BOUNDARY_CHARS = "，,；;：:。！？!?|•\t";

/** Opening and closing quotation marks (Chinese numerals inside short quotes are names: “四张清单”). */
export const QUOTE_OPEN = "“「『‘";
export const QUOTE_CLOSE = "”」』’";
/** A straight double quote opens and closes by turns. */
export const QUOTE_TOGGLE = '"';
