import { describe, expect, it } from "vitest";
import { ReportModelSchema } from "@fazhi/core";
import { runMain, sampleFolder } from "../test-support.js";

describe("fazhi parse", () => {
  it("prints the issuer, level, year, dates and the heading outline with line numbers", async () => {
    const r = await runMain(["parse", "青禾县.txt"], { cwd: sampleFolder() });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/发文机关 {2}青禾县人民政府\n/);
    expect(r.stdout).toMatch(/层级　　 {2}县级\n/);
    expect(r.stdout).toMatch(/报告年度 {2}2024\n/);
    expect(r.stdout).toMatch(/成文日期 {2}2025-03-20\n/);
    expect(r.stdout).toContain("    四、2025年度推进法治政府建设的主要安排  [第 16 行]\n");
    expect(r.stdout).toContain("      （二）严格规范公正文明执法  [第 7 行]\n");
  });

  it("writes the model as JSON: the numbers the report states, with their kinds", async () => {
    const r = await runMain(["parse", "青禾县.txt", "--format", "json"], { cwd: sampleFolder() });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { documents: unknown[]; errors: unknown[] };
    expect(out.errors).toEqual([]);
    const model = ReportModelSchema.parse(out.documents[0]);
    expect(model.meta).toMatchObject({ issuer: "青禾县人民政府", level: "county", reportYear: 2024 });
    const raws = model.numbers.map((n) => n.raw);
    expect(raws).toEqual(expect.arrayContaining(["41件", "99.8%", "100%"]));
  });

  it("names a file it cannot read, parses the others, and exits 2", async () => {
    const r = await runMain(["parse", "没有这个文件.txt", "青禾县.txt", "--lang", "en"], { cwd: sampleFolder() });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("青禾县人民政府");
    expect(r.stderr).toContain("没有这个文件.txt");
    expect(r.stderr).toContain("1 of 2 files could not be read; the others were parsed.");
  });
});
