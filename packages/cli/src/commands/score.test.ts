/** `fazhi score` never scores silently into nothing: inputs and configs that cannot give a score say so (issue 12). */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runMain, SAMPLE_REPORT } from "../test-support.js";

const scratch = () => mkdtempSync(join(tmpdir(), "fazhi-score-"));
const REPORT = "某县人民政府关于2024年度法治政府建设情况的报告\n\n一、主要举措\n依法行政工作稳步推进。\n";

describe("fazhi score: a config with no scoring scheme", () => {
  it.each([
    ["an empty file", ""],
    ["only settings", "settings:\n  region: 湖北\n"],
  ])("%s exits 2 before reading any report, naming the file and the lines to add", async (_, text) => {
    const dir = scratch();
    writeFileSync(join(dir, "fazhi.config.yaml"), text);
    writeFileSync(join(dir, "r.txt"), REPORT);
    const zh = await runMain(["score", "r.txt", "--no-cache"], { cwd: dir });
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe("");
    expect(zh.stderr).toContain("尚未读取任何报告");
    expect(zh.stderr).toContain(`${join(dir, "fazhi.config.yaml")}:1:1`);
    expect(zh.stderr).toContain("没有评分方案");
    expect(zh.stderr).toContain('extends: ["recommended/default"]');
    const en = await runMain(["score", "r.txt", "--no-cache", "--lang", "en"], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("no scoring scheme");
    expect(en.stderr).toContain('plugins: ["@fazhi/rules-recommended"]');
  });
});

describe("fazhi score: a file with no visible characters", () => {
  it("is an unreadable input like an empty file (exit 2, its reason), not a scored report", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "zw.txt"), "\u200b\u200b\ufeff\n\u200d \u2060\n");
    const r = await runMain(["score", "zw.txt", "--no-cache", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout).reports[0];
    expect(report.total.score).toBeNull();
    expect(report.error.code).toBe("empty");
    expect(report.error.message.zh).toContain("看不见的字符");
  });
});

describe("fazhi score: a folder with a symbolic link to its parent", () => {
  it("finishes, scores each report once, and names the skipped link (Chinese, or English with --lang en)", async () => {
    const dir = scratch();
    mkdirSync(join(dir, "报告/乡镇"), { recursive: true });
    writeFileSync(join(dir, "报告/r.txt"), REPORT);
    symlinkSync("..", join(dir, "报告/乡镇/上级"));
    symlinkSync("..", join(dir, "报告/回到上级"));
    const zh = await runMain(["score", "报告", "--no-cache", "--format", "json"], { cwd: dir });
    const result = JSON.parse(zh.stdout);
    expect(result.reports.map((r: { file: string }) => r.file)).toEqual(["报告/r.txt", "报告/乡镇/上级", "报告/回到上级"]);
    expect(result.reports[1].error).toMatchObject({ code: "symlink-loop" });
    expect(zh.code).toBe(2);
    const text = await runMain(["score", "报告", "--no-cache"], { cwd: dir });
    expect(text.stdout).toContain("已跳过符号链接 报告/回到上级");
    const en = await runMain(["score", "报告", "--no-cache", "--lang", "en"], { cwd: dir });
    expect(en.stdout).toContain("Skipped the symbolic link 报告/回到上级");
  });
});

describe("fazhi score: a check that crashes", () => {
  const plugin = `const rule = (id, title, evaluate) => ({ meta: { id, type: "structure", title, description: { zh: "测试", en: "test" }, messages: {}, version: "1.0.0" }, evaluate });
export default { meta: { name: "fazhi-plugin-crash", version: "1.0.0", namespace: "crash" }, rules: {
  boom: rule("boom", { zh: "会出错的检查", en: "A check that crashes" }, () => { throw new Error("故意出错 on purpose"); }),
  fine: rule("fine", { zh: "正常的检查", en: "A fine check" }, () => ({ score: 1 })),
} };
`;
  const project = () => {
    const dir = scratch();
    writeFileSync(join(dir, "crash.mjs"), plugin);
    writeFileSync(
      join(dir, "fazhi.config.yaml"),
      "plugins: [./crash.mjs]\nscoring:\n  categories:\n    - { id: a, title: 结构, weight: 1, checks: [ { rule: crash/boom }, { rule: crash/fine } ] }\n",
    );
    writeFileSync(join(dir, "r1.txt"), REPORT);
    writeFileSync(join(dir, "r2.txt"), REPORT.replace("某县", "另一县"));
    return dir;
  };
  const score = (dir: string, ...args: string[]) => runMain(["score", "r1.txt", "r2.txt", "--no-cache", "--concurrency", "0", ...args], { cwd: dir });

  it("is counted and named by its title in the summary of every renderer, and the exit code is 1", async () => {
    const dir = project();
    const text = await score(dir);
    expect(text.code, text.stderr).toBe(1);
    expect(text.stdout).toContain("出错 2 份");
    expect(text.stdout).toContain("检查“会出错的检查”运行出错（2 份报告");
    expect(text.stdout).toContain("故意出错");
    expect(text.stdout).not.toContain("crash/boom");
    const en = await score(dir, "--lang", "en");
    expect(en.stdout).toContain("2 with errors");
    expect(en.stdout).toContain('The check "A check that crashes" crashed (in 2 report(s)');

    const json = await score(dir, "--format", "json");
    expect(json.code).toBe(1);
    const { summary } = JSON.parse(json.stdout);
    expect(summary).toMatchObject({ reports: 2, scored: 0, errors: 2, failedChecks: [{ rule: "crash/boom", code: "crash", reports: 2, message: "故意出错 on purpose" }] });

    for (const format of ["md", "html"]) {
      const r = await score(dir, "--format", format);
      expect(r.code, format).toBe(1);
      expect(r.stdout, format).toContain("出错 2 份");
      expect(r.stdout, format).toContain("检查“会出错的检查”运行出错");
    }
    const csv = await score(dir, "--format", "csv");
    expect(csv.stdout).toContain("会出错的检查: crash: 故意出错 on purpose");

    const xlsx = await score(dir, "--format", "xlsx", "--out", "结果.xlsx");
    expect(xlsx.code).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "结果.xlsx"));
    const cells = (name: string) => {
      const out: string[] = [];
      workbook.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? "")).join(" | ")));
      return out;
    };
    expect(cells("说明").some((row) => row.startsWith("检查出错 | 检查“会出错的检查”运行出错（2 份报告") && row.includes("故意出错"))).toBe(true);
    expect(cells("说明").some((row) => row.includes("出错 2 份"))).toBe(true);
    const failed = cells("问题清单").filter((row) => row.includes("故意出错 on purpose"));
    expect(failed.map((row) => row.split(" | ")[1])).toEqual(["r1.txt", "r2.txt"]); // one row per report whose check crashed, named by its title
    for (const row of failed) expect(row.split(" | ")[2]).toBe("会出错的检查");
  });
});

describe("fazhi score: a plugin that never finishes loading", () => {
  it("a top-level await that never settles: exit 2 with the plugin named, before any report is read", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "wait.mjs"), "await new Promise(() => {});\nexport default {};\n");
    writeFileSync(join(dir, "fazhi.config.yaml"), "plugins: [./wait.mjs]\n");
    writeFileSync(join(dir, "r.txt"), REPORT);
    const zh = await runMain(["score", "r.txt", "--no-cache"], { cwd: dir });
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe("");
    expect(zh.stderr).toContain("fazhi.config.yaml:1:11");
    expect(zh.stderr).toContain("插件“./wait.mjs”");
    expect(zh.stderr).toContain("顶层的 await");
    const en = await runMain(["score", "r.txt", "--no-cache", "--lang", "en"], { cwd: dir });
    expect(en.stderr).toContain("can never finish loading: a top-level await");
  });
});

describe("fazhi score --format text: the width", () => {
  const LONG = "青禾县经济技术开发区管理委员会社会事业局";
  const folder = () => {
    const dir = scratch();
    writeFileSync(join(dir, "a.txt"), SAMPLE_REPORT);
    writeFileSync(join(dir, "b.txt"), SAMPLE_REPORT.replaceAll("青禾县人民政府", LONG));
    return dir;
  };
  const width = (line: string) => [...line].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) && !/[▏▎▍▌▋▊▉█…—·]/.test(ch) ? 2 : 1), 0);

  it.each([80, 120, 200])("--width %i: no line is wider; from 120 columns each category has its number and the issuer its full name", async (columns) => {
    const r = await runMain(["score", ".", "--no-cache", "--format", "text", "--width", String(columns)], { cwd: folder() });
    expect(r.code).toBeLessThanOrEqual(1);
    for (const line of r.stdout.split("\n")) expect(width(line), line).toBeLessThanOrEqual(columns);
    const row = r.stdout.split("\n").find((l) => l.includes("青禾县经济"))!;
    if (columns >= 120) {
      expect(row).toContain(LONG);
      expect(row).toMatch(/[▏▎▍▌▋▊▉█] +\d{1,3}( |$)/);
    } else {
      expect(row).not.toContain(LONG);
    }
  });

  it("COLUMNS sets the width when --width is not given; a bad --width is a usage error", async () => {
    const dir = folder();
    const wide = await runMain(["score", ".", "--no-cache", "--format", "text"], { cwd: dir, env: { COLUMNS: "160" } });
    expect(wide.stdout).toContain(LONG);
    const bad = await runMain(["score", ".", "--no-cache", "--format", "text", "--width", "30"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--width 应为不小于 40 的整数");
  });
});

describe("fazhi score: a report submitted twice", () => {
  it("is ranked once and flagged, with a notice naming both files, in every format", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "青禾县.txt"), SAMPLE_REPORT);
    // The same report again, with other line breaks (as a second format of one document reads).
    writeFileSync(join(dir, "青禾县-再次报送.txt"), SAMPLE_REPORT.replaceAll("\n\n", "\n"));
    const json = JSON.parse((await runMain(["score", ".", "--no-cache", "--format", "json"], { cwd: dir })).stdout);
    const entries = json.rankings[0].entries;
    expect(entries.map((e: { file: string; position: number | null; flag: string | null }) => [e.file, e.position, e.flag])).toEqual([
      ["青禾县-再次报送.txt", 1, null],
      ["青禾县.txt", null, "duplicate"],
    ]);
    expect(entries[1].duplicateOf).toBe("青禾县-再次报送.txt");
    for (const format of ["text", "csv", "md", "html"]) {
      const out = (await runMain(["score", ".", "--no-cache", "--format", format], { cwd: dir })).stdout;
      expect(out, format).toContain("重复提交");
      // (the plain-text notice wraps; its lines are joined here)
      expect(out.replace(/\n\s*/g, ""), format).toMatch(format === "csv" ? /重复提交/ : /青禾县\.txt 与 青禾县-再次报送\.txt/);
    }
  });
});
