import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "./index.js";
import { loadConfigWith } from "./load.js";
import { fakeRuleFileCompiler } from "./rules-dir.test-support.js";
import { errorAtPath, pluginSource, removeTempDirs, tempDir, userErrors, write } from "./test-fixtures.js";

afterEach(removeTempDirs);

const withFakeCompiler = (cwd: string) => loadConfigWith({ cwd }, { compileRuleFile: fakeRuleFileCompiler });

describe("rulesDir (compiler stubbed: the engine's side)", () => {
  it("enables every rule file of every folder as a local rule that categories can score", async () => {
    const dir = tempDir();
    write(dir, "rules/needs-addressee.yaml", "id: mine/needs-addressee\n");
    write(dir, "rules/deeper/no-placeholder.yml", "id: mine/no-placeholder\n");
    write(dir, "more/date.yaml", "id: more/signed-date\n");
    write(dir, "rules/README.md", "not a rule\n");
    write(
      dir,
      "fazhi.config.yaml",
      ["rulesDir: [./rules, ./more]", "rules: { mine/no-placeholder: error }", "scoring:", "  categories:", "    - { id: disclosure, weight: 1, checks: [ { rule: mine/needs-addressee } ] }"].join("\n"),
    );
    const resolved = await withFakeCompiler(dir);
    expect([...resolved.rules.keys()]).toEqual(["mine/needs-addressee", "mine/no-placeholder", "more/signed-date"]);
    expect(resolved.rules.get("mine/needs-addressee")).toMatchObject({ level: "warn", namespace: "local", ruleFile: join(dir, "rules/needs-addressee.yaml") });
    expect(resolved.rules.get("mine/no-placeholder")).toMatchObject({ level: "error", ruleFile: join(dir, "rules/deeper/no-placeholder.yml") });
    expect(resolved.sources.filter((s) => s.kind === "rule-file").map((s) => s.path)).toEqual([
      join(dir, "rules/deeper/no-placeholder.yml"),
      join(dir, "rules/needs-addressee.yaml"),
      join(dir, "more/date.yaml"),
    ]);
  });

  it("runs a rule file at its own level unless `rules` sets one; an off rule file that is scored is an error", async () => {
    const dir = tempDir();
    write(dir, "rules/a.yaml", "id: mine/a\nlevel: error\n");
    write(dir, "rules/b.yaml", "id: mine/b\nlevel: error\n");
    write(dir, "rules/c.yaml", "id: mine/c\nlevel: off\n");
    write(dir, "fazhi.config.yaml", "rulesDir: ./rules\nrules: { mine/b: info }\n");
    const resolved = await withFakeCompiler(dir);
    expect([...resolved.rules.entries()].map(([id, r]) => [id, r.level])).toEqual([
      ["mine/a", "error"],
      ["mine/b", "info"],
    ]);
    write(dir, "fazhi.config.yaml", "rulesDir: ./rules\nscoring:\n  categories: [ { id: x, weight: 1, checks: [ { rule: mine/c } ] } ]\n");
    const [error] = await userErrors(() => withFakeCompiler(dir));
    expect(error).toMatchObject({ path: "scoring.categories[0].checks[0].rule", line: 3 });
    expect(error!.message.zh).toContain(`规则“mine/c”在 ${join(dir, "rules/c.yaml")} 被设为 off`);
  });

  it("reports missing and empty folders, bad rule files, duplicate ids and a plugin's namespace", async () => {
    const dir = tempDir();
    write(dir, "plugins/example.mjs", pluginSource());
    write(dir, "empty/.keep", "");
    write(dir, "a/one.yaml", "id: mine/same\n");
    write(dir, "a/two.yaml", "id: mine/same\n");
    write(dir, "a/bad.yaml", "id: mine/bad\nkind: broken\n");
    write(dir, "a/taken.yaml", "id: example/extra\n");
    const config = ["plugins: [./plugins/example.mjs]", "rulesDir:", "  - ./missing", "  - ./empty", "  - ./a"].join("\n");
    write(dir, "fazhi.config.yaml", config);
    const errors = await userErrors(() => withFakeCompiler(dir));

    expect(errorAtPath(errors, "rulesDir[0]")).toMatchObject({ line: 3, column: 5 });
    expect(errorAtPath(errors, "rulesDir[0]").message.zh).toBe(`找不到规则目录 ${join(dir, "missing")}。请检查路径（相对于配置文件所在目录）`);
    expect(errorAtPath(errors, "rulesDir[1]").message.zh).toContain("中没有 .yaml/.yml 规则文件");
    expect(errorAtPath(errors, "kind")).toMatchObject({ file: join(dir, "a/bad.yaml"), line: 2, column: 7 });
    const duplicate = errorAtPath(errors, "rulesDir[2]");
    expect(duplicate).toMatchObject({ line: 5, column: 5 });
    expect(duplicate.message.zh).toBe(`规则编号“mine/same”重复：${join(dir, "a/two.yaml")} 与 ${join(dir, "a/one.yaml")} 都定义了它。请修改其中一个文件的编号`);
    const taken = errors.find((e) => e.file === join(dir, "a/taken.yaml"));
    expect(taken?.message.zh).toContain("使用了插件 fazhi-plugin-example");
    expect(errors).toHaveLength(5);
  });
});

describe("rulesDir with @fazhi/declarative", () => {
  it("compiles each YAML rule file and enables it", async () => {
    const dir = tempDir();
    const ruleFile = write(
      dir,
      "rules/first-responsible.yaml",
      ["id: mine/first-responsible", "kind: presence", "title: 写明第一责任人职责", "message: 没有写到 {phrases}", "phrases: [第一责任人职责]", "examples:", "  pass: [县长履行第一责任人职责。]", "  fail: [县长履行职责。]"].join("\n"),
    );
    write(dir, "fazhi.config.yaml", "rulesDir: ./rules\nscoring:\n  categories: [ { id: structure, weight: 1, checks: [ { rule: mine/first-responsible } ] } ]\n");
    const resolved = await loadConfig({ cwd: dir });
    expect(resolved.rules.get("mine/first-responsible")).toMatchObject({ level: "warn", namespace: "local", ruleFile });
    expect(resolved.sources.find((s) => s.kind === "rule-file")).toMatchObject({ path: ruleFile });
  });

  it("passes a rule file's own mistakes through, placed in that file", async () => {
    const dir = tempDir();
    const ruleFile = write(dir, "rules/bad.yaml", "id: mine/bad\nkind: [unclosed\n");
    write(dir, "fazhi.config.yaml", "rulesDir: ./rules\n");
    const errors = await userErrors(() => loadConfig({ cwd: dir }));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.file === ruleFile)).toBe(true);
  });

  it("says a misspelt key once, in the rule file, and not again where the config names the rule", async () => {
    const dir = tempDir();
    const ruleFile = write(
      dir,
      "rules/first-responsible.yaml",
      ["id: mine/first-responsible", "kind: presense", "title: 写明第一责任人职责", "mesage: 没有写到 {phrases}", "phrases: [第一责任人职责]", "examples:", "  pass: [县长履行第一责任人职责。]", "  fail: [县长履行职责。]"].join("\n"),
    );
    write(dir, "fazhi.config.yaml", "rulesDir: ./rules\nrules: { mine/first-responsible: error }\nscoring:\n  categories: [ { id: structure, weight: 1, checks: [ { rule: mine/first-responsible } ] } ]\n");
    const errors = await userErrors(() => loadConfig({ cwd: dir }));
    expect(errors.map((e) => `${e.file === ruleFile ? "rule" : e.file}:${e.line}:${e.column} ${e.message.zh}`)).toEqual([
      "rule:2:7 “presense”不可用，只能是以下之一：presence、absence、occurrence、outline-part、indicator、arithmetic、conditional，是不是“presence”？",
      "rule:4:1 未知的键“mesage”，是不是“message”？",
    ]);
  });

  it("a rule file whose id cannot be read keeps the config's references to unknown namespaces quiet, not to known ones", async () => {
    const dir = tempDir();
    write(dir, "plugins/example.mjs", pluginSource());
    const ruleFile = write(dir, "rules/broken.yaml", 'id: "mine/first\nkind: presence\n');
    write(dir, "fazhi.config.yaml", "plugins: [./plugins/example.mjs]\nrulesDir: ./rules\nrules: { mine/first: error, example/has-first-responsibel: warn }\n");
    const errors = await userErrors(() => loadConfig({ cwd: dir }));
    expect(errors.map((e) => [e.file === ruleFile ? "rule" : "config", e.line, e.suggestion])).toEqual([
      ["rule", 1, undefined],
      ["config", 3, "example/has-first-responsible"],
    ]);
  });
});
