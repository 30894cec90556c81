import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resultJsonChunks } from "@fazhi/result";
import type { ReportResult } from "@fazhi/result";
import { EMPTY_META } from "./run-report.js";
import { scoreFiles, scoreRun } from "./score-files.js";
import { fullReports, hasErrorFinding, headOf, materialize } from "@fazhi/result";
import { composeStored, ReportStore } from "./stored-result.js";
import { testConfig } from "./test-fixtures/config.js";
import { tmpDir, writeReports } from "./test-fixtures/reports.js";

const HEAD = { tool: { name: "fazhi" as const, version: "1" }, profile: { id: "p", version: "1", hash: "h" } };
const RANKING = { cohortBy: ["level" as const], precision: 1, tieBreakers: [] };

function report(file: string, score: number | null, severity: "info" | "error" = "info"): ReportResult {
  const evidence = { line: 3, text: "全年办理行政复议案件一百二十件，其中撤销、变更十件。" };
  return {
    file,
    sha256: file,
    meta: { ...EMPTY_META, issuer: `${file}人民政府`, level: "county", reportYear: 2024, encodingDamage: [evidence] },
    checks: {
      "a/check": { score: 1, scoreMode: "numeric", level: "warn", title: { zh: "检查", en: "Check" }, findings: [{ ruleId: "a/check", messageId: "m", message: { zh: "说明", en: "Note" }, severity, evidence: [evidence] }], evidence: [evidence] },
    },
    categories: { c: { title: { zh: "类别", en: "Category" }, weight: 1, score: score === null ? null : score / 100, status: "scored", passed: 1, total: 1, checkRefs: [{ id: "a/check", weight: 1, effectiveWeight: 1, contribution: 1 }] } },
    total: { score, grade: null },
    rank: null,
    diagnostics: [],
    error: null,
    cached: false,
    indicators: [{ id: "x", value: 1, unit: "件", basis: "stated", approx: false, evidence }],
  };
}

describe("ReportStore", () => {
  it("past spillAbove keeps heads only and reads each report back whole, the same as it went in", () => {
    const store = new ReportStore(2);
    const reports = ["丙县", "甲县", "乙县", "丁县"].map((f, i) => report(f, 90 - i, i === 3 ? "error" : "info"));
    store.add(reports[0]!);
    store.add(reports[1]!);
    expect(store.spilledTo).toBeNull();
    store.add(reports[2]!);
    store.add(reports[3]!);
    const dir = store.spilledTo!;
    expect(existsSync(dir)).toBe(true);
    for (let i = 0; i < reports.length; i++) {
      expect(store.get(i)).toEqual(reports[i]);
      expect(store.head(i)).not.toHaveProperty("indicators");
      expect(store.head(i).meta).not.toHaveProperty("encodingDamage");
    }
    // Only checks that failed or found an error stay in a head.
    expect(Object.keys(store.head(0).checks)).toEqual([]);
    expect(store.head(3).checks["a/check"]).toEqual({ title: { zh: "检查", en: "Check" }, findings: [{ severity: "error" }] });
    expect(hasErrorFinding(store.head(3))).toBe(true);
    expect(hasErrorFinding(store.head(0))).toBe(false);
    store.close();
    expect(existsSync(dir)).toBe(false);
  });

  it("a spilled result ranks, counts and writes the same JSON as one held in memory", () => {
    const reports = ["丙县", "甲县", "乙县", "丁县", "戊县"].map((f, i) => report(f, i === 4 ? null : 80 + (i % 2) * 5));
    const compose = (spillAbove: number) => {
      const store = new ReportStore(spillAbove);
      reports.forEach((r) => store.add(r));
      return composeStored(store, HEAD, RANKING, 7);
    };
    const held = compose(Infinity);
    const spilled = compose(0);
    const whole = materialize(held);
    expect(materialize(spilled)).toEqual(whole);
    expect(spilled.reports.map((h) => [h.file, h.rank?.position ?? null])).toEqual(whole.reports.map((r) => [r.file, r.rank?.position ?? null]));
    expect(spilled.summary).toEqual({ reports: 5, scored: 4, errors: 0, cached: 0, durationMs: 7 });
    expect([...resultJsonChunks(spilled)].map((piece) => piece.toString()).join("")).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    expect([...fullReports(spilled)].map((r) => r.file)).toEqual(whole.reports.map((r) => r.file));
    spilled.close();
  });

  it("headOf keeps what tables and exit codes read", () => {
    const r = report("甲县", 88, "error");
    expect(headOf(r)).toMatchObject({ file: "甲县", total: { score: 88 }, categories: { c: { title: { zh: "类别", en: "Category" }, score: 0.88 } } });
  });
});

describe("scoreRun", () => {
  it("spills a large run to disk and gives the same result as scoreFiles", async () => {
    const cwd = await tmpDir();
    const files: Record<string, { issuer: string; body: string[] }> = {};
    for (const n of ["一", "二", "三", "四", "五"]) files[`r/${n}.txt`] = { issuer: `${n}号县人民政府`, body: ["自评90分。"] };
    await writeReports(cwd, files);
    const config = testConfig({ categories: [{ id: "self", weight: 1, checks: ["self-score"] }], files: ["**/*.txt"] });
    const options = { paths: ["r"], config, cwd, concurrency: 0, cache: false as const, toolVersion: "t" };
    const strip = (x: unknown) => JSON.parse(JSON.stringify(x, (k, v) => (k === "timing" || k === "durationMs" ? undefined : v)));
    const stored = await scoreRun({ ...options, spillAbove: 2 });
    const whole = await scoreFiles(options);
    expect(strip(materialize(stored))).toEqual(strip(whole));
    stored.close();
  });
});
