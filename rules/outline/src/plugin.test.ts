import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument, parseText } from "@fazhi/core";
import { readReportBytes } from "@fazhi/readers";
import { factProviders, PluginSchema, ReportSession, runRule, type OutlinePart } from "@fazhi/rule-kit";
import plugin from "./index.js";
import { OUTLINE, type OutlineFact } from "./outline-fact.js";
import { OUTLINE_PARTS } from "./vocabulary.js";

const RULE_IDS = ["measures", "shortcomings", "first-responsible", "next-year-plan", "other", "canonical-titles", "causes-analysed"];
const PART_RULE: Record<OutlinePart, string> = {
  measures: "measures",
  shortcomings: "shortcomings",
  firstResponsible: "first-responsible",
  nextYearPlan: "next-year-plan",
  other: "other",
};

describe("@fazhi/rules-outline", () => {
  it("matches PluginSchema, namespace outline", () => {
    const parsed = PluginSchema.safeParse(plugin);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(plugin.meta).toEqual({ name: "@fazhi/rules-outline", version: "1.0.0", namespace: "outline" });
  });

  it("has exactly the rule ids the recommended scheme refers to, each keyed by its meta.id", () => {
    expect(Object.keys(plugin.rules).sort()).toEqual([...RULE_IDS].sort());
    for (const [key, rule] of Object.entries(plugin.rules)) expect(key).toBe(rule.meta.id);
  });

  it("provides the outline fact every rule requires", () => {
    for (const rule of Object.values(plugin.rules)) expect(rule.meta.requires).toEqual([OUTLINE]);
    expect(Object.keys(plugin.facts)).toEqual([OUTLINE]);
  });

  it("exposes a result section shaped like the engine's outline record, and spans for scoped queries", () => {
    const model = parseText("一、主要举措和成效\n全年办理复议案件12件。\n二、存在的问题\n执法力量不足。\n", "shape.txt");
    const session = new ReportSession(model, { providers: factProviders([plugin]) });
    const fact = session.fact(OUTLINE) as OutlineFact;
    expect(Object.keys(fact.result).sort()).toEqual([...OUTLINE_PARTS].sort());
    for (const part of OUTLINE_PARTS) {
      const r = fact.result[part];
      expect(["heading", "inline", "absent"]).toContain(r.status);
      expect(typeof r.canonicalTitle).toBe("boolean");
      expect(r.evidence === null || (Number.isInteger(r.evidence.line) && typeof r.evidence.text === "string")).toBe(true);
      expect("causesAnalysed" in r).toBe(part === "shortcomings");
      // The result carries no spans: they are for queries, not for the JSON.
      expect(Object.keys(r).every((k) => ["status", "canonicalTitle", "causesAnalysed", "evidence"].includes(k))).toBe(true);
    }
    // Scoped queries read the spans through the session, from the fact that declares it fills the outline.
    const query = session.query();
    expect(query.hasPhrase(["执法力量不足"])).toBe(true);
    expect(query.hasPhrase(["执法力量不足"], { part: "shortcomings" })).toBe(true);
    expect(query.hasPhrase(["执法力量不足"], { part: "measures" })).toBe(false);
    expect(query.hasPhrase(["复议案件"], { part: "measures" })).toBe(true);
  });
});

/** Every part rule on the seed reports gives the answer key's status as its value. */
describe("part rules on the seed reports", () => {
  const seeds = new URL("../../../seeds/", import.meta.url);
  const key = JSON.parse(readFileSync(new URL("expected/seeds.json", seeds), "utf8")) as {
    reports: Array<{ file: string; outline: Record<OutlinePart, { status: string; causesAnalysed?: boolean }> }>;
  };
  const providers = factProviders([plugin]);
  for (const report of key.reports) {
    it(report.file, async () => {
      const model = parseDocument(readReportBytes(report.file, readFileSync(new URL(report.file, seeds))));
      const session = new ReportSession(model, { providers });
      const run = (id: string) => runRule({ id: `outline/${id}`, rule: plugin.rules[id as keyof typeof plugin.rules], session });
      for (const part of OUTLINE_PARTS) {
        const { outcome } = await run(PART_RULE[part]);
        expect(outcome?.value, `${part}`).toBe(report.outline[part].status);
      }
      const causes = await run("causes-analysed");
      expect(causes.outcome?.value).toBe(report.outline.shortcomings.causesAnalysed);
    });
  }
});
