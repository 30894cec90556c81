/**
 * Agreement with the answer key (seeds/expected/seeds.json): every `consistency` entry of every seed must
 * be found — its claim pieces occur in ours (or ours in its), the same computed value (rates within 0.0005,
 * sums exactly) and the same verdict. Checks we report beyond the key are allowed only when listed below
 * with their verdict, each read and judged by hand; none of them may be `inconsistent`.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument, type ReportModel } from "@fazhi/core";
import { readReportBytes } from "@fazhi/readers";
import { factProviders, ReportSession } from "@fazhi/rule-kit";
import indicatorsPlugin from "@fazhi/rules-indicators";
import plugin, { CONSISTENCY } from "./index.js";
import type { ConsistencyCheck, ConsistencyFact } from "./types.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
interface KeyEntry {
  claim: string;
  computedFrom: string | null;
  computed: number | null;
  verdict: string;
  note?: string;
}
const key = JSON.parse(readFileSync(`${root}seeds/expected/seeds.json`, "utf8")) as { reports: Array<{ file: string; consistency: KeyEntry[] }> };

/** Checks beyond the key, judged by hand: file prefix, a piece of the claim, verdict, why. */
const EXTRAS: Array<{ file: string; claim: string; verdict: string; why: string }> = [
  { file: "001", claim: "化解率达100%", verdict: "unverifiable", why: "排查化解矛盾纠纷158件 is stated, the number resolved is not" },
  {
    file: "002",
    claim: "审核各类文件280余件,其中政府规范性文件12件,各类协议和合同65件,会议纪要30余件,其他各类文件近200件",
    verdict: "unverifiable",
    why: "280余 against 12+65+30余+近200: approximate numbers, the sum cannot be judged",
  },
  { file: "003", claim: "成功率達99%", verdict: "unverifiable", why: "only 調解…13000余件 is stated, not the number succeeded" },
  { file: "003", claim: "出庭率達100%", verdict: "unverifiable", why: "no count of hearings or of appearances for the 市縣兩級政府 cases" },
];

const providers = factProviders([indicatorsPlugin, plugin]);
function consistencyOf(model: ReportModel): ConsistencyFact {
  return new ReportSession(model, { providers }).fact(CONSISTENCY) as ConsistencyFact;
}

const related = (a: string, b: string) => a.includes(b) || b.includes(a);
function matches(entry: KeyEntry, check: ConsistencyCheck): boolean {
  const keyPieces = entry.claim.split(" … ");
  const ours = check.pieces.map((p) => p.text);
  const claimOk = keyPieces.every((k) => ours.some((o) => related(k, o))) || ours.every((o) => keyPieces.some((k) => related(k, o)));
  if (!claimOk || entry.verdict !== check.verdict) return false;
  if (entry.computed === null || check.computed === null) return entry.computed === check.computed;
  return check.kind === "sum" ? entry.computed === check.computed : Math.abs(entry.computed - check.computed) <= 0.0005;
}

describe("consistency agrees with the seeds' answer key", () => {
  const rows: string[] = [];
  for (const report of key.reports) {
    it(report.file, () => {
      const path = `${root}seeds/${report.file}`;
      const model = parseDocument(readReportBytes(path, readFileSync(path)));
      const fact = consistencyOf(model);
      const used = new Set<ConsistencyCheck>();
      const misses: string[] = [];
      for (const entry of report.consistency) {
        const found = fact.checks.find((c) => !used.has(c) && matches(entry, c));
        if (found) used.add(found);
        else misses.push(entry.claim);
        rows.push(
          `${found ? "✓" : "✗"} ${report.file.slice(0, 3)} ${entry.verdict.padEnd(12)} key ${String(entry.computedFrom).padEnd(12)} ${String(entry.computed).padEnd(8)} | ours ${found ? `${found.computedFrom} ${found.computed} ${found.verdict}` : "—"} | ${entry.claim}`,
        );
      }
      const extras = fact.checks.filter((c) => !used.has(c));
      const unexplained: string[] = [];
      for (const c of extras) {
        const listed = EXTRAS.find((x) => report.file.startsWith(x.file) && c.claim.includes(x.claim) && c.verdict === x.verdict);
        rows.push(`+ ${report.file.slice(0, 3)} ${c.verdict.padEnd(12)} extra ${String(c.computedFrom).padEnd(10)} ${String(c.computed)} | ${c.claim}${listed ? ` — ${listed.why}` : " — NOT LISTED"}`);
        if (!listed) unexplained.push(`${c.verdict}: ${c.claim}`);
      }
      expect(misses, "answer-key entries without a matching check").toEqual([]);
      expect(unexplained, "checks beyond the key that are not listed in EXTRAS").toEqual([]);
      expect(extras.filter((c) => c.verdict === "inconsistent").map((c) => c.claim)).toEqual([]);
      // The result section is the DESIGN §5 shape, quoting the report.
      for (const entry of fact.result) {
        expect(Object.keys(entry).sort()).toEqual(["claim", "computed", "evidence", "verdict"]);
        expect(model.text.includes(entry.evidence.text)).toBe(true);
        for (const piece of entry.claim.split(" … ")) expect(model.text.includes(piece)).toBe(true);
      }
    });
  }
  it("the agreement table has a found row for every answer-key entry and no unlisted extra", () => {
    const table = `consistency vs answer key\n${rows.join("\n")}`;
    const entries = key.reports.reduce((n, r) => n + r.consistency.length, 0);
    expect(rows.filter((r) => r.startsWith("✓")).length, table).toBe(entries);
    expect(rows.filter((r) => r.startsWith("✗")), table).toEqual([]);
    expect(rows.filter((r) => r.endsWith("NOT LISTED")), table).toEqual([]);
  });
});
