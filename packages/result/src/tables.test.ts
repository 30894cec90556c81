import { describe, expect, it } from "vitest";
import type { Ranking } from "./schema.js";
import { cohortTables, UNGROUPED_KEY } from "./tables.js";
import type { ReportHead } from "./views.js";

/** A report head written for the test: only what a table reads is set. */
function head(file: string, over: { issuer?: string | null; level?: ReportHead["meta"]["level"]; year?: number | null; score?: number | null; error?: boolean; categories?: Record<string, number | null> } = {}): ReportHead {
  return {
    file,
    sha256: file,
    meta: { issuer: over.issuer === undefined ? `${file}机关` : over.issuer, level: over.level ?? null, reportYear: over.year ?? null, addressee: null, documentNumber: null, signedDate: null, publishedDate: null, script: "simplified", pageChrome: false, truncated: false },
    categories: Object.fromEntries(Object.entries(over.categories ?? {}).map(([id, score]) => [id, { title: { zh: id, en: id }, score }])),
    checks: {},
    total: { score: over.score === undefined ? 80 : over.score, grade: over.score === null ? null : "良好" },
    rank: null,
    error: over.error ? { code: "read-failed", message: { zh: "无法读取", en: "Cannot read" } } : null,
    cached: false,
  };
}

const county: Ranking = {
  key: "county|2024",
  cohort: { level: "county", reportYear: 2024 },
  tieBreakers: [],
  notices: [{ code: "small-cohort", message: { zh: "比较组只有两份报告", en: "Only two reports in the cohort" } }],
  entries: [
    { file: "b.txt", issuer: "乙县人民政府", score: 91.5, position: 1, flag: null },
    { file: "a.txt", issuer: null, score: 91.5, position: 1, flag: null },
    { file: "a.docx", issuer: null, score: 91.5, position: null, flag: "duplicate", duplicateOf: "a.txt" },
  ],
};

describe("cohortTables", () => {
  const reports = [
    head("a.docx", { issuer: "甲县人民政府", level: "county", year: 2024, score: 91.5 }),
    head("a.txt", { issuer: "甲县人民政府", level: "county", year: 2024, score: 91.5, categories: { structure: 0.9, indicators: null } }),
    head("b.txt", { issuer: null, score: 91.5 }),
    head("c.txt", { score: null }),
    head("d.txt", { score: null, error: true }),
    head("e.txt", { score: 70 }),
  ];
  const tables = cohortTables({ rankings: [county], reports });

  it("one table per ranking, in rank order, with its title and notices in both languages", () => {
    expect(tables[0]).toMatchObject({ key: "county|2024", title: { zh: "县级 · 2024", en: "County · 2024" }, notices: [{ zh: "比较组只有两份报告" }] });
    expect(tables[0]!.ranking).toBe(county);
    expect(tables[0]!.rows.map((r) => [r.file, r.position, r.flag])).toEqual([
      ["b.txt", 1, null],
      ["a.txt", 1, null],
      ["a.docx", null, "duplicate"],
    ]);
    expect(tables[0]!.rows[2]!.duplicateOf).toBe("a.txt");
  });

  it("a row's issuer, level and year: as ranked, else as the report read them, else the cohort's", () => {
    const [b, a] = tables[0]!.rows;
    expect(b).toMatchObject({ issuer: "乙县人民政府", level: "county", year: 2024, total: 91.5, grade: "良好" });
    expect(a).toMatchObject({ issuer: "甲县人民政府", categories: { structure: 0.9, indicators: null } });
    expect(a!.report).toBe(reports[1]);
  });

  it("reports no ranking lists: one table of their own, flagged by what they lack, none dropped", () => {
    expect(tables).toHaveLength(2);
    const ungrouped = tables[1]!;
    expect(ungrouped).toMatchObject({ key: UNGROUPED_KEY, title: { zh: "未分组", en: "Not grouped" }, notices: [] });
    expect(ungrouped.rows.map((r) => [r.file, r.position, r.flag, r.issuer])).toEqual([
      ["c.txt", null, "incomplete", "c.txt机关"],
      ["d.txt", null, "error", "d.txt机关"],
      ["e.txt", null, null, "e.txt机关"],
    ]);
    const files = tables.flatMap((t) => t.rows.map((r) => r.file)).sort();
    expect(files).toEqual(reports.map((r) => r.file).sort());
  });

  it("a result every ranking covers has no ungrouped table", () => {
    expect(cohortTables({ rankings: [county], reports: reports.slice(0, 3) }).map((t) => t.key)).toEqual(["county|2024"]);
  });
});
