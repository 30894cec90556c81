import { RuleTester } from "@fazhi/rule-tester";
import { documentKind } from "./document-kind.js";

// ── DOMAIN §6 look-alikes, written for this test ──

const interpretation = `《清水区2024年法治政府建设年度报告》政策解读
一、起草背景
根据《法治政府建设与责任落实督察工作规定》要求，区政府每年第一季度向区委和市政府报告上一年度法治政府建设情况，并于4月1日前向社会公开。
二、主要内容
报告共分四个部分：一是2024年推进法治政府建设的主要举措和成效；二是存在的不足和原因；三是党政主要负责人履行推进法治建设第一责任人职责情况；四是2025年主要安排。
三、起草过程
区司法局于2025年1月起草初稿，经征求各部门意见后形成讨论稿，报区委、区政府主要负责同志签发。
`;

const infoDisclosure = `清江省交通运输厅2021年政府信息公开工作年度报告
本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《清江省政府信息公开规定》要求编制。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。
一、总体情况
2021年，省交通运输厅坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》，全年主动公开政府信息1523条。
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
四、政府信息公开行政复议、行政诉讼情况
五、存在的主要问题及改进情况
六、其他需要报告的事项
`;

/** The same kind of report with its title lost: recognised by its sections. */
const infoDisclosureUntitled = `2021年，省交通运输厅坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《政府信息公开条例》，全年主动公开政府信息1523条。
一、总体情况
（一）主动公开。全年主动公开政府信息1523条，其中规范性文件12件。
（二）依申请公开。全年收到政府信息公开申请45件，均按期答复。
（三）政府信息管理。完成规范性文件清理。
（四）政府信息公开平台建设。优化门户网站信息公开专栏。
二、存在的主要问题及改进情况
部分信息公开不够及时。
`;

const workPoints = `2024年全区法治政府建设工作要点
为深入贯彻习近平法治思想，全面落实《法治政府建设实施纲要（2021—2025年）》，扎实推进2024年法治政府建设，现提出如下工作要点。
一、全面提升依法履职能力
1.深化“放管服”改革，持续优化营商环境。牵头单位：区政务服务管理局
2.严格落实重大行政决策程序。牵头单位：区司法局
二、推进严格规范公正文明执法
3.全面落实行政执法“三项制度”。责任单位：各行政执法部门
`;

const workArrangementUntitled = `各镇人民政府、街道办事处，区政府各部门：
为扎实推进全区法治政府建设，结合我区实际，现将有关工作安排通知如下。
一、总体要求
坚持以习近平法治思想为指导，全面推进依法行政。
二、重点任务
（一）加强行政规范性文件管理。责任单位：区司法局；完成时限：2024年6月底前。
（二）推进重大行政决策规范化。责任单位：区政府办；完成时限：2024年9月底前。
（三）加强行政执法监督。责任单位：区司法局；完成时限：2024年12月底前。
三、保障措施
各单位要高度重视，确保各项任务落到实处。
`;

const implementationPlan = `清水市法治政府建设示范创建实施方案
为深入推进法治政府建设示范创建活动，根据《市县法治政府建设示范指标体系》，结合我市实际，制定本方案。
一、指导思想
以习近平法治思想为指导，以创建促提升。
二、工作目标
力争2025年成功创建全国法治政府建设示范市。
三、主要任务
（一）对标示范指标，逐项查漏补缺。
（二）加强组织保障，落实工作责任。
`;

const template = `某县2025年度法治政府建设情况报告
XX市人民政府：
2025年，某县坚持以习近平新时代中国特色社会主义思想为指导，全面推进法治政府建设。现将有关情况报告如下：
一、主要举措和成效
全年办理行政复议案件XX件，行政机关负责人出庭应诉率达（略）%。
二、存在的不足和原因
三、下一年度主要安排
`;

const maskedSample = `法治政府建设情况报告
20XX年，我县坚持以习近平法治思想为指导，全面推进法治政府建设，取得积极成效。
一、主要举措和成效
全年审查规范性文件（略）件，办理行政复议案件××件，调解纠纷XX件，连续多 (略) 依法行政工作先进单位。
二、存在的不足和原因
基层法治力量还比较薄弱。
三、下一年度主要安排
20XX年，我县将进一步推进法治政府建设。
`;

const evaluation = `东林区法治政府建设第三方评估报告
华东某政法大学法治政府研究院课题组
受东林区司法局委托，法治政府研究院组成评估组，于2021年10月至12月对东林区法治政府建设情况开展第三方评估。
一、评估指标体系
本次评估设一级指标8项、二级指标30项。
二、评估结果
东林区总体得分86.5分。
`;

const evaluationUntitled = `受清水区人民政府委托，清江大学法学院组成评估组，对该区2022年度法治政府建设情况开展了第三方评估，现将评估情况报告如下。
一、评估指标与方法
本次评估采用指标评分与问卷调查相结合的方法。
二、评估得分
该区总体得分82分。
`;

const reconsideration = `清水区2023年度行政复议和行政应诉工作分析报告
2023年，区行政复议机构共收到行政复议申请326件，受理298件，审结287件。
一、行政复议案件基本情况
二、行政应诉案件基本情况
三、败诉和纠错案件原因分析
四、意见建议
`;

const reconsiderationUntitled = `2023年，区行政复议机构共收到行政复议申请326件，受理298件，审结287件。
一、行政复议案件受理情况
二、行政应诉案件审理情况
三、败诉案件原因分析
四、下一步工作建议
`;

const news = `清江省政府发布2023年法治政府建设年度报告
本报讯（记者 王明）日前，省政府在门户网站公开发布《清江省2023年法治政府建设年度报告》。报告显示，2023年全省行政机关负责人出庭应诉率达98.6%。
报告指出，全省深入推进“大综合一体化”行政执法改革，执法事项数量压减30%。
`;

const newsUntitled = `近日，清江省司法厅在官网公布了2023年法治政府建设年度报告。报告显示，全年审查地方性法规草案42件。
报告指出，行政复议主渠道作用进一步发挥。
据介绍，报告共分五个部分。
`;

// ── Real reports that mention look-alikes: must stay 1 ──

const mentionsInfoDisclosure = `清水县人民政府关于2023年法治政府建设情况的报告
2023年，我县坚持以习近平法治思想为指导，全面推进法治政府建设，现将有关情况报告如下。
一、主要举措和成效
（一）深化政务公开。严格落实《政府信息公开条例》，按时发布政府信息公开工作年度报告。
1.主动公开。全年主动公开政府信息2310条。
2.依申请公开。办理政府信息公开申请56件，均按期答复。
3.政府信息公开平台建设。优化政府信息公开专栏。
二、存在的不足和原因
三、下一年度主要安排
`;

const mentionsWorkPoints = `2024年，在区委、区政府的坚强领导下，青石镇深入践行习近平法治思想，全面贯彻落实《清水区2024年法治政府建设工作要点》，扎实推进法治政府建设各项工作。
一、强化统筹规划
依据区级法治建设方案及工作要点，精心制定《青石镇法治政府建设实施方案》，明确目标任务。
二、主要负责人履行推进法治建设第一责任人职责情况
镇党委书记带头学法，专题研究法治建设4次。
三、存在的不足和原因
法治宣传方式创新性不够。
四、2025年工作安排
（一）强化责任落实。
（二）创新宣传方式。
`;

const reportOnWorkPoints = `清水县人民政府关于2023年法治政府建设工作要点落实情况的报告
2023年，我县认真落实年度法治政府建设工作要点，全面推进依法行政。
一、主要举措和成效
全年办理行政复议案件41件。
`;

const mentionsEvaluationAndNews = `发布时间：2024-02-01 来源：区司法局
清水区人民政府关于2023年法治政府建设情况的报告
2023年，清水区坚持以习近平法治思想为指导，全面推进法治政府建设。
一、主要举措和成效
委托清江大学法学院对全区法治政府建设开展第三方评估，评估得分86分。区政府新闻发布会发布了行政复议典型案例。
二、行政复议和应诉
全年办理行政复议案件120件，行政诉讼案件86件。
三、存在的不足和原因
四、下一年度主要安排
`;

const invitesEvaluation = `清水县人民政府关于2023年法治政府建设情况的报告
2023年，我县坚持以习近平法治思想为指导，邀请清江大学法学院课题组对全县法治政府建设开展第三方评估，现将有关情况报告如下。
一、主要举措和成效
全年办理行政复议案件41件。
`;

const invitesEvaluationUntitled = `2023年，我县坚持以习近平法治思想为指导，邀请清江大学法学院课题组对全县法治政府建设开展第三方评估，现将有关情况报告如下。
一、主要举措和成效
全年办理行政复议案件41件。
二、主要负责人履行推进法治建设第一责任人职责情况
县长带头学法。
三、存在的不足和原因
四、下一年度主要安排
`;

const fewPlaceholders = `清水县人民政府关于2023年法治政府建设情况的报告
2023年，我县坚持以习近平法治思想为指导，全面推进法治政府建设。
一、主要举措和成效
全年审查规范性文件（略）件，办理行政复议案件41件。
二、存在的不足和原因
三、下一年度主要安排
`;

const traditionalReport = `清河市人民政府關於2023年法治政府建設情況的報告
2023年，清河市堅持以習近平法治思想為指導，全面推進法治政府建設，認真落實政府信息公開條例，現將有關情況報告如下。
一、主要舉措和成效
二、存在的不足和原因
三、下一年度主要安排
`;


// ── look-alikes and real reports written for this test (part 7 of issue 10) ──

const planNotice = `各区市场监督管理局，局机关各处室：
《清江市法治市场监管建设规划（2021—2025年）》已经局务会议研究通过，现印发给你们，请认真贯彻执行。
清江市市场监督管理局
2021年12月30日
清江市法治市场监管建设规划
（2021—2025年）
`;

const opinionTitle = `关于深入推进依法行政加快建设法治政府的意见
各镇人民政府，市政府各部门：
为深入推进我市依法行政工作，加快建设法治政府，结合我市实际，提出如下意见。
一、总体要求
`;

const guideline = `为全面规范法治政府建设年度报告工作，进一步压实各级政府及其部门法治政府建设主体责任，根据有关规定，制定本工作指引。
一、指导思想。坚持以习近平法治思想为指导。
二、报告主体。全省各级政府、县级以上政府部门。
`;

const newsLede = `近日，2023年度法治政府建设年度报告报备工作正式启动。清水县司法局多措并举做好年度报告的审查备案工作。
严格报告编制内容。明确年度报告五项基本内容，一是上一年度推进法治政府建设的主要举措和成效，二是存在的不足和原因，三是党政主要负责人履行推进法治建设第一责任人职责情况，四是下一年度主要安排，五是其他需要报告的情况。
`;

const glossedNews = `清江發(fā)布法治政府建設(shè)白皮書
6月9日，清江市政府召開新聞發(fā)布會，發(fā)布《清江市法治政府建設(shè)狀況報告》白皮書。
`;

const reportWithUrlAndCounts = `# source: http://xxgk.qingjiang.gov.cn/xxgk/fzzf/2024.html
2024年，清江市聚焦营商环境，全面深化法治政府建设。
坚持依法行政。公布重大行政决策目录4项。主动公开政府信息8962条、政策解读742条。
坚持严格执法。行政执法人员持证率100%。
`;

new RuleTester().run("disclosure/document-kind", documentKind, {
  valid: [
    { name: "real report mentioning 政府信息公开 (主动公开/依申请公开 as sub-items)", text: mentionsInfoDisclosure, value: "annualReport" },
    { name: "real report (no title) citing a 工作要点 and a 实施方案", text: mentionsWorkPoints, value: "annualReport" },
    { name: "report on carrying out the 工作要点", text: reportOnWorkPoints },
    { name: "real report mentioning a 第三方评估, a 新闻发布会 and 行政复议", text: mentionsEvaluationAndNews },
    { name: "real report with one （略）", text: fewPlaceholders },
    { name: "real report whose opening says a university evaluated it", text: invitesEvaluation },
    { name: "untitled real report whose opening says a university evaluated it", text: invitesEvaluationUntitled },
    { name: "Traditional real report", text: traditionalReport },
    { name: "a look-alike kind the office ignores", text: template, options: { ignore: ["template"] } },
    { name: "a URL's xxgk is no placeholder; 政策解读742条 is a count, not a 解读", text: reportWithUrlAndCounts, value: "annualReport" },
    {
      name: "a mirror's encyclopedia lead (…是…发布的通知) is page chrome, not a news title",
      text: "《清河市人民政府关于2021年度法治政府建设情况的报告》是清河市人民政府于2022年公布的公文。\n2021年，我市坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，法治政府建设取得新成效。\n一、依法全面履行政府职能\n（一）深化放管服改革。取消行政许可事项12项。\n",
      value: "annualReport",
    },
  ],
  invalid: [
    { name: "规划 issued by a cover notice (现印发给你们)", text: planNotice, errors: [{ messageId: "policyDocument", evidence: "印发给你们" }], value: "policyDocument" },
    { name: "意见 by its title", text: opinionTitle, errors: [{ messageId: "policyDocument", line: 1 }], value: "policyDocument" },
    { name: "工作指引 without title: 制定本工作指引", text: guideline, errors: [{ messageId: "policyDocument", line: 1, evidence: "制定本工作指引" }] },
    { name: "news with a 近日 lede, listing the five parts", text: newsLede, errors: [{ messageId: "newsAboutReport", line: 1 }], value: "newsAboutReport" },
    { name: "Traditional news with pinyin glosses (發(fā)布)", text: glossedNews, errors: [{ messageId: "newsAboutReport", line: 1 }] },
    { name: "政策解读 of an annual report", text: interpretation, errors: [{ messageId: "policyInterpretation", line: 1, evidence: "政策解读" }], score: 0, value: "policyInterpretation" },
    { name: "政府信息公开工作年度报告", text: infoDisclosure, errors: [{ messageId: "infoDisclosureReport", line: 1 }], value: "infoDisclosureReport" },
    {
      name: "政府信息公开 report without its title: opening",
      text: infoDisclosure.split("\n").slice(1).join("\n"),
      errors: [{ messageId: "infoDisclosureReport", line: 1, evidence: "政府信息公开条例" }],
    },
    { name: "政府信息公开 report without title: its sections", text: infoDisclosureUntitled, errors: [{ messageId: "infoDisclosureReport", evidence: "主动公开" }] },
    { name: "工作要点", text: workPoints, errors: [{ messageId: "workPlan", line: 1, evidence: "工作要点" }], value: "workPlan" },
    { name: "工作安排 without title: task lists", text: workArrangementUntitled, errors: [{ messageId: "workPlan", evidence: "责任单位" }] },
    { name: "实施方案", text: implementationPlan, errors: [{ messageId: "workPlan", line: 1, evidence: "实施方案" }] },
    {
      name: "实施方案 without title: 制定本方案",
      text: implementationPlan.split("\n").slice(1).join("\n"),
      errors: [{ messageId: "workPlan", line: 1, evidence: "制定本方案" }],
    },
    { name: "template 某县…XX…（略）", text: template, errors: [{ messageId: "template", line: 1, evidence: "某县" }], value: "template" },
    { name: "masked sample, placeholders throughout", text: maskedSample, errors: [{ messageId: "template", line: 2 }] },
    { name: "third-party 评估报告", text: evaluation, errors: [{ messageId: "thirdPartyEvaluation", line: 1, evidence: "评估报告" }], value: "thirdPartyEvaluation" },
    { name: "评估 without title: 受…委托 + 法学院", text: evaluationUntitled, errors: [{ messageId: "thirdPartyEvaluation", line: 1, evidence: "委托" }] },
    {
      name: "untitled report whose opening says a university evaluated it is flagged only when it starts 受…委托",
      text: invitesEvaluationUntitled.replace("2023年，我县坚持以习近平法治思想为指导，邀请", "受清水县人民政府委托，"),
      errors: [{ messageId: "thirdPartyEvaluation", line: 1 }],
    },
    { name: "行政复议应诉分析报告", text: reconsideration, errors: [{ messageId: "reconsiderationAnalysis", line: 1 }], value: "reconsiderationAnalysis" },
    { name: "复议应诉 analysis without title: case headings", text: reconsiderationUntitled, errors: [{ messageId: "reconsiderationAnalysis", line: 2 }] },
    { name: "news: …发布2023年法治政府建设年度报告", text: news, errors: [{ messageId: "newsAboutReport", line: 1, evidence: "发布" }], value: "newsAboutReport" },
    { name: "news without headline", text: newsUntitled, errors: [{ messageId: "newsAboutReport", line: 1 }] },
    {
      name: "Traditional 政府信息公開工作年度報告",
      text: "清河市人民政府2023年政府信息公開工作年度報告\n本報告根據《中華人民共和國政府信息公開條例》編制。\n一、總體情況\n二、主動公開政府信息情況\n",
      errors: [{ messageId: "infoDisclosureReport", evidence: "政府信息公開工作年度報告" }],
    },
    {
      name: "Traditional 工作要點",
      text: "2024年全市法治政府建設工作要點\n為深入貫徹習近平法治思想，紮實推進法治政府建設，現提出如下工作要點。\n一、全面提升依法履職能力\n",
      errors: [{ messageId: "workPlan", line: 1, evidence: "工作要點" }],
    },
  ],
});
