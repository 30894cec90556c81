import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, scoreFiles, type Result, type ReportResult } from "@fazhi/engine";
import { answerKey, lineOf, repoRoot, seedText, type KeyReport } from "./answer-key.js";

// `fazhi score seeds --format json` under the default (recommended) scheme, held to the answer key:
// every outline status / canonicalTitle / causesAnalysed, every indicator (value ±0.0005 for rates, basis),
// every consistency verdict. A table of per-field agreement is printed; any miss fails.

const defaultConfigFile = join(dirname(fileURLToPath(import.meta.url)), "../../../packages/cli/defaults/fazhi.config.yaml");
let result: Result;

beforeAll(async () => {
  const config = await loadConfig({ cwd: repoRoot, defaultConfigFile });
  result = await scoreFiles({ paths: ["seeds"], config, cwd: repoRoot, concurrency: 0, cache: false, toolVersion: "golden" });
}, 120_000);

interface KeyOutlinePart {
  status: string;
  canonicalTitle?: boolean;
  causesAnalysed?: boolean;
}
interface KeyConsistency {
  claim: string;
  computed: number | null;
  verdict: string;
}
type FullKey = KeyReport & { outline: Record<string, KeyOutlinePart>; consistency: KeyConsistency[] };

const tally = new Map<string, { agree: number; total: number }>();
const misses: string[] = [];
function check(field: string, ok: boolean, detail: string): void {
  const t = tally.get(field) ?? { agree: 0, total: 0 };
  t.total++;
  if (ok) t.agree++;
  else misses.push(`${field}: ${detail}`);
  tally.set(field, t);
}

afterAll(() => {
  console.log(
    "answer-key agreement of `fazhi score seeds`:\n" +
      [...tally].map(([field, t]) => `  ${field.padEnd(28)} ${t.agree}/${t.total}`).join("\n") +
      (misses.length ? `\nmisses:\n  ${misses.join("\n  ")}` : ""),
  );
});

const reportFor = (file: string): ReportResult => {
  const report = result.reports.find((r) => r.file === `seeds/${file}`);
  if (!report) throw new Error(`no result for seeds/${file}`);
  return report;
};

describe("fazhi score seeds agrees with the answer key", () => {
  for (const key of answerKey.reports as FullKey[]) {
    describe(key.file, () => {
      it("outline: status, canonicalTitle and causesAnalysed of every part", () => {
        const outline = reportFor(key.file).outline ?? {};
        for (const [part, want] of Object.entries(key.outline)) {
          const got = outline[part];
          check("outline.status", got?.status === want.status, `${key.file} ${part}: ${got?.status} ≠ ${want.status}`);
          if (want.canonicalTitle !== undefined) check("outline.canonicalTitle", got?.canonicalTitle === want.canonicalTitle, `${key.file} ${part}: ${got?.canonicalTitle} ≠ ${want.canonicalTitle}`);
          if (want.causesAnalysed !== undefined) check("outline.causesAnalysed", got?.causesAnalysed === want.causesAnalysed, `${key.file} ${part}: ${got?.causesAnalysed} ≠ ${want.causesAnalysed}`);
          expect(got?.status, `${part} status`).toBe(want.status);
          if (want.canonicalTitle !== undefined) expect(got?.canonicalTitle, `${part} canonicalTitle`).toBe(want.canonicalTitle);
          if (want.causesAnalysed !== undefined) expect(got?.causesAnalysed, `${part} causesAnalysed`).toBe(want.causesAnalysed);
        }
      });

      it("indicators: every one in the key, same value and basis, evidence on its line", () => {
        const indicators = reportFor(key.file).indicators ?? [];
        const text = seedText(key.file);
        for (const want of key.indicators) {
          const basis = want.implied ? "implied" : want.stated === false ? "computed" : "stated";
          const got = indicators.find((i) => i.id === want.id && Math.abs(i.value - want.value) <= (want.value <= 1 ? 0.0005 : 0));
          check("indicators.present+value", got !== undefined, `${key.file} ${want.id}=${want.value}: got ${indicators.filter((i) => i.id === want.id).map((i) => i.value).join(",") || "none"}`);
          expect(got, `${want.id} = ${want.value}`).toBeDefined();
          check("indicators.basis", got!.basis === basis, `${key.file} ${want.id}: ${got!.basis} ≠ ${basis}`);
          expect(got!.basis, `${want.id} basis`).toBe(basis);
          check("indicators.evidenceLine", got!.evidence.line === lineOf(text, want.text), `${key.file} ${want.id}: line ${got!.evidence.line} ≠ ${lineOf(text, want.text)}`);
          expect(got!.evidence.line, `${want.id} evidence line`).toBe(lineOf(text, want.text));
        }
      });

      it("consistency: every verdict in the key", () => {
        const entries = reportFor(key.file).consistency ?? [];
        for (const want of key.consistency) {
          const pieces = want.claim.split(" … ");
          const got = entries.find((e) => pieces.some((p) => e.claim.includes(p) || p.includes(e.claim)) && (want.computed === null || (e.computed !== null && Math.abs(e.computed - want.computed) <= 0.0005)));
          check("consistency.verdict", got?.verdict === want.verdict, `${key.file} “${want.claim}”: ${got?.verdict ?? "not found"} ≠ ${want.verdict}`);
          expect(got?.verdict, want.claim).toBe(want.verdict);
        }
      });
    });
  }

  it("ranks the townships, the counties and the city apart, noting mixed years", () => {
    const cohorts = Object.fromEntries(result.rankings.map((r) => [r.key, r.entries.map((e) => e.file)]));
    expect(Object.keys(cohorts).sort()).toEqual(["city", "county", "township"]);
    expect(cohorts.township).toHaveLength(2);
    expect(cohorts.county).toHaveLength(2);
    for (const key of ["county", "township"]) expect(result.rankings.find((r) => r.key === key)!.notices.map((n) => n.code)).toContain("mixed-years");
    expect(result.reports.every((r) => r.total.score !== null && r.rank !== null)).toBe(true);
  });
});
