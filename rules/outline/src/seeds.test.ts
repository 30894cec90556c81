import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument, type ReportModel } from "@fazhi/core";
import { readReportBytes } from "@fazhi/readers";
import { TextQuery, type OutlinePart } from "@fazhi/rule-kit";
import { computeOutline, type OutlineFact } from "./outline-fact.js";
import { OUTLINE_PARTS } from "./vocabulary.js";

/** The seed reports against their hand-read answer key (seeds/expected/seeds.json), field by field. */

interface KeyPart {
  status: "heading" | "inline" | "absent";
  canonicalTitle?: boolean;
  causesAnalysed?: boolean;
  where?: string;
}
interface KeyReport {
  file: string;
  outline: Record<OutlinePart, KeyPart>;
}

const seeds = new URL("../../../seeds/", import.meta.url);
const key = JSON.parse(readFileSync(new URL("expected/seeds.json", seeds), "utf8")) as { reports: KeyReport[] };

type Field = "status" | "canonicalTitle" | "causesAnalysed" | "evidenceLine";
const tally: Record<Field, { agree: number; total: number }> = {
  status: { agree: 0, total: 0 },
  canonicalTitle: { agree: 0, total: 0 },
  causesAnalysed: { agree: 0, total: 0 },
  evidenceLine: { agree: 0, total: 0 },
};
const rows: string[] = [];

function load(file: string): ReportModel {
  const path = new URL(file, seeds);
  return parseDocument(readReportBytes(file, readFileSync(path)));
}

/**
 * The line of the key's `where` heading: "一 … 八" (a run of thematic sections) → the first top-level
 * heading; "九、(一)存在问题" → the line of "(一)存在问题"; otherwise the line that starts with `where`.
 */
function whereLine(model: ReportModel, where: string): number | null {
  if (/^[一二三四五六七八九十]+\s*…/.test(where)) return model.headings[0]?.line ?? null;
  const target = where.replace(/^[一二三四五六七八九十]+、(?=[(（])/, "").replace(/\s+/g, "");
  const line = model.lines.find((l) => !l.chrome && l.raw.replace(/\s+/g, "").startsWith(target));
  return line?.line ?? null;
}

describe("outline fact on the seed reports", () => {
  for (const report of key.reports) {
    describe(report.file, () => {
      const model = load(report.file);
      const fact: OutlineFact = computeOutline({ model, query: new TextQuery(model) });
      for (const part of OUTLINE_PARTS) {
        const want = report.outline[part];
        const got = fact.result[part];
        it(`${part}: ${want.status}`, () => {
          const misses: string[] = [];
          const check = (field: Field, expected: unknown, actual: unknown) => {
            tally[field].total++;
            if (expected === actual) tally[field].agree++;
            else misses.push(`${field}: expected ${String(expected)}, got ${String(actual)}`);
            rows.push(`${report.file.slice(0, 3)} ${part.padEnd(16)} ${field.padEnd(14)} ${String(expected).padEnd(8)} ${String(actual).padEnd(8)} ${expected === actual ? "ok" : "MISS"}`);
          };
          check("status", want.status, got.status);
          // canonicalTitle is recorded for headed parts; inline/absent parts are never canonical.
          check("canonicalTitle", want.canonicalTitle ?? false, got.canonicalTitle);
          if (want.causesAnalysed !== undefined) check("causesAnalysed", want.causesAnalysed, got.causesAnalysed);
          if (want.status === "heading" && want.where) check("evidenceLine", whereLine(model, want.where), got.evidence?.line ?? null);
          expect(misses, misses.join("; ")).toEqual([]);
        });
      }
    });
  }

  afterAll(() => {
    const lines = [
      "outline agreement with seeds/expected/seeds.json",
      "seed part             field          expected got      result",
      ...rows,
      "",
      ...Object.entries(tally).map(([field, t]) => `${field.padEnd(15)} ${t.agree}/${t.total}`),
    ];
    console.log(lines.join("\n"));
  });
});
