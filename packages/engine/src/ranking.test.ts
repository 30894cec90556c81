import { describe, expect, it } from "vitest";
import type { Level } from "@fazhi/core";
import { cohortKey, rankReports } from "./ranking.js";
import type { ReportResult } from "@fazhi/result";
import { EMPTY_META, errorReport } from "./run-report.js";

function report(file: string, score: number | null, opts: { level?: Level | null; year?: number | null; categories?: Record<string, number | null> } = {}): ReportResult {
  return {
    file,
    sha256: file,
    meta: { ...EMPTY_META, issuer: file, level: opts.level === undefined ? "county" : opts.level, reportYear: opts.year === undefined ? 2023 : opts.year },
    checks: {},
    categories: Object.fromEntries(
      Object.entries(opts.categories ?? {}).map(([id, s]) => [id, { title: { zh: id, en: id }, weight: 1, score: s, status: s === null ? "incomplete" : "scored", passed: 0, total: 1, checkRefs: [] }]),
    ),
    total: { score, grade: null },
    rank: null,
    diagnostics: [],
    error: null,
    cached: false,
  };
}

const positions = (r: ReturnType<typeof rankReports>, cohort = 0) => r.rankings[cohort]!.entries.map((e) => [e.file, e.position]);

describe("rankReports", () => {
  it("competition ranking 1,2,2,4 at the displayed precision", () => {
    const r = rankReports([report("a", 90.04), report("b", 88.96), report("c", 89.04), report("d", 70)], { precision: 1 });
    // 88.96 and 89.04 both display as 89.0
    expect(positions(r)).toEqual([["a", 1], ["b", 2], ["c", 2], ["d", 4]]);
    expect(r.reports.find((x) => x.file === "d")!.rank).toEqual({ cohort: "county", position: 4, of: 4 });
    // at 2 decimals they differ
    expect(positions(rankReports([report("b", 88.96), report("c", 89.04)], { precision: 2 }))).toEqual([["c", 1], ["b", 2]]);
  });

  it("tie-breakers separate ties in order; an unbroken tie shares a position", () => {
    const reports = [
      report("a", 85, { categories: { outline: 0.8, data: 0.9 } }),
      report("b", 85, { categories: { outline: 0.9, data: 0.5 } }),
      report("c", 85, { categories: { outline: 0.8, data: 0.9 } }),
      report("d", 85, { categories: { outline: 0.8, data: 0.7 } }),
    ];
    const r = rankReports(reports, { precision: 1, tieBreakers: [{ category: "outline" }, { category: "data" }] });
    expect(positions(r)).toEqual([["b", 1], ["a", 2], ["c", 2], ["d", 4]]);
    expect(r.rankings[0]!.tieBreakers).toEqual(["outline", "data"]);
  });

  it("a township is never ranked against a county; unknown level gets its own cohort", () => {
    const r = rankReports([report("t1", 99, { level: "township" }), report("c1", 50), report("c2", 60), report("x", 70, { level: null })]);
    expect(r.rankings.map((g) => g.key)).toEqual(["county", "township", "unknown"]);
    expect(positions(r, 0)).toEqual([["c2", 1], ["c1", 2]]);
    expect(positions(r, 1)).toEqual([["t1", 1]]);
    expect(r.rankings[1]!.cohort).toEqual({ level: "township" });
    expect(r.reports.find((x) => x.file === "t1")!.rank).toEqual({ cohort: "township", position: 1, of: 1 });
  });

  it("cohortBy reportYear separates years; otherwise a mixed-years notice", () => {
    const mixed = [report("a", 80, { year: 2023 }), report("b", 70, { year: 2020 }), report("c", 60, { year: null })];
    const together = rankReports(mixed);
    expect(together.rankings).toHaveLength(1);
    expect(together.rankings[0]!.notices).toEqual([
      expect.objectContaining({
        code: "mixed-years",
        message: expect.objectContaining({ zh: "本组包含不同年度的报告（2020、2023），跨年度比较请谨慎；可在 ranking.cohortBy 中加入 reportYear 分开排名。" }),
      }),
    ]);
    const apart = rankReports(mixed, { cohortBy: ["level", "reportYear"] });
    expect(apart.rankings.map((g) => g.key)).toEqual(["county|2020", "county|2023", "county|unknown"]);
    expect(apart.rankings.every((g) => g.notices.length === 0)).toBe(true);
    expect(apart.rankings[1]!.cohort).toEqual({ level: "county", reportYear: 2023 });
    expect(cohortKey(mixed[0]!.meta, ["reportYear", "level"])).toBe("2023|county");
  });

  it("reports with an error or no total are listed last, unranked and flagged", () => {
    const broken = { ...errorReport("e", "binary", { zh: "二进制", en: "binary" }), meta: { ...EMPTY_META, level: "county" as const } };
    const r = rankReports([report("inc", null), broken, report("ok", 50)]);
    expect(r.rankings[0]!.entries).toEqual([
      { file: "ok", issuer: "ok", score: 50, position: 1, flag: null },
      { file: "e", issuer: null, score: null, position: null, flag: "error" },
      { file: "inc", issuer: "inc", score: null, position: null, flag: "incomplete" },
    ]);
    expect(r.reports.map((x) => x.rank)).toEqual([null, null, { cohort: "county", position: 1, of: 1 }]);
  });

  it("is deterministic whatever the input order (ties displayed by file path)", () => {
    const reports = [report("b", 80), report("a", 80), report("c", 90)];
    const once = rankReports(reports);
    const again = rankReports([...reports].reverse());
    expect(again.rankings).toEqual(once.rankings);
    expect(positions(once)).toEqual([["c", 1], ["a", 2], ["b", 2]]);
  });
});

describe("rankReports: reports submitted twice", () => {
  it("ranks the first copy (file order) once and lists the others, flagged, with the file they copy and a notice", () => {
    const first = { ...report("a.docx", 80), textSha256: "t1" };
    const sameText = { ...report("b.doc", 80), textSha256: "t1", meta: { ...report("b.doc", 80).meta, issuer: "读法不同的机关" } };
    const sameIssuerYear = { ...report("c.txt", 60), textSha256: "t2", meta: { ...report("c.txt", 60).meta, issuer: "a.docx" } };
    const other = { ...report("d.txt", 70), textSha256: "t3" };
    const r = rankReports([first, sameText, sameIssuerYear, other]);
    expect(r.rankings[0]!.entries.map((e) => [e.file, e.position, e.flag, e.duplicateOf])).toEqual([
      ["a.docx", 1, null, undefined],
      ["d.txt", 2, null, undefined],
      ["b.doc", null, "duplicate", "a.docx"],
      ["c.txt", null, "duplicate", "a.docx"],
    ]);
    expect(r.reports.find((x) => x.file === "d.txt")!.rank).toEqual({ cohort: "county", position: 2, of: 2 });
    const notice = r.rankings[0]!.notices.find((n) => n.code === "duplicates")!;
    expect(notice.message.zh).toContain("b.doc 与 a.docx");
    expect(notice.message.en).toContain("c.txt as a.docx");
  });

  it("an unreadable file is nobody's copy; different years of one issuer are not copies", () => {
    const broken = { ...errorReport("x.pdf", "unreadable", { zh: "", en: "" }), meta: { ...EMPTY_META, issuer: "甲", level: "county" as const, reportYear: 2023 } };
    const r = rankReports([report("y2023", 80, { year: 2023 }), { ...report("y2024", 70, { year: 2024 }), meta: { ...report("y2024", 70).meta, issuer: "y2023", reportYear: 2024 } }, broken]);
    expect(r.rankings.flatMap((g) => g.entries).filter((e) => e.flag === "duplicate")).toEqual([]);
  });
});
