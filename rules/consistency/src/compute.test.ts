import { describe, expect, it } from "vitest";
import { parseText, type ReportModel } from "@fazhi/core";
import { computeConsistency } from "./compute.js";
import { rateAgrees, rateTolerance } from "./tolerance.js";
import type { ConsistencyCheck, IndicatorDefinitionLike, IndicatorsFactLike, IndicatorValueLike } from "./types.js";

const checksOf = (text: string) => computeConsistency(parseText(text, "t.txt")).checks;
const only = (text: string): ConsistencyCheck => {
  const checks = checksOf(text);
  expect(checks, JSON.stringify(checks.map((c) => [c.claim, c.verdict]))).toHaveLength(1);
  return checks[0]!;
};
const inconsistentOf = (text: string) => checksOf(text).filter((c) => c.verdict === "inconsistent");

describe("tolerance: half a unit of the last stated digit", () => {
  it("98% agrees with 97.79%, not with 97.4%", () => {
    expect(rateTolerance({ decimals: 0, approx: false })).toBeCloseTo(0.005, 10);
    expect(rateAgrees({ value: 0.98, decimals: 0, approx: false, bound: null }, 1590 / 1626)).toBe(true);
    expect(rateAgrees({ value: 0.98, decimals: 0, approx: false, bound: null }, 0.974)).toBe(false);
  });
  it("15.3% agrees with 15.25%, not with 15.2%", () => {
    expect(rateAgrees({ value: 0.153, decimals: 1, approx: false, bound: null }, 9 / 59)).toBe(true);
    expect(rateAgrees({ value: 0.153, decimals: 1, approx: false, bound: null }, 0.152)).toBe(false);
  });
  it("99.3% agrees with 99.296%; 99.30% would not agree with 99.25%", () => {
    expect(rateAgrees({ value: 0.993, decimals: 1, approx: false, bound: null }, 564 / 568)).toBe(true);
    expect(rateAgrees({ value: 0.993, decimals: 2, approx: false, bound: null }, 0.9925)).toBe(false);
  });
  it("以上 is a lower bound; 约 widens to a whole unit", () => {
    expect(rateAgrees({ value: 0.98, decimals: 0, approx: false, bound: "lower" }, 0.999)).toBe(true);
    expect(rateAgrees({ value: 0.98, decimals: 0, approx: false, bound: "lower" }, 0.9751)).toBe(true);
    expect(rateAgrees({ value: 0.98, decimals: 0, approx: false, bound: "lower" }, 0.97)).toBe(false);
    expect(rateAgrees({ value: 0.24, decimals: 0, approx: true, bound: null }, 0.2495)).toBe(true);
  });
});

describe("rates vs counts", () => {
  it("98% for 1590/1626 is consistent, shown as 97.8%", () => {
    const c = only("各级人民调解组织共排查调处各类矛盾纠纷1626件次，调解成功1590件，调解成功率达98%。\n");
    expect([c.claim, c.computedFrom, c.verdict]).toEqual(["调解成功率达98%", "1590/1626", "consistent"]);
    expect(c.computed).toBeCloseTo(0.97786, 5);
    expect(c.explanation.zh).toBe("98% 与 1590/1626 = 97.8% 相符");
  });
  it("99.3% for 564/568 is consistent", () => {
    expect(only("镇村共受理矛盾纠纷568件，调解成功564件，成功率达99.3%。\n").verdict).toBe("consistent");
  });
  it("a success rate its own counts contradict is inconsistent", () => {
    const c = only("共受理矛盾纠纷500件，调解成功450件，调解成功率达98%。\n");
    expect([c.verdict, c.computedFrom]).toEqual(["inconsistent", "450/500"]);
    expect(c.explanation.zh).toContain("90.0%");
  });
  it("以上: a lower bound agrees with anything not below it", () => {
    expect(only("共受理矛盾纠纷200件，调解成功199件，调解成功率达95%以上。\n").verdict).toBe("consistent");
    expect(only("共受理矛盾纠纷200件，调解成功180件，调解成功率达95%以上。\n").verdict).toBe("inconsistent");
  });
  it("the denominator is the total, not a listed part before the numerator", () => {
    const c = only("全年受理矛盾纠纷568件，其中婚姻家庭纠纷100件，调解成功564件，成功率达99.3%。\n");
    expect([c.computedFrom, c.verdict]).toEqual(["564/568", "consistent"]);
  });
  it("调解率 is not 调解成功 ÷ 排查: a count named otherwise is not its numerator", () => {
    const checks = checksOf("共排查调处各类矛盾纠纷1626件次，调解成功1590件，调解率100%，调解成功率达98%。\n");
    expect(checks.map((c) => [c.claim, c.verdict])).toEqual([["调解成功率达98%", "consistent"]]);
  });
  it("按时办结率 is not 办结 ÷ 受理", () => {
    expect(checksOf("12345热线共受理各类诉求80.63万件，办结80.27万件，按时办结率99.19%。\n")).toEqual([]);
  });
  it("15.3% for (1+8)/59 through the partition of decisions, with the parts in the next sentence", () => {
    const checks = checksOf("目前已审结59件。其中维持和驳回44件，终止6件，确认违法1件，撤销或责令8件。今年直接纠错率达15.3%。\n");
    const rate = checks.find((c) => c.kind === "rate")!;
    expect([rate.computedFrom, rate.verdict]).toEqual(["(1+8)/59", "consistent"]);
    expect(rate.computed).toBeCloseTo(0.15254, 5);
    const sum = checks.find((c) => c.kind === "sum")!;
    expect([sum.claim, sum.computedFrom, sum.verdict]).toEqual(["目前已审结59件 … 维持和驳回44件，终止6件，确认违法1件，撤销或责令8件", "44+6+1+8", "consistent"]);
  });
  it("a correction rate its partition contradicts, in another sentence, is unverifiable (the basis may differ)", () => {
    const checks = checksOf("目前已审结59件，其中维持和驳回44件，终止6件，确认违法1件，撤销或责令8件。今年直接纠错率达25%。\n");
    const rate = checks.find((c) => c.kind === "rate")!;
    expect([rate.verdict, rate.computed]).toEqual(["unverifiable", null]);
  });
});

describe("growth rates", () => {
  it("增长率109% for 58/(112−58) = 107.4% is inconsistent", () => {
    const c = only("“法律明白人”达112人，较上年增加58人，增长率109%。\n");
    expect([c.claim, c.computedFrom, c.verdict]).toEqual(["“法律明白人”达112人，较上年增加58人，增长率109%", "58/(112-58)", "inconsistent"]);
    expect(c.computed).toBeCloseTo(1.0741, 4);
  });
  it("the level after the change: 较上年增加58人，总数达112人", () => {
    const c = only("较上年增加58人，“法律明白人”总数达112人，增长率109%。\n");
    expect([c.claim, c.computedFrom, c.verdict]).toEqual(["较上年增加58人，“法律明白人”总数达112人，增长率109%", "58/(112-58)", "inconsistent"]);
  });
  it("the change of a rate is not a growth of a count", () => {
    expect(checksOf("一审败诉案件14件，较上年减少3件，一审败诉率同比下降30%。\n")).toEqual([]);
  });
  it("增长率107.4% is consistent", () => {
    expect(only("“法律明白人”达112人，较上年增加58人，增长率107.4%。\n").verdict).toBe("consistent");
  });
  it("a decline: 80件, 较上年减少20件, 下降20%", () => {
    const c = only("全年受理投诉80件，较上年减少20件，下降20%。\n");
    expect([c.computedFrom, c.verdict]).toEqual(["20/(80+20)", "consistent"]);
  });
});

describe("shares", () => {
  it("a share named by its part's words, part and total in one passage", () => {
    const checks = checksOf(
      "全区共收到行政复议申请48件，受理45件，不予受理3件。目前已审结59件，其中维持和驳回复议申请44件，调解、和解等终止处理6件，确认违法1件，撤销或责令8件。积极采取调解、和解手段化解矛盾，当事人自愿撤回申请的复议案件占比达10.2%。\n",
    );
    const share = checks.find((c) => c.method === "share")!;
    expect([share.claim, share.computedFrom, share.verdict]).toEqual(["当事人自愿撤回申请的复议案件占比达10.2%", "6/59", "consistent"]);
  });
  it("an explicit share right after its part: consistent, and inconsistent when wrong", () => {
    expect(checksOf("审结50件，其中调解结案5件，占比10%，维持45件。\n").find((c) => c.kind === "rate")!.verdict).toBe("consistent");
    expect(checksOf("审结50件，其中调解结案5件，占比20%，维持45件。\n").find((c) => c.kind === "rate")!.verdict).toBe("inconsistent");
  });
  it("a share whose part is not identifiable is unverifiable, never inconsistent", () => {
    const checks = checksOf("目前已审结59件，其中维持44件，终止6件，确认违法1件，撤销8件。群众满意的案件占比达80%。\n");
    expect(checks.find((c) => c.kind === "rate")!.verdict).toBe("unverifiable");
  });
});

describe("unstated denominators (DOMAIN §3.2)", () => {
  const catalogue: IndicatorDefinitionLike[] = [
    { id: "reconsideration.corrected", unit: "count" },
    { id: "reconsideration.concluded", unit: "count" },
    { id: "reconsideration.correctionRate", unit: "ratio", formula: { numerator: ["reconsideration.corrected"], denominator: "reconsideration.concluded" } },
    { id: "litigation.cases", unit: "count" },
    { id: "litigation.headAppearanceRate", unit: "ratio", formula: { numerator: ["litigation.headAppearances"], denominator: "litigation.hearings" } },
  ];
  const value = (model: ReportModel, id: string, text: string, v: number, unit: IndicatorValueLike["unit"], decimals = 0): IndicatorValueLike => {
    const at = model.text.indexOf(text);
    if (at < 0) throw new Error(`not in text: ${text}`);
    return { id, value: v, unit, basis: "stated", approx: false, bound: null, decimals, evidence: { line: 1, text }, span: [at, at + text.length], label: text };
  };

  it("司法部: 纠错率12.83% vs 2.73万/29.3万 = 9.3% is unverifiable, not inconsistent", () => {
    const model = parseText("全年办结行政复议案件29.3万件。新作出纠错决定2.73万件，纠错率达12.83%。\n", "t.txt");
    const indicators: IndicatorsFactLike = {
      values: [
        value(model, "reconsideration.concluded", "办结行政复议案件29.3万件", 293000, "count"),
        value(model, "reconsideration.corrected", "纠错决定2.73万件", 27300, "count"),
        value(model, "reconsideration.correctionRate", "纠错率达12.83%", 0.1283, "ratio", 2),
      ],
    };
    const checks = computeConsistency(model, indicators, catalogue).checks;
    expect(checks.map((c) => [c.claim, c.verdict, c.computed])).toEqual([["纠错率达12.83%", "unverifiable", null]]);
  });
  it("the same counts bound in one sentence with the rate do judge it", () => {
    const model = parseText("全年办结行政复议案件29.3万件，作出纠错决定2.73万件，纠错率达12.83%。\n", "t.txt");
    const indicators: IndicatorsFactLike = {
      values: [
        value(model, "reconsideration.concluded", "办结行政复议案件29.3万件", 293000, "count"),
        value(model, "reconsideration.corrected", "纠错决定2.73万件", 27300, "count"),
        value(model, "reconsideration.correctionRate", "纠错率达12.83%", 0.1283, "ratio", 2),
      ],
    };
    const c = computeConsistency(model, indicators, catalogue).checks[0]!;
    expect([c.verdict, c.computedFrom]).toEqual(["inconsistent", "27300/293000"]);
  });
  it("出庭应诉率 of a sub-population with no count of its cases is unverifiable", () => {
    const model = parseText("收到行政应诉案件60件，其中一审案件27件，二审案件26件，再审申请案件7件。县政府作为被告的一审案件，行政机关负责人出庭应诉率为82.14%。\n", "t.txt");
    const indicators: IndicatorsFactLike = {
      values: [value(model, "litigation.cases", "收到行政应诉案件60件", 60, "count"), value(model, "litigation.headAppearanceRate", "行政机关负责人出庭应诉率为82.14%", 0.8214, "ratio", 2)],
    };
    const checks = computeConsistency(model, indicators, catalogue).checks;
    const rate = checks.find((c) => c.kind === "rate")!;
    expect([rate.claim, rate.verdict, rate.computed]).toEqual(["行政机关负责人出庭应诉率为82.14%", "unverifiable", null]);
    expect(checks.filter((c) => c.verdict === "inconsistent")).toEqual([]);
  });
  it("a rate with no counts of its subject in the passage is not listed at all", () => {
    expect(checksOf("行政处罚公示率达到94%。\n")).toEqual([]);
  });
});

describe("totals vs parts", () => {
  it("收到33件，其中受理25件，不予受理8件; 受理25件 … 已办结24件，有1件正在审理", () => {
    const checks = checksOf("2022年以来，收到行政复议申请33件，其中受理25件，不予受理8件，已办结24件，有1件正在审理。\n");
    expect(checks.map((c) => [c.claim, c.computedFrom, c.computed, c.verdict])).toEqual([
      ["收到行政复议申请33件，其中受理25件，不予受理8件", "25+8", 33, "consistent"],
      ["受理25件 … 已办结24件，有1件正在审理", "24+1", 25, "consistent"],
    ]);
  });
  it("已裁判结案54件，有6件正在审理 sums to the total before the instance list", () => {
    const checks = checksOf("收到行政应诉案件60件，其中一审案件27件，二审案件26件，再审申请案件7件，已裁判结案54件，有6件正在审理。\n");
    expect(checks.map((c) => [c.computedFrom, c.computed, c.verdict])).toEqual([
      ["27+26+7", 60, "consistent"],
      ["54+6", 60, "consistent"],
    ]);
  });
  it("a complete partition below its total is inconsistent", () => {
    const [c] = inconsistentOf("收到行政复议申请33件，其中受理25件，不予受理7件。\n");
    expect([c?.computedFrom, c?.computed]).toEqual(["25+7", 32]);
  });
  it("parts above the total are inconsistent", () => {
    const [c] = inconsistentOf("全年独立开展执法9661次，其中行政检查9073次，行政强制217次，行政处罚400次；协作执法727次。\n");
    expect([c?.computedFrom, c?.computed, c?.stated]).toEqual(["9073+217+400", 9690, 9661]);
  });
  it("parts below the total, not a partition: not reported", () => {
    expect(checksOf("全年独立开展执法9661次，其中行政检查9000次，行政强制217次。\n")).toEqual([]);
    expect(checksOf("收到行政复议申请574件，受理444件，办结416件。\n")).toEqual([]);
  });
  it("a total, a note in parentheses, then its parts", () => {
    const c = only("目前已审结59件（含2019年度结转21件），其中维持和驳回复议申请44件，调解、和解等终止处理6件，确认违法1件，撤销或责令8件。\n");
    expect([c.computedFrom, c.verdict]).toEqual(["44+6+1+8", "consistent"]);
  });
  it("a total in 份 with parts in 件 and 份, after a count in another unit", () => {
    const c = only("截至目前共审核文件164份，提出修改意见100余条，其中审核行政规范性文件30件，合同协议19件，其他文件46件，处理函复类文件69份。\n");
    expect([c.claim, c.computedFrom, c.verdict]).toEqual(["截至目前共审核文件164份 … 审核行政规范性文件30件，合同协议19件，其他文件46件，处理函复类文件69份", "30+19+46+69", "consistent"]);
  });
  it("nested and non-partition lists are never inconsistent", () => {
    expect(inconsistentOf("受理投诉200件，其中办结180件，满意170件。\n")).toEqual([]);
    expect(inconsistentOf("培训干部500人，其中处级干部50人，参加考试480人。\n")).toEqual([]);
    expect(inconsistentOf("全年开展检查300次，其中发现问题120个，整改115个。\n")).toEqual([]);
    expect(inconsistentOf("发布各类信息12340余条，其中主动公开政务信息8321条，受理政府信息公开申请8起，留言办理事项178件。\n")).toEqual([]);
    expect(inconsistentOf("申领发放执法证562人（其中乡镇街道152人），注销执法证363人。\n")).toEqual([]);
  });
  it("approximate totals or parts are unverifiable", () => {
    const c = only("审核各类文件280余件，其中政府规范性文件12件，各类协议和合同65件，会议纪要30余件，其他各类文件近200件。\n");
    expect([c.verdict, c.computed]).toEqual(["unverifiable", null]);
  });
});

describe("impossible values", () => {
  it("a level rate above 100% is impossible", () => {
    const c = only("群众满意率达102%。\n");
    expect([c.kind, c.verdict, c.claim]).toEqual(["impossible", "inconsistent", "群众满意率达102%"]);
  });
  it("growth, change and completion rates may exceed 100%", () => {
    expect(checksOf("提供免费法律咨询29854人次，完成率124.39%。\n")).toEqual([]);
    expect(checksOf("网上办件量同比增长120%。\n")).toEqual([]);
    expect(checksOf("受理案件数较上年提高150%。\n")).toEqual([]);
  });
  it("a part larger than its total", () => {
    const checks = checksOf("收到行政复议申请30件，其中受理35件。\n");
    expect(checks.map((c) => [c.kind, c.method, c.verdict])).toEqual([["impossible", "part-over-whole", "inconsistent"]]);
  });
});

describe("Traditional script", () => {
  it("sums and rates in Traditional, quoted as written", () => {
    const checks = checksOf("全年鄉鎮（街道）獨立開展執法9661次，其中行政檢查9073次，行政強制217次，行政處罰300次；與縣直部門開展協作執法727次。各級人民調解組織共排查調處各類矛盾糾紛1626件次，調解成功1590件，調解成功率達98%。\n");
    // 9073+217+300 < 9661 with no partition: not reported; the rate agrees.
    expect(checks.map((c) => [c.claim, c.computedFrom, c.verdict])).toEqual([["調解成功率達98%", "1590/1626", "consistent"]]);
    const over = checksOf("全年鄉鎮獨立開展執法9661次，其中行政檢查9073次，行政強制217次，行政處罰400次。\n");
    expect(over.map((c) => [c.claim, c.verdict])).toEqual([["鄉鎮獨立開展執法9661次，其中行政檢查9073次，行政強制217次，行政處罰400次", "inconsistent"]]);
    const partition = checksOf("全市收到行政復議申請33件，其中受理25件，不予受理7件。\n");
    expect(partition.map((c) => [c.claim, c.computedFrom, c.verdict])).toEqual([["全市收到行政復議申請33件，其中受理25件，不予受理7件", "25+7", "inconsistent"]]);
  });
});
