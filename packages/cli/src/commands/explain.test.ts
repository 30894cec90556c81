import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain, SAMPLE_REPORT, sampleFolder } from "../test-support.js";

describe("fazhi explain", () => {
  it("writes the total, the grade and every category with its checks, quoting the report for a failed one", async () => {
    const r = await runMain(["explain", "青禾县.txt"], { cwd: sampleFolder() });
    expect(r.code).toBeLessThanOrEqual(1);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("青禾县人民政府");
    expect(lines[2]).toMatch(/^县级 · 2024 年度 · 总分 \d+(\.\d)? · 等级 \S+ · 单独评分，未排名次（--among 文件夹 可看名次）$/);
    expect(r.stdout).toMatch(/■ 结构完整性 {2}权重 \d+/);
    // The sample lists its shortcomings without analysing causes: that check fails and quotes line 10.
    expect(r.stdout).toContain("✖ 分析不足的原因");
    expect(r.stdout).not.toContain("outline/");
    expect(r.stdout).toContain("第 10 行 “二、2024年度推进法治政府建设存在的不足和原因”");
  });

  it("--among FOLDER gives the report's rank within its cohort there", async () => {
    const dir = sampleFolder();
    mkdirSync(join(dir, "收到"));
    // Three county reports: the sample, one with a better total (the same text with its causes analysed), one bare.
    writeFileSync(join(dir, "收到", "青禾县.txt"), SAMPLE_REPORT);
    writeFileSync(join(dir, "收到", "白沙县.txt"), SAMPLE_REPORT.replaceAll("青禾县", "白沙县").replace("存在的不足和原因\n", "存在的不足和原因\n究其原因，一是对依法行政重视不够，二是执法队伍专业力量不足。\n"));
    writeFileSync(join(dir, "收到", "石门县.txt"), "石门县人民政府关于2024年度法治政府建设情况的报告\n\n2024年，石门县依法行政工作稳步推进。\n");
    const folder = await runMain(["score", "收到", "--format", "json", "--no-cache"], { cwd: dir });
    const rank = JSON.parse(folder.stdout).reports.find((r: { file: string }) => r.file === "收到/青禾县.txt").rank;
    const r = await runMain(["explain", "收到/青禾县.txt", "--among", "收到"], { cwd: dir });
    expect(r.stdout.split("\n")[2]).toMatch(new RegExp(` · 第 ${rank.position} 名 / 共 3 份$`));
    expect(rank.position).toBeGreaterThan(1);
  });

  it("narrows to one check with --rule (its title or its id); an unknown check gets a did-you-mean (exit 2)", async () => {
    const dir = sampleFolder();
    const one = await runMain(["explain", "青禾县.txt", "--rule", "outline/causes-analysed"], { cwd: dir });
    expect(one.stdout).toContain("分析不足的原因");
    expect(one.stdout).not.toMatch(/[✔✖◐–] 主要举措和成效/);
    expect((await runMain(["explain", "青禾县.txt", "--rule", "分析不足的原因"], { cwd: dir })).stdout).toBe(one.stdout);
    const misspelt = await runMain(["explain", "青禾县.txt", "--rule", "分析不足原因"], { cwd: dir });
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain("你是不是想找：分析不足的原因");
    const unknown = await runMain(["explain", "青禾县.txt", "--rule", "outline/nope"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("你是不是想找：outline/other？");
  });
});
