import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// Resolved through the workspace once `pnpm install` links @fazhi/declarative into this package.
import { testRuleFile } from "@fazhi/declarative";

const RULES = join(dirname(fileURLToPath(import.meta.url)), "..", "rules");
const files = readdirSync(RULES).filter((f) => f.endsWith(".yaml"));

describe("the example declarative pack", () => {
  it("covers every kind", () => {
    const kinds = new Set(files.map((f) => /^kind: (\S+)$/m.exec(readFileSync(join(RULES, f), "utf8"))?.[1]));
    expect([...kinds].sort()).toEqual(["absence", "arithmetic", "conditional", "indicator", "occurrence", "outline-part", "presence"]);
  });

  it.each(files)("%s passes its own examples", async (file) => {
    const result = await testRuleFile(join(RULES, file));
    expect(result.errors).toEqual([]);
    expect(result.cases.filter((c) => !c.ok)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.id).toMatch(/^myoffice\//);
    expect(result.cases.some((c) => c.kind === "pass")).toBe(true);
    expect(result.cases.some((c) => c.kind === "fail")).toBe(true);
  });
});

describe("a broken copy is reported with its line", () => {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-pack-"));
  const copy = (name: string, edit: (source: string) => string) => {
    const source = readFileSync(join(RULES, name), "utf8");
    const edited = edit(source);
    expect(edited).not.toBe(source);
    const path = join(dir, name);
    writeFileSync(path, edited);
    return { path, lineOf: (needle: string) => edited.split("\n").findIndex((l) => l.includes(needle)) + 1 };
  };

  it("a fail example that cannot fail", async () => {
    // The second fail example now states the duties the rule asks for, so nothing is flagged.
    const { path, lineOf } = copy("four-personally.yaml", (s) => s.replace("年底再次亲自部署", "年底亲自督办"));
    const result = await testRuleFile(path);
    expect(result.ok).toBe(false);
    const failed = result.cases.filter((c) => !c.ok);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ kind: "fail", index: 0, line: lineOf("镇党委书记对法治建设工作亲自部署") - 1 });
    expect(failed[0]!.message.zh).toMatch(/^反例第 1 条没有触发规则：规则可能永远匹配不到/);
  });

  it("a pass example the rule does not apply to is not a pass", async () => {
    const { path } = copy("reconsideration-correction.yaml", (s) => s.replace("全年审结行政复议案件84件，其中直接纠错11件，纠错率13.1%。", "全年开展普法宣传活动15场。"));
    const result = await testRuleFile(path);
    expect(result.ok).toBe(false);
    expect(result.cases.find((c) => !c.ok)?.message.zh).toMatch(/不适用不算通过/);
  });

  it("an unknown key", async () => {
    const { path, lineOf } = copy("head-appearance-rate.yaml", (s) => s.replace("whenMissing: zero", "whenMising: zero"));
    const result = await testRuleFile(path);
    expect(result.ok).toBe(false);
    expect(result.cases).toEqual([]);
    expect(result.errors.map((e) => [e.line, e.column, e.path, e.suggestion])).toEqual([[lineOf("whenMising"), 1, "whenMising", "whenMissing"]]);
  });

  it("a catastrophic regex", async () => {
    const { path, lineOf } = copy("no-placeholders.yaml", (s) => s.replace('regex: "[xX]{2,4}(?:年|县|市|区|镇|乡|街道)"', 'regex: "([xX]+)+年"'));
    const result = await testRuleFile(path);
    expect(result.ok).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: lineOf("([xX]+)+年"), path: "phrases[2].regex" });
    expect(result.errors[0]!.message.zh).toMatch(/灾难性回溯/);
  });
});
