import { spawnSync } from "node:child_process";
import { writeFileSync, cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, runMain } from "./test-support.js";

const root = REPO_ROOT;
const seed = "seeds/002_f1ad279f47e5d95a.txt";
const tsx = join(root, "node_modules/.bin/tsx");
const bin = join(root, "packages/cli/src/bin.ts");

const run = runMain;
/** Tests that start several real processes (each loads tsx or the bundle): a bound for a loaded machine. */
const SPAWNS = 180_000;

const scratch = () => mkdtempSync(join(tmpdir(), "fazhi-e2e-"));
const noEscapes = (r: { stdout: string; stderr: string }) => {
  expect(r.stdout).not.toContain("\x1b[");
  expect(r.stderr).not.toContain("\x1b[");
};

const COMMANDS = ["score", "explain", "init", "parse", "rules", "schema", "cache"];

describe("help", () => {
  it.each(COMMANDS)("fazhi %s --help: Chinese by default, English with --lang en or an English locale", async (command) => {
    const zh = await run([command, "--help"]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain(`用法: fazhi ${command}`);
    noEscapes(zh);
    const en = await run([command, "--help", "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(`Usage: fazhi ${command}`);
    const locale = await run([command, "-h"], { env: { LANG: "en_US.UTF-8" } });
    expect(locale.stdout).toContain(`Usage: fazhi ${command}`);
  });

  it("lists explain and init in the main help, and every DESIGN §6 option of score", async () => {
    const { stdout } = await run(["--help"]);
    expect(stdout).toContain("explain");
    expect(stdout).toContain("init");
    const score = (await run(["score", "--help"])).stdout;
    for (const option of ["--config", "--format", "tui|text|json", "--out", "--lang", "--fail-under", "--concurrency", "--no-cache"]) expect(score).toContain(option);
  });

  it.each(["score", "explain", "init", "parse", "rules"])("fazhi %s with an unknown option prints the usage and exits 2", async (command) => {
    const r = await run([command, "--colour"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("未知选项“--colour”");
    expect(r.stderr).toContain(`用法: fazhi ${command}`);
  });
});

describe("fazhi score (piped)", () => {
  it("prints the ranked table once as plain text, even when asked for tui off a terminal", async () => {
    for (const args of [["score", seed, "--no-cache"], ["score", seed, "--no-cache", "--format", "tui"], ["score", seed, "--no-cache", "--format", "text"]]) {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("【县级】 1 份报告");
      expect(r.stdout).toContain("商城县人民政府");
      noEscapes(r);
    }
  });

  it("prints plain text with CI set on a terminal, at the terminal's width", async () => {
    const r = await run(["score", "--no-cache"], { env: { CI: "1" }, io: { isTTY: true, interactive: true, columns: 140 } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("常州市武进区人民政府");
    const widest = Math.max(...r.stdout.split("\n").map((l) => stringWidth(l)));
    expect(widest).toBeGreaterThan(80);
    expect(widest).toBeLessThanOrEqual(140);
  });

  it("exits 1 under --fail-under, 2 for a bad --format, a bad number or a missing file", async () => {
    expect((await run(["score", seed, "--no-cache", "--fail-under", "100"])).code).toBe(1);
    const badFormat = await run(["score", seed, "--format", "pdf"]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("--format 只能是 tui、text、json");
    expect(badFormat.stderr).toContain("用法: fazhi score");
    expect((await run(["score", seed, "--fail-under", "lots"])).code).toBe(2);
    const missing = await run(["score", "no/such/file.txt", "--no-cache"]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("no/such/file.txt");
  });
});

describe("fazhi explain", () => {
  it("writes every check with its weight and contribution, each category's arithmetic, the total and the grade", async () => {
    const r = await run(["explain", seed]);
    expect(r.code).toBeLessThanOrEqual(1);
    noEscapes(r);
    expect(r.stdout).toContain("商城县人民政府");
    expect(r.stdout).toContain("有效权重");
    expect(r.stdout).toContain("贡献");
    expect(r.stdout).toContain("Σ 得分×权重 / Σ 权重");
    expect(r.stdout).toMatch(/总分：100 × \([\s\S]*?\)\s+\/ [\d.]+ = [\d.]+，等级 \S+/);
    expect(r.stdout).toMatch(/第 \d+ 行 “/);
    const en = await run(["explain", seed, "--lang", "en"]);
    expect(en.stdout).toContain("effective weight");
    expect(en.stdout).toMatch(/total: 100 × /);
  });

  it("names checks by title, never by id; --rule takes a title (either language) or an id, and suggests titles (exit 2)", async () => {
    const all = await run(["explain", seed]);
    expect(all.stdout).not.toMatch(/\b(?:outline|disclosure|indicators|consistency|recommended)\/[a-z-]+/);
    const one = await run(["explain", seed, "--rule", "主送机关"]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain("主送机关");
    expect(one.stdout.length).toBeLessThan(all.stdout.length);
    expect((await run(["explain", seed, "--rule", "disclosure/addressee"])).stdout).toBe(one.stdout);
    expect((await run(["explain", seed, "--rule", "addressee", "--lang", "en"])).stdout).toContain("Addressee");
    const typo = await run(["explain", seed, "--rule", "主送机"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("你是不是想找：主送机关");
    const en = await run(["explain", seed, "--rule", "Adressee", "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Did you mean "Addressee"');
  });

  it("no rule id in any Chinese rendering of the seeds (ids stay in JSON, in data-rule attributes and in 规则编号 columns)", async () => {
    const ID = /\b(?:outline|disclosure|indicators|consistency|recommended)\/[a-z-]+/;
    const dir = scratch();
    for (const format of ["text", "md", "html"]) {
      const out = join(dir, `seeds.${format}`);
      expect((await run(["score", "seeds", "--format", format, "--no-cache", "--out", out])).code).toBe(0);
      const text = readFileSync(out, "utf8").replace(/ data-rule="[^"]*"/g, "");
      expect(ID.exec(text)?.[0] ?? null, format).toBeNull();
    }
    for (const file of ["seeds/000_4243a0907fae4251.txt", seed]) expect(ID.exec((await run(["explain", file])).stdout)?.[0] ?? null, file).toBeNull();
  }, SPAWNS);

  it("exits 2 with the usage without a file, with two files, or with an unreadable one", async () => {
    const none = await run(["explain"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("用法: fazhi explain");
    expect((await run(["explain", seed, "seeds/000_4243a0907fae4251.txt"])).code).toBe(2);
    const missing = await run(["explain", "nope.txt"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.txt");
    expect(missing.stderr).toContain("用法: fazhi explain");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("fazhi init", () => {
  it("writes a working project: lint passes, the rules' examples pass, a seed scores; it refuses to overwrite without --force", async () => {
    const dir = scratch();
    const init = await run(["init"], { cwd: dir });
    expect(init.code).toBe(0);
    for (const f of ["fazhi.config.yaml", "fazhi.config.schema.json", "rules/no-placeholders.yaml", "rules/four-personally.yaml", "plugins/my-plugin.ts"]) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    const config = readFileSync(join(dir, "fazhi.config.yaml"), "utf8");
    expect(config.split("\n")[0]).toBe("# yaml-language-server: $schema=./fazhi.config.schema.json");
    expect(config).toContain("./plugins/my-plugin.ts");
    expect(config).toContain("rulesDir: ./rules");
    expect(JSON.parse(readFileSync(join(dir, "fazhi.config.schema.json"), "utf8"))).toHaveProperty("properties.plugins");

    const lint = await run(["rules", "lint"], { cwd: dir });
    expect(lint.stderr).toBe("");
    expect(lint.code).toBe(0);
    expect((await run(["rules", "test"], { cwd: dir })).code).toBe(0);
    cpSync(join(root, seed), join(dir, "report.txt"));
    const score = await run(["score", "report.txt", "--no-cache", "--format", "json"], { cwd: dir });
    expect(score.stderr).toBe("");
    expect(score.code).toBeLessThanOrEqual(1);
    const result = JSON.parse(score.stdout);
    expect(Object.keys(result.reports[0].checks)).toContain("my/next-year-plan");
    expect(Object.keys(result.reports[0].categories)).toEqual(["content", "publication"]);

    const again = await run(["init"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("fazhi.config.yaml");
    expect(again.stderr).toContain("plugins/my-plugin.ts");
    expect(again.stderr).toContain("--force");
    expect((await run(["init", "--force"], { cwd: dir })).code).toBe(0);
  });
});

describe("fazhi init --recommended", () => {
  it("copies the recommended scheme so a weight is changed by editing one number", async () => {
    const dir = scratch();
    expect((await run(["init", "--recommended"], { cwd: dir })).code).toBe(0);
    const configFile = join(dir, "fazhi.config.yaml");
    const config = readFileSync(configFile, "utf8");
    expect(config).toContain("recommended/default");
    cpSync(join(root, seed), join(dir, "report.txt"));
    const score = async () => JSON.parse((await run(["score", "report.txt", "--no-cache", "--format", "json"], { cwd: dir })).stdout);
    const before = await score();
    expect(Object.keys(before.reports[0].categories)).toEqual(["structure", "indicators", "consistency", "disclosure"]);
    expect(before.rankings[0].entries).toHaveLength(1);
    // The disclosure category's weight, 20 → 60: the total moves towards that category's score.
    writeFileSync(configFile, config.replace(/(- id: disclosure\n(?:.*\n){3}\s+weight: )20/, "$160"));
    const after = await score();
    const disclosure = after.reports[0].categories.disclosure.score * 100;
    expect(Math.abs(after.reports[0].total.score - disclosure)).toBeLessThan(Math.abs(before.reports[0].total.score - disclosure));
  });
});

describe("as a real process (piped)", () => {
  const spawn = (cmd: string, args: string[], cwd = root) =>
    spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0", CI: "" } });

  it("pnpm fazhi score / explain / --help: plain text, exit codes per DESIGN §6, no stack traces", () => {
    const score = spawn("pnpm", ["--silent", "fazhi", "score", seed, "--no-cache"]);
    expect(score.status).toBe(0);
    expect(score.stdout).toContain("商城县人民政府");
    expect(score.stdout).not.toContain("\x1b[");
    expect(score.stderr).not.toContain("\x1b[");
    const fail = spawn("pnpm", ["--silent", "fazhi", "score", seed, "--no-cache", "--fail-under", "100"]);
    expect(fail.status).toBe(1);
    const explain = spawn("pnpm", ["--silent", "fazhi", "explain", seed, "--lang", "en"]);
    expect(explain.status).toBeLessThanOrEqual(1);
    expect(explain.stdout).toContain("effective weight");
    expect(explain.stdout).not.toContain("\x1b[");
    const usage = spawn("pnpm", ["--silent", "fazhi", "explain", "--bogus"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("用法: fazhi explain");
    expect(usage.stderr).not.toMatch(/\n\s+at /);
  }, SPAWNS);

  it("fazhi init, rules lint and score in a fresh folder", () => {
    const dir = scratch();
    cpSync(join(root, seed), join(dir, "report.txt"));
    expect(spawn(tsx, [bin, "init"], dir).status).toBe(0);
    const lint = spawn(tsx, [bin, "rules", "lint"], dir);
    expect(lint.stderr).toBe("");
    expect(lint.status).toBe(0);
    const score = spawn(tsx, [bin, "score", "report.txt", "--no-cache"], dir);
    expect(score.stderr).toBe("");
    expect(score.status).toBeLessThanOrEqual(1);
    expect(score.stdout).toContain("内容完整");
    expect(score.stdout).not.toContain("\x1b[");
    expect(spawn(tsx, [bin, "init"], dir).status).toBe(2);
  }, SPAWNS);
});
