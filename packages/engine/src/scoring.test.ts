import { describe, expect, it } from "vitest";
import type { ReportResult } from "@fazhi/result";
import { applyValueScoring, explainReport, gradeFor, roundTo, scoreCategory, scoreCheck, scoreReport, scoreTotal, type RuleRun } from "./scoring.js";
import type { CheckRef, Scheme } from "./types.js";
import { DEFAULT_GRADES } from "./test-fixtures/config.js";

const ref = (rule: string, weight = 1, extra: Partial<CheckRef> = {}): CheckRef => ({ rule, weight, whenMissing: "zero", ...extra });
const evaluated = (score: number | null, extra: Partial<RuleRun["outcome"] & object> = {}): RuleRun => ({
  hasEvaluate: true,
  findingCount: 0,
  outcome: { score, ...extra },
  failed: false,
});
const visitorOnly = (findingCount: number): RuleRun => ({ hasEvaluate: false, findingCount, outcome: null, failed: false });
const crashed: RuleRun = { hasEvaluate: true, findingCount: 0, outcome: null, failed: true };

function scheme(categories: Scheme["categories"]): Scheme {
  return { id: "s", version: "1", title: { zh: "s", en: "s" }, categories, grades: DEFAULT_GRADES, ranking: { cohortBy: ["level"], precision: 1, tieBreakers: [] } };
}
const category = (id: string, checks: CheckRef[], weight = 1): Scheme["categories"][number] => ({ id, title: { zh: id, en: id }, weight, checks });

describe("check scores", () => {
  it("visitor-only rules are binary: 1 without findings, 0 with any", () => {
    expect(scoreCheck(visitorOnly(0), ref("a"))).toEqual({ score: 1, scoreMode: "binary" });
    expect(scoreCheck(visitorOnly(3), ref("a"))).toEqual({ score: 0, scoreMode: "binary" });
  });
  it("evaluate's score is numeric", () => {
    expect(scoreCheck(evaluated(0.7), ref("a"))).toEqual({ score: 0.7, scoreMode: "numeric" });
  });
  it("notApplicable outcome, errors and informative rules", () => {
    expect(scoreCheck(evaluated(null, { notApplicable: true }), ref("a"))).toEqual({ score: null, scoreMode: "notApplicable" });
    expect(scoreCheck(crashed, ref("a"))).toEqual({ score: null, scoreMode: "error" });
    expect(scoreCheck(evaluated(1), undefined)).toEqual({ score: null, scoreMode: "informative" });
  });
  it("missing score or value follows whenMissing", () => {
    expect(scoreCheck(evaluated(null), ref("a"))).toEqual({ score: 0, scoreMode: "numeric" });
    expect(scoreCheck(evaluated(null), ref("a", 1, { whenMissing: "notApplicable" }))).toEqual({ score: null, scoreMode: "notApplicable" });
    const linear = { linear: { zeroAt: 0.5, fullAt: 1 } };
    expect(scoreCheck(evaluated(null), ref("a", 1, { scoring: linear }))).toEqual({ score: 0, scoreMode: "numeric" });
    expect(scoreCheck(evaluated(null, { value: "n/a" }), ref("a", 1, { scoring: linear, whenMissing: "notApplicable" }))).toEqual({ score: null, scoreMode: "notApplicable" });
  });
  it("scheme scoring applies to the outcome value", () => {
    expect(scoreCheck(evaluated(null, { value: 0.75 }), ref("a", 1, { scoring: { linear: { zeroAt: 0.5, fullAt: 1 } } }))).toEqual({ score: 0.5, scoreMode: "numeric" });
  });
});

describe("value scoring", () => {
  it("bands: the highest min the value reaches", () => {
    const bands = { bands: [{ min: 0.95, score: 1 }, { min: 0.9, score: 0.8 }, { min: 0.8, score: 0.5 }] };
    expect(applyValueScoring(0.97, bands)).toBe(1);
    expect(applyValueScoring(0.95, bands)).toBe(1);
    expect(applyValueScoring(0.92, bands)).toBe(0.8);
    expect(applyValueScoring(0.5, bands)).toBe(0);
    // order written does not matter
    expect(applyValueScoring(0.92, { bands: [...bands.bands].reverse() })).toBe(0.8);
  });
  it("bands with max: lower is better", () => {
    const bands = { bands: [{ max: 5, score: 1 }, { max: 10, score: 0.5 }] };
    expect(applyValueScoring(3, bands)).toBe(1);
    expect(applyValueScoring(5, bands)).toBe(1);
    expect(applyValueScoring(7, bands)).toBe(0.5);
    expect(applyValueScoring(11, bands)).toBe(0);
  });
  it("linear, clamped, and reversed for lower is better", () => {
    expect(applyValueScoring(0.75, { linear: { zeroAt: 0.5, fullAt: 1 } })).toBe(0.5);
    expect(applyValueScoring(2, { linear: { zeroAt: 0.5, fullAt: 1 } })).toBe(1);
    expect(applyValueScoring(0, { linear: { zeroAt: 0.5, fullAt: 1 } })).toBe(0);
    expect(applyValueScoring(25, { linear: { zeroAt: 100, fullAt: 0 } })).toBe(0.75);
    expect(applyValueScoring(150, { linear: { zeroAt: 100, fullAt: 0 } })).toBe(0);
  });
  it("target: full within tolerance, falling to 0 over the falloff", () => {
    const target = { target: { value: 1, tolerance: 0.01, falloff: 0.1 } };
    expect(applyValueScoring(1.005, target)).toBe(1);
    expect(applyValueScoring(0.94, target)).toBeCloseTo(0.5, 10);
    expect(applyValueScoring(0.5, target)).toBe(0);
  });
});

describe("categories and total", () => {
  it("weighted mean of check scores", () => {
    const c = scoreCategory(category("c", [ref("a", 3), ref("b", 1)]), (r) => (r.rule === "a" ? { score: 1, scoreMode: "numeric" } : { score: 0.2, scoreMode: "numeric" }));
    expect(c.status).toBe("scored");
    expect(c.score).toBeCloseTo((3 * 1 + 0.2) / 4, 12);
    expect(c.passed).toBe(1);
    expect(c.total).toBe(2);
    expect(c.checkRefs.map((r) => r.contribution)).toEqual([0.75, 0.05]);
  });
  it("not-applicable checks get effectiveWeight 0 and stay visible", () => {
    const c = scoreCategory(category("c", [ref("a", 2), ref("na", 5)]), (r) => (r.rule === "a" ? { score: 0.5, scoreMode: "numeric" } : { score: null, scoreMode: "notApplicable" }));
    expect(c.score).toBe(0.5);
    expect(c.total).toBe(1);
    expect(c.checkRefs).toEqual([
      { id: "a", weight: 2, effectiveWeight: 2, contribution: 0.5 },
      { id: "na", weight: 5, effectiveWeight: 0, contribution: 0 },
    ]);
  });
  it("a check in error makes the category incomplete, never renormalised", () => {
    const c = scoreCategory(category("c", [ref("a"), ref("x")]), (r) => (r.rule === "a" ? { score: 1, scoreMode: "numeric" } : { score: null, scoreMode: "error" }));
    expect(c.status).toBe("incomplete");
    expect(c.score).toBeNull();
    expect(c.checkRefs.every((r) => r.contribution === null)).toBe(true);
    expect(c.total).toBe(2);
  });
  it("all not applicable → category not applicable, weight 0 in the total", () => {
    const s = scheme([category("one", [ref("a")], 1), category("two", [ref("na")], 3)]);
    const { categories, total } = scoreReport(s, new Map([["a", evaluated(0.8)], ["na", evaluated(null, { notApplicable: true })]]));
    expect(categories.two!.status).toBe("notApplicable");
    expect(categories.two!.score).toBeNull();
    expect(total).toEqual({ score: 80, grade: "良好" });
  });
  it("total = weighted mean of categories × 100, rounded to 2 decimals", () => {
    const s = scheme([category("one", [ref("a")], 2), category("two", [ref("b")], 1)]);
    const { total } = scoreReport(s, new Map([["a", evaluated(0.9)], ["b", evaluated(1 / 3)]]));
    expect(total.score).toBe(71.11); // (0.9×2 + 0.3333×1) / 3 × 100 = 71.111…
    expect(total.grade).toBe("合格");
  });
  it("total is null when a category is incomplete or nothing is scored", () => {
    const s = scheme([category("one", [ref("a")]), category("two", [ref("b")])]);
    expect(scoreReport(s, new Map([["a", evaluated(1)], ["b", crashed]])).total).toEqual({ score: null, grade: null });
    const na = evaluated(null, { notApplicable: true });
    expect(scoreReport(s, new Map([["a", na], ["b", na]])).total).toEqual({ score: null, grade: null });
  });
  it("rules in no category are informative", () => {
    const s = scheme([category("one", [ref("a")])]);
    const { checkScores } = scoreReport(s, new Map([["a", evaluated(1)], ["extra", visitorOnly(2)]]));
    expect(checkScores.get("extra")).toEqual({ score: null, scoreMode: "informative" });
  });
  it("grades: highest min the total reaches", () => {
    expect(gradeFor(90, DEFAULT_GRADES)).toBe("优秀");
    expect(gradeFor(89.99, DEFAULT_GRADES)).toBe("良好");
    expect(gradeFor(59.99, DEFAULT_GRADES)).toBe("不合格");
    expect(gradeFor(50, [{ name: "A", min: 60 }])).toBeNull();
    expect(scoreTotal({}, DEFAULT_GRADES)).toEqual({ score: null, grade: null });
  });
  it("roundTo ignores floating-point noise", () => {
    expect(roundTo(84.999999999999, 2)).toBe(85);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(0.1 + 0.2, 2)).toBe(0.3);
  });
});

describe("explainReport", () => {
  it("writes out each category's and the total's arithmetic", () => {
    const s = scheme([category("one", [ref("a", 3), ref("b", 1), ref("na", 2)], 2), category("two", [ref("c")], 1)]);
    const runs = new Map([["a", evaluated(1)], ["b", evaluated(0.2)], ["na", evaluated(null, { notApplicable: true })], ["c", evaluated(0.5)]]);
    const { checkScores, categories, total } = scoreReport(s, runs);
    const checks = Object.fromEntries(
      [...checkScores].map(([id, c]) => [id, { ...c, level: "warn" as const, title: { zh: id, en: id }, findings: [], evidence: [] }]),
    );
    const report = { checks, categories, total, error: null } as unknown as ReportResult;
    const lines = explainReport(report, s);
    expect(lines.map((l) => l.text.en)).toEqual([
      "one: (a: 1×3 + b: 0.2×1 + na: n/a×0) / 4 = 0.8",
      "two: (c: 0.5×1) / 1 = 0.5",
      "total: 100 × (one: 0.8×2 + two: 0.5×1) / 3 = 70, grade 合格",
    ]);
    expect(lines[0]!.numerator).toBeCloseTo(3.2, 12);
    expect(lines[0]!.denominator).toBe(4);
    expect(lines[2]!.result).toBe(70);
  });
  it("says why a category has no score", () => {
    const s = scheme([category("one", [ref("a"), ref("x")])]);
    const { checkScores, categories, total } = scoreReport(s, new Map([["a", evaluated(1)], ["x", crashed]]));
    const checks = Object.fromEntries([...checkScores].map(([id, c]) => [id, c]));
    const lines = explainReport({ checks, categories, total, error: null } as unknown as ReportResult, s);
    expect(lines[0]!.text.en).toBe("one: incomplete (a check failed, so no score): (a: 1×1 + x: error×1) / 2");
    expect(lines[1]!.result).toBeNull();
  });
});

describe("level profiles: a check that applies by meta.level", () => {
  const governments = ref("x/village", 2, { levels: ["province", "city", "county", "township"] });
  const departments = ref("x/department", 2, { levels: ["department"] });

  it("is not applicable (weight 0) for a report of another level, scored for its own", () => {
    expect(scoreCheck(evaluated(0), governments, "department")).toEqual({ score: null, scoreMode: "notApplicable" });
    expect(scoreCheck(evaluated(0), governments, "county")).toEqual({ score: 0, scoreMode: "numeric" });
    expect(scoreCheck(evaluated(0.5), departments, "department")).toEqual({ score: 0.5, scoreMode: "numeric" });
  });

  it("a report of unknown level is scored as a government's, never exempted for lack of a level", () => {
    expect(scoreCheck(evaluated(0), governments, null)).toEqual({ score: 0, scoreMode: "numeric" });
    expect(scoreCheck(evaluated(1), departments, null)).toEqual({ score: null, scoreMode: "notApplicable" });
  });

  it("a department is not marked down by a government-only check: the category keeps its weight on display", () => {
    const runs = new Map<string, RuleRun>([
      ["x/village", evaluated(0)],
      ["x/department", evaluated(1)],
    ]);
    const s = scheme([category("indicators", [governments, departments])]);
    const dept = scoreReport(s, runs, "department");
    expect(dept.categories.indicators!.score).toBe(1);
    expect(dept.categories.indicators!.checkRefs.map((r) => [r.id, r.weight, r.effectiveWeight])).toEqual([
      ["x/village", 2, 0],
      ["x/department", 2, 2],
    ]);
    expect(scoreReport(s, runs, "township").categories.indicators!.score).toBe(0);
  });
});
