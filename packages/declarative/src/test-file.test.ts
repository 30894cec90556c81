import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testRuleFile } from "./index.js";
import { fakeOutline } from "./test/support.js";

const dir = mkdtempSync(join(tmpdir(), "fazhi-test-file-"));
const write = (name: string, yaml: string) => {
  const path = join(dir, name);
  writeFileSync(path, yaml);
  return path;
};

const RULE = `id: t/duty
kind: presence
title: 第一责任人职责
message: 没有写到 {phrases}
phrases: [第一责任人职责]
examples:
  pass:
    - 县长履行第一责任人职责。
  fail:
    - 全年工作顺利。
    - 书记履行第一责任人职责。
`;

describe("testRuleFile", () => {
  it("runs every example and names its line", async () => {
    const result = await testRuleFile(write("duty.yaml", RULE));
    expect(result.id).toBe("t/duty");
    expect(result.ok).toBe(false);
    expect(result.cases.map((c) => [c.kind, c.index, c.line, c.ok])).toEqual([
      ["pass", 0, 8, true],
      ["fail", 0, 10, true],
      ["fail", 1, 11, false],
    ]);
    expect(result.cases[2]!.message).toEqual({
      zh: "反例第 2 条没有触发规则：规则可能永远匹配不到（得分 1，没有提示）",
      en: "Fail example 2 did not trigger the rule: the rule may never match anything (score 1, no finding)",
    });
  });

  it("a pass example that triggers the rule", async () => {
    const result = await testRuleFile(write("bad-pass.yaml", RULE.replace("    - 县长履行第一责任人职责。", "    - 县长重视法治。").replace("    - 书记履行第一责任人职责。\n", "")));
    expect(result.cases[0]).toMatchObject({ kind: "pass", ok: false });
    expect(result.cases[0]!.message.zh).toBe("正例第 1 条没有通过：得分 0，提示“没有写到 第一责任人职责”。正例应当不触发规则");
  });

  it("returns file errors instead of running", async () => {
    const result = await testRuleFile(write("typo.yaml", RULE.replace("phrases:", "phrase:")));
    expect(result).toMatchObject({ id: "t/duty", ok: false, cases: [] });
    expect(result.errors.map((e) => [e.line, e.column, e.suggestion])).toEqual([[5, 1, "phrases"]]);
    const missing = await testRuleFile(join(dir, "none.yaml"));
    expect(missing).toMatchObject({ id: null, ok: false, cases: [] });
  });

  it("scope.part needs a fact that fills the outline: explained without one, run with one", async () => {
    const path = write("part.yaml", RULE.replace("phrases:", "scope: { part: firstResponsible }\nphrases:").replace("    - 书记履行第一责任人职责。\n", ""));
    const without = await testRuleFile(path);
    expect(without.ok).toBe(false);
    expect(without.cases[0]!.message.zh).toMatch(/scope\.part）需要提纲/);
    const withFact = await testRuleFile(path, { providers: fakeOutline("firstResponsible", (text) => text.split("\n")[0]!) });
    expect(withFact.ok).toBe(true);
  });
});
