import { describe, expect, it } from "vitest";
import { EXAMPLES, fakeOutline, run } from "./test/support.js";

describe("presence", () => {
  const rule = `id: t/first-responsible
kind: presence
title: 写明第一责任人职责
message: 没有写到 {phrases}
phrases: [第一责任人职责, 第一责任职责]
${EXAMPLES}`;

  it("passes when a phrase is written", async () => {
    const { findings, outcome } = await run(rule, "一、工作情况\n县长切实履行推进法治建设第一责任人职责。\n");
    expect(findings).toEqual([]);
    expect(outcome?.score).toBe(1);
  });

  it("matches Traditional, full-width and spaced text with Simplified phrases, quoting the original", async () => {
    const { outcome, model } = await run(rule, "縣長切實履行推進法治建設第一責任人\u3000職責。\n");
    expect(outcome?.score).toBe(1);
    expect(outcome?.evidence).toHaveLength(1);
    const span = outcome!.evidence![0] as [number, number];
    expect(model.text.slice(span[0], span[1])).toBe("第一責任人\u3000職責");
  });

  it("fails with a finding when missing", async () => {
    const { findings, outcome } = await run(rule, "全县依法行政水平稳步提升。\n");
    expect(outcome?.score).toBe(0);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.zh).toBe("没有写到 第一责任人职责、第一责任职责");
  });

  it("match: all needs every phrase and names the missing ones", async () => {
    const all = rule.replace("phrases: [第一责任人职责, 第一责任职责]", "phrases: [会前学法, 述法]\nmatch: all").replace("{phrases}", "{missing}");
    const { findings } = await run(all, "今年组织会前学法12次。\n");
    expect(findings[0]!.message.zh).toBe("没有写到 述法");
    expect((await run(all, "组织会前学法12次，开展年终述法。\n")).outcome?.score).toBe(1);
  });

  it("scope.heading looks only inside sections whose heading has the phrase", async () => {
    const scoped = rule.replace("phrases:", "scope: { heading: 第一责任人 }\nphrases:");
    const text = "一、主要举措和成效\n书记履行第一责任人职责。\n二、主要负责人履行第一责任人职责情况\n县长带头学法。\n";
    expect((await run(scoped, text)).outcome?.score).toBe(1); // the heading itself is in the section
    const elsewhere = "一、主要举措和成效\n书记履行第一责任人职责。\n二、第一责任人履职情况\n县长带头学法。\n";
    expect((await run(scoped, elsewhere)).outcome?.score).toBe(0);
  });

  it("scope.part reads the part from whichever fact fills the outline, naming no fact", async () => {
    const scoped = rule.replace("phrases:", "scope: { part: firstResponsible }\nphrases:");
    const text = "一、举措\n镇长履行第一责任人职责。\n二、其他\n无。\n";
    const inPart = await run(scoped, text, fakeOutline("firstResponsible", () => "镇长"));
    expect(inPart.compiled.rule.meta.requires).toBeUndefined();
    expect(inPart.outcome?.score).toBe(1);
    const outside = await run(scoped, text, fakeOutline("firstResponsible", () => "无。"));
    expect(outside.outcome?.score).toBe(0);
    await expect(run(scoped, text)).rejects.toThrow(/fills: "outline"/);
  });

  it("a regex item matches on the folded text", async () => {
    const rx = rule.replace("phrases: [第一责任人职责, 第一责任职责]", 'phrases:\n  - regex: "第一责任人?职责"');
    expect((await run(rx, "書記履行第一責任職責。\n")).outcome?.score).toBe(1);
  });
});

describe("absence", () => {
  const rule = `id: t/no-placeholders
kind: absence
title: 不得留有占位符
message: 发现占位符“{text}”
phrases: ["（略）", "XX县", { regex: "[xX]{2,4}年" }]
${EXAMPLES}`;

  it("reports each occurrence with its line and original text", async () => {
    const { findings, outcome } = await run(rule, "一、概况\n全年办理（略）件。\n(略)\nxx年度XX县成绩显著。\n");
    expect(outcome?.score).toBe(0);
    expect(findings.map((f) => [f.evidence[0]!.line, f.evidence[0]!.text])).toEqual([
      [2, "（略）"],
      [3, "(略)"],
      [4, "xx年"],
      [4, "XX县"],
    ]);
    expect(findings[1]!.message.zh).toBe("发现占位符“(略)”");
  });

  it("scores 1 when nothing forbidden appears", async () => {
    const { findings, outcome } = await run(rule, "全年办理行政复议案件33件。\n");
    expect(findings).toEqual([]);
    expect(outcome?.score).toBe(1);
  });
});

describe("occurrence", () => {
  const rule = `id: t/four-personally
kind: occurrence
title: 四个亲自
message: “四个亲自”只写到 {count} 项，至少要 {min} 项
phrases: [亲自部署, 亲自过问, 亲自协调, 亲自督办]
countBy: phrase
min: 3
${EXAMPLES}`;

  it("counts distinct phrases", async () => {
    const ok = await run(rule, "主要负责人亲自部署、亲自过问、亲自督办重点工作。\n");
    expect(ok.outcome).toMatchObject({ score: 1, value: 3 });
    const few = await run(rule, "书记亲自部署，亲自部署，再亲自部署。\n");
    expect(few.outcome).toMatchObject({ score: 0, value: 1 });
    expect(few.findings[0]!.message.zh).toBe("“四个亲自”只写到 1 项，至少要 3 项");
  });

  it("counts occurrences with max (Traditional text)", async () => {
    const max = rule.replace("countBy: phrase\nmin: 3", "max: 1").replace("至少要 {min} 项", "最多 {max} 次");
    const { outcome, findings } = await run(max, "書記親自部署，縣長親自部署。\n");
    expect(outcome).toMatchObject({ score: 0, value: 2 });
    expect(findings[0]!.evidence).toHaveLength(2);
  });
});

describe("outline-part", () => {
  const rule = `id: t/shortcomings
kind: outline-part
title: 存在的不足和原因
message: “存在的不足和原因”部分：{status}
part: shortcomings
headingPhrases: [存在的不足, 存在的问题]
inlinePhrases: [不足之处, 还存在一些问题]
${EXAMPLES}`;

  it("heading = 1", async () => {
    const { outcome, findings } = await run(rule, "一、主要举措\n完成任务。\n二、存在的不足和原因\n基层力量薄弱。\n");
    expect(outcome).toMatchObject({ score: 1, value: "heading" });
    expect(findings).toEqual([]);
  });

  it("a Traditional heading counts", async () => {
    const { outcome } = await run(rule, "一、主要舉措\n完成任務。\n二、存在的問題\n基層力量薄弱。\n");
    expect(outcome).toMatchObject({ score: 1, value: "heading" });
  });

  it("inline = 0.5 with a finding; absent = 0", async () => {
    const inline = await run(rule, "一、主要举措\n成绩明显，但还存在一些问题，如队伍不稳。\n");
    expect(inline.outcome).toMatchObject({ score: 0.5, value: "inline" });
    expect(inline.findings[0]!.message.zh).toBe("“存在的不足和原因”部分：inline");
    const absent = await run(rule, "一、主要举措\n成绩明显。\n");
    expect(absent.outcome).toMatchObject({ score: 0, value: "absent" });
  });

  it("scores are configurable", async () => {
    const custom = rule.replace("part: shortcomings", "part: shortcomings\nscores: { inline: 0.8, absent: 0.1 }");
    expect((await run(custom, "成绩明显，但不足之处在于队伍不稳。\n")).outcome?.score).toBe(0.8);
    expect((await run(custom, "成绩明显。\n")).outcome?.score).toBe(0.1);
  });
});

describe("indicator", () => {
  const rule = `id: t/head-appearance
kind: indicator
title: 负责人出庭应诉率
message: 出庭应诉率 {value} 偏低（{score} 分）
labels: [出庭应诉率]
unit: "%"
bands:
  - { min: 95%, score: 1 }
  - { min: 80%, score: 0.6 }
  - { min: 0, score: 0.2 }
${EXAMPLES}`;

  it("takes the labelled rate as a fraction and scores it by band", async () => {
    const { outcome, findings } = await run(rule, "行政机关负责人出庭应诉率为82.14%。\n");
    expect(outcome).toMatchObject({ score: 0.6, value: 0.8214, displayValue: "82.14%" });
    expect(findings[0]!.message.zh).toBe("出庭应诉率 82.14% 偏低（0.6 分）");
    expect(findings[0]!.evidence[0]).toEqual({ line: 1, text: "82.14%" });
  });

  it("reads Traditional text and never takes a change", async () => {
    const { outcome } = await run(rule, "負責人出庭應訴率同比提高5.2%，出庭應訴率達到97.5%。\n");
    expect(outcome).toMatchObject({ score: 1, value: 0.975 });
  });

  it("whenMissing: zero / notApplicable / ignore", async () => {
    const text = "全年应诉案件12件。\n";
    const zero = await run(rule, text);
    expect(zero.outcome?.score).toBe(0);
    expect(zero.findings[0]!.message).toEqual({ zh: "报告没有写明出庭应诉率", en: "The report does not state 出庭应诉率" });
    const own = await run(rule.replace("unit:", "missingMessage: 未写明 {labels}，记 0 分\nunit:"), text);
    expect(own.findings[0]!.message.zh).toBe("未写明 出庭应诉率，记 0 分");
    expect((await run(rule.replace("unit:", "whenMissing: notApplicable\nunit:"), text)).outcome).toEqual({ score: null, notApplicable: true });
    expect((await run(rule.replace("unit:", "whenMissing: ignore\nunit:"), text)).outcome).toEqual({ score: null });
  });

  it("approx: reject ignores approximate and bounded numbers", async () => {
    const text = "负责人出庭应诉率98%以上。\n";
    expect((await run(rule, text)).outcome?.value).toBe(0.98);
    expect((await run(rule.replace("unit:", "approx: reject\nunit:"), text)).outcome?.score).toBe(0);
  });

  it("without bands a found value scores 1; counts with a unit", async () => {
    const counts = `id: t/cases
kind: indicator
title: 行政应诉案件数
message: 未写明 {labels}
labels: [行政应诉案件]
unit: 件
kinds: [count]
${EXAMPLES}`;
    expect((await run(counts, "全年办理行政应诉案件45件。\n")).outcome).toMatchObject({ score: 1, value: 45 });
  });

  it("max bands: lower is better", async () => {
    const loss = `id: t/loss
kind: indicator
title: 败诉率
message: 败诉率 {value}
labels: [败诉率]
bands:
  - { max: 5%, score: 1 }
  - { max: 15%, score: 0.5 }
  - { min: 15.01%, score: 0 }
${EXAMPLES}`;
    expect((await run(loss, "一审败诉率为4.5%。\n")).outcome?.score).toBe(1);
    expect((await run(loss, "一审败诉率为12%。\n")).outcome?.score).toBe(0.5);
    expect((await run(loss, "一审败诉率为30%。\n")).outcome?.score).toBe(0);
  });
});

describe("arithmetic", () => {
  const sum = `id: t/reconsideration-sum
kind: arithmetic
title: 复议申请数核算
message: 受理与不予受理之和 {sum}（{parts}）不等于收到的申请 {whole}
whole: 收到行政复议申请
parts: [受理, 不予受理]
${EXAMPLES}`;

  it("parts summing to the whole = 1; a longer label wins over the one it contains", async () => {
    const { outcome, findings } = await run(sum, "全年收到行政复议申请40件，其中受理31件，不予受理9件。\n");
    expect(findings).toEqual([]);
    expect(outcome).toMatchObject({ score: 1 });
  });

  it("an inconsistent sum = 0 with evidence of every number", async () => {
    const { outcome, findings } = await run(sum, "全年收到行政復議申請40件，其中受理30件，不予受理9件。\n");
    expect(outcome?.score).toBe(0);
    expect(findings[0]!.message.zh).toBe("受理与不予受理之和 39（30件 + 9件）不等于收到的申请 40件");
    expect(findings[0]!.evidence.map((e) => e.text)).toEqual(["40件", "30件", "9件"]);
  });

  it("tolerance auto uses the total's stated precision with its scale word (2.46万 is ±50)", async () => {
    const { outcome, findings } = await run(sum, "全年收到行政复议申请2.46万件，其中受理1.5万件，不予受理9620件。\n");
    expect(findings).toEqual([]);
    expect(outcome).toMatchObject({ score: 1 });
  });

  it("a missing part = not applicable, never inconsistent", async () => {
    const { outcome, findings } = await run(sum, "全年收到行政复议申请40件，均已依法处理。\n");
    expect(outcome).toMatchObject({ score: null, notApplicable: true });
    expect(findings).toEqual([]);
  });

  const rate = `id: t/correction-rate
kind: arithmetic
title: 纠错率核算
message: 写明的纠错率 {stated} 与 {numerator} ÷ {denominator} = {computed} 不符
rate:
  numerator: 纠错
  denominator: [审结, 办结]
  stated: 纠错率
${EXAMPLES}`;

  it("rate within half the last stated digit is consistent (98% for 97.8%, 15.3% for 15.25%)", async () => {
    expect((await run(rate, "审结案件500件，纠错489件，纠错率98%。\n")).outcome?.score).toBe(1); // 97.8%
    expect((await run(rate, "审结案件400件，纠错61件，纠错率15.3%。\n")).outcome?.score).toBe(1); // 15.25%
  });

  it("a rate outside tolerance is inconsistent", async () => {
    const { outcome, findings } = await run(rate, "办结案件400件，纠错61件，纠错率16%。\n");
    expect(outcome?.score).toBe(0);
    expect(findings[0]!.message.zh).toBe("写明的纠错率 16% 与 61件 ÷ 400件 = 15.25% 不符");
  });

  it("never inconsistent when the denominator is not stated", async () => {
    const { outcome, findings } = await run(rate, "全年纠错61件，纠错率12.83%。\n");
    expect(outcome).toMatchObject({ score: null, notApplicable: true });
    expect(findings).toEqual([]);
  });

  it("an explicit tolerance", async () => {
    const loose = rate.replace("rate:", 'tolerance: "1%"\nrate:');
    expect((await run(loose, "办结案件400件，纠错61件，纠错率16%。\n")).outcome?.score).toBe(1);
  });
});

describe("conditional", () => {
  const rule = `id: t/reconsideration-correction
kind: conditional
title: 写了行政复议就要写纠错情况
message: 写到“{if}”的段落没有写 {then}
if: { phrases: [行政复议] }
then: { phrases: [纠错率, 直接纠错] }
${EXAMPLES}`;

  it("not applicable when the condition never appears", async () => {
    expect((await run(rule, "全年开展普法活动20场。\n")).outcome).toMatchObject({ score: null, notApplicable: true });
  });

  it("satisfied in the same paragraph = 1; otherwise one finding per paragraph", async () => {
    expect((await run(rule, "办理行政复议案件60件，纠错率12%。\n")).outcome?.score).toBe(1);
    const { outcome, findings } = await run(rule, "办理行政复议案件60件。\n\n另一段：行政复议工作规范。纠错率12%。\n\n又一段，行政复议宣传，行政复议培训。\n");
    expect(outcome?.score).toBe(0);
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([1, 5]);
  });

  it("within: sentence and report; Traditional text", async () => {
    const sentence = rule.replace("then:", "within: sentence\nthen:");
    expect((await run(sentence, "辦理行政復議案件60件。糾錯率12%。\n")).outcome?.score).toBe(0);
    const report = rule.replace("then:", "within: report\nthen:");
    expect((await run(report, "辦理行政復議案件60件。\n\n糾錯率12%。\n")).outcome?.score).toBe(1);
  });
});

describe("label reading shared with rule-kit's labelledNumbers", () => {
  const rate = `id: t/mediation-rate
kind: indicator
title: 调解成功率
message: 未写明 {labels}
labels: [调解成功率]
unit: "%"
whenMissing: ignore
${EXAMPLES}`;
  const count = `id: t/accepted
kind: indicator
title: 受理件数
message: 未写明 {labels}
labels: [受理]
kinds: [count]
whenMissing: ignore
${EXAMPLES}`;

  it("a target is not a value: 力争调解成功率达到98%", async () => {
    expect((await run(rate, "青禾县力争调解成功率达到98%。\n")).outcome?.value).toBeUndefined();
    expect((await run(rate, "青禾县调解成功率为96.5%。\n")).outcome?.value).toBeCloseTo(0.965);
  });

  it("a negated count is not the affirmative label: 不予受理5件 is not 受理", async () => {
    expect((await run(count, "白石镇不予受理5件。\n")).outcome?.value).toBeUndefined();
    expect((await run(count, "白石镇不予受理5件，受理申请17件。\n")).outcome?.value).toBe(17);
  });

  it("a label in an earlier clause of the sentence does not label the number", async () => {
    const clause = count.replace("labels: [受理]", "labels: [行政复议]");
    expect((await run(clause, "青禾县行政复议工作稳步推进，全年共计41件。\n")).outcome?.value).toBeUndefined();
    expect((await run(clause, "青禾县全年办理行政复议41件。\n")).outcome?.value).toBe(41);
  });
});
