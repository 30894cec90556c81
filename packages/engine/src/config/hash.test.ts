import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { canonicalJson } from "./hash.js";
import { loadConfig } from "./index.js";
import { loadConfigWith } from "./load.js";
import type { RuleFileCompiler } from "./rules-dir.js";
import { fakeRuleFileCompiler } from "./rules-dir.test-support.js";
import { pluginSource, removeTempDirs, tempDir, write } from "./test-fixtures.js";

afterEach(removeTempDirs);

const config = [
  "plugins: [./plugins/example.mjs]",
  "rules: { example/min-length: { level: warn, options: { minChars: 3000 } } }",
  "scoring:",
  "  categories:",
  "    - { id: structure, weight: 40, checks: [ { rule: example/has-first-responsible, weight: 2 } ] }",
].join("\n");

function project(): string {
  const dir = tempDir();
  write(dir, "plugins/example.mjs", pluginSource());
  write(dir, "fazhi.config.yaml", config);
  return dir;
}

describe("config hash", () => {
  it("sorts keys at every depth", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
  });

  it("is the same for the same inputs, wherever they live and however the file is laid out", async () => {
    const first = await loadConfig({ cwd: project() });
    const second = await loadConfig({ cwd: project() });
    expect(second.hash).toBe(first.hash);
    const reformatted = project();
    write(reformatted, "fazhi.config.yaml", `# 评分方案\n${config.replace("{ level: warn, options: { minChars: 3000 } }", "{ options: { minChars: 3000 }, level: warn }")}\n`);
    expect((await loadConfig({ cwd: reformatted })).hash).toBe(first.hash);
  });

  it("changes with a plugin's version, a scheme weight, or a rule's options", async () => {
    const dir = project();
    const base = (await loadConfig({ cwd: dir })).hash;

    const bumped = project();
    write(bumped, "plugins/example.mjs", pluginSource({ version: "1.0.1" }));
    expect((await loadConfig({ cwd: bumped })).hash).not.toBe(base);

    const reweighted = project();
    write(reweighted, "fazhi.config.yaml", config.replace("weight: 2", "weight: 3"));
    expect((await loadConfig({ cwd: reweighted })).hash).not.toBe(base);

    const retuned = project();
    write(retuned, "fazhi.config.yaml", config.replace("3000", "3001"));
    expect((await loadConfig({ cwd: retuned })).hash).not.toBe(base);
  });

  it("changes when any source file of a plugin changes, even without a version bump", async () => {
    const withHelper = () => {
      const dir = project();
      write(dir, "plugins/vocabulary.mjs", "export const PHRASES = ['第一责任人职责'];\n");
      return dir;
    };
    const base = (await loadConfig({ cwd: withHelper() })).hash;
    expect((await loadConfig({ cwd: withHelper() })).hash).toBe(base);
    const edited = withHelper();
    write(edited, "plugins/vocabulary.mjs", "export const PHRASES = ['第一责任人职责', '第一责任职责'];\n");
    expect((await loadConfig({ cwd: edited })).hash).not.toBe(base);
  });

  it("changes when a declarative rule file changes, and lists it in sources", async () => {
    const dir = project();
    write(dir, "fazhi.config.yaml", `${config}\nrulesDir: ./rules\n`);
    const ruleFile = write(dir, "rules/needs-addressee.yaml", "id: mine/needs-addressee\nphrases: [各位]\n");
    const compile: RuleFileCompiler = fakeRuleFileCompiler;
    const before = await loadConfigWith({ cwd: dir }, { compileRuleFile: compile });
    expect(before.sources.find((s) => s.kind === "rule-file")).toMatchObject({ path: ruleFile, version: "1.0.0" });
    expect((await loadConfigWith({ cwd: dir }, { compileRuleFile: compile })).hash).toBe(before.hash);
    writeFileSync(ruleFile, readFileSync(ruleFile, "utf8").replace("各位", "各位领导"));
    const after = await loadConfigWith({ cwd: dir }, { compileRuleFile: compile });
    expect(after.hash).not.toBe(before.hash);
    expect(join(dir, "rules/needs-addressee.yaml")).toBe(ruleFile);
  });
});
