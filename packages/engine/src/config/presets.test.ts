import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "./index.js";
import { errorAtPath, pluginSource, removeTempDirs, tempDir, userErrors, write } from "./test-fixtures.js";

afterEach(removeTempDirs);

const recommendedScheme = {
  id: "recommended",
  version: "2025.1",
  categories: [{ id: "structure", title: { zh: "结构", en: "Structure" }, weight: 1, checks: [{ rule: "example/has-first-responsible" }] }],
};

const presets = {
  recommended: {
    rules: { "example/has-first-responsible": "error", "example/min-length": { level: "warn", options: { minChars: 2500 } } },
    settings: { region: { province: "湖北" } },
    files: ["**/*.txt"],
    ignores: ["old/**"],
    scoring: recommendedScheme,
  },
  strict: {
    extends: ["example/recommended"],
    rules: { "example/min-length": { options: { countSpaces: true } } },
    settings: { region: { city: "武汉" } },
  },
  "loop-a": { extends: ["example/loop-b"] },
  "loop-b": { extends: ["example/loop-a"] },
  broken: { rules: { "example/min-length": "warning" }, scoring: { categories: [{ id: "x", weight: 1, checks: [{ rule: "example/nope" }] }] } },
};

function project(config: string): string {
  const dir = tempDir();
  write(dir, "plugins/example.mjs", pluginSource({ presets }));
  write(dir, "fazhi.config.yaml", config);
  return dir;
}

describe("extends", () => {
  it("merges presets in order, then the file: levels kept, options merged key by key, scoring from the last that has one", async () => {
    const dir = project(["plugins: [./plugins/example.mjs]", "extends: [example/strict]", "rules:", "  example/min-length: { options: { minChars: 4000 } }", "ignores: [drafts/**]"].join("\n"));
    const resolved = await loadConfig({ cwd: dir });
    expect(resolved.rules.get("example/has-first-responsible")).toMatchObject({ level: "error" });
    expect(resolved.rules.get("example/min-length")).toMatchObject({ level: "warn", options: { minChars: 4000, countSpaces: true } });
    expect(resolved.settings).toEqual({ region: { province: "湖北", city: "武汉" } });
    expect(resolved.files).toEqual(["**/*.txt"]);
    expect(resolved.ignores).toEqual(["**/node_modules/**", "old/**", "drafts/**"]);
    expect(resolved.scheme).toMatchObject({ id: "recommended", version: "2025.1", title: { zh: "自定义评分方案" } });
  });

  it("takes the file's scoring whole when it has one", async () => {
    const dir = project(
      [
        "plugins: [./plugins/example.mjs]",
        "extends: example/recommended",
        "scoring:",
        "  categories:",
        "    - { id: length, weight: 1, checks: [ { rule: example/min-length } ] }",
      ].join("\n"),
    );
    const resolved = await loadConfig({ cwd: dir });
    expect(resolved.scheme.id).toBe("custom");
    expect(resolved.scheme.categories.map((c) => c.id)).toEqual(["length"]);
    // still enabled by the preset, though no longer scored (informative)
    expect(resolved.rules.get("example/has-first-responsible")?.level).toBe("error");
  });

  it("lets the file turn a preset's rule off, and reports it if the preset's scheme still scores it", async () => {
    const dir = project(["plugins: [./plugins/example.mjs]", "extends: [example/recommended]", "rules:", "  example/has-first-responsible: off"].join("\n"));
    const [error] = await userErrors(() => loadConfig({ cwd: dir }));
    expect(error).toMatchObject({ file: join(dir, "plugins/example.mjs"), path: "presets.recommended.scoring.categories[0].checks[0].rule", line: 1, column: 1 });
    expect(error!.message.zh).toContain("fazhi.config.yaml:4:34 被设为 off");
  });

  it("detects cycles", async () => {
    const dir = project("plugins: [./plugins/example.mjs]\nextends: [example/loop-a]\n");
    const errors = await userErrors(() => loadConfig({ cwd: dir }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: join(dir, "plugins/example.mjs"), path: "presets.loop-b.extends[0]" });
    expect(errors[0]!.message.zh).toBe("预设循环继承：example/loop-a → example/loop-b → example/loop-a。请去掉其中一处 extends");
  });

  it("validates a preset like a config and places its mistakes in the plugin", async () => {
    const dir = project("plugins: [./plugins/example.mjs]\nextends: [example/broken]\n");
    const errors = await userErrors(() => loadConfig({ cwd: dir }));
    const level = errorAtPath(errors, "presets.broken.rules.example/min-length");
    expect(level).toMatchObject({ file: join(dir, "plugins/example.mjs"), line: 1, column: 1, suggestion: "warn" });
    const rule = errorAtPath(errors, "presets.broken.scoring.categories[0].checks[0].rule");
    expect(rule.message.zh).toContain("未知的规则“example/nope”");
  });

  it("reports a preset from a namespace that no plugin provides", async () => {
    const dir = project("extends: [outline/recommended]\n");
    const [error] = await userErrors(() => loadConfig({ cwd: dir }));
    expect(error).toMatchObject({ path: "extends[0]", line: 1, column: 11 });
    expect(error!.message.zh).toBe("找不到预设“outline/recommended”：没有加载命名空间为“outline”的插件，请把它加入 plugins。目前没有加载任何带预设的插件");
  });

  it("resolves a preset's plugins and rulesDir against the plugin's package folder", async () => {
    const root = tempDir();
    const base = join(root, "node_modules/fazhi-plugin-base");
    write(base, "package.json", JSON.stringify({ name: "fazhi-plugin-base", version: "1.0.0", type: "module", exports: "./src/index.mjs" }));
    write(base, "src/index.mjs", pluginSource({ name: "fazhi-plugin-base", namespace: "base", presets: { recommended: { plugins: ["./src/extra.mjs"], rules: { "extra/min-length": "error" } } } }));
    write(base, "src/extra.mjs", pluginSource({ name: "extra", namespace: "extra" }));
    write(root, "fazhi.config.yaml", "plugins: [fazhi-plugin-base]\nextends: [base/recommended]\n");
    const resolved = await loadConfig({ cwd: root });
    expect(resolved.plugins.map((p) => p.path)).toEqual([join(base, "src/index.mjs"), join(base, "src/extra.mjs")]);
    expect(resolved.rules.get("extra/min-length")?.level).toBe("error");
  });
});
