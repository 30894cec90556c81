import { describe, expect, it } from "vitest";
import { CATALOGUE, CatalogueError, DOMAINS, validateCatalogue, type CatalogueData } from "./catalogue.js";
import * as data from "./catalogue.data.js";

const KEY_IDS = [
  "litigation.headAppearanceRate", "litigation.speakRate", "litigation.cases", "litigation.closed", "litigation.lost", "litigation.lossRate",
  "reconsideration.applications", "reconsideration.accepted", "reconsideration.rejected", "reconsideration.concluded", "reconsideration.corrected",
  "reconsideration.correctionRate", "reconsideration.mediationRate", "reconsideration.settledByMediation", "reconsideration.resolutionRate",
  "reconsideration.closureRate", "mediation.cases", "mediation.succeeded", "mediation.successRate", "enforcement.certifiedRate",
  "legalAdvisor.coverage", "legalAdvisor.villageCoverage", "normativeDocs.filingRate", "legalReview.rate", "penalty.publicationRate",
  "study.participationRate", "study.passRate", "service.onlineRate", "service.inclusionRate", "hotline.received", "hotline.closed",
  "hotline.handled", "hotline.onTimeRate", "hotline.satisfactionRate", "hotline.callbackRate", "proposals.completionRate",
  "proposals.satisfactionRate", "report.publishRate",
];

const good = (): CatalogueData => ({ domains: DOMAINS, entries: structuredClone(data.ENTRIES) });

describe("catalogue", () => {
  it("holds every indicator of DOMAIN §3 under the answer key's ids", () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(20);
    for (const id of KEY_IDS) expect(CATALOGUE.map((e) => e.id)).toContain(id);
  });

  it("every rate names its formula's counts; every entry has zh and en names", () => {
    for (const e of CATALOGUE) {
      expect(e.name.zh && e.name.en).toBeTruthy();
      if (e.formula) expect(e.unit).toBe("ratio");
    }
  });

  it("a bad entry throws, naming it", () => {
    const bad = good();
    bad.entries.push({ id: "mediation.bogus", name: { zh: "坏", en: "" }, domain: "mediation", unit: "ratio", direction: "higher", labels: ["x"] });
    expect(() => validateCatalogue(bad)).toThrow(CatalogueError);
    expect(() => validateCatalogue(bad)).toThrow(/"mediation\.bogus".*name\.en/);
  });

  it("unknown domain, unknown formula id, duplicate id, formula on a count all throw with the id", () => {
    const base = { name: { zh: "甲", en: "A" }, unit: "ratio" as const, direction: "higher" as const, labels: ["甲率"] };
    const cases: Array<[CatalogueData["entries"][number], RegExp]> = [
      [{ ...base, id: "x.unknownDomain", domain: "nowhere" }, /"x\.unknownDomain".*unknown domain/],
      [{ ...base, id: "x.badFormula", domain: "mediation", formula: { numerator: ["mediation.nope"], denominator: "mediation.cases" } }, /"x\.badFormula".*mediation\.nope/],
      [{ ...base, id: "mediation.cases", domain: "mediation", unit: "count" }, /"mediation\.cases" is listed twice/],
      [{ ...base, id: "x.countFormula", domain: "mediation", unit: "count", formula: { numerator: ["mediation.succeeded"], denominator: "mediation.cases" } }, /"x\.countFormula".*only for rates/],
      [{ ...base, id: "x.badGap", domain: "mediation", implied: [{ phrases: ["…全覆盖"], value: 1 }] }, /"x\.badGap"/],
      [{ ...base, id: "x.badValue", domain: "mediation", implied: [{ phrases: ["全覆盖"], value: 100 }] }, /"x\.badValue".*fraction/],
    ];
    for (const [entry, message] of cases) {
      const bad = good();
      bad.entries.push(entry);
      expect(() => validateCatalogue(bad)).toThrow(message);
    }
  });
});
