import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, runMain } from "../test-support.js";

const tsx = join(REPO_ROOT, "node_modules/.bin/tsx");
const sourceBin = join(REPO_ROOT, "packages/cli/src/bin.ts");
const compiledBin = join(REPO_ROOT, "packages/cli/bin/fazhi.js");

/** A fresh project as `fazhi init` writes it (a config, two YAML rules, one TypeScript plugin). */
let template: string;
beforeAll(async () => {
  template = mkdtempSync(join(tmpdir(), "fazhi-rules-"));
  expect((await runMain(["init"], { cwd: template })).code).toBe(0);
});

function project(edit: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-rules-"));
  for (const file of ["fazhi.config.yaml", "rules/four-personally.yaml", "rules/no-placeholders.yaml", "plugins/my-plugin.ts"]) {
    const text = readFileSync(join(template, file), "utf8");
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  edit(dir);
  return dir;
}

const replaceIn = (dir: string, file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(join(dir, file), "utf8");
  const next = text.replace(from, to);
  expect(next, `${file}: ${String(from)}`).not.toBe(text);
  writeFileSync(join(dir, file), next);
};

describe("fazhi rules lint", () => {
  it("passes a project as init writes it, naming how many rules and categories it checked", async () => {
    const r = await runMain(["rules", "lint"], { cwd: project() });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ 配置和规则文件没有发现问题：\d+ 条规则，\d+ 个评分类别。\n$/);
  });

  it("says a tab in the config once, in Chinese, at its line — and in English with --lang en", async () => {
    const dir = project((d) => replaceIn(d, "fazhi.config.yaml", /^ {2}my\/next-year-plan: warn$/m, "\tmy/next-year-plan: warn"));
    const line = readFileSync(join(dir, "fazhi.config.yaml"), "utf8").split("\n").findIndex((l) => l.startsWith("\t")) + 1;
    const zh = await runMain(["rules", "lint"], { cwd: dir });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(`✖ 配置或规则文件有 1 处错误，尚未读取任何报告：\n  ${join(dir, "fazhi.config.yaml")}:${line}:1  语法错误：这一行用 Tab 缩进；YAML 只能用空格缩进，请把 Tab 换成空格\n`);
    const en = await runMain(["rules", "lint", "--lang", "en"], { cwd: dir });
    expect(en.stderr).toContain(`fazhi.config.yaml:${line}:1  Syntax error: This line is indented with a tab`);
  });

  it("refuses an alias bomb in the config as a mistake in that file, not an internal error", async () => {
    const bomb = ['a: &a ["哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈"]', ...["b", "c", "d", "e"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcd"[i]}`).join(", ")}]`)].join("\n");
    const dir = project((d) => writeFileSync(join(d, "fazhi.config.yaml"), `${bomb}\n`));
    const r = await runMain(["rules", "lint"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, "fazhi.config.yaml")}:2:`);
    expect(r.stderr).toContain("别名（*名称）展开得太多");
    expect(r.stderr).not.toContain("内部错误");
  });

  it("gives a misspelt rule-file key its did-you-mean and nothing else for it", async () => {
    const dir = project((d) => replaceIn(d, "rules/four-personally.yaml", /^message:/m, "mesage:"));
    const r = await runMain(["rules", "lint"], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/four-personally\.yaml:\d+:1 {2}mesage: 未知的键“mesage”，是不是“message”？$/);
  });

  // A TypeScript plugin with a syntax error, the way users run fazhi: from source (tsx compiles it with esbuild)
  // and compiled (TypeScript's transpileModule in the CLI's module hook). Both keep the line, column and a code
  // frame, and neither goes on to call the plugin's rules unknown.
  it.each([
    ["from source (tsx)", tsx, [sourceBin]],
    ["compiled (pnpm fazhi)", process.execPath, [compiledBin]],
  ])("places a syntax error in a TypeScript plugin at its line with a code frame, %s", (_how, command, prefix) => {
    const dir = project((d) => replaceIn(d, "plugins/my-plugin.ts", '  meta: { name: "my-plugin"', '  meta { name: "my-plugin"'));
    const line = readFileSync(join(dir, "plugins/my-plugin.ts"), "utf8").split("\n").findIndex((l) => l.startsWith("  meta {")) + 1;
    const r = spawnSync(command, [...prefix, "rules", "lint"], { cwd: dir, encoding: "utf8", env: { ...process.env, FAZHI_LANG: "zh", NO_COLOR: "1" } });
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("✖ 配置或规则文件有 1 处错误，尚未读取任何报告：");
    expect(lines[1]).toMatch(new RegExp(`^  ${join(dir, "plugins/my-plugin.ts").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:${line}:[78]  插件“\\./plugins/my-plugin\\.ts”有语法错误：\\S`));
    expect(lines[1]).not.toContain("Transform failed");
    expect(lines.slice(2, 5).map((l) => l.replace(/\d+ \|/, "N |"))).toEqual([
      "      N | const plugin: Plugin = {",
      '    > N |   meta { name: "my-plugin", version: "1.0.0", namespace: "my" },',
      expect.stringMatching(/^ {9}\| {7,8}\^$/),
    ]);
    expect(r.stderr).not.toContain("请把插件加入 plugins");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 120_000); // a real process (tsx or the bundle): a bound for a loaded machine
});

describe("fazhi rules list and test", () => {
  it("lists each rule with its level and whether it is scored", async () => {
    const r = await runMain(["rules", "list"], { cwd: project() });
    expect(r.code).toBe(0);
    const row = r.stdout.split("\n").find((l) => l.startsWith("myoffice/no-placeholders"));
    expect(row).toMatch(/^myoffice\/no-placeholders\s+error\s+是\s+报告不得留有/);
    expect(r.stdout).toMatch(/共 \d+ 条规则。\n$/);
  });

  it("runs the rule files' own examples and names the failing example", async () => {
    const ok = await runMain(["rules", "test"], { cwd: project() });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("✔ myoffice/four-personally");
    // A pass example that no longer passes: the one line that names it.
    const dir = project((d) => replaceIn(d, "rules/four-personally.yaml", "亲自部署、重大问题亲自过问", "部署、重大问题过问"));
    const bad = await runMain(["rules", "test", "rules/four-personally.yaml"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/✖ myoffice\/four-personally/);
    expect(bad.stdout).toMatch(/four-personally\.yaml:\d+ {2}正例 1: /);
  });
});
