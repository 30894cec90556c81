import { ResultSchema } from "@fazhi/result";
import { describe, expect, it } from "vitest";
import { fixtureResult } from "./result.js";

describe("the reporters' result fixture", () => {
  it("validates against ResultSchema", () => {
    const parsed = ResultSchema.safeParse(fixtureResult);
    expect(parsed.success ? "" : parsed.error.message).toBe("");
  });

  it("covers the cases the reporters must handle", () => {
    const county = fixtureResult.rankings.find((r) => r.key === "county")!;
    expect(county.entries.filter((e) => e.position === 1)).toHaveLength(2); // a tie
    expect(fixtureResult.reports.some((r) => r.error)).toBe(true);
    expect(fixtureResult.reports.some((r) => Object.values(r.categories).some((c) => c.status === "incomplete"))).toBe(true);
    expect(fixtureResult.reports.some((r) => Object.values(r.checks).some((c) => c.scoreMode === "notApplicable"))).toBe(true);
    expect(fixtureResult.reports.some((r) => r.meta.script === "traditional")).toBe(true);
  });

  it("totals agree with the category scores (weights 40/40/20)", () => {
    for (const r of fixtureResult.reports.filter((r) => r.total.score !== null)) {
      const c = r.categories;
      const total = (c.structure!.score! * 40 + c.indicators!.score! * 40 + c.disclosure!.score! * 20);
      expect(total).toBeCloseTo(r.total.score!, 6);
    }
  });
});
