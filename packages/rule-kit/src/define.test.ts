import { parseText } from "@fazhi/core";
import { describe, expect, it } from "vitest";
import { defineFact, definePlugin, defineRule, formatMessage, localize, PluginSchema, RuleModuleSchema, toEvidence } from "./define.js";
import type { RuleModule } from "./types.js";

const REPORT = "青禾县2024年法治政府建设情况报告\n一、主要举措\n县长履行推进法治建设第一责任人职责。\n全年办理行政复议案件41件。\n";

const rule = (meta: Partial<RuleModule["meta"]> = {}): RuleModule => ({
  meta: {
    id: "first-responsible",
    type: "structure",
    title: { zh: "写明第一责任人", en: "First responsible" },
    description: { zh: "说明", en: "About" },
    messages: { missing: { zh: "没有写到{what}", en: "{what} is missing" } },
    version: "1.0.0",
    ...meta,
  },
  evaluate: () => ({ score: 1 }),
});

describe("defineRule / defineFact / definePlugin", () => {
  it("return what they are given, unchanged (they exist for the types)", () => {
    const r = rule();
    const fact = { version: "1.0.0", compute: () => 1 };
    const plugin = { meta: { name: "p", version: "1.0.0", namespace: "p" }, rules: { "first-responsible": r } };
    expect(defineRule(r)).toBe(r);
    expect(defineFact(fact)).toBe(fact);
    expect(definePlugin(plugin)).toBe(plugin);
  });
});

describe("RuleModuleSchema and PluginSchema", () => {
  it("accept a well-formed rule and plugin", () => {
    expect(RuleModuleSchema.safeParse(rule()).success).toBe(true);
    expect(PluginSchema.safeParse({ meta: { name: "青禾县规则", version: "2.1.0-beta", namespace: "qinghe" }, rules: { "first-responsible": rule() }, presets: { recommended: {} } }).success).toBe(true);
  });

  it("name each thing wrong with a rule: id, version, an empty title, no create()/evaluate()", () => {
    const issues = (value: unknown) => (RuleModuleSchema.safeParse(value).error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues(rule({ id: "First_Responsible" }))).toEqual(["meta.id: lower-case letters, digits and dashes"]);
    expect(issues(rule({ version: "v1" }))).toEqual(["meta.version: a version like 1.0.0"]);
    expect(issues(rule({ title: { zh: "", en: "x" } }))).toHaveLength(1);
    expect(issues({ meta: rule().meta })).toEqual([": a rule needs create() or evaluate()"]);
  });

  it("refuse a plugin whose namespace is not lower-case or whose fact has no compute()", () => {
    expect(PluginSchema.safeParse({ meta: { name: "p", version: "1.0.0", namespace: "QingHe" } }).success).toBe(false);
    expect(PluginSchema.safeParse({ meta: { name: "p", version: "1.0.0", namespace: "p" }, facts: { f: { version: "1.0.0" } } }).success).toBe(false);
  });
});

describe("formatMessage / localize", () => {
  it("fill placeholders from data and leave unknown ones visible", () => {
    expect(formatMessage("出庭应诉率{rate}，低于{min}", { rate: "87.5%", min: 90 })).toBe("出庭应诉率87.5%，低于90");
    expect(formatMessage("缺少{what}，见第{line}行", { what: "第一责任人" })).toBe("缺少第一责任人，见第{line}行");
    expect(formatMessage("没有占位符")).toBe("没有占位符");
  });

  it("localize fills both languages", () => {
    expect(localize({ zh: "没有写到{what}", en: "{what} is missing" }, { what: "明年安排" })).toEqual({ zh: "没有写到明年安排", en: "明年安排 is missing" });
  });

  it("a value given per language (what.zh, what.en) goes into its own language's message", () => {
    const data = { "what.zh": "明年工作安排", "what.en": "next year's plan", n: 2 };
    expect(localize({ zh: "没有写到{what}（第{n}部分）", en: "{what} is missing (part {n})" }, data)).toEqual({ zh: "没有写到明年工作安排（第2部分）", en: "next year's plan is missing (part 2)" });
    expect(formatMessage("{what}", { "what.zh": "甲", what: "乙" })).toBe("乙");
  });
});

describe("toEvidence", () => {
  const model = parseText(REPORT, "qinghe.txt");

  it("quotes a span with the line it starts on", () => {
    const start = model.text.indexOf("全年办理");
    expect(toEvidence(model, [start, start + "全年办理行政复议案件41件".length])).toEqual({ line: 4, text: "全年办理行政复议案件41件" });
  });

  it("quotes a model node by its span, and passes ready evidence through", () => {
    const sentence = model.sentences.find((s) => model.text.slice(s.span[0], s.span[1]).startsWith("县长"))!;
    expect(toEvidence(model, sentence)).toEqual({ line: 3, text: model.text.slice(sentence.span[0], sentence.span[1]) });
    expect(toEvidence(model, sentence).text).toContain("第一责任人职责");
    expect(toEvidence(model, { line: 9, text: "原文" })).toEqual({ line: 9, text: "原文" });
  });

  it("on a report read as one line, quotes at most 80 characters with their column, from a span or ready evidence", () => {
    const oneLine = parseText(`${"全面推进依法行政工作，".repeat(25)}县长认真履行推进法治建设第一责任人职责，${"持续深化放管服改革，".repeat(20)}`, "one-line.txt");
    expect(oneLine.lines).toHaveLength(1);
    const at = oneLine.text.indexOf("县长");
    expect(toEvidence(oneLine, [at, at + 2])).toEqual({ line: 1, column: at + 1, text: "县长" });
    expect(toEvidence(oneLine, { line: 1, text: "县长认真履行" })).toEqual({ line: 1, column: at + 1, text: "县长认真履行" });
    const whole = toEvidence(oneLine, [0, oneLine.text.length]);
    expect(whole).toMatchObject({ line: 1, column: 1 });
    expect(whole.text).toHaveLength(80);
  });
});
