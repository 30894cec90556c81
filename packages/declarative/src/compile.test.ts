import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAjv } from "@fazhi/user-files";
import { describe, expect, it } from "vitest";
import { compileRuleFile, compileRuleSource, ruleFileJsonSchema } from "./index.js";
import { errorsOf } from "./test/support.js";

/** `line:column path` of each error, for compact assertions. */
const where = (yaml: string) => errorsOf(yaml).map((e) => `${e.line}:${e.column} ${e.path}`);

const GOOD = `id: myoffice/first-responsible
kind: presence
title: { zh: 写明第一责任人职责, en: States the first-responsible duty }
message: 报告没有写到 {phrases}
phrases: [第一责任人职责]
examples:
  pass: [书记履行第一责任人职责。]
  fail: [全年工作顺利。]
`;

describe("a valid rule file", () => {
  it("compiles to a rule module with meta, sha256 and examples", () => {
    const c = compileRuleSource("first.yaml", GOOD);
    expect(c.id).toBe("myoffice/first-responsible");
    expect(c.rule.meta).toMatchObject({
      id: "first-responsible",
      type: "custom",
      title: { zh: "写明第一责任人职责", en: "States the first-responsible duty" },
      messages: { default: { zh: "报告没有写到 {phrases}", en: "报告没有写到 {phrases}" } },
      version: "1.0.0",
    });
    expect(c.rule.meta.requires).toBeUndefined();
    expect(c.level).toBe("warn");
    expect(c.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(c.examples).toEqual({ pass: ["书记履行第一责任人职责。"], fail: ["全年工作顺利。"] });
  });

  it("compileRuleFile reads from disk; a missing file is a UserFileErrors", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-decl-"));
    writeFileSync(join(dir, "r.yaml"), GOOD);
    expect(compileRuleFile(join(dir, "r.yaml")).id).toBe("myoffice/first-responsible");
    expect(() => compileRuleFile(join(dir, "nope.yaml"))).toThrow(/Rule file not found/);
  });

  it("the published schema is valid JSON Schema with zh/en descriptions", () => {
    const ajv = createAjv();
    expect(() => ajv.compile(ruleFileJsonSchema)).not.toThrow();
    // The loader's ajv trusts this schema (no meta-schema check at start-up); this is where it is checked.
    expect(ajv.validateSchema(ruleFileJsonSchema), JSON.stringify(ajv.errors)).toBe(true);
    const s = ruleFileJsonSchema as { title: string; properties: Record<string, { description?: string }> };
    expect(s.title).toMatch(/声明式规则.*declarative rule/);
    for (const key of ["id", "kind", "title", "message", "scope", "examples"]) expect(s.properties[key]!.description).toMatch(/[\u4e00-\u9fff][\s\S]*\n[A-Za-z]/);
  });
});

describe("schema errors carry line:column, path and did-you-mean", () => {
  it("a YAML syntax error", () => {
    const errors = errorsOf("id: a/b\nkind: [presence\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message.zh).toMatch(/语法/);
  });

  it("a misspelt key suggests the right one even when kind is missing or misspelt, without a follow-on missing key", () => {
    const noKind = GOOD.replace("kind: presence\n", "").replace("message:", "mesage:");
    expect(errorsOf(noKind).map((e) => [e.line, e.path, e.message.zh])).toEqual([
      [1, "", "缺少必填项“kind”"],
      [3, "mesage", "未知的键“mesage”，是不是“message”？"],
    ]);
    const badKind = GOOD.replace("kind: presence", "kind: presense").replace("message:", "mesage:");
    expect(errorsOf(badKind).map((e) => [e.line, e.path, e.suggestion])).toEqual([
      [2, "kind", "presence"],
      [4, "mesage", "message"],
    ]);
    expect(errorsOf(badKind)[1]!.message.en).toBe('Unknown key "mesage"; did you mean "message"?');
  });

  it("a misspelt key suggests the right one", () => {
    const errors = errorsOf(GOOD.replace("phrases: [", "phrase: ["));
    // "phrases" is also missing, but the did-you-mean already says so: one error, not two.
    expect(errors.map((e) => [e.line, e.column, e.path, e.suggestion])).toEqual([[5, 1, "phrase", "phrases"]]);
    expect(errors[0]!.message.zh).toBe("未知的键“phrase”，是不是“phrases”？");
  });

  it("a misspelt kind suggests the right one", () => {
    const errors = errorsOf(GOOD.replace("kind: presence", "kind: presense"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, column: 7, path: "kind", suggestion: "presence" });
  });

  it("a misspelt level and a wrong type", () => {
    const errors = errorsOf(GOOD.replace("kind: presence", "kind: presence\nlevel: eror\nversion: 2"));
    expect(errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.suggestion ?? ""}`)).toEqual(["3:8 level error", "4:10 version "]);
  });

  it("examples are required, with at least one of each", () => {
    const noExamples = GOOD.slice(0, GOOD.indexOf("examples:"));
    expect(errorsOf(noExamples).map((e) => e.message.zh)).toEqual(["缺少必填项“examples”"]);
    const emptyFail = GOOD.replace("  fail: [全年工作顺利。]", "  fail: []");
    expect(where(emptyFail)).toEqual(["8:9 examples.fail"]);
  });

  it("a misspelt key inside a phrase item and inside scope", () => {
    const yaml = GOOD.replace("phrases: [第一责任人职责]", "scope: { heading: 第一责任人, parts: x }\nphrases:\n  - regx: 第一\n");
    const errors = errorsOf(yaml);
    expect(errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.suggestion ?? ""}`)).toEqual(["5:26 scope.parts part", "7:5 phrases[0].regx regex"]);
  });
});

describe("semantic errors", () => {
  it("an id without namespace, and one with capitals", () => {
    expect(errorsOf(GOOD.replace("id: myoffice/first-responsible", "id: first-responsible")).map((e) => [e.line, e.column, e.message.zh])).toEqual([
      [1, 5, "规则编号“first-responsible”缺少命名空间：请写成“命名空间/名称”，如 myoffice/first-responsible"],
    ]);
    expect(where(GOOD.replace("id: myoffice/first-responsible", "id: MyOffice/First"))).toEqual(["1:5 id"]);
  });

  it("a placeholder the kind never provides", () => {
    const errors = errorsOf(GOOD.replace("message: 报告没有写到 {phrases}", "message:\n  zh: 报告没有写到 {phrases}，数值 {value}\n  en: Missing {phrases}"));
    expect(errors.map((e) => `${e.line}:${e.column} ${e.path}`)).toEqual(["5:7 message.zh"]);
    expect(errors[0]!.message.zh).toBe("提示里的 {value} 不会被填上：presence 规则只提供 {phrases}、{missing}、{scope}");
  });

  it("an invalid regex, a regex that is only a phrase, and one that matches nothing", () => {
    const yaml = GOOD.replace("phrases: [第一责任人职责]", 'phrases:\n  - regex: "第一(责任"\n  - regex: "第一责任人"\n  - regex: "(略)?"');
    const errors = errorsOf(yaml);
    expect(errors.map((e) => `${e.line}:${e.column} ${e.path}`)).toEqual(["6:12 phrases[0].regex", "7:12 phrases[1].regex", "8:12 phrases[2].regex"]);
    expect(errors[0]!.message.zh).toMatch(/^正则表达式写错了/);
    expect(errors[1]!.message.zh).toMatch(/普通短语.*"第一责任人"/);
    expect(errors[2]!.message.zh).toMatch(/匹配空文字/);
  });

  it("a catastrophic regex is rejected with the reason", () => {
    const errors = errorsOf(GOOD.replace("phrases: [第一责任人职责]", 'phrases:\n  - 第一责任人职责\n  - regex: "(第+)+一"'));
    expect(errors.map((e) => `${e.line}:${e.column} ${e.path}`)).toEqual(["7:12 phrases[1].regex"]);
    expect(errors[0]!.message.zh).toMatch(/灾难性回溯（指数级时间）.*\(a\+\)\+/);
    expect(errors[0]!.message.en).toMatch(/catastrophically \(exponential time\)/);
  });

  it("an unbounded repetition that is quadratic is rejected with how to bound it", () => {
    const errors = errorsOf(GOOD.replace("phrases: [第一责任人职责]", 'phrases:\n  - regex: "\\\\d+件"'));
    expect(where(GOOD.replace("phrases: [第一责任人职责]", 'phrases:\n  - regex: "\\\\d+件"'))).toEqual(["6:12 phrases[0].regex"]);
    expect(errors[0]!.message.zh).toMatch(/\\d\{1,6\} 代替 \\d\+/);
    expect(errorsOf(GOOD.replace("phrases: [第一责任人职责]", 'phrases:\n  - regex: "\\\\d{1,6}件"'))).toEqual([]);
  });

  it("min greater than max, and an occurrence rule without bounds", () => {
    const occ = GOOD.replace("kind: presence", "kind: occurrence\nmin: 5\nmax: 2").replace("{phrases}", "{count}");
    expect(where(occ)).toEqual(["3:6 min"]);
    const none = GOOD.replace("kind: presence", "kind: occurrence").replace("{phrases}", "{count}");
    expect(errorsOf(none)[0]!.message.zh).toBe("occurrence 规则至少要写 min 或 max 之一");
  });

  const INDICATOR = `id: t/rate
kind: indicator
title: 出庭应诉率
message: "{value}"
labels: [出庭应诉率]
unit: "%"
bands:
  - { min: 95%, score: 1 }
  - { min: 0.8, score: 0.6 }
  - { max: 85%, score: 0 }
  - { min: 95%, score: 0.9 }
  - { min: 90, score: 0.7 }
examples: { pass: [a], fail: [b] }
`;

  it("overlapping bands, a duplicate threshold and a rate written as 90", () => {
    const errors = errorsOf(INDICATOR);
    expect(errors.map((e) => `${e.line}:${e.column} ${e.path}`)).toEqual(["10:5 bands[2]", "11:5 bands[3]", "12:12 bands[4].min"]);
    expect(errors[0]!.message.zh).toBe("第 3 档与第 2 档重叠（0.8 同时落在两档里）：各档的范围不能重叠");
    expect(errors[1]!.message.zh).toMatch(/第 4 档与第 1 档重叠/);
    expect(errors[2]!.message.zh).toBe('比率按小数比较：90 应写成 0.9 或 "90%"');
  });

  it("a ladder that does not overlap is fine; a band with neither min nor max is not", () => {
    const ok = INDICATOR.replace(/bands:[\s\S]*examples/, "bands:\n  - { min: 95%, score: 1 }\n  - { min: 80%, score: 0.6 }\n  - { max: 79.99%, score: 0 }\nexamples");
    expect(errorsOf(ok)).toEqual([]);
    const bare = INDICATOR.replace(/bands:[\s\S]*examples/, "bands:\n  - { score: 1 }\nexamples");
    expect(errorsOf(bare).map((e) => e.message.zh)).toEqual(["每一档要写 min 或 max（或两者）"]);
  });

  it("arithmetic needs exactly one of parts+whole and rate", () => {
    const base = `id: t/sum
kind: arithmetic
title: 核算
message: 不符
examples: { pass: [a], fail: [b] }
`;
    expect(errorsOf(base).map((e) => e.message.zh)).toEqual(["arithmetic 规则要写 parts + whole，或者 rate"]);
    expect(errorsOf(`${base}parts: [受理, 不予受理]\n`).map((e) => `${e.line}:${e.column} ${e.message.zh}`)).toEqual(["6:8 分项核算要同时写 parts 和 whole，缺少 whole"]);
    expect(errorsOf(`${base}whole: 收到\nparts: [受理, 不予受理]\nrate: { numerator: a, denominator: b, stated: c }\n`).map((e) => e.path)).toEqual(["rate"]);
    expect(errorsOf(`${base}whole: 收到\nparts: [受理, 不予受理]\n`)).toEqual([]);
  });

  it("scope with both part and heading", () => {
    expect(where(GOOD.replace("phrases:", "scope: { part: measures, heading: 举措 }\nphrases:"))).toEqual(["5:8 scope"]);
  });

  it("every mistake at once, in file order", () => {
    const yaml = `id: nonamespace
kind: presence
titel: 标题
message: "{nope}"
phrases:
  - regex: "(a|a)*b"
examples:
  pass: [x]
`;
    expect(errorsOf(yaml).map((e) => `${e.line}:${e.column} ${e.path}`)).toEqual([
      "1:1 ", // title missing
      "1:5 id",
      "3:1 titel",
      "4:10 message",
      "6:12 phrases[0].regex",
      "8:3 examples", // fail missing
    ]);
  });
});
