import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "./index.js";
import { errorAtPath, pluginSource, removeTempDirs, tempDir, userErrors, write } from "./test-fixtures.js";

afterEach(removeTempDirs);

/** Line (1-based) and column of `needle` on that line of `text`. */
function pos(text: string, line: number, needle: string, nth = 1): { line: number; column: number } {
  const source = text.split("\n")[line - 1]!;
  let index = -1;
  for (let i = 0; i < nth; i++) index = source.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`"${needle}" not on line ${line}: ${source}`);
  return { line, column: index + 1 };
}

function project(config: string, file = "fazhi.config.yaml", plugin = pluginSource({ presets: { recommended: {} } })): string {
  const dir = tempDir();
  write(dir, "plugins/example.mjs", plugin);
  write(dir, file, config);
  return dir;
}

describe("loadConfig: a valid config", () => {
  const config = [
    "$schema: ./node_modules/fazhi/config.schema.json",
    "plugins: [./plugins/example.mjs]",
    "rules:",
    "  example/has-first-responsible: error",
    "  example/min-length: { level: info, options: { minChars: 3000 } }",
    "settings: { region: 湖北 }",
    'ignores: ["drafts/**"]',
    "scoring:",
    "  title: 某市评分方案",
    "  categories:",
    "    - id: structure",
    "      title: 结构完整性",
    "      weight: 40",
    "      checks:",
    "        - rule: example/has-first-responsible",
    "          weight: 2",
    "        - rule: example/head-appearance-rate",
    "          weight: 3",
    "          scoring: { bands: [ { min: 0.9, score: 1 }, { min: 0, score: 0.3 } ] }",
    "          whenMissing: notApplicable",
  ].join("\n");

  it("resolves rules, options, scheme and defaults", async () => {
    const dir = project(config);
    const resolved = await loadConfig({ cwd: dir });
    expect(resolved.file).toBe(join(dir, "fazhi.config.yaml"));
    expect(resolved.baseDir).toBe(dir);
    expect(resolved.plugins.map((p) => p.path)).toEqual([join(dir, "plugins/example.mjs")]);
    expect([...resolved.rules.keys()]).toEqual(["example/has-first-responsible", "example/head-appearance-rate", "example/min-length"]);
    expect(resolved.rules.get("example/has-first-responsible")).toMatchObject({ level: "error", options: {}, namespace: "example" });
    // informative: enabled in rules, in no category; defaults merged under the user's options
    expect(resolved.rules.get("example/min-length")).toMatchObject({ level: "info", options: { minChars: 3000, countSpaces: false } });
    // scored but not in rules: warn with default options
    expect(resolved.rules.get("example/head-appearance-rate")).toMatchObject({ level: "warn", options: {} });
    expect(resolved.settings).toEqual({ region: "湖北" });
    expect(resolved.files).toEqual(["**/*.txt", "**/*.html", "**/*.htm", "**/*.shtml", "**/*.docx", "**/*.doc", "**/*.wps", "**/*.pdf"]);
    expect(resolved.ignores).toEqual(["**/node_modules/**", "drafts/**"]);
    expect(resolved.scheme).toEqual({
      id: "custom",
      version: "1",
      title: { zh: "某市评分方案", en: "某市评分方案" },
      categories: [
        {
          id: "structure",
          title: { zh: "结构完整性", en: "结构完整性" },
          weight: 40,
          checks: [
            { rule: "example/has-first-responsible", weight: 2, whenMissing: "zero" },
            { rule: "example/head-appearance-rate", weight: 3, whenMissing: "notApplicable", scoring: { bands: [{ min: 0.9, score: 1 }, { min: 0, score: 0.3 }] } },
          ],
        },
      ],
      grades: [
        { name: "优秀", min: 90 },
        { name: "良好", min: 80 },
        { name: "合格", min: 60 },
        { name: "不合格", min: 0 },
      ],
      ranking: { cohortBy: ["level"], precision: 1, tieBreakers: [] },
    });
    expect(resolved.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(resolved.sources.map((s) => s.kind)).toEqual(["config", "plugin"]);
    expect(resolved.sources[1]).toMatchObject({ path: join(dir, "plugins/example.mjs"), version: "1.0.0" });
  });

  it("uses an explicit configFile relative to cwd, and a named `plugin` export", async () => {
    const dir = project("plugins: [./plugins/example.mjs]\nrules: { example/min-length: warn }\n", "config/custom.yaml", pluginSource({ exportAs: "plugin" }));
    write(dir, "config/plugins/example.mjs", pluginSource({ exportAs: "plugin" }));
    const resolved = await loadConfig({ cwd: dir, configFile: "config/custom.yaml" });
    expect(resolved.baseDir).toBe(join(dir, "config"));
    expect(resolved.rules.get("example/min-length")?.options).toEqual({ minChars: 2000, countSpaces: false });
  });
});

describe("loadConfig: no config", () => {
  it("returns a valid empty config when none is found and no default is given", async () => {
    const dir = tempDir();
    const resolved = await loadConfig({ cwd: dir });
    expect(resolved).toMatchObject({ file: null, baseDir: dir, plugins: [], settings: {}, sources: [] });
    expect(resolved.rules.size).toBe(0);
    expect(resolved.scheme.categories).toEqual([]);
    expect(resolved.scheme.grades.map((g) => g.min)).toEqual([90, 80, 60, 0]);
    expect(resolved.scheme.ranking).toEqual({ cohortBy: ["level"], precision: 1, tieBreakers: [] });
    expect(resolved.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("falls back to defaultConfigFile", async () => {
    const dir = project("plugins: [./plugins/example.mjs]\nrules: { example/min-length: error }\n", "defaults/builtin.yaml");
    write(dir, "defaults/plugins/example.mjs", pluginSource());
    const resolved = await loadConfig({ cwd: join(dir, "work"), defaultConfigFile: join(dir, "defaults/builtin.yaml") });
    expect(resolved.file).toBe(join(dir, "defaults/builtin.yaml"));
    expect(resolved.rules.get("example/min-length")?.level).toBe("error");
  });

  it("treats an empty file as an empty config", async () => {
    const dir = project("# nothing yet\n");
    const resolved = await loadConfig({ cwd: dir });
    expect(resolved.rules.size).toBe(0);
  });

  it("with requireScheme, an empty file, one with only settings, or a scheme without categories is an error at the file", async () => {
    for (const text of ["", "# nothing yet\n", "settings: { region: 湖北 }\n", "scoring: { title: 空方案 }\n"]) {
      const dir = project(text);
      const errors = await userErrors(() => loadConfig({ cwd: dir, requireScheme: true }));
      expect(errors).toHaveLength(1);
      expect(errors[0]!.file).toBe(join(dir, "fazhi.config.yaml"));
      expect(errors[0]!.line).toBe(1);
      expect(errors[0]!.message.zh).toContain('extends: ["recommended/default"]');
      expect(errors[0]!.message.en).toContain('plugins: ["@fazhi/rules-recommended"]');
    }
    const withScheme = project("plugins: [./plugins/example.mjs]\nscoring:\n  categories:\n    - { id: s, title: 结构, weight: 1, checks: [ { rule: example/min-length } ] }\n");
    expect((await loadConfig({ cwd: withScheme, requireScheme: true })).scheme.categories).toHaveLength(1);
  });

  it("reports a missing explicit config file", async () => {
    const dir = tempDir();
    const [error] = await userErrors(() => loadConfig({ cwd: dir, configFile: "nope.yaml" }));
    expect(error!.message.zh).toContain("找不到文件");
  });
});

describe("loadConfig: shape mistakes (JSON Schema)", () => {
  const config = [
    "plugins: [./plugins/example.mjs]",
    "rules:",
    "  example/has-first-responsible: warning",
    "scoring:",
    "  categories:",
    "    - id: structure",
    "      title: 结构",
    "      weigth: 40",
    "      checks:",
    "        - rule: example/has-first-responsible",
    "          weight: -1",
    "        - rule: example/head-appearance-rate",
    "          scoring: { bands: [ { min: 0.9, score: 1.5 } ], linear: { zeroAt: 0, fullAt: 1 } }",
    "        - rule: example/min-length",
    "          scoring: { target: { value: 1, tolerence: 0.1, falloff: 0.2 } }",
    "  ranking: { cohort: [level] }",
  ].join("\n");

  it("collects every mistake with line, column, path, message and did-you-mean", async () => {
    const errors = await userErrors(() => loadConfig({ cwd: project(config) }));

    const level = errorAtPath(errors, "rules.example/has-first-responsible");
    expect(level).toMatchObject({ ...pos(config, 3, "warning"), suggestion: "warn" });
    expect(level.message.zh).toBe("“warning”不可用，只能是以下之一：off、info、warn、error，是不是“warn”？");
    expect(level.file).toMatch(/fazhi\.config\.yaml$/);

    const weigth = errorAtPath(errors, "scoring.categories[0].weigth");
    expect(weigth).toMatchObject({ ...pos(config, 8, "weigth"), suggestion: "weight" });
    expect(weigth.message.zh).toContain("未知的键“weigth”，是不是“weight”？");
    // The misspelling also leaves "weight" missing: the did-you-mean says it all, no second error for it.
    expect(errors.filter((e) => e.path === "scoring.categories[0]").map((e) => e.message.zh)).toEqual([]);

    const weight = errorAtPath(errors, "scoring.categories[0].checks[0].weight");
    expect(weight).toMatchObject(pos(config, 11, "-1"));
    expect(weight.message.zh).toBe("应 > 0");

    const score = errorAtPath(errors, "scoring.categories[0].checks[1].scoring.bands[0].score");
    expect(score).toMatchObject(pos(config, 13, "1.5"));
    expect(score.message.zh).toBe("应 ≤ 1");
    const oneOf = errorAtPath(errors, "scoring.categories[0].checks[1].scoring");
    expect(oneOf).toMatchObject(pos(config, 13, "{ bands"));
    expect(oneOf.message.zh).toBe("scoring 需要 bands（分档）、linear（线性）、target（目标值）三者之一，现在写了 bands、linear，请只保留一个");

    const tolerance = errorAtPath(errors, "scoring.categories[0].checks[2].scoring.target.tolerence");
    expect(tolerance).toMatchObject({ ...pos(config, 15, "tolerence"), suggestion: "tolerance" });

    const cohort = errorAtPath(errors, "scoring.ranking.cohort");
    expect(cohort).toMatchObject({ ...pos(config, 16, "cohort"), suggestion: "cohortBy" });
  });

  it("reads JSON configs the same way", async () => {
    const json = [
      "{",
      '  "plugins": ["./plugins/example.mjs"],',
      '  "rules": { "example/has-first-responsible": "warning" },',
      '  "scoring": {',
      '    "categories": [ { "id": "structure", "weight": 0, "checks": [ { "rule": "example/has-first-responsible" } ] } ],',
      '    "ranking": { "cohort": ["level"] }',
      "  }",
      "}",
    ].join("\n");
    const errors = await userErrors(() => loadConfig({ cwd: project(json, "fazhi.config.json") }));
    expect(errorAtPath(errors, "rules.example/has-first-responsible")).toMatchObject({ ...pos(json, 3, '"warning"'), suggestion: "warn" });
    expect(errorAtPath(errors, "scoring.categories[0].weight")).toMatchObject(pos(json, 5, "0,"));
    expect(errorAtPath(errors, "scoring.ranking.cohort")).toMatchObject({ ...pos(json, 6, '"cohort"'), suggestion: "cohortBy" });
    expect(errors.every((e) => e.file.endsWith("fazhi.config.json"))).toBe(true);
  });

  it("reports a YAML syntax error with its position", async () => {
    const [error] = await userErrors(() => loadConfig({ cwd: project("rules: [off\n") }));
    expect(error!.message.zh).toContain("语法");
    expect(error!.line).toBeGreaterThanOrEqual(1);
  });
});

describe("loadConfig: semantic mistakes", () => {
  const config = [
    "plugins: [./plugins/example.mjs]",
    "extends: [example/recomended]",
    "rules:",
    "  exmple/has-first-responsible: error",
    "  example/head-appearance-rate: off",
    "  example/min-length: { options: { minChar: 10 } }",
    "scoring:",
    "  categories:",
    "    - id: structure",
    "      weight: 1",
    "      checks:",
    "        - rule: example/has-first-responsable",
    "        - rule: example/head-appearance-rate",
    "    - id: structure",
    "      weight: 1",
    "      checks: [ { rule: example/min-length, scoring: { linear: { zeroAt: 5, fullAt: 5 } } } ]",
    "  grades: [ { name: 优秀, min: 90 }, { name: 良好, min: 90 }, { name: 合格, min: 120 } ]",
    "  ranking: { tieBreakers: [ { category: structur } ] }",
  ].join("\n");

  it("collects unknown ids, off-but-scored rules, bad options, duplicate categories, grades and tie-breakers", async () => {
    const errors = await userErrors(() => loadConfig({ cwd: project(config) }));

    const preset = errorAtPath(errors, "extends[0]");
    expect(preset).toMatchObject({ ...pos(config, 2, "example/recomended"), suggestion: "example/recommended" });
    expect(preset.message.zh).toBe("找不到预设“example/recomended”：插件 fazhi-plugin-example 没有名为“recomended”的预设。是不是“example/recommended”？");

    const ruleKey = errorAtPath(errors, "rules.exmple/has-first-responsible");
    expect(ruleKey).toMatchObject({ ...pos(config, 4, "exmple"), suggestion: "example/has-first-responsible" });
    expect(ruleKey.message.zh).toBe("未知的规则“exmple/has-first-responsible”。是不是“example/has-first-responsible”？");

    const option = errorAtPath(errors, "rules.example/min-length.options.minChar");
    expect(option).toMatchObject({ ...pos(config, 6, "minChar"), suggestion: "minChars" });
    expect(option.message.zh).toContain("规则“example/min-length”的选项有误：未知的键“minChar”，是不是“minChars”？");

    const checkRule = errorAtPath(errors, "scoring.categories[0].checks[0].rule");
    expect(checkRule).toMatchObject({ ...pos(config, 12, "example/has"), suggestion: "example/has-first-responsible" });

    const off = errorAtPath(errors, "scoring.categories[0].checks[1].rule");
    expect(off).toMatchObject(pos(config, 13, "example/head"));
    expect(off.message.zh).toMatch(/^规则“example\/head-appearance-rate”在 .*fazhi\.config\.yaml:5:33 被设为 off（不运行），却在评分方案中计分/);

    const duplicate = errorAtPath(errors, "scoring.categories[1].id");
    expect(duplicate).toMatchObject(pos(config, 14, "structure"));
    expect(duplicate.message.zh).toContain("类别编号“structure”重复（第一次出现在");
    expect(duplicate.message.zh).toContain("fazhi.config.yaml:9:11");

    const linear = errorAtPath(errors, "scoring.categories[1].checks[0].scoring.linear");
    expect(linear).toMatchObject(pos(config, 16, "{ zeroAt"));

    const sameMin = errorAtPath(errors, "scoring.grades[1].min");
    expect(sameMin).toMatchObject(pos(config, 17, "90", 2));
    expect(sameMin.message.zh).toContain("等级“良好”与“优秀”");
    expect(sameMin.message.zh).toContain("下限都是 90，两者重叠");
    const outside = errorAtPath(errors, "scoring.grades[2].min");
    expect(outside).toMatchObject(pos(config, 17, "120"));
    expect(outside.message.zh).toBe("等级“合格”的下限 120 超出 0–100（总分是 0–100 分）");
    const noZero = errorAtPath(errors, "scoring.grades");
    expect(noZero).toMatchObject(pos(config, 17, "["));
    expect(noZero.message.zh).toContain("没有下限为 0 的等级：总分低于 90 的报告将没有等级");

    const tie = errorAtPath(errors, "scoring.ranking.tieBreakers[0].category");
    expect(tie).toMatchObject({ ...pos(config, 18, "structur"), suggestion: "structure" });
    expect(tie.message.zh).toBe("并列比较用的类别“structur”不存在，是不是“structure”？");
  });

  it("places an option of the wrong type at the option", async () => {
    const config = "plugins: [./plugins/example.mjs]\nrules:\n  example/min-length:\n    level: warn\n    options:\n      minChars: many\n";
    const errors = await userErrors(() => loadConfig({ cwd: project(config) }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: "rules.example/min-length.options.minChars", line: 6, column: 17 });
    expect(errors[0]!.message.zh).toBe("规则“example/min-length”的选项有误：应为整数");
  });

  it("names the missing plugin when a rule's namespace is not loaded", async () => {
    const config = "rules:\n  outline/first-responsible: error\n";
    const [error] = await userErrors(() => loadConfig({ cwd: project(config) }));
    expect(error).toMatchObject({ path: "rules.outline/first-responsible", line: 2, column: 3 });
    expect(error!.message.zh).toContain("没有加载命名空间为“outline”的插件或规则文件");
  });
});
