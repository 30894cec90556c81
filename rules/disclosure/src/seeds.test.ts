import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument, type ReportModel } from "@fazhi/core";
import { readReportBytes } from "@fazhi/readers";
import { runRule, type RuleModule } from "@fazhi/rule-kit";
import plugin from "./index.js";

/**
 * Every rule on the five seed reports (seeds/), with the outcomes the answer key's metadata
 * (seeds/expected/seeds.json) implies. Expectations are derived from the key, not from seed wording.
 */
interface SeedKey {
  file: string;
  issuer: string | null;
  level: string | null;
  reportYear: number | null;
  addressee: string | null;
  documentNumber: string | null;
  signedDate: string | null;
  publishedDate: string | null;
  script: string;
  pageChrome: boolean;
  encodingDamage: Array<{ line: number; text: string }>;
}

const seeds = new URL("../../../seeds/", import.meta.url);
const key = JSON.parse(readFileSync(new URL("expected/seeds.json", seeds), "utf8")) as { reports: SeedKey[] };
const rules = plugin.rules as Record<string, RuleModule>;

async function run(model: ReportModel, id: string, options?: Record<string, unknown>) {
  const out = await runRule({ id: `disclosure/${id}`, rule: rules[id]!, model, ...(options ? { options } : {}) });
  // Every quote is from the report.
  for (const f of out.findings) for (const e of f.evidence) expect(model.text).toContain(e.text);
  for (const e of out.outcomeEvidence) expect(model.text).toContain(e.text);
  return out;
}

describe("disclosure rules on the seed reports", () => {
  for (const seed of key.reports) {
    describe(seed.file, () => {
      const model = parseDocument(readReportBytes(seed.file, readFileSync(new URL(seed.file, seeds))));

      it(`issuer-identifiable: ${seed.issuer}`, async () => {
        const out = await run(model, "issuer-identifiable");
        expect(out.outcome?.score).toBe(1);
        expect(out.outcome?.value).toBe(seed.issuer);
        expect(out.findings).toEqual([]);
      });

      it(`report-year-stated: ${seed.reportYear}`, async () => {
        const out = await run(model, "report-year-stated");
        expect(out.outcome?.score).toBe(1);
        expect(out.outcome?.value).toBe(seed.reportYear);
      });

      it(`addressee: ${seed.addressee ?? "none → not applicable"}`, async () => {
        const out = await run(model, "addressee");
        if (seed.addressee) {
          expect(out.outcome).toMatchObject({ score: 1, value: seed.addressee });
        } else {
          expect(out.outcome).toMatchObject({ score: null, notApplicable: true });
          const required = await run(model, "addressee", { required: true });
          expect(required.outcome?.score).toBe(0);
          expect(required.findings.map((f) => f.messageId)).toEqual(["missing"]);
        }
      });

      it(`dates: signed ${seed.signedDate}, published ${seed.publishedDate}`, async () => {
        const out = await run(model, "dates");
        expect(out.outcome?.value).toEqual({ signedDate: seed.signedDate, publishedDate: seed.publishedDate });
        expect(out.outcome?.score).toBe(seed.signedDate || seed.publishedDate ? 1 : 0);
      });

      it(`document-number: ${seed.documentNumber ?? "none"} (${seed.level})`, async () => {
        const out = await run(model, "document-number");
        if (seed.documentNumber) expect(out.outcome).toMatchObject({ score: 1, value: seed.documentNumber });
        else if (["province", "city", "county"].includes(seed.level ?? "")) {
          expect(out.outcome?.score).toBe(0);
          expect(out.findings.map((f) => f.messageId)).toEqual(["missing"]);
        } else expect(out.outcome).toMatchObject({ score: null, notApplicable: true });
      });

      const date = seed.publishedDate ?? seed.signedDate;
      it(`published-on-time: ${date ?? "no date → not applicable"}`, async () => {
        const out = await run(model, "published-on-time");
        if (!date || seed.reportYear === null) {
          expect(out.outcome).toMatchObject({ score: null, notApplicable: true });
          return;
        }
        const national = date <= `${seed.reportYear + 1}-04-01`;
        expect(out.outcome?.score).toBe(national ? 1 : 0);
        expect(out.outcome?.value).toMatchObject({ date, dateUsed: seed.publishedDate ? "published" : "signed" });
        // The local 1 March rule.
        const local = await run(model, "published-on-time", { deadline: "03-01" });
        expect(local.outcome?.score).toBe(date <= `${seed.reportYear + 1}-03-01` ? 1 : 0);
      });

      it("document-kind: an annual report", async () => {
        const out = await run(model, "document-kind");
        expect(out.outcome).toMatchObject({ score: 1, value: "annualReport" });
        expect(out.findings).toEqual([]);
      });

      it(`text-complete: ${seed.encodingDamage.length} damaged line(s)`, async () => {
        const out = await run(model, "text-complete");
        expect(out.outcome?.score).toBe(seed.encodingDamage.length === 0 ? 1 : 0.5);
        expect(out.findings.filter((f) => f.messageId === "encodingDamage").map((f) => f.evidence[0]?.line)).toEqual(seed.encodingDamage.map((d) => d.line));
      });

      it(`page-chrome: ${seed.pageChrome}`, async () => {
        const out = await run(model, "page-chrome");
        expect(out.outcome?.score).toBe(1);
        expect(out.findings.length).toBe(seed.pageChrome ? 1 : 0);
      });
    });
  }
});
