import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { codeFrame } from "./code-frame.js";
import { loadConfig } from "./index.js";
import { compileError, sha256PluginFiles } from "./resolve-plugins.js";
import { errorAtPath, pluginSource, removeTempDirs, tempDir, userErrors, write } from "./test-fixtures.js";

afterEach(removeTempDirs);

function fakePackage(root: string, name: string, manifest: Record<string, unknown>, entry: string, source: string): void {
  write(root, `node_modules/${name}/package.json`, JSON.stringify({ name, version: "1.2.0", type: "module", ...manifest }));
  write(root, `node_modules/${name}/${entry}`, source);
}

describe("plugin resolution", () => {
  it("finds an npm package by name from the config's folder upwards, like Node", async () => {
    const root = tempDir();
    fakePackage(root, "fazhi-plugin-x", { main: "index.mjs" }, "index.mjs", pluginSource({ name: "fazhi-plugin-x", namespace: "x" }));
    write(root, "project/fazhi.config.yaml", "plugins: [fazhi-plugin-x]\nrules: { x/min-length: error }\n");
    const resolved = await loadConfig({ cwd: join(root, "project") });
    expect(resolved.plugins.map((p) => p.path)).toEqual([join(root, "node_modules/fazhi-plugin-x/index.mjs")]);
    expect(resolved.rules.get("x/min-length")).toMatchObject({ level: "error", namespace: "x" });
  });

  it("finds a scoped ESM-only package whose exports have only an import condition", async () => {
    const root = tempDir();
    fakePackage(root, "@office/fazhi-rules", { exports: { ".": { import: "./dist/index.mjs" } } }, "dist/index.mjs", pluginSource({ name: "@office/fazhi-rules", namespace: "office" }));
    write(root, "fazhi.config.yaml", "plugins: ['@office/fazhi-rules']\nrules: { office/has-first-responsible: warn }\n");
    const resolved = await loadConfig({ cwd: root });
    expect(resolved.plugins[0]!.path).toBe(join(root, "node_modules/@office/fazhi-rules/dist/index.mjs"));
  });

  it("loads relative paths, a plugin folder with package.json, and a TypeScript plugin", async () => {
    const dir = tempDir();
    write(dir, "plugins/one.mjs", pluginSource({ namespace: "one" }));
    write(dir, "plugins/two/package.json", JSON.stringify({ name: "two", type: "module", main: "main.mjs" }));
    write(dir, "plugins/two/main.mjs", pluginSource({ namespace: "two" }));
    write(
      dir,
      "plugins/typed.ts",
      [
        "interface Meta { name: string; version: string; namespace: string }",
        'const meta: Meta = { name: "typed", version: "0.1.0", namespace: "typed" };',
        "export const plugin = {",
        "  meta,",
        "  rules: {",
        '    "says-hello": {',
        '      meta: { id: "says-hello", type: "custom" as const, title: { zh: "问好", en: "Hello" }, description: { zh: "问好", en: "Hello" }, messages: {}, version: "1.0.0" },',
        "      evaluate: (): { score: number } => ({ score: 1 }),",
        "    },",
        "  },",
        "};",
      ].join("\n"),
    );
    write(dir, "fazhi.config.yaml", "plugins: [./plugins/one.mjs, ./plugins/two, ./plugins/typed.ts]\nrules: { one/min-length: warn, two/min-length: warn, typed/says-hello: info }\n");
    const resolved = await loadConfig({ cwd: dir });
    expect(resolved.plugins.map((p) => p.plugin.meta.namespace)).toEqual(["one", "two", "typed"]);
    expect(resolved.plugins[1]!.path).toBe(join(dir, "plugins/two/main.mjs"));
    expect(resolved.rules.get("typed/says-hello")?.level).toBe("info");
  });

  it("reads tsx/esbuild's compile error (a plugin run from source): file, line, column, the compiler's text", () => {
    // The message esbuild gives through tsx (the CLI run end to end from source: commands/rules.test.ts).
    const esbuild = new Error('Transform failed with 1 error:\n/office/plugins/typed.ts:3:7: ERROR: Expected "}" but found "{"');
    expect(compileError(esbuild)).toEqual({ file: "/office/plugins/typed.ts", line: 3, column: 7, text: 'Expected "}" but found "{"' });
    expect(compileError(new Error("Cannot find module /office/plugins/typed.ts:3:7: nope"))).toBeUndefined();
  });

  it("reads the compiled CLI's TypeScript hook error the same way: file, line, column, the compiler's text", async () => {
    const dir = tempDir();
    const file = write(dir, "plugins/typed.ts", 'const 插件 = "甲";\nexport const plugin = { meta { name: 插件 } };\n');
    const hooks = await import("./plugin-hooks.js");
    hooks.initialize({ cacheDir: join(dir, "cache"), shippedDir: join(dir, "shipped"), salt: "test" });
    const thrown = await hooks.load(pathToFileURL(file).href, {}, () => Promise.reject(new Error("not this one"))).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(compileError(thrown)).toEqual({ file, line: 2, column: 30, text: "',' expected." });
    expect(compileError(new Error("boom at load"))).toBeUndefined();
    expect(codeFrame(readFileSync(file, "utf8"), 1, 7).split("\n").slice(0, 2)).toEqual(['> 1 | const 插件 = "甲";', "    |       ^"]);
    expect(codeFrame('const 插件 = "甲";', 1, 11).split("\n")[1]).toBe("    |       \u3000\u3000  ^");
  });

  it("places a JavaScript plugin's syntax error, which Node reports without a line: file:line:col, Node's words, a code frame, no follow-on error", async () => {
    const dir = tempDir();
    const file = write(dir, "plugins/broken.mjs", 'export default {\n  meta: { name: "甲", version: "1.0.0" namespace: "jia" },\n};\n');
    write(dir, "fazhi.config.yaml", "plugins: [./plugins/broken.mjs]\nrules: { jia/anything: warn }\n");
    const errors = await userErrors(() => loadConfig({ cwd: dir }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file, line: 2, column: 39 });
    expect(errors[0]!.message.zh).toMatch(/^插件“\.\/plugins\/broken\.mjs”有语法错误：\S/);
    expect(errors[0]!.message.zh).toContain('> 2 |   meta: { name: "甲", version: "1.0.0" namespace: "jia" },');
  });

  it("says which path was tried and how to install, for each plugin that cannot be found or used", async () => {
    const dir = tempDir();
    write(dir, "plugins/bad-shape.mjs", 'export default { meta: { name: "bad", version: "one", namespace: "Bad" } };\n');
    write(dir, "plugins/no-export.mjs", "export const something = 1;\n");
    write(dir, "plugins/throws.mjs", 'throw new Error("boom at load");\n');
    write(dir, "plugins/a.mjs", pluginSource({ name: "a", namespace: "example" }));
    write(dir, "plugins/b.mjs", pluginSource({ name: "b", namespace: "example" }));
    const config = [
      "plugins:",
      "  - fazhi-plugin-missing",
      "  - ./plugins/nope.mjs",
      "  - ./plugins/bad-shape.mjs",
      "  - ./plugins/no-export.mjs",
      "  - ./plugins/throws.mjs",
      "  - ./plugins/a.mjs",
      "  - ./plugins/b.mjs",
    ].join("\n");
    write(dir, "fazhi.config.yaml", config);
    const errors = await userErrors(() => loadConfig({ cwd: dir }));

    const missing = errorAtPath(errors, "plugins[0]");
    expect(missing).toMatchObject({ line: 2, column: 5 });
    expect(missing.message.zh).toContain(`首先是 ${join(dir, "node_modules", "fazhi-plugin-missing")}`);
    expect(missing.message.zh).toContain("请在配置文件所在目录运行 pnpm add fazhi-plugin-missing");

    const relative = errorAtPath(errors, "plugins[1]");
    expect(relative).toMatchObject({ line: 3, column: 5 });
    expect(relative.message.zh).toBe(`找不到插件文件“./plugins/nope.mjs”：已查找 ${join(dir, "plugins/nope.mjs")}。请检查相对路径（相对于 ${dir}）是否正确、文件是否存在。`);

    const shape = errors.filter((e) => e.path === "plugins[2]");
    expect(shape.map((e) => e.line)).toEqual([4, 4]);
    expect(shape.map((e) => e.message.zh)).toEqual([
      "插件“./plugins/bad-shape.mjs”的导出不符合插件格式：meta.version：a version like 1.0.0。请联系插件作者修正",
      "插件“./plugins/bad-shape.mjs”的导出不符合插件格式：meta.namespace：lower-case letters, digits and dashes。请联系插件作者修正",
    ]);

    expect(errorAtPath(errors, "plugins[3]").message.zh).toContain("没有导出插件：需要 export default definePlugin");
    const thrown = errorAtPath(errors, "plugins[4]");
    expect(thrown.message.zh).toContain("加载时出错：boom at load");
    expect(thrown.message.zh).not.toContain("    at ");

    const clash = errorAtPath(errors, "plugins[6]");
    expect(clash).toMatchObject({ line: 8, column: 5 });
    expect(clash.message.zh).toContain("命名空间“example”已被插件 a");
    expect(clash.message.zh).toContain("fazhi.config.yaml:7:5");
    expect(errors).toHaveLength(7);
  });

  it("a plugin that cannot be loaded is the only error: its rules and presets named in the config are not reported again", async () => {
    const dir = tempDir();
    write(dir, "plugins/throws.mjs", 'throw new Error("boom at load");\n');
    const config = ["plugins: [./plugins/throws.mjs]", "extends: [mine/recommended]", "rules: { mine/next-year-plan: warn }", "scoring:", "  categories: [ { id: c, weight: 1, checks: [ { rule: mine/next-year-plan } ] } ]"].join("\n");
    write(dir, "fazhi.config.yaml", config);
    const errors = await userErrors(() => loadConfig({ cwd: dir }));
    expect(errors.map((e) => e.path)).toEqual(["plugins[0]"]);
    expect(errors[0]!.message.zh).toContain("boom at load");
    expect(errors.some((e) => e.message.zh.includes("请把插件加入 plugins"))).toBe(false);
  });

  it("reports a rule whose key differs from its meta.id", async () => {
    const dir = tempDir();
    write(dir, "plugins/p.mjs", pluginSource().replace('"min-length": { meta: { id: "min-length"', '"min-length": { meta: { id: "minimum-length"'));
    write(dir, "fazhi.config.yaml", "plugins: [./plugins/p.mjs]\n");
    const [error] = await userErrors(() => loadConfig({ cwd: dir }));
    expect(error!.message.zh).toContain('rules.min-length.meta.id：must equal its key "min-length"');
  });
});

describe("plugin import time limit", () => {
  const looping = `while (true) {}\n${pluginSource({ name: "fazhi-plugin-loop", namespace: "loop" })}`;
  const neverSettles = `await new Promise(() => {});\n${pluginSource({ name: "fazhi-plugin-wait", namespace: "wait" })}`;

  it("a plugin whose top-level await never settles is an error naming it, not a silent exit", async () => {
    for (const probe of [undefined, {}]) {
      const dir = tempDir();
      write(dir, "plugins/wait.mjs", neverSettles);
      write(dir, "fazhi.config.yaml", "plugins: [./plugins/wait.mjs]\n");
      // Without the probe only the time limit can tell (a small one, injected); the probe tells at once.
      const errors = await userErrors(() => loadConfig({ cwd: dir, pluginImport: { timeLimitMs: probe ? 60_000 : 200, probe } }));
      const error = errorAtPath(errors, "plugins[0]");
      expect(error.message.zh).toContain("插件“./plugins/wait.mjs”");
      expect(error.message.zh).toMatch(probe ? /顶层的 await/ : /导入超过 200 毫秒/);
    }
  });

  it("with the probe, a plugin that loops forever at its top level is stopped in the worker and named", async () => {
    const dir = tempDir();
    write(dir, "plugins/loop.mjs", looping);
    write(dir, "plugins/fine.mjs", pluginSource());
    write(dir, "fazhi.config.yaml", "plugins: [./plugins/fine.mjs, ./plugins/loop.mjs]\n");
    const errors = await userErrors(() => loadConfig({ cwd: dir, pluginImport: { timeLimitMs: 4000, probe: {} } }));
    expect(errors).toHaveLength(1);
    expect(errorAtPath(errors, "plugins[1]").message.zh).toContain("导入超过 4000 毫秒仍未完成，已被中止");
  });

  it("a plugin that passed the probe is remembered by its content hash", async () => {
    const dir = tempDir();
    write(dir, "plugins/fine.mjs", pluginSource());
    write(dir, "fazhi.config.yaml", "plugins: [./plugins/fine.mjs]\n");
    const cacheDir = join(dir, "cache");
    expect((await loadConfig({ cwd: dir, pluginImport: { probe: { cacheDir } } })).plugins).toHaveLength(1);
    expect(readdirSync(cacheDir)).toEqual([`probe-${sha256PluginFiles(join(dir, "plugins"), join(dir, "plugins/fine.mjs"))}`]);
  });
});
