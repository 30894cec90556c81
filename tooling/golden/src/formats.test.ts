/**
 * The seeds as Word and PDF files (tooling/fixtures/out/, made by tooling/fixtures/generate.py) read to the
 * same report as the .txt originals: metadata, top-level headings and indicator numbers, field by field.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkModelInvariants, flattenHeadings, parseDocument, type ReportModel } from "@fazhi/core";
import { readReport } from "@fazhi/readers";
import { answerKey, repoRoot, seedDir } from "./answer-key.js";

const fixtures = join(repoRoot, "tooling/fixtures/out");
const META_FIELDS = ["issuer", "level", "reportYear", "addressee", "documentNumber", "signedDate", "publishedDate", "script"] as const;

function topHeadings(model: ReportModel): string[] {
  return flattenHeadings(model.headings)
    .filter((h) => h.depth === 1)
    .map((h) => h.text);
}

/** The multiset of indicator numbers: "value kind" → how many times. */
function indicatorNumbers(model: ReportModel): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of model.numbers) {
    if (n.kind !== "count" && n.kind !== "rate") continue;
    const k = `${n.value} ${n.kind}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function difference(a: Map<string, number>, b: Map<string, number>): string[] {
  const out: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const d = (a.get(k) ?? 0) - (b.get(k) ?? 0);
    if (d !== 0) out.push(`${k} ×${d > 0 ? "+" : ""}${d}`);
  }
  return out.sort();
}

for (const key of answerKey.reports) {
  const id = key.file.slice(0, 3);
  describe(`seed ${id}`, () => {
    let original: ReportModel;
    beforeAll(async () => {
      original = parseDocument(await readReport(join(seedDir, key.file)));
    });

    for (const format of ["docx", "pdf"] as const) {
      const file = join(fixtures, `seed-${id}.${format}`);
      describe(format, () => {
        let model: ReportModel;
        beforeAll(async () => {
          expect(existsSync(file), `${file} missing: run tooling/fixtures/generate.py`).toBe(true);
          model = parseDocument(await readReport(file));
        });

        it("reads as its format, with origins into the source", () => {
          expect(model.source.format).toBe(format);
          expect(checkModelInvariants(model)).toEqual([]);
          for (const line of model.lines) {
            if (format === "docx") expect(line.origin.paragraph).toBeTypeOf("number");
            else expect(line.origin.page).toBeGreaterThanOrEqual(1);
          }
        });

        for (const field of META_FIELDS) {
          it(`meta.${field} is the same as the .txt's`, () => {
            expect(model.meta[field]).toEqual(original.meta[field]);
          });
        }

        it("has the same top-level headings", () => {
          expect(topHeadings(model)).toEqual(topHeadings(original));
        });

        it("has the same indicator numbers (count and rate)", () => {
          expect(difference(indicatorNumbers(model), indicatorNumbers(original))).toEqual([]);
        });
      });
    }
  });
}

describe("seed 002 as Word 97-2003 (.doc)", () => {
  it("has the .txt's metadata, headings and numbers", async () => {
    const key = answerKey.reports.find((k) => k.file.startsWith("002"))!;
    const original = parseDocument(await readReport(join(seedDir, key.file)));
    const model = parseDocument(await readReport(join(fixtures, "seed-002.doc")));
    expect(model.source.format).toBe("doc");
    for (const field of META_FIELDS) expect(model.meta[field], field).toEqual(original.meta[field]);
    expect(topHeadings(model)).toEqual(topHeadings(original));
    expect(difference(indicatorNumbers(model), indicatorNumbers(original))).toEqual([]);
    expect(readFileSync(join(fixtures, "seed-002.wps"))).toEqual(readFileSync(join(fixtures, "seed-002.doc")));
  });
});
