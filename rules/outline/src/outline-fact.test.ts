import { describe, expect, it } from "vitest";
import { parseText } from "@fazhi/core";
import { TextQuery } from "@fazhi/rule-kit";
import { computeOutline, type OutlineFact } from "./outline-fact.js";

/** Texts written for these tests (no seed wording), one per variant DOMAIN §2 and §5 list. */

function outlineOf(text: string): OutlineFact {
  const model = parseText(text, "outline.test.txt");
  return computeOutline({ model, query: new TextQuery(model) });
}

function summary(fact: OutlineFact) {
  return Object.fromEntries(Object.entries(fact.parts).map(([k, p]) => [k, `${p.status}${p.canonicalTitle ? "+canonical" : ""}`]));
}

const TITLE_2024 = "某县人民政府关于2024年度法治政府建设情况的报告\n市人民政府：\n现将我县2024年度法治政府建设情况报告如下。\n";

describe("mandated headings", () => {
  it("year prefix, 及 for 和, 上一年度 and 上年度 prefixes: all five parts headed and canonical", () => {
    const fact = outlineOf(
      TITLE_2024 +
        "一、2024年度推进法治政府建设的主要举措及成效\n（一）深化政务服务改革。全县政务服务事项网上可办率提升到95%。\n" +
        "二、上一年度推进法治政府建设存在的不足和原因\n基层执法人员偏少，究其原因，主要是编制调整尚未到位。\n" +
        "三、上年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况\n县长主持常务会议专题研究法治工作5次。\n" +
        "四、下一年度推进法治政府建设的主要安排\n继续完善行政执法协调监督体系。\n" +
        "五、其他需要报告的情况\n无。\n",
    );
    expect(summary(fact)).toEqual({
      shortcomings: "heading+canonical",
      nextYearPlan: "heading+canonical",
      other: "heading+canonical",
      firstResponsible: "heading+canonical",
      measures: "heading+canonical",
    });
    expect(fact.parts.measures.evidence).toEqual({ line: 4, text: "一、2024年度推进法治政府建设的主要举措及成效" });
    expect(fact.parts.shortcomings.causesAnalysed).toBe(true);
    expect(fact.result.shortcomings.causesAnalysed).toBe(true);
    expect(fact.parts.firstResponsible.headingId).toBeDefined();
  });

  it("the next year's number counts for the plan; 和 as written", () => {
    const fact = outlineOf(
      TITLE_2024 +
        "一、主要举措和成效\n全年审查规范性文件12件。\n二、存在的不足和原因\n执法力量薄弱。\n三、2025年推进法治政府建设的主要安排\n加强执法监督。\n",
    );
    expect(fact.parts.nextYearPlan.status).toBe("heading");
    expect(fact.parts.nextYearPlan.canonicalTitle).toBe(true);
    expect(fact.parts.measures.canonicalTitle).toBe(true);
  });

  it("a heading 存在的不足和原因 alone does not prove causes were analysed", () => {
    const fact = outlineOf(
      TITLE_2024 + "一、主要举措和成效\n全年审查规范性文件12件。\n二、存在的不足和原因\n一是执法力量薄弱。二是学法培训偏少。\n三、下一年度推进法治政府建设的主要安排\n加强执法监督。\n",
    );
    expect(fact.parts.shortcomings.canonicalTitle).toBe(true);
    expect(fact.parts.shortcomings.causesAnalysed).toBe(false);
  });
});

describe("non-canonical headings", () => {
  it("存在的问题, 下一步工作打算 and a free measures title are headings, not canonical", () => {
    const fact = outlineOf(
      TITLE_2024 +
        "一、工作开展情况\n全年开展执法检查30次。\n二、存在的问题\n执法人员业务培训不足，由于人员流动较大，新进人员未经系统培训。\n三、下一步工作打算\n加强培训。\n",
    );
    expect(summary(fact)).toMatchObject({ measures: "heading", shortcomings: "heading", nextYearPlan: "heading", firstResponsible: "absent", other: "absent" });
    expect(fact.parts.shortcomings.causesAnalysed).toBe(true);
  });

  it("a closing section holding 存在问题 and 改进措施 is no measures section", () => {
    const fact = outlineOf(
      TITLE_2024 +
        "一、夯实组织保障，推动法治建设落地\n（一）健全工作机制\n镇里每季度召开法治专题会议。\n" +
        "二、严格规范执法，提升执法质效\n（一）规范执法程序\n推行执法全过程记录。\n" +
        "三、直面短板弱项，谋划来年工作\n（一）存在问题\n村级法律顾问作用发挥不够。\n（二）改进措施\n建立法律顾问考评机制。\n",
    );
    expect(summary(fact)).toMatchObject({ measures: "heading", shortcomings: "heading", nextYearPlan: "heading" });
    expect(fact.parts.measures.evidence?.text).toBe("一、夯实组织保障，推动法治建设落地");
    expect(fact.parts.measures.headingIds).toHaveLength(2);
    expect(fact.parts.shortcomings.evidence?.text).toBe("（一）存在问题");
    expect(fact.parts.nextYearPlan.evidence?.text).toBe("（二）改进措施");
  });
});

describe("order and placement", () => {
  it("第一责任人 as section 一, measures after it", () => {
    const fact = outlineOf(
      TITLE_2024 +
        "一、区政府主要负责同志履行推进法治建设第一责任人职责情况\n区长带头学法，主持召开常务会议研究法治议题6次。\n" +
        "二、主要举措和成效\n全区行政复议案件办结率100%。\n三、存在的不足和原因\n执法队伍年龄偏大。\n四、下一年度推进法治政府建设的主要安排\n加强队伍建设。\n",
    );
    expect(fact.parts.firstResponsible).toMatchObject({ status: "heading", canonicalTitle: true, evidence: { line: 4 } });
    expect(fact.parts.measures).toMatchObject({ status: "heading", canonicalTitle: true, evidence: { line: 6 } });
  });

  it("a duty section with a second topic of its own and no measures section: measures inline inside it", () => {
    const fact = outlineOf(
      TITLE_2024 +
        "一、履行推进法治建设第一责任人职责，深化依法行政能力建设\n（一）带头学法守法。县政府常务会议学法8次。\n" +
        "（二）年度任务落地见效。细化法治建设任务30项，逐项明确责任单位。\n",
    );
    // The duty's wording joined to a second topic is a merged section, not the part's mandated title.
    expect(fact.parts.firstResponsible).toMatchObject({ status: "heading", canonicalTitle: false, evidence: { line: 4 } });
    expect(fact.parts.measures).toMatchObject({ status: "inline", canonicalTitle: false, evidence: { text: "（一）带头学法守法。" } });
  });

  it("a duty section on the duty alone (the mandated tail included) leaves measures absent in the excerpt", () => {
    for (const heading of ["一、主要负责人履行推进法治建设第一责任人职责情况", "一、主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"]) {
      const fact = outlineOf(TITLE_2024 + `${heading}\n（一）健全述法制度。县长年终述法。\n（二）完善履职清单。制定了年度履职清单。\n`);
      expect(summary(fact)).toMatchObject({ firstResponsible: "heading+canonical", measures: "absent" });
    }
  });

  it("第一责任人 as a level-2 heading inside thematic measures", () => {
    const fact = outlineOf(
      TITLE_2024 +
        "一、加强党的领导，统筹推进法治建设\n（一）健全领导机制\n调整充实法治建设委员会。\n（二）主要负责人带头履行推进法治建设第一责任人职责。县长带头述法。\n" +
        "二、依法全面履行政府职能\n深化“放管服”改革。\n",
    );
    expect(fact.parts.firstResponsible).toMatchObject({ status: "heading", canonicalTitle: true, evidence: { line: 7 } });
    expect(fact.parts.measures).toMatchObject({ status: "heading", canonicalTitle: false, evidence: { line: 4 } });
  });

  it("“第一责任人”职责 in quotation marks as a level-2 heading: heading, not canonical", () => {
    const fact = outlineOf(TITLE_2024 + "一、主要举措和成效\n（一）切实履行“第一责任人”职责。区政府主要负责同志坚持重要工作亲自部署。\n（二）推进依法决策\n落实合法性审查。\n");
    expect(fact.parts.firstResponsible).toMatchObject({ status: "heading", canonicalTitle: false, evidence: { line: 5 } });
  });

  it("第一责任人 as a run-in item 二是…", () => {
    const fact = outlineOf(
      TITLE_2024 +
        "一、强化组织领导\n一是完善领导体制。成立法治建设委员会。二是扛牢法治建设第一责任人职责。县政府主要负责人严格落实述法制度。三是强化督察考核。纳入年度考核。\n",
    );
    expect(fact.parts.firstResponsible.status).toBe("heading");
    expect(fact.parts.firstResponsible.evidence?.text).toBe("二是扛牢法治建设第一责任人职责。");
  });

  it("第一责任人 inline in a sentence, 主要领导, 第一责任职责 without 人", () => {
    const a = outlineOf(TITLE_2024 + "一、坚持高位推动\n（一）强化统筹\n县委县政府主要领导认真履行法治建设第一责任人职责，专题研究法治工作4次。\n");
    expect(a.parts.firstResponsible).toMatchObject({ status: "inline", canonicalTitle: false, evidence: { line: 6 } });
    expect(a.parts.firstResponsible.evidence?.text).toContain("主要领导认真履行");
    const b = outlineOf(TITLE_2024 + "一、坚持高位推动\n县政府主要负责同志认真履行推进法治建设第一责任职责。\n");
    expect(b.parts.firstResponsible.status).toBe("inline");
  });

  it("a plan item about the duty is next year's plan, not an account of the past year", () => {
    const fact = outlineOf(
      TITLE_2024 +
        "一、主要举措和成效\n全年办理行政复议案件8件。\n二、存在的问题\n学法不够系统。\n三、下一步工作打算\n（一）压实主要负责人履行推进法治建设第一责任人职责\n督促党政主要负责人切实履行第一责任人职责。\n",
    );
    expect(fact.parts.firstResponsible.status).toBe("absent");
  });
});

describe("plan items the parser nests under the previous section", () => {
  it("a 第一责任人 item after an unheaded 下一步 paragraph belongs to the plan", () => {
    const fact = outlineOf(
      TITLE_2024 +
        "一、优化营商环境\n（一）推行容缺受理\n办件3000件。\n（二）加强监管\n抽查120次。\n" +
        "下一步，将持续深化法治政府建设。\n（一）压实主要负责人履行推进法治建设第一责任人职责。督促党政主要负责人切实履行第一责任人职责。\n（二）深化普法\n开展普法活动。\n",
    );
    expect(fact.parts.nextYearPlan.status).toBe("inline");
    expect(fact.parts.firstResponsible.status).toBe("absent");
    expect(fact.parts.measures.headingIds).toHaveLength(1);
  });

  it("一、根本情况 … 二、主要做法: both measures, evidence the first", () => {
    const fact = outlineOf(TITLE_2024 + "一、根本情况\n全县共有执法单位32个。\n二、主要做法\n推行三项制度。\n三、存在的问题\n学法不够。\n");
    expect(fact.parts.measures).toMatchObject({ status: "heading", canonicalTitle: false, evidence: { text: "一、根本情况" } });
    expect(fact.parts.measures.headingIds).toHaveLength(2);
  });
});

describe("what does not count as 第一责任人", () => {
  it("a leading group chaired by the secretary and the head of government", () => {
    const fact = outlineOf(TITLE_2024 + "一、完善组织领导\n成立以镇党委书记、镇长为双组长的法治建设领导小组，定期研究部署。\n");
    expect(fact.parts.firstResponsible.status).toBe("absent");
  });

  it("主要负责人 only in a court-appearance shortcoming", () => {
    const fact = outlineOf(
      TITLE_2024 + "一、主要举措和成效\n全年应诉案件15件。\n二、存在的问题\n部分单位主要负责人出庭应诉积极性不高。\n三、下一步工作打算\n落实出庭应诉制度。\n",
    );
    expect(fact.parts.firstResponsible.status).toBe("absent");
    expect(fact.parts.firstResponsible.nearMisses?.[0]?.text).toContain("主要负责人出庭应诉");
  });

  it("一把手负总责 and 关键少数 alone", () => {
    const fact = outlineOf(TITLE_2024 + "一、压实工作责任\n坚持一把手负总责，抓住领导干部这个“关键少数”，层层传导压力。\n");
    expect(fact.parts.firstResponsible.status).toBe("absent");
  });

  it("the duty named without the leaders in the same sentence", () => {
    const fact = outlineOf(TITLE_2024 + "一、压实工作责任\n各部门严格落实第一责任人职责。主要负责人带头学法。\n");
    expect(fact.parts.firstResponsible.status).toBe("absent");
  });
});

describe("inline shortcomings and plans", () => {
  it("但还存在一些问题和不足，如… in an unheaded paragraph; 下一步，将… with items after it", () => {
    const fact = outlineOf(
      TITLE_2024 +
        "一、聚焦营商环境，依法履行职能\n（一）优化审批服务\n推行容缺受理。\n（二）加强事中事后监管\n开展双随机抽查120次。\n" +
        "全年工作虽有进展，但还存在一些问题和不足，如执法装备陈旧；基层法治队伍不稳定。\n" +
        "下一步，将持续推进依法行政，重点做好以下工作。\n（一）加强执法监督\n开展案卷评查。\n（二）深化普法宣传\n开展法治宣传进村。\n",
    );
    expect(summary(fact)).toMatchObject({ measures: "heading", shortcomings: "inline", nextYearPlan: "inline", firstResponsible: "absent" });
    expect(fact.parts.shortcomings.evidence).toEqual({ line: 9, text: "全年工作虽有进展，但还存在一些问题和不足，如执法装备陈旧；" });
    expect(fact.parts.shortcomings.causesAnalysed).toBe(false);
    expect(fact.parts.nextYearPlan.evidence?.line).toBe(10);
    // The items after 下一步 belong to the plan, not to measures.
    const model = parseText(
      TITLE_2024 +
        "一、聚焦营商环境，依法履行职能\n（一）优化审批服务\n推行容缺受理。\n（二）加强事中事后监管\n开展双随机抽查120次。\n" +
        "全年工作虽有进展，但还存在一些问题和不足，如执法装备陈旧；基层法治队伍不稳定。\n" +
        "下一步，将持续推进依法行政，重点做好以下工作。\n（一）加强执法监督\n开展案卷评查。\n（二）深化普法宣传\n开展法治宣传进村。\n",
    );
    const q = new TextQuery(model, (part) => fact.parts[part].spans);
    expect(q.hasPhrase(["开展法治宣传进村"], { part: "nextYearPlan" })).toBe(true);
    expect(q.hasPhrase(["开展法治宣传进村"], { part: "measures" })).toBe(false);
    expect(q.hasPhrase(["执法装备陈旧"], { part: "shortcomings" })).toBe(true);
    expect(q.hasPhrase(["执法装备陈旧"], { part: "measures" })).toBe(false);
    expect(q.hasPhrase(["开展双随机抽查"], { part: "measures" })).toBe(true);
  });

  it("仍有诸多不足, then 2025年，我县将…重点抓好以下几方面工作 in the same paragraph", () => {
    const fact = outlineOf(
      TITLE_2024 +
        "一、坚持依法决策\n（一）规范重大行政决策\n全年作出重大行政决策5项。\n（二）加强合法性审查\n审查合同60份。\n" +
        "今年的工作有了一些进步，但对照上级要求，仍有诸多不足，队伍能力需要提升。2025年，我县将坚持问题导向，持续发力。重点抓好以下几方面工作：\n" +
        "一是深化执法改革。推进乡镇综合执法。\n二是加强监督。开展专项督察。\n",
    );
    expect(summary(fact)).toMatchObject({ shortcomings: "inline", nextYearPlan: "inline" });
    expect(fact.parts.shortcomings.evidence?.text).toContain("仍有诸多不足");
    expect(fact.parts.nextYearPlan.evidence?.text).toContain("2025年，我县将");
    expect(fact.parts.shortcomings.evidence?.line).toBe(fact.parts.nextYearPlan.evidence?.line);
  });

  it("fixing problems in the measures is no admission of shortcomings", () => {
    const fact = outlineOf(TITLE_2024 + "一、强化执法监督\n及时发现并纠正执法中存在的问题，整改到位12项。\n");
    expect(fact.parts.shortcomings.status).toBe("absent");
    expect(fact.parts.nextYearPlan.status).toBe("absent");
  });

  it("a measures heading that adds the shortcomings to its results: shortcomings inline in that section", () => {
    const fact = outlineOf(TITLE_2024 + "一、2024年度主要举措及成效与不足\n（一）优化营商环境。新增惠企事项15项。\n");
    // Two parts under one title: not the measures part's mandated title.
    expect(fact.parts.measures).toMatchObject({ status: "heading", canonicalTitle: false, evidence: { line: 4 } });
    expect(fact.parts.shortcomings).toMatchObject({ status: "inline", canonicalTitle: false, evidence: { line: 4 } });
    // A problem noun that is the object of the work is no such section.
    const solved = outlineOf(TITLE_2024 + "一、主要工作：解决群众急难问题\n（一）畅通诉求渠道。办结诉求300件。\n");
    expect(solved.parts.shortcomings.status).toBe("absent");
  });

  it("下一步 inside a measures sentence is no plan", () => {
    const fact = outlineOf(TITLE_2024 + "一、强化执法监督\n全年评查案卷80卷，为下一步规范执法打下基础。\n");
    expect(fact.parts.nextYearPlan.status).toBe("absent");
  });
});

describe("format variants", () => {
  it("headings flattened into one line", () => {
    const fact = outlineOf(
      "某区人民政府关于2024年度法治政府建设情况的报告\n现将有关情况报告如下：一、2024年度推进法治政府建设的主要举措和成效 （一）强化组织领导。区政府召开常务会议研究法治工作4次。（二）主要负责人带头履行推进法治建设第一责任人职责。区长带头学法。二、存在的不足和原因 基层执法力量薄弱，原因在于编制有限。三、下一年度推进法治政府建设的主要安排 （一）加强学习。组织专题培训。\n",
    );
    expect(summary(fact)).toMatchObject({
      measures: "heading+canonical",
      firstResponsible: "heading+canonical",
      shortcomings: "heading+canonical",
      nextYearPlan: "heading+canonical",
    });
    expect(fact.parts.shortcomings.causesAnalysed).toBe(true);
    // Core keeps the body after a flattened heading in the heading; the evidence quotes the heading's own words.
    expect(fact.parts.shortcomings.evidence).toEqual({ line: 2, text: "二、存在的不足和原因" });
  });

  it("Traditional script", () => {
    const fact = outlineOf(
      "某市人民政府關於2024年度法治政府建設情況的報告\n" +
        "一、2024年度推進法治政府建設的主要舉措和成效\n全市辦理行政復議案件120件。\n" +
        "二、存在的不足和原因\n基層執法力量不足，主要是由於編制調整尚未到位。\n" +
        "三、黨政主要負責人履行推進法治建設第一責任人職責情況\n市長帶頭學法。\n" +
        "四、下一年度推進法治政府建設的主要安排\n繼續深化執法改革。\n",
    );
    expect(summary(fact)).toMatchObject({
      measures: "heading+canonical",
      shortcomings: "heading+canonical",
      firstResponsible: "heading+canonical",
      nextYearPlan: "heading+canonical",
    });
    expect(fact.parts.shortcomings.causesAnalysed).toBe(true);
    expect(fact.parts.firstResponsible.evidence?.text).toBe("三、黨政主要負責人履行推進法治建設第一責任人職責情況");
  });

  it("Traditional inline parts", () => {
    const fact = outlineOf(
      "某市人民政府關於2024年度法治政府建設情況的報告\n一、堅持黨的領導\n（一）健全工作機制\n黨政主要負責人帶頭履行推進法治建設第一責任人職責，專題研究法治工作3次。\n（二）強化督察\n開展法治督察2次。\n" +
        "全年工作雖有成績，但還存在一些問題和不足，如普法針對性不強。\n下一步，將持續深化法治政府建設。\n",
    );
    expect(summary(fact)).toMatchObject({ measures: "heading", firstResponsible: "inline", shortcomings: "inline", nextYearPlan: "inline" });
  });

  it("a watermark inside the 第一责任人 heading", () => {
    const fact = outlineOf(
      TITLE_2024 +
        "一、主要举措和成效\n全年办理行政复议案件8件。\n二、主要负责人履行推进法治建设第一秘书之家—全网资源每日更新www.mishuzj.com责任人职责情况\n县长带头学法。\n",
    );
    expect(fact.parts.firstResponsible).toMatchObject({ status: "heading", canonicalTitle: true, evidence: { line: 6 } });
  });

  it("a report without any heading: measures inline", () => {
    const fact = outlineOf(TITLE_2024 + "全年召开常务会议学法4次，取得了明显成效。\n");
    expect(fact.parts.measures.status).toBe("inline");
  });

  it("pre-2019 reports are analysed all the same, and marked as predating the outline", () => {
    const fact = outlineOf(
      "某县人民政府关于2017年度法治政府建设情况的报告\n一、主要做法\n全面落实《法治政府建设实施纲要（2015－2020年）》。\n二、存在的问题\n执法力量不足。\n",
    );
    expect(fact.reportYear).toBe(2017);
    expect(fact.predatesFivePartOutline).toBe(true);
    expect(summary(fact)).toMatchObject({ measures: "heading", shortcomings: "heading" });
  });

  it("a guessed year never exempts a report: a 2017 year read only from a date is not a stated pre-2019 year", () => {
    const fact = outlineOf("发布日期：2018-03-20\n我县法治政府建设情况报告\n一年来，我县坚持依法行政，全面推进法治政府建设，取得积极成效。\n一、主要做法\n全面落实纲要。\n");
    expect(fact.reportYear).toBe(2017);
    expect(fact.yearGuessed).toBe(true);
    expect(fact.predatesFivePartOutline).toBe(false);
  });

  it("a truncated text is flagged", () => {
    const fact = outlineOf(TITLE_2024 + "一、主要举措和成效\n全年办理行政复议案件8件，其中撤销");
    expect(fact.truncated).toBe(true);
    expect(fact.parts.shortcomings.status).toBe("absent");
  });
});

describe("the first-responsible part as real reports write it (issue 10, part 6)", () => {
  const MEASURES = "一、主要举措和成效\n（一）加强组织领导。";

  it("a citation of the regulation's title is no heading wording: the run-in item that cites it is not canonical", () => {
    const fact = outlineOf(
      TITLE_2024 + MEASURES + "一是建立法治建设第一责任人职责考核制度，将各部门党政一把手履行推进法治建设第一责任人职责情况列入年终述职内容。二是认真落实《党政主要负责人履行推进法治建设第一责任人职责规定》，县长带头述法。\n",
    );
    expect(fact.parts.firstResponsible.status).toBe("heading");
    expect(fact.parts.firstResponsible.canonicalTitle).toBe(false);
  });

  it("run-in items and sub-headings that name the duty short: 第一责任, 第一职责, 法治建设责任人职责", () => {
    for (const item of ["二是严格落实第一责任。县委书记带头研究法治工作。", "（二）严格履行第一职责。出台法治建设工作要点。", "二是担当作为，压实法治建设责任人职责。县长切实履行领导职责。"]) {
      const fact = outlineOf(TITLE_2024 + MEASURES + "一是完善制度。修订议事规则。\n" + item + "\n");
      expect(fact.parts.firstResponsible.status, item).toBe("heading");
    }
  });

  it("the duty stated as the body's own counts inline, with or without the leaders in the sentence", () => {
    for (const s of [
      "镇党委书记切实履行推进法治建设第一责任人职责，督促干部学法。",
      "成立以办公室主任为组长的领导小组，切实履行第一责任人职责。",
      "形成了以行政一把手为第一责任人、一级抓一级的工作机制。",
      "明确党政主要领导为推进法治建设的首要责任人。",
      "严格落实《党政主要负责人履行推进法治建设第一责任人职责规定》，组织专题述法。",
    ]) {
      const fact = outlineOf(TITLE_2024 + MEASURES + "完善议事规则。" + s + "\n");
      expect(fact.parts.firstResponsible.status, s).toBe("inline");
    }
  });

  it("a rule or list made for others is not an account of the duty", () => {
    for (const s of [
      "两个区分别制定了关于党政主要负责人履行推进法治建设第一责任人职责的实施办法。",
      "出台市直部门党政主要负责人履行推进法治建设第一责任人职责“共性+个性”清单。",
      "各乡镇严格落实第一责任人职责。",
    ]) {
      const fact = outlineOf(TITLE_2024 + MEASURES + "完善议事规则。" + s + "\n");
      expect(fact.parts.firstResponsible.status, s).toBe("absent");
    }
  });
});
