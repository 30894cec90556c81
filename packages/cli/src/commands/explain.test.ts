import { describe, expect, it } from "vitest";
import { runMain, sampleFolder } from "../test-support.js";

describe("fazhi explain", () => {
  it("writes the total, the grade and every category with its checks, quoting the report for a failed one", async () => {
    const r = await runMain(["explain", "青禾县.txt"], { cwd: sampleFolder() });
    expect(r.code).toBeLessThanOrEqual(1);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("青禾县人民政府");
    expect(lines[2]).toMatch(/^县级 · 2024 年度 · 总分 \d+(\.\d)? · 等级 \S+ · 第 1 名 \/ 共 1 份$/);
    expect(r.stdout).toMatch(/■ 结构完整性 {2}权重 \d+/);
    // The sample lists its shortcomings without analysing causes: that check fails and quotes line 10.
    expect(r.stdout).toContain("✖ 分析不足的原因  (outline/causes-analysed)");
    expect(r.stdout).toContain("第 10 行 “二、2024年度推进法治政府建设存在的不足和原因”");
  });

  it("narrows to one check with --rule; an unknown check gets a did-you-mean (exit 2)", async () => {
    const dir = sampleFolder();
    const one = await runMain(["explain", "青禾县.txt", "--rule", "outline/causes-analysed"], { cwd: dir });
    expect(one.stdout).toContain("(outline/causes-analysed)");
    expect(one.stdout).not.toContain("(outline/measures)");
    const unknown = await runMain(["explain", "青禾县.txt", "--rule", "outline/nope"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("你是不是想找：outline/other？");
  });
});
