/**
 * The indicator catalogue as data (DOMAIN §3). Validated at module load by catalogue.ts; a bad entry
 * throws with its id. Write phrases in Simplified Chinese: matching folds Traditional and full-width text.
 *
 * How the fields are used (README, "怎样判定"):
 * - `domain`: the topic an indicator belongs to. A number's topic is the topic cue (DOMAINS[…].cues, or a
 *   FOREIGN_TOPICS cue) that stands nearest before it — in its own label, then back through its sentence,
 *   then back through earlier sentences of its paragraph. A label phrase only counts when the topic agrees,
 *   so "受理25件" after "收到行政复议申请" is reconsideration.accepted, "12345热线共受理各类诉求" is hotline.received.
 * - `labels`: phrases looked for in the number's own `label` (core's NumericFact.label, folded). Where
 *   matches overlap, the longest wins ("不予受理" over "受理"); a count gets one indicator, a rate may get
 *   several ("办复率、满意率均达100%").
 * - `implied`: phrases that give a value without a number. "…" is a gap of at most IMPLIED_GAP characters
 *   with no clause mark and no negation ("负责人均…出庭": "负责人均积极出庭应诉", not "负责人均未出庭").
 * - `formula.compute`: compute the rate from its counts when the report states the counts but not the rate.
 * - `sumOf`: a count that is the sum of its parts named in one sentence (确认违法 + 撤销 + 变更 + 责令履行).
 * - `zeroWhenAccounted`: 0 when a total is broken down in the same sentence into parts none of which is it
 *   ("审结15件,其中驳回诉讼请求14件,撤诉1件" → no case lost).
 */
import type { CatalogueData } from "./catalogue.js";

/** Default units a count may carry (as core writes them); an entry may give its own `countUnits`. */
export const DEFAULT_COUNT_UNITS = ["件", "起", "件次", "宗", "个", "例"];

export const DOMAINS: CatalogueData["domains"] = {
  litigation: {
    name: { zh: "行政诉讼（应诉）", en: "Administrative litigation" },
    cues: ["行政诉讼", "诉讼", "应诉", "出庭", "一审", "二审", "再审", "被告", "裁判", "败诉", "胜诉", "庭审", "开庭", "行政案件", "行政审判"],
  },
  reconsideration: { name: { zh: "行政复议", en: "Administrative reconsideration" }, cues: ["复议"] },
  mediation: {
    name: { zh: "矛盾纠纷调解", en: "Dispute mediation" },
    cues: ["矛盾纠纷", "纠纷", "人民调解", "调解案件", "受理调解", "调解组织", "调委会", "调解员", "调解委员会", "调解成功", "调处成功", "调处"],
  },
  enforcement: { name: { zh: "行政执法", en: "Administrative enforcement" }, cues: ["持证", "执法证", "执法人员", "执法证件"] },
  legalAdvisor: { name: { zh: "法律顾问", en: "Legal advisers" }, cues: ["法律顾问", "顾问律师"] },
  normativeDocs: { name: { zh: "规范性文件备案", en: "Normative documents" }, cues: ["规范性文件", "报备", "备案", "应备尽备"] },
  legalReview: { name: { zh: "合法性审核", en: "Legality review" }, cues: ["合法性审核", "合法性审查", "法制审核"] },
  penalty: { name: { zh: "行政处罚", en: "Administrative penalties" }, cues: ["行政处罚", "处罚决定"] },
  study: { name: { zh: "学法考试", en: "Law study and exams" }, cues: ["考试", "测试", "考核", "参考率"] },
  service: { name: { zh: "政务服务", en: "Government services" }, cues: ["政务服务", "网办", "网上办", "入驻", "进驻", "政务大厅"] },
  hotline: { name: { zh: "12345热线", en: "12345 hotline" }, cues: ["12345", "热线", "工单", "市长信箱", "市长专线", "市长公开电话", "群众电话", "来电", "话务"] },
  proposals: {
    name: { zh: "建议提案办理", en: "Deputies' suggestions and proposals" },
    cues: ["建议提案", "建议和提案", "建议、提案", "代表建议", "委员提案", "人大建议", "政协提案", "提案", "建议回复", "建议答复", "建议办理", "建议办复"],
  },
  report: { name: { zh: "法治政府建设年度报告", en: "Annual rule-of-law reports" }, cues: ["年度报告", "年报"] },
};

/**
 * Topics outside the catalogue: a number whose nearest cue is one of these belongs to none of its
 * indicators ("受理政府信息公开申请8起", "受理法律援助案件1188件", "解答12348电话咨询2661件次").
 */
export const FOREIGN_TOPICS = [
  "政府信息公开",
  "信息公开",
  "法律援助",
  "公共法律服务",
  "12348",
  "法律服务热线",
  "公证",
  "仲裁",
  "司法鉴定",
  "鉴定",
  "信访",
  "普法",
  "法治宣传",
  "审批",
  "刑事",
  "涉嫌犯罪",
  "法律咨询",
  "检察建议",
  "司法建议",
];

/**
 * Phrases that hold no indicator but contain a label phrase: they compete in the longest-match like labels
 * and, when they win, the number is left alone ("维持和驳回复议申请44件" is not the applications count).
 */
export const IGNORE_LABELS = [
  "驳回复议申请",
  "撤回复议申请",
  "撤回行政复议申请",
  "驳回行政复议申请",
  "复议申请人",
  "驳回诉讼请求",
  "诉讼请求",
  "排查矛盾纠纷",
  "矛盾纠纷排查",
  "纠纷排查",
  "参与调解",
  "发现矛盾纠纷",
  "预防纠纷",
  "预防矛盾纠纷",
  "调解和解结案",
  "调解组织",
  "调解委员会",
  "调委会",
  "调解室",
  "调解员",
  "逾期回复",
  "逾期办结",
  "在线办结",
  "基本满意率",
  "受理前",
  "立案前",
  "非诉案件",
  "非诉审查案件",
  "执行案件",
  "刑事案件",
  "民事案件",
  "信访案件",
  "同比",
  "较上年",
  "较去年",
];

/**
 * Nouns right after a count that say it counts bodies or people, not cases ("17个单位…", "98个调解组织"):
 * such a count gives no indicator.
 */
/** Verbs before a label that make a count one of prevented things ("防止纠纷激化12件"). */
export const PREVENTION_WORDS = ["防止", "预防", "避免", "杜绝"];

export const COUNTED_ENTITIES = ["单位", "部门", "机构", "组织", "家", "乡镇", "街道", "村", "社区", "人", "名", "律师", "调解员", "委员会", "个人", "城市", "市"];

/** Words in the clause before an implied phrase that make it a hedge or a plan, not a fact ("基本实现…全覆盖"). */
export const HEDGES = ["基本", "力争", "争取", "逐步", "计划", "拟", "目标", "尚未", "未能", "还未", "仍未", "将"];
/** Negations that may not stand inside the gap of an implied phrase. */
export const NEGATIONS = ["未", "不", "没", "无", "非"];
/** Longest gap "…" in an implied phrase, in characters. */
export const IMPLIED_GAP = 8;

const on = (value: number, ...phrases: string[]) => ({ phrases, value });

export const ENTRIES: CatalogueData["entries"] = [
  // --- litigation ------------------------------------------------------------------------------
  {
    id: "litigation.cases",
    name: { zh: "行政诉讼（应诉）案件数", en: "Administrative lawsuits" },
    domain: "litigation",
    unit: "count",
    direction: "context",
    labels: ["行政诉讼案件", "诉讼案件", "行政应诉案件", "应诉案件", "行政案件", "出庭应诉", "受理行政诉讼", "发生行政诉讼", "行政一审案件", "收案", "发案量", "新收", "案件"],
  },
  {
    id: "litigation.closed",
    refines: ["litigation.cases"],
    name: { zh: "行政诉讼审结案件数", en: "Lawsuits closed" },
    domain: "litigation",
    unit: "count",
    direction: "context",
    labels: ["审结", "结案", "办结", "裁判结案", "判决结案"],
  },
  {
    id: "litigation.lost",
    refines: ["litigation.cases", "litigation.closed"],
    name: { zh: "行政诉讼败诉案件数", en: "Lawsuits lost" },
    domain: "litigation",
    unit: "count",
    direction: "lower",
    labels: ["败诉"],
    zeroWhenAccounted: {
      total: "litigation.closed",
      parts: ["驳回诉讼请求", "驳回起诉", "驳回原告", "撤诉", "撤回起诉", "维持", "胜诉", "调解结案", "和解"],
    },
  },
  {
    id: "litigation.lossRate",
    name: { zh: "行政诉讼败诉率", en: "Lawsuit loss rate" },
    domain: "litigation",
    unit: "ratio",
    direction: "lower",
    labels: ["败诉率", "一审败诉率", "败诉"],
    implied: [on(0, "零败诉", "无败诉", "未发生…败诉", "没有…败诉")],
    formula: { numerator: ["litigation.lost"], denominator: "litigation.closed", compute: true },
  },
  {
    id: "litigation.headAppearances",
    refines: ["litigation.cases", "litigation.hearings"],
    name: { zh: "负责人出庭应诉案件数", en: "Cases attended by agency heads" },
    domain: "litigation",
    unit: "count",
    direction: "higher",
    labels: ["负责人出庭应诉", "负责人出庭", "负责同志出庭"],
    countUnits: ["件", "起", "件次", "宗", "个", "例", "次", "人次"],
  },
  {
    id: "litigation.hearings",
    refines: ["litigation.cases"],
    name: { zh: "开庭审理案件数", en: "Hearings held" },
    domain: "litigation",
    unit: "count",
    direction: "context",
    labels: ["开庭审理", "开庭"],
    countUnits: ["件", "起", "件次", "宗", "个", "例", "次", "场"],
  },
  {
    id: "litigation.headAppearanceRate",
    name: { zh: "行政机关负责人出庭应诉率", en: "Court appearance rate of agency heads" },
    domain: "litigation",
    unit: "ratio",
    direction: "higher",
    labels: ["出庭应诉率", "出庭率", "负责人出庭应诉率"],
    implied: [on(1, "负责人均…出庭", "负责人全部…出庭", "负责人全都…出庭", "负责同志均…出庭", "负责人出庭应诉全覆盖", "负责人出庭应诉实现全覆盖")],
    formula: { numerator: ["litigation.headAppearances"], denominator: "litigation.hearings", compute: true },
  },
  {
    id: "litigation.speakRate",
    name: { zh: "负责人出庭出声率", en: "Rate at which attending heads spoke in court" },
    domain: "litigation",
    unit: "ratio",
    direction: "higher",
    labels: ["出声率"],
  },
  // --- reconsideration -------------------------------------------------------------------------
  {
    id: "reconsideration.applications",
    name: { zh: "收到行政复议申请数", en: "Reconsideration applications received" },
    domain: "reconsideration",
    unit: "count",
    direction: "context",
    labels: ["行政复议申请", "复议申请", "收到行政复议", "收到复议", "行政复议案件申请", "收到"],
  },
  {
    id: "reconsideration.accepted",
    refines: ["reconsideration.applications"],
    name: { zh: "受理行政复议案件数", en: "Reconsideration cases accepted" },
    domain: "reconsideration",
    unit: "count",
    direction: "context",
    labels: ["受理", "立案", "受理行政复议申请", "受理复议申请", "受理行政复议案件", "受理复议案件", "依法受理"],
    implied: [on(0, "未受理…复议案件", "未受理…复议申请", "没有受理…复议", "未发生…复议案件", "无行政复议案件")],
  },
  {
    id: "reconsideration.rejected",
    refines: ["reconsideration.applications", "reconsideration.accepted"],
    name: { zh: "不予受理行政复议申请数", en: "Reconsideration applications rejected" },
    domain: "reconsideration",
    unit: "count",
    direction: "context",
    labels: ["不予受理", "不予立案", "决定不予受理", "不受理"],
  },
  {
    id: "reconsideration.concluded",
    refines: ["reconsideration.applications", "reconsideration.accepted"],
    name: { zh: "行政复议审结（办结）案件数", en: "Reconsideration cases concluded" },
    domain: "reconsideration",
    unit: "count",
    direction: "context",
    labels: ["审结", "办结", "结案", "作出复议决定", "审结行政复议案件", "办结行政复议案件"],
  },
  {
    id: "reconsideration.corrected",
    refines: ["reconsideration.applications", "reconsideration.accepted", "reconsideration.concluded"],
    name: { zh: "行政复议纠错案件数", en: "Reconsideration cases corrected" },
    domain: "reconsideration",
    unit: "count",
    direction: "context",
    labels: ["纠错", "直接纠错", "依法纠错", "纠正违法或不当行政行为", "直接纠正"],
    sumOf: ["确认违法", "撤销", "变更", "责令履行", "责令重作", "责令"],
  },
  {
    id: "reconsideration.correctionRate",
    name: { zh: "行政复议纠错率", en: "Reconsideration correction rate" },
    domain: "reconsideration",
    unit: "ratio",
    direction: "context",
    labels: ["纠错率", "直接纠错率"],
    formula: { numerator: ["reconsideration.corrected"], denominator: "reconsideration.concluded", compute: true },
  },
  {
    id: "reconsideration.settledByMediation",
    refines: ["reconsideration.applications", "reconsideration.accepted", "reconsideration.concluded"],
    name: { zh: "调解、和解结案的行政复议案件数", en: "Reconsideration cases settled by mediation" },
    domain: "reconsideration",
    unit: "count",
    direction: "higher",
    labels: ["经调解", "调解后", "调解、和解", "调解和解", "调解", "以调解、和解方式结案", "和解", "调解结案", "调解和解结案", "和解结案"],
  },
  {
    id: "reconsideration.mediationRate",
    name: { zh: "行政复议调解率", en: "Reconsideration mediation rate" },
    domain: "reconsideration",
    unit: "ratio",
    direction: "higher",
    labels: ["调解率", "调解和解率", "调解、和解率"],
    formula: { numerator: ["reconsideration.settledByMediation"], denominator: "reconsideration.concluded" },
  },
  {
    id: "reconsideration.resolutionRate",
    name: { zh: "行政复议综合化解率", en: "Reconsideration overall resolution rate" },
    domain: "reconsideration",
    unit: "ratio",
    direction: "higher",
    labels: ["综合化解率", "化解率"],
    formula: { numerator: ["reconsideration.corrected", "reconsideration.settledByMediation"], denominator: "reconsideration.concluded" },
  },
  {
    id: "reconsideration.closureRate",
    name: { zh: "行政复议结案率", en: "Reconsideration closure rate" },
    domain: "reconsideration",
    unit: "ratio",
    direction: "higher",
    labels: ["结案率", "办结率", "审结率"],
    formula: { numerator: ["reconsideration.concluded"], denominator: "reconsideration.accepted" },
  },
  // --- mediation -------------------------------------------------------------------------------
  {
    id: "mediation.cases",
    name: { zh: "排查调处矛盾纠纷数", en: "Disputes mediated" },
    domain: "mediation",
    unit: "count",
    direction: "context",
    labels: ["矛盾纠纷", "各类纠纷", "民间纠纷", "调解纠纷", "受理纠纷", "化解纠纷", "调处纠纷", "排查化解", "调解案件", "受理调解", "调解", "调处案件", "调处"],
    countUnits: ["件", "起", "件次", "宗", "例"],
  },
  {
    id: "mediation.succeeded",
    afterTotal: ["调处"],
    refines: ["mediation.cases"],
    name: { zh: "调解成功数", en: "Disputes mediated successfully" },
    domain: "mediation",
    unit: "count",
    direction: "higher",
    labels: ["调解成功", "调处成功", "成功调解", "成功调处", "化解成功", "成功化解", "化解"],
    countUnits: ["件", "起", "件次", "宗", "个", "例", "次"],
  },
  {
    id: "mediation.successRate",
    name: { zh: "矛盾纠纷调解成功率", en: "Mediation success rate" },
    domain: "mediation",
    unit: "ratio",
    direction: "higher",
    labels: ["调解成功率", "调处成功率", "成功率", "化解率", "化解成功率", "调成率"],
    formula: { numerator: ["mediation.succeeded"], denominator: "mediation.cases", compute: true },
  },
  // --- enforcement, legal advisers, documents, review, penalties ---------------------------------
  {
    id: "enforcement.certifiedRate",
    name: { zh: "执法人员持证上岗率", en: "Share of enforcement officers certified" },
    domain: "enforcement",
    unit: "ratio",
    direction: "higher",
    labels: ["持证上岗率", "持证率", "持证比例", "亮证率"],
    implied: [on(1, "全部持证上岗", "均持证上岗", "持证上岗全覆盖", "全员持证上岗")],
  },
  {
    id: "legalAdvisor.coverage",
    name: { zh: "法律顾问覆盖率", en: "Legal adviser coverage" },
    domain: "legalAdvisor",
    unit: "ratio",
    direction: "higher",
    labels: ["法律顾问覆盖率", "顾问覆盖率", "法律顾问全覆盖率", "建立率"],
    implied: [on(1, "法律顾问全覆盖", "法律顾问…全覆盖", "法律顾问制度全覆盖")],
  },
  {
    id: "legalAdvisor.villageCoverage",
    name: { zh: "村（社区）法律顾问覆盖率", en: "Village (community) legal adviser coverage" },
    domain: "legalAdvisor",
    unit: "ratio",
    direction: "higher",
    labels: ["村居法律顾问覆盖率", "村(社区)法律顾问覆盖率", "村法律顾问覆盖率", "社区法律顾问覆盖率", "村(居)法律顾问覆盖率"],
    implied: [on(1, "村…法律顾问全覆盖", "社区…法律顾问全覆盖", "村居法律顾问…全覆盖", "一村(社区)一法律顾问", "一村一法律顾问")],
  },
  {
    id: "normativeDocs.filingRate",
    name: { zh: "规范性文件备案率", en: "Normative document filing rate" },
    domain: "normativeDocs",
    unit: "ratio",
    direction: "higher",
    labels: ["备案率", "报备率", "及时率", "规范率", "审查率", "备案审查率", "报备及时率"],
    implied: [on(1, "应备尽备")],
  },
  {
    id: "legalReview.rate",
    name: { zh: "合法性审核率", en: "Legality review rate" },
    domain: "legalReview",
    unit: "ratio",
    direction: "higher",
    labels: ["合法性审核率", "合法性审查率", "审核率", "审核通过率", "法制审核率"],
  },
  {
    id: "penalty.publicationRate",
    name: { zh: "行政处罚公示率", en: "Administrative penalty publication rate" },
    domain: "penalty",
    unit: "ratio",
    direction: "higher",
    labels: ["公示率", "公开率", "行政处罚公示率", "处罚决定公示率"],
  },
  // --- study and exams -----------------------------------------------------------------------------
  {
    id: "study.participationRate",
    name: { zh: "学法考试参考率", en: "Law exam participation rate" },
    domain: "study",
    unit: "ratio",
    direction: "higher",
    labels: ["参考率", "参考人员比例", "参与率", "参加率", "参考比例"],
  },
  {
    id: "study.passRate",
    name: { zh: "学法考试合格率", en: "Law exam pass rate" },
    domain: "study",
    unit: "ratio",
    direction: "higher",
    labels: ["合格率", "通过率", "及格率"],
  },
  {
    id: "study.excellenceRate",
    name: { zh: "学法考试优秀率", en: "Law exam excellence rate" },
    domain: "study",
    unit: "ratio",
    direction: "higher",
    labels: ["优秀率"],
  },
  // --- government services ----------------------------------------------------------------------------
  {
    id: "service.onlineRate",
    name: { zh: "政务服务事项全程网办率", en: "Share of services fully online" },
    domain: "service",
    unit: "ratio",
    direction: "higher",
    labels: ["全程网办率", "网办率", "网上可办率", "网上办理率", "一网通办率", "网上办事实现率"],
  },
  {
    id: "service.inclusionRate",
    name: { zh: "政务服务事项进驻（入驻）率", en: "Share of services in the service centre" },
    domain: "service",
    unit: "ratio",
    direction: "higher",
    labels: ["入驻率", "进驻率", "纳入率"],
  },
  // --- hotline ----------------------------------------------------------------------------------------
  {
    id: "hotline.received",
    name: { zh: "12345热线受理诉求数", en: "Hotline requests received" },
    domain: "hotline",
    unit: "count",
    direction: "context",
    labels: ["受理", "接收", "接到", "收到", "接听", "受理各类诉求", "工单"],
    countUnits: ["件", "起", "件次", "个", "单", "条", "次", "宗", "例"],
  },
  {
    id: "hotline.closed",
    refines: ["hotline.received", "hotline.handled"],
    name: { zh: "12345热线办结数", en: "Hotline requests closed" },
    domain: "hotline",
    unit: "count",
    direction: "higher",
    labels: ["办结", "结办", "办结数", "综合办结数"],
    countUnits: ["件", "起", "件次", "个", "单", "条", "次", "宗", "例"],
  },
  {
    id: "hotline.handled",
    refines: ["hotline.received"],
    name: { zh: "12345热线处理（办理）事项数", en: "Hotline matters handled" },
    domain: "hotline",
    unit: "count",
    direction: "context",
    labels: ["处理", "办理", "处置", "回复"],
    countUnits: ["件", "起", "件次", "个", "单", "条", "次", "宗", "例"],
  },
  {
    id: "hotline.onTimeRate",
    name: { zh: "12345热线按时办结率", en: "Hotline on-time closure rate" },
    domain: "hotline",
    unit: "ratio",
    direction: "higher",
    labels: ["按时办结率", "按期办结率", "及时办结率", "办结率", "按时办理率", "综合办结率"],
    implied: [on(1, "均按时办结", "全部按时办结", "均按期办结", "全部按期办结")],
  },
  {
    id: "hotline.satisfactionRate",
    name: { zh: "12345热线满意率", en: "Hotline satisfaction rate" },
    domain: "hotline",
    unit: "ratio",
    direction: "higher",
    labels: ["满意率", "满意或基本满意率", "群众满意率", "满意度"],
  },
  {
    id: "hotline.callbackRate",
    name: { zh: "12345热线回访率", en: "Hotline call-back rate" },
    domain: "hotline",
    unit: "ratio",
    direction: "higher",
    labels: ["回访率"],
  },
  // --- suggestions and proposals ---------------------------------------------------------------------
  {
    id: "proposals.completionRate",
    name: { zh: "建议提案办复率", en: "Suggestions and proposals completion rate" },
    domain: "proposals",
    unit: "ratio",
    direction: "higher",
    labels: ["办复率", "办结率", "按时办结率", "按期办结率", "答复率", "按时办复率", "办理率", "回复率", "已经办复", "已办复"],
    implied: [on(1, "均按时办结", "全部按时办结", "均按期办结", "全部按期办结", "均按时办复", "全部按时办复", "全部在规定时间内办理完毕", "均在规定时间内办理完毕", "均在规定时限内办结")],
  },
  {
    id: "proposals.satisfactionRate",
    name: { zh: "建议提案满意率", en: "Suggestions and proposals satisfaction rate" },
    domain: "proposals",
    unit: "ratio",
    direction: "higher",
    labels: ["满意率", "满意或基本满意率", "满意和基本满意率", "满意度"],
  },
  // --- annual reports --------------------------------------------------------------------------------
  {
    id: "report.publishRate",
    name: { zh: "法治政府建设年度报告报送（公开）率", en: "Annual report submission / publication rate" },
    domain: "report",
    unit: "ratio",
    direction: "higher",
    labels: ["报送率", "公开率", "发布率"],
  },
];
