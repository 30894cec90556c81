import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain, SAMPLE_REPORT, sampleFolder } from "../test-support.js";

/** Two counties' reports: the sample and a copy without its next-year plans (which scores lower). */
function folder(): string {
  const dir = sampleFolder();
  const weaker = SAMPLE_REPORT.replaceAll("青禾县", "白石县").replace(/四、2025年度[\s\S]*?五、/, "四、");
  writeFileSync(join(dir, "白石县.txt"), weaker);
  return dir;
}

interface Json {
  reports: Array<{ file: string; meta: { issuer: string }; total: { score: number; grade: string }; rank: unknown }>;
}

describe("fazhi score", () => {
  it("scores and ranks a folder: the full report first, the one missing its plans second", async () => {
    const dir = folder();
    const r = await runMain(["score", ".", "--format", "json", "--no-cache"], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Json;
    const byIssuer = Object.fromEntries(json.reports.map((x) => [x.meta.issuer, x.total]));
    expect(Object.keys(byIssuer).sort()).toEqual(["白石县人民政府", "青禾县人民政府"]);
    expect(byIssuer["青禾县人民政府"]!.score).toBeGreaterThan(byIssuer["白石县人民政府"]!.score);
    const text = await runMain(["score", ".", "--no-cache"], { cwd: dir });
    const rows = text.stdout.split("\n").filter((l) => /^\s+\d\s+\S+人民政府/.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/).slice(0, 2))).toEqual([
      ["1", "青禾县人民政府"],
      ["2", "白石县人民政府"],
    ]);
  });

  it("exits 1 when a report scores under --fail-under, and writes csv to --out", async () => {
    const dir = folder();
    expect((await runMain(["score", "青禾县.txt", "--fail-under", "99", "--no-cache"], { cwd: dir })).code).toBe(1);
    expect((await runMain(["score", "青禾县.txt", "--fail-under", "10", "--no-cache"], { cwd: dir })).code).toBe(0);
    const out = await runMain(["score", ".", "--format", "csv", "--out", "结果.csv", "--no-cache"], { cwd: dir });
    expect(out.code).toBe(0);
    const csv = readFileSync(join(dir, "结果.csv"), "utf8");
    expect(csv).toContain("青禾县人民政府");
    expect(csv).toContain("白石县人民政府");
  });

  it("refuses a bad --format with the allowed ones and a did-you-mean for a misspelt option (exit 2)", async () => {
    const dir = folder();
    const bad = await runMain(["score", ".", "--format", "xml"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--format 只能是");
    const typo = await runMain(["score", ".", "--fail-undr", "60"], { cwd: dir });
    expect(typo.stderr).toContain("是不是“--fail-under”？");
  });
});
