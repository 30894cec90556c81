/**
 * The words and patterns the disclosure rules look for, kept apart from the code (DESIGN §8). Phrases are
 * written in Simplified Chinese and matched on the folded view of a report (繁→简, full-width → half-width),
 * so Traditional reports are found too. Regular expressions run on one folded line at a time and are
 * written without nested quantifiers.
 */

// ── issuer ───────────────────────────────────────────────────────────────────────────────────────────

/** Characters that stand for a masked name or number ("xx市", "**区", "某县", "x01x年"); DOMAIN §5.7. */
export const MASK_CHARS = "xX×＊*○某";

/** A masked administrative unit written in the text: "xx市", "**区", "某县", "XX镇人民政府". */
export const MASKED_UNIT = /(?:某|[xX×*]{1,3})(?:省|市|县|区|镇|乡|州|旗|街道)/u;

/** How a report refers to itself without a name (DOMAIN §5.13): "我镇", "本县". */
export const SELF_REFERENCES = ["我镇", "本镇", "我乡", "本乡", "我县", "本县", "我区", "本区", "我市", "本市", "我街道", "本街道", "我局", "本局", "我省", "本省"] as const;

// ── addressee ────────────────────────────────────────────────────────────────────────────────────────

/** A salutation names a Party committee, a government, a people's congress or a superior department. */
export const ADDRESSEE_BODIES = /政府|党委|党工委|[省市县区州旗镇乡]委|委员会|人大|局|厅|办|部/u;

// ── report year ──────────────────────────────────────────────────────────────────────────────────────

/**
 * A year written as a year (not part of a date, not a range end, not masked, not "2024年以来" — the year so far):
 * "2023年", "2023年度", "二〇二三年".
 * Group 1: Arabic digits; group 2: Chinese numerals.
 */
export const STATED_YEAR =
  /(?<![0-9xX*×\-—–~至到])((?:19|20)\d{2})(?!\d)\s*年(?!\s*\d{1,2}\s*月)(?!\s*[-—–~至到]\s*\d)(?!\s*度?以来)|(?<![〇零○一二三四五六七八九xX*×])([〇零○一二三四五六七八九]{4})\s*年(?!\s*[一二三四五六七八九十]{1,2}\s*月)/u;

/** A masked year: "20XX年", "202x年", "x01x年度", "××年". */
export const MASKED_YEAR = /(?:(?:19|20)[0-9]?[xX×*]{1,2}|[xX×*]{1,2}[0-9]{1,3}[xX×*]?|[xX×*]{2,4})\s*年/u;

/** Words of the opening that tie a year to what is reported ("现将2023年法治政府建设情况报告如下"). */
export const YEAR_CONTEXT = ["法治", "依法行政", "报告", "工作", "年度", "一年来", "全年"] as const;

// ── publication ──────────────────────────────────────────────────────────────────────────────────────

/** A date taken from a page widget rather than a label (DOMAIN §5.3): never used as a publication date. */
export const DATE_WIDGET_WORDS = ["今天是", "今天", "当前时间", "现在是", "星期", "礼拜"] as const;

// ── document kind (DOMAIN §6) ────────────────────────────────────────────────────────────────────────

/** The topic of an annual rule-of-law report, as its title names it. */
export const REPORT_TOPICS = ["法治政府建设", "法治建设", "依法行政", "法治政府", "法制政府建设", "依法治"] as const;
/** What the title calls the document when it is a report on a year's work. */
export const REPORT_WORDS = ["报告", "总结", "年报"] as const;

export type DocumentKind =
  | "policyInterpretation"
  | "infoDisclosureReport"
  | "workPlan"
  | "template"
  | "thirdPartyEvaluation"
  | "reconsiderationAnalysis"
  | "newsAboutReport"
  | "policyDocument";

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  "policyInterpretation",
  "infoDisclosureReport",
  "workPlan",
  "template",
  "thirdPartyEvaluation",
  "reconsiderationAnalysis",
  "newsAboutReport",
  "policyDocument",
];

/** The name of each look-alike, for messages. */
export const KIND_NAMES: Record<DocumentKind | "annualReport", { zh: string; en: string }> = {
  annualReport: { zh: "法治政府建设年度报告", en: "annual rule-of-law government report" },
  policyInterpretation: { zh: "政策解读", en: "policy interpretation (解读)" },
  infoDisclosureReport: { zh: "政府信息公开工作年度报告", en: "government information disclosure annual report" },
  workPlan: { zh: "工作计划（工作要点/工作安排/实施方案）", en: "work plan (工作要点/工作安排/实施方案)" },
  template: { zh: "带占位符的模板或隐去名称的范文", en: "template or masked sample with placeholders" },
  thirdPartyEvaluation: { zh: "第三方评估报告", en: "third-party evaluation report" },
  reconsiderationAnalysis: { zh: "行政复议应诉分析报告", en: "administrative reconsideration and litigation analysis" },
  newsAboutReport: { zh: "关于报告的新闻报道", en: "news item about a report" },
  policyDocument: { zh: "政策文件（规划、意见、指引、办法）", en: "policy document (规划, 意见, 指引, 办法)" },
};

/** Title cues: a title that matches names the document by itself. Checked in this order. */
export const TITLE_CUES: ReadonlyArray<{ kind: DocumentKind; pattern: RegExp }> = [
  // "…发布2023年法治政府建设年度报告", "我市2023年度法治政府建设报告出炉", "…晒出法治成绩单"
  { kind: "newsAboutReport", pattern: /(?:发布|公布)(?!\s*(?:时间|日期|机构|单位|人|者|稿))|晒出|亮出|出炉|亮相|揭晓|新闻发布会|记者/u },
  { kind: "policyInterpretation", pattern: /解读|一图读懂|图解|答记者问/u },
  { kind: "infoDisclosureReport", pattern: /政府信息公开\s*(?:工作)?\s*(?:年度)?\s*(?:报告|年报)|信息公开\s*工作\s*年度\s*报告/u },
  { kind: "thirdPartyEvaluation", pattern: /评估\s*(?:报告|结果|情况|分析)|第三方评估|评估指数/u },
  { kind: "reconsiderationAnalysis", pattern: /(?:行政复议|行政应诉|行政诉讼|复议应诉).{0,12}(?:分析|白皮书|典型案例|案件情况)/u },
  { kind: "workPlan", pattern: /工作要点|工作安排|实施方案|工作计划|行动方案|工作方案|任务分工|责任清单|工作任务/u },
  // "关于深入推进依法行政加快建设法治政府的意见", "法治市场监管建设规划(2021—2025年)", "…年度报告工作指引"
  { kind: "policyDocument", pattern: /(?:的|实施|指导|若干)意见\s*$|规划\s*(?:[(（][^)）]{0,16}[)）])?\s*$|工作指引|指引\s*$|指南\s*$|(?:管理|实施|暂行)办法\s*$/u },
];
/** Title words that make a "发布/公布" title a notice carrying the report itself, not news ("关于公布…的通知"). */
export const NEWS_TITLE_EXCEPTIONS = /^\s*关于|通知\s*$|公告\s*$/u;
/** A news title is about a report or the rule of law. */
export const NEWS_TITLE_TOPIC = /报告|法治|依法行政|成绩单/u;
/** A plan's title stays a report when it reports on carrying the plan out ("…工作要点落实情况的报告"). */
export const PLAN_REPORTED_ON = /(?:落实|完成|执行|推进)\s*情况|报告|总结/u;

/** Placeholders of a template or a masked sample (DOMAIN §5.7, §6): 某县, XX, ××, x年, （略）, ____. */
export const PLACEHOLDER_G =
  /某(?:省|市|县|区|镇|乡|街道|单位|部门)|(?<![A-Za-z])[xX×]{2,}(?![A-Za-z])|[*＊]{2,}|(?:19|20)[0-9]?[xX×]{1,2}\s*年|(?<![A-Za-z])[xX×][0-9]{0,3}\s*年|[(（]\s*略\s*[)）]|[_＿]{3,}|□{2,}/gu;

/** Openings that say what the document is (first prose lines). */
export const OPENING_CUES: ReadonlyArray<{ kind: DocumentKind; pattern: RegExp }> = [
  { kind: "newsAboutReport", pattern: /^\s*(?:本报讯|本台讯|本站讯|新华社|人民网|央广网|中新网|讯[(（]|[(（]?记者)|^\s*(?:近日|日前|近期)[,，]|[(（]\s*记者|通讯员|日前[,，].{0,30}(?:发布|公布)|近日[,，].{0,30}(?:发布|公布)|(?:发布|公布)了.{0,30}法治政府建设.{0,6}报告/u },
  { kind: "policyInterpretation", pattern: /解读如下|作如下解读|进行解读|政策解读(?![\s\d一二三四五六七八九十]*[条篇件次期项个])|为(?:便于|方便|使|让).{0,30}(?:理解|了解|知晓).{0,30}(?:报告|内容)/u },
  {
    kind: "infoDisclosureReport",
    pattern: /本(?:年度)?报告.{0,10}(?:根据|依据|按照).{0,30}政府信息公开条例|政府信息公开条例.{0,60}编制本(?:年度)?报告|政府信息公开工作年度报告|本报告(?:中)?所列数据的统计期限/u,
  },
  { kind: "thirdPartyEvaluation", pattern: /^\s*受.{1,40}委托|(?:评估组|课题组|评估团队|第三方评估机构).{0,30}(?:对|开展|进行).{0,40}评估/u },
  { kind: "reconsiderationAnalysis", pattern: /(?:行政复议|行政应诉|行政诉讼).{0,40}(?:分析如下|分析报告如下|情况分析如下|白皮书)/u },
  { kind: "workPlan", pattern: /制定本方案|特制定本|制定如下|现提出.{0,20}(?:要点|意见|安排|方案|计划)|工作要点如下|工作安排如下|本(?:要点|方案|计划)/u },
  // A cover notice issuing a document ("现印发给你们"), or a guideline's own words ("制定本工作指引").
  { kind: "policyDocument", pattern: /现(?:将.{0,30})?印发给你们|制定本(?:工作)?(?:指引|办法|规定|意见|细则|规划|指南)/u },
];

/** Under an annual report's own title, only an opening that starts "受…委托" makes it an evaluation. */
export const EVALUATION_OPENING_STRICT = /^\s*受.{1,40}委托/u;

/** An evaluator named near the top: a university, a law school, an institute (DOMAIN §6: 华东政法大学, 研究院). */
export const EVALUATORS = /大学|学院|研究院|研究所|研究中心|课题组|评估组|智库|律师事务所|咨询公司/u;

/** Section headings of a 政府信息公开工作年度报告 (the statutory template's parts). */
export const INFO_DISCLOSURE_SECTIONS = [
  "主动公开政府信息情况",
  "收到和处理政府信息公开申请情况",
  "政府信息公开行政复议、行政诉讼情况",
  "政府信息公开行政复议,行政诉讼情况",
  "政府信息公开行政复议行政诉讼情况",
  "存在的主要问题及改进情况",
  "其他需要报告的事项",
  "依申请公开",
  "主动公开",
  "政府信息管理",
  "政府信息公开平台建设",
  "本年新公开数量",
  "本年制发件数",
] as const;
/** Distinct 信息公开 sections needed to call a document one by its shape. */
export const INFO_DISCLOSURE_MIN_SECTIONS = 3;

/** Lines of a plan's task list: who leads, who helps, by when. */
export const PLAN_TASK_LABELS = /(?:牵头单位|责任单位|配合单位|责任部门|牵头部门|完成时限|完成时间|时间节点)\s*[:：]/u;
export const PLAN_MIN_TASK_LINES = 3;

/** Reported speech about a report (news): "报告显示", "报告指出". */
export const NEWS_REPORTED_SPEECH = /报告(?:显示|指出|称|提到|介绍|表明|披露)|据介绍|据了解|记者(?:了解|获悉|从)/u;
export const NEWS_MIN_REPORTED_SPEECH = 2;

/** Headings of a 行政复议应诉 analysis: most top-level headings are about cases. */
export const RECONSIDERATION_HEADING = /行政复议|行政应诉|行政诉讼|复议|应诉|案件|败诉|纠错/u;
export const RECONSIDERATION_MIN_SHARE = 0.6;

/** Headings of a 解读: background, main content, significance. */
export const INTERPRETATION_HEADINGS = /起草背景|出台背景|制定背景|编制背景|起草过程|编制过程|主要内容|重要意义|主要亮点|名词解释|解读/u;
export const INTERPRETATION_MIN_HEADINGS = 2;

/** Headings of a plan: aims and tasks, not a year's results. */
export const PLAN_HEADINGS = /总体要求|指导思想|工作目标|主要目标|主要任务|重点任务|工作任务|工作措施|保障措施|工作要求|组织保障|实施步骤|进度安排|职责分工/u;
export const PLAN_MIN_HEADINGS = 2;
/** A plan reports few results: at most this many counts, rates and sums of money. */
export const PLAN_MAX_RESULT_NUMBERS = 3;


/** Lines that are page labels, not a title ("发布时间:2023-03-07", "来源:市司法局"). */
export const LABEL_LINE = /(?:时间|日期|来源|作者|浏览|点击|字号|索引号|发布机构)\s*[:：|]/u;

/**
 * Signs that a document is an annual rule-of-law report (DOMAIN §2): it presents itself as a report on the rule of
 * law, and has the outline's parts. With two or more, shape cues of look-alikes are not enough to call it one.
 */
export const ANNUAL_REPORT_SIGNALS: readonly RegExp[] = [
  /(?:法治政府建设|法治建设|依法行政).{0,30}(?:报告如下|总结如下|情况报告|工作报告|情况的报告|年度报告)|(?:报告如下|总结如下)/u,
  /主要举措|取得的成效|主要成效|工作开展情况|主要做法/u,
  /第一责任人/u,
  /(?:不足|问题|短板).{0,6}原因|存在的(?:不足|问题)/u,
  /下一年度|下一步|(?:19|20)\d{2}\s*年(?:度)?\s*(?:工作)?(?:安排|打算|思路|计划)/u,
];
export const ANNUAL_REPORT_MIN_SIGNALS = 2;
