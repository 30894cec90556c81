/**
 * Every mention on core's reading: subjects, polarity, modality, time, scope, shares and ellipsis.
 * Sentences written for these tests (invented places and figures).
 */
import { describe, expect, it } from "vitest";
import { parseText } from "@fazhi/core";
import { extractIndicators } from "./extract.js";

const run = (text: string, year?: number) => {
  const model = parseText(text, "t.txt");
  if (year !== undefined) model.meta.reportYear = year;
  return extractIndicators(model);
};
const pairs = (text: string, year?: number) =>
  run(text, year)
    .values.filter((v) => v.basis === "stated")
    .map((v) => [v.id, v.value]);

describe("subject", () => {
  it("the narrowest count a label names: a verb over the noun it governs", () => {
    expect(pairs("本年度共审结以县政府为被申请人的行政复议申请47件。")).toEqual([["reconsideration.concluded", 47]]);
    expect(pairs("两级法院公开开庭审理行政诉讼案件312件。")).toEqual([["litigation.hearings", 312]]);
    expect(pairs("全年行政复议案件以调解和解结案19件。")).toEqual([["reconsideration.settledByMediation", 19]]);
  });
  it("the noun after the number when the words before name nothing", () => {
    expect(pairs("区政府共办理了27起以区政府为被告的行政诉讼案件。")).toEqual([["litigation.cases", 27]]);
  });
  it("a count of bodies, of a selection, of prevented things or of a bundle of kinds is no indicator", () => {
    expect(pairs("全镇建立人民调解组织23个，调解纠纷410件。")).toEqual([["mediation.cases", 410]]);
    expect(pairs("受理矛盾纠纷300件，其中3件案件被评为优秀案例。")).toEqual([["mediation.cases", 300]]);
    expect(pairs("全年预防纠纷激化90件。")).toEqual([]);
    expect(pairs("法院共受理行政诉讼、国家赔偿等各类案件900件，审结880件。")).toEqual([]);
  });
  it("a rate of a different subject is not the catalogue's rate", () => {
    expect(pairs("办理人大代表建议45件，办复率100%；回复检察建议书2件，回复率100%。")).toEqual([["proposals.completionRate", 1]]);
  });
});

describe("polarity", () => {
  it("不受理 is the rejected count, never the accepted one", () => {
    expect(pairs("收到复议申请20件，受理17件，不受理3件。")).toEqual([
      ["reconsideration.applications", 20],
      ["reconsideration.accepted", 17],
      ["reconsideration.rejected", 3],
    ]);
  });
});

describe("modality", () => {
  it("targets, requirements, thresholds and criteria are not values", () => {
    expect(pairs("今年力争行政机关负责人出庭应诉率达到100%。")).toEqual([]);
    expect(pairs("文件要求各县区复议纠错率均要达到20%。")).toEqual([]);
    expect(pairs("各乡镇每年的行政诉讼败诉率均小于10%。")).toEqual([]);
    expect(pairs("8.按照规定的时限报送备案，且备案率、及时率均达100%。")).toEqual([]);
  });
  it("a coverage phrase under a plan for a coming year is no value", () => {
    expect(pairs("到2030年底，实现村居法律顾问全覆盖。")).toEqual([]);
  });
});

describe("time and scope", () => {
  it("every year of a series is a mention; the report year's is scored", () => {
    const got = run("2022年度败诉2件，败诉率为1.5%；2023年度败诉4件，败诉率为2.8%。", 2023);
    expect(got.values.map((v) => [v.id, v.value, v.time?.year])).toEqual([
      ["litigation.lost", 2, 2022],
      ["litigation.lossRate", 0.015, 2022],
      ["litigation.lost", 4, 2023],
      ["litigation.lossRate", 0.028, 2023],
    ]);
    expect(got.byId.get("litigation.lost")?.value).toBe(4);
    expect(got.result.filter((r) => r.scored).map((r) => r.value)).toEqual([4, 0.028]);
  });
  it("an elliptical earlier level takes the subject before it", () => {
    expect(pairs("全县受理行政复议申请88件，较2022年的61件有所增加。")).toEqual([
      ["reconsideration.accepted", 88],
      ["reconsideration.accepted", 61],
    ]);
    expect(pairs("各县一审行政诉讼案件数分别为310件、280件、95件。").map((p) => p[1])).toEqual([310, 280, 95]);
    expect(pairs("行政机关败诉率2021年为9.1%、2022年为7.4%。").map((p) => p[1])).toEqual([0.091, 0.074]);
  });
  it("a change is never a level", () => {
    expect(pairs("行政诉讼败诉率同比下降2.5个百分点。")).toEqual([]);
  });
  it("the broadest scope is scored", () => {
    const got = run("市本级受理复议申请40件，全市受理复议申请260件。");
    expect(got.values.map((v) => v.value)).toEqual([40, 260]);
    expect(got.byId.get("reconsideration.accepted")?.value).toBe(260);
  });
});

describe("shares", () => {
  it("a share takes the rate whose numerator the count before it names", () => {
    expect(pairs("县政府审结行政复议案件52件，占受理案件总数的96.3%。")).toEqual([
      ["reconsideration.concluded", 52],
      ["reconsideration.closureRate", 0.963],
    ]);
    expect(pairs("审结的案件中，行政机关败诉的占全部案件的4.2%。")).toEqual([["litigation.lossRate", 0.042]]);
  });
});

describe("mentions after a total", () => {
  it("调处 after the disputes received is the mediated part", () => {
    expect(pairs("镇调委会受理纠纷120件，调处112件。")).toEqual([
      ["mediation.cases", 120],
      ["mediation.succeeded", 112],
    ]);
  });
  it("a topic cue inside a longer label of another domain does not take the rate", () => {
    expect(pairs("全区审结行政复议案件400件，矛盾纠纷综合化解率41.2%。")).toEqual([
      ["reconsideration.concluded", 400],
      ["reconsideration.resolutionRate", 0.412],
    ]);
  });
});

describe("more readings", () => {
  it("a bundle of kinds closed by 等 makes its bare verbs count the bundle too", () => {
    expect(pairs("两级法院受理行政诉讼、国家赔偿和执行审查等各类案件640件，审结600件。其中，中院收案120件。")).toEqual([]);
  });
  it("one category of a breakdown is not the total", () => {
    expect(pairs("行政诉讼案件主要集中在城建类88件。")).toEqual([]);
  });
  it("a share whose denominator names another quantity gives nothing", () => {
    expect(pairs("其中征收类案件较多，高达40件，占当年败诉案件总数的25.3%。")).toEqual([]);
  });
  it("a rate label that holds 比例 is that rate, not a share", () => {
    expect(pairs("全县执法人员持证比例97%以上。")).toEqual([["enforcement.certifiedRate", 0.97]]);
  });
  it("三成 is 0.3, and the label may follow the rate", () => {
    expect(pairs("审结的行政诉讼案件中有近三成败诉。")).toEqual([["litigation.lossRate", 0.3]]);
    expect(pairs("今年办理人大代表建议60件，其中96.5%已经办复。")).toEqual([["proposals.completionRate", 0.965]]);
  });
  it("a comparison continues the last value of its kind", () => {
    expect(pairs("全区复议机关直接纠错41件，较上年的29件明显增加。")).toEqual([
      ["reconsideration.corrected", 41],
      ["reconsideration.corrected", 29],
    ]);
  });
});

describe("combined counts", () => {
  it("two indicators enumerated together count their total, and a share after it is the combined rate", () => {
    expect(pairs("全年审结行政复议案件500件，通过纠错、调解等方式化解行政争议150件，占比30%。")).toEqual([
      ["reconsideration.concluded", 500],
      ["reconsideration.resolutionRate", 0.3],
    ]);
  });
});
