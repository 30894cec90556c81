/**
 * The five seed reports against their hand-read answer key (seeds/expected/seeds.json): every indicator of
 * the key must be extracted with the same id, value, basis, approx and evidence line; every other value
 * extracted must be listed in EXTRAS below, each checked by hand against the text.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument, type ReportModel } from "@fazhi/core";
import { readReportBytes } from "@fazhi/readers";
import { extractIndicators } from "./extract.js";
import type { Basis, IndicatorValue } from "./types.js";

interface KeyIndicator {
  id: string;
  value: number;
  text: string;
  stated?: boolean;
  implied?: boolean;
  approx?: boolean;
}
interface KeyReport {
  file: string;
  indicators: KeyIndicator[];
}

/**
 * Values extracted beyond the answer key, each read against the text and found to be a true statement of
 * its indicator (seed, id, value, evidence line; why in the comment).
 */
const EXTRAS: Array<{ seed: string; id: string; value: number; line: number; why: string }> = [
  {
    seed: "004_e0f389085fcc47b0.txt",
    id: "mediation.cases",
    value: 2000,
    line: 104,
    why: "“18名专职调解员调解纠纷近2000件”: disputes mediated by the full-time mediators (a mention at a narrower scope)",
  },
  {
    seed: "004_e0f389085fcc47b0.txt",
    id: "mediation.cases",
    value: 1000,
    line: 104,
    why: "“辅助人民调解员调解纠纷1000余件”: disputes mediated by the police-station mediators (a mention at a narrower scope)",
  },
  {
    seed: "003_2a7c7eb89a7acd7c.txt",
    id: "proposals.completionRate",
    value: 1,
    line: 27,
    why: "“今年共辦理人大建議173件,政協提案384件,所有建議提案全部在規定時間內辦理完畢”: every suggestion and proposal handled within the time limit (implied 100%)",
  },
  {
    seed: "004_e0f389085fcc47b0.txt",
    id: "reconsideration.settledByMediation",
    value: 6,
    line: 96,
    why: "“目前已审结59件…其中…调解、和解等终止处理6件”: six reconsideration cases ended by mediation or conciliation",
  },
  {
    seed: "004_e0f389085fcc47b0.txt",
    id: "litigation.lossRate",
    value: 0,
    line: 100,
    why: "“审结15件,其中驳回诉讼请求14件,撤诉1件”: no closed lawsuit was lost, so 0 lost ÷ 15 closed (computed from the key's own litigation.lost = 0)",
  },
];

const seeds = new URL("../../../seeds/", import.meta.url);
const key = JSON.parse(readFileSync(new URL("expected/seeds.json", seeds), "utf8")) as { reports: KeyReport[] };

const expectedBasis = (k: KeyIndicator): Basis => (k.implied ? "implied" : k.stated === false ? "computed" : "stated");
const isRate = (id: string) => /Rate$|coverage$|Coverage$/.test(id);
const sameValue = (id: string, a: number, b: number) => (isRate(id) ? Math.abs(a - b) <= 0.0005 : a === b);
const lineOf = (model: ReportModel, text: string): number | null => {
  const i = model.text.indexOf(text);
  return i < 0 ? null : model.text.slice(0, i).split("\n").length;
};

type Row = { seed: string; id: string; present: boolean; value: boolean; basis: boolean; approx: boolean; line: boolean; got: string };
const rows: Row[] = [];

describe("indicators on the seed reports", () => {
  for (const report of key.reports) {
    const path = new URL(report.file, seeds);
    const model = parseDocument(readReportBytes(report.file, readFileSync(path)));
    const fact = extractIndicators(model);
    const seed = report.file.slice(0, 3);

    for (const k of report.indicators) {
      it(`${seed} ${k.id} = ${k.value}`, () => {
        const line = lineOf(model, k.text);
        expect(line, `the key's text occurs in the seed: ${k.text}`).not.toBeNull();
        const candidates = fact.values.filter((v) => v.id === k.id);
        const v: IndicatorValue | undefined = candidates.find((c) => sameValue(k.id, c.value, k.value)) ?? candidates[0];
        const row: Row = {
          seed,
          id: k.id,
          present: v !== undefined,
          value: v !== undefined && sameValue(k.id, v.value, k.value),
          basis: v?.basis === expectedBasis(k),
          approx: v !== undefined && v.approx === (k.approx ?? false),
          line: v?.evidence.line === line,
          got: v ? `${v.value} ${v.basis}${v.approx ? " ~" : ""} L${v.evidence.line}` : "—",
        };
        rows.push(row);
        expect(row, `${k.id}: expected ${k.value} ${expectedBasis(k)} at line ${line}, got ${row.got}`).toMatchObject({
          present: true,
          value: true,
          basis: true,
          approx: true,
          line: true,
        });
        // The scored value (byId) is the one the key names.
        expect(sameValue(k.id, fact.byId.get(k.id)!.value, k.value)).toBe(true);
      });
    }

    it(`${seed}: every value beyond the key is a listed extra`, () => {
      const unlisted: string[] = [];
      for (const v of fact.values) {
        const inKey = report.indicators.some((k) => k.id === v.id && sameValue(v.id, v.value, k.value) && lineOf(model, k.text) === v.evidence.line);
        if (inKey) continue;
        const listed = EXTRAS.some((x) => x.seed === report.file && x.id === v.id && sameValue(v.id, v.value, x.value) && x.line === v.evidence.line);
        if (!listed) unlisted.push(`${v.id} = ${v.value} (${v.basis}) line ${v.evidence.line}: ${v.evidence.text}`);
      }
      expect(unlisted, "extracted values that are neither in the key nor in EXTRAS").toEqual([]);
      for (const x of EXTRAS.filter((e) => e.seed === report.file)) {
        const still = fact.values.some((v) => v.id === x.id && sameValue(v.id, v.value, x.value) && v.evidence.line === x.line);
        expect(still, `listed extra no longer extracted: ${x.id} = ${x.value} line ${x.line}`).toBe(true);
      }
    });

    it(`${seed}: result section has the engine's shape`, () => {
      for (const r of fact.result) {
        const keys = Object.keys(r);
        for (const k of ["approx", "basis", "evidence", "id", "scored", "unit", "value"]) expect(keys).toContain(k);
        for (const k of keys) expect(["approx", "basis", "evidence", "id", "scored", "unit", "value", "scope", "time"]).toContain(k);
        expect(model.lines[r.evidence.line - 1]!.raw).toContain(r.evidence.text.split("\n")[0]);
      }
    });
  }

  it("agreement table", () => {
    const fields = ["present", "value", "basis", "approx", "line"] as const;
    const table = rows.map((r) => ({ seed: r.seed, id: r.id, ...Object.fromEntries(fields.map((f) => [f, r[f] ? "✓" : "✗"])), got: r.got }));
    console.table(table);
    const total = rows.length;
    const summary = Object.fromEntries(fields.map((f) => [f, `${rows.filter((r) => r[f]).length}/${total}`]));
    console.log("per-field agreement", summary);
    expect(total).toBe(key.reports.reduce((n, r) => n + r.indicators.length, 0));
    for (const f of fields) expect(rows.filter((r) => r[f]).length, f).toBe(total);
  });
});
