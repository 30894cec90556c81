import { describe, expect, it } from "vitest";
import { parseText } from "@fazhi/core";
import { extractIndicators } from "./extract.js";
import type { IndicatorValue } from "./types.js";

const run = (text: string) => extractIndicators(parseText(text, "test.txt"));
const pick = (text: string) => Object.fromEntries(run(text).values.map((v) => [v.id, v]));
const ids = (text: string) => run(text).values.map((v) => v.id);
const brief = (v: IndicatorValue | undefined) => v && { value: v.value, basis: v.basis, approx: v.approx, bound: v.bound };

describe("stated values", () => {
  it("reads a rate as a fraction with its evidence", () => {
    const v = pick("一、主要举措\n县政府作为被告的一审案件，行政机关负责人出庭应诉率为82.14%，较去年有大幅提升。\n")["litigation.headAppearanceRate"]!;
    expect(brief(v)).toEqual({ value: 0.8214, basis: "stated", approx: false, bound: null });
    expect(v.evidence).toEqual({ line: 2, text: "行政机关负责人出庭应诉率为82.14%" });
    expect(v.decimals).toBe(2);
  });

  it("label precision: 收到申请 / 受理 / 不予受理 / 办结", () => {
    const got = pick("2022年以来，收到行政复议申请33件，其中受理25件，不予受理8件，已办结24件，有1件正在审理。");
    expect(Object.fromEntries(Object.entries(got).map(([id, v]) => [id, v.value]))).toEqual({
      "reconsideration.applications": 33,
      "reconsideration.accepted": 25,
      "reconsideration.rejected": 8,
      "reconsideration.concluded": 24,
    });
    expect(got["reconsideration.rejected"]!.evidence.text).toBe("不予受理8件");
  });

  it("a composite label: 依法受理行政复议申请 is accepted, not applications", () => {
    expect(pick("全年依法受理行政复议申请25件。")["reconsideration.accepted"]?.value).toBe(25);
    expect(ids("全年依法受理行政复议申请25件。")).toEqual(["reconsideration.accepted"]);
  });

  it("the topic decides: 受理/办结 after litigation, reconsideration, hotline or mediation", () => {
    const got = pick(
      "全市收到行政复议申请574件，受理444件，办结416件。积极开展行政应诉工作，出庭应诉230件，结案214件。全年12345热线共受理各类诉求8063件，办结8027件。镇村共受理矛盾纠纷568件，调解成功564件，成功率达99.3%。",
    );
    expect(got["reconsideration.accepted"]?.value).toBe(444);
    expect(got["reconsideration.concluded"]?.value).toBe(416);
    expect(got["litigation.cases"]?.value).toBe(230);
    expect(got["litigation.closed"]?.value).toBe(214);
    expect(got["hotline.received"]?.value).toBe(8063);
    expect(got["hotline.closed"]?.value).toBe(8027);
    expect(got["mediation.cases"]?.value).toBe(568);
    expect(got["mediation.succeeded"]?.value).toBe(564);
    expect(got["mediation.successRate"]?.value).toBe(0.993);
  });

  it("the topic carries over from an earlier sentence of the paragraph", () => {
    expect(pick("全区共收到行政复议申请48件，受理45件。目前已审结59件。")["reconsideration.concluded"]?.value).toBe(59);
    expect(ids("目前已审结59件。")).toEqual([]);
  });

  it("a topic outside the catalogue stops the search: 政府信息公开, 法律援助, 12348", () => {
    expect(ids("受理行政复议申请3件。县政府网站主动公开政务信息8321条，受理政府信息公开申请8起。")).toEqual(["reconsideration.accepted"]);
    expect(ids("区公共法律服务中心受理法律援助案件1188件，解答12348电话咨询2661件次。")).toEqual([]);
  });

  it("a count with the noun after it reads the words that follow", () => {
    const v = pick("加强行政复议调解工作，2022年共有4个案件经调解后申请人撤回复议申请。")["reconsideration.settledByMediation"]!;
    expect(v.value).toBe(4);
    expect(v.evidence.text).toBe("4个案件经调解后申请人撤回复议申请");
  });

  it("numbers in brackets and breakdowns after the first value of a sentence are not the total", () => {
    const got = run("共发生区政府为被告的行政诉讼案件21件（经复议的诉讼案件17件），审结15件。收到行政应诉案件60件，其中一审案件27件，二审案件26件。");
    expect(got.values.filter((v) => v.id === "litigation.cases").map((v) => v.value)).toEqual([21, 60]);
  });

  it("12345 in a hotline's name is not a count", () => {
    const got = run("今年12345热线共受理群众诉求5000件。");
    expect(got.values.map((v) => [v.id, v.value])).toEqual([["hotline.received", 5000]]);
  });

  it("Traditional script via folding, quoted as written", () => {
    const got = pick("全市收到行政復議申請574件，受理444件，辦結416件。2023年市縣兩級政府行政機關負責人出庭率達100%。");
    expect(got["reconsideration.applications"]?.evidence.text).toBe("全市收到行政復議申請574件");
    expect(got["reconsideration.concluded"]?.value).toBe(416);
    expect(got["litigation.headAppearanceRate"]?.value).toBe(1);
  });
});

describe("approx and bounds", () => {
  it("余/多/近 are approximate, 以上 is a lower bound", () => {
    const got = pick("全年调解各类矛盾纠纷13000余件，调解成功率98%以上。全区各类调解组织调处成功案件12000多起。");
    expect(brief(got["mediation.cases"])).toEqual({ value: 13000, basis: "stated", approx: true, bound: null });
    expect(brief(got["mediation.successRate"])).toEqual({ value: 0.98, basis: "stated", approx: false, bound: "lower" });
    expect(got["mediation.succeeded"]?.approx).toBe(true);
  });

  it("万 scales a count", () => {
    expect(pick("全年我市12345热线共受理各类诉求80.63万件，办结80.27万件。")["hotline.received"]?.value).toBe(806300);
  });
});

describe("shared labels", () => {
  it("办复率、满意率均达100% gives both indicators", () => {
    const got = pick("认真办理人大代表建议和政协委员提案，办复率、满意率均达100%。");
    expect(got["proposals.completionRate"]?.value).toBe(1);
    expect(got["proposals.satisfactionRate"]?.value).toBe(1);
  });

  it("报备率、及时率、规范率达100% is one indicator, once", () => {
    const got = run("制定出台1件规范性文件，报备率、及时率、规范率达100%。");
    expect(got.values.filter((v) => v.id === "normativeDocs.filingRate")).toHaveLength(1);
  });
});

describe("traps", () => {
  it("changes are never levels", () => {
    expect(ids("全市行政诉讼一审败诉率同比下降17.65%，行政机关负责人出庭应诉率同比提高5个百分点。")).toEqual([]);
  });

  it("masked digits are not numbers", () => {
    expect(ids("受理行政复议案件x件，行政机关负责人出庭应诉率达9x%。")).toEqual([]);
  });

  it("a label with its value cut off at the end of the text gives nothing", () => {
    expect(ids("强化行政机关负责人出庭应诉，行政机关负责人出庭应诉率")).toEqual([]);
    expect(ids("今年12345热线群众满意度")).toEqual([]);
  });

  it("scores are not percentages", () => {
    expect(ids("12345热线综合满意度92.25分，建议提案满意度95分。")).toEqual([]);
  });

  it("a rate label without a topic is left alone", () => {
    expect(ids("全区群众对普法的知晓率和法治宣传教育工作的满意率均达到92%以上。")).toEqual([]);
  });
});

describe("implied values", () => {
  it("负责人均积极出庭应诉 → 1, implied; a negation undoes it", () => {
    const v = pick("受理行政诉讼案件6起，负责人均积极出庭应诉、主动对接调解。")["litigation.headAppearanceRate"]!;
    expect(brief(v)).toEqual({ value: 1, basis: "implied", approx: false, bound: null });
    expect(ids("部分案件负责人均未出庭应诉。")).toEqual([]);
  });

  it("a stated value wins over an implied one", () => {
    const got = run("部分案件负责人均出庭应诉。全年行政机关负责人出庭应诉率为90%。");
    expect(got.byId.get("litigation.headAppearanceRate")?.value).toBe(0.9);
    expect(got.values.filter((v) => v.id === "litigation.headAppearanceRate")).toHaveLength(1);
  });

  it("全覆盖: village vs all units, hedged or not, counted units make it stated", () => {
    expect(brief(pick("为全区234个村（社区）选优配强顾问律师，实现一村（社区）一法律顾问全覆盖。")["legalAdvisor.villageCoverage"])).toMatchObject({ value: 1, basis: "implied" });
    expect(brief(pick("全县377个村居实现法律顾问全覆盖。")["legalAdvisor.villageCoverage"])).toMatchObject({ value: 1, basis: "stated" });
    expect(brief(pick("实现县乡两级政府法律顾问全覆盖。")["legalAdvisor.coverage"])).toMatchObject({ value: 1, basis: "implied" });
    expect(ids("基本实现县乡（部门）政府法律顾问全覆盖。")).toEqual([]);
    expect(ids("全面推进市县两级法治专栏全覆盖工程。")).toEqual([]);
  });

  it("应备尽备, 均按时办结 (in its topic), 零败诉, 未受理行政复议案件", () => {
    expect(pick("报送备案规范性文件12件，做到应备尽备。")["normativeDocs.filingRate"]?.basis).toBe("implied");
    const proposals = pick("共办理市、区两级建议提案共339件，均按时办结。");
    expect(proposals["proposals.completionRate"]?.value).toBe(1);
    expect(proposals["hotline.onTimeRate"]).toBeUndefined();
    expect(pick("12345热线工单均按时办结。")["hotline.onTimeRate"]?.value).toBe(1);
    expect(brief(pick("全年行政诉讼零败诉。")["litigation.lossRate"])).toMatchObject({ value: 0, basis: "implied" });
    expect(brief(pick("2023年度，未受理行政复议案件，受理行政诉讼案件6起。")["reconsideration.accepted"])).toMatchObject({ value: 0, basis: "stated" });
  });
});

describe("computed values", () => {
  it("a rate from its counts in one paragraph", () => {
    const v = pick("全年行政诉讼案件开庭审理20件，行政机关负责人出庭应诉18件。")["litigation.headAppearanceRate"]!;
    expect(brief(v)).toEqual({ value: 0.9, basis: "computed", approx: false, bound: null });
    expect(v.from).toEqual([
      { id: "litigation.headAppearances", value: 18 },
      { id: "litigation.hearings", value: 20 },
    ]);
  });

  it("not from approximate counts, and not when the rate is stated", () => {
    expect(ids("调解各类矛盾纠纷1300余件，调解成功1200余件。")).not.toContain("mediation.successRate");
    const got = run("排查调处各类矛盾纠纷1626件次，调解成功1590件，调解成功率达98%。");
    expect(got.byId.get("mediation.successRate")).toMatchObject({ value: 0.98, basis: "stated" });
  });

  it("corrected = 确认违法 + 撤销 + 变更 + 责令履行", () => {
    const v = pick("全区共收到行政复议申请48件。目前已审结59件，其中维持和驳回复议申请44件，调解、和解等终止处理6件，确认违法1件，撤销或责令8件。")["reconsideration.corrected"]!;
    expect(brief(v)).toEqual({ value: 9, basis: "computed", approx: false, bound: null });
    expect(v.evidence.text).toBe("确认违法1件，撤销或责令8件");
  });

  it("lost = 0 when the breakdown of closed cases accounts for all of them", () => {
    const text = "共发生行政诉讼案件21件，审结15件，其中驳回诉讼请求14件，撤诉1件。";
    expect(brief(pick(text)["litigation.lost"])).toEqual({ value: 0, basis: "computed", approx: false, bound: null });
    expect(ids("共发生行政诉讼案件21件，审结15件，其中驳回诉讼请求12件，撤诉1件。")).not.toContain("litigation.lost");
    expect(pick("共发生行政诉讼案件21件，审结15件，其中驳回诉讼请求12件，败诉1件，撤诉2件。")["litigation.lost"]).toMatchObject({ value: 1, basis: "stated" });
  });
});

describe("the fact", () => {
  it("byId prefers stated over computed over implied; result has the engine's shape", () => {
    const got = run("受理行政诉讼案件6起，负责人均出庭应诉。\n行政机关负责人出庭应诉率为95%。\n");
    expect(got.byId.get("litigation.headAppearanceRate")?.basis).toBe("stated");
    expect(got.result).toEqual([
      { id: "litigation.cases", value: 6, unit: "count", basis: "stated", approx: false, evidence: { line: 1, text: "受理行政诉讼案件6起" }, scored: true, time: { relation: "current", year: null } },
      { id: "litigation.headAppearanceRate", value: 0.95, unit: "ratio", basis: "stated", approx: false, evidence: { line: 2, text: "行政机关负责人出庭应诉率为95%" }, scored: true, time: { relation: "current", year: null } },
    ]);
  });
});
