/**
 * The seed reports against their answer key: every count and rate of `indicators` whose `text` holds the
 * value as written (568, 99.3% → 0.993, 80.63萬 → 806300) must come out with that value, inside that text,
 * on the line where the text stands. Computed (1+8) and implied (全覆盖) values are not written numbers.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contextFromText, type ParseContext } from "../context.js";
import type { Sentence } from "../model.js";
import { lineAt } from "../text.js";
import { extractNumbers } from "./extract.js";

const SEEDS = fileURLToPath(new URL("../../../../seeds/", import.meta.url));

interface Indicator {
  id: string;
  value: number;
  text: string;
  approx?: boolean;
  stated?: boolean;
  implied?: boolean;
}
interface Report {
  file: string;
  indicators?: Indicator[];
}
const key = JSON.parse(readFileSync(`${SEEDS}expected/seeds.json`, "utf8")) as { reports: Report[] };

/** Stand-in sentence splitter: 。；！？ and line breaks. */
function splitSentences(ctx: ParseContext): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。；！？!?;\n]+[。；！？!?;]?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) {
    const span: [number, number] = [m.index, m.index + m[0].length];
    out.push({ index: out.length, paragraph: 0, span, line: lineAt(ctx.lines, m.index), raw: m[0] });
  }
  return out;
}

/** The number as written in the indicator text whose (scaled) value is the indicator's value. */
function writtenNumber(ind: Indicator): string | undefined {
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return (ind.text.match(/\d+(?:\.\d+)?/g) ?? []).find((n) => [1, 0.01, 1e4, 1e8].some((k) => close(Number(n) * k, ind.value)));
}

const cases = key.reports.flatMap((r) =>
  (r.indicators ?? [])
    .filter((ind) => /\d/.test(ind.text) && !ind.implied && writtenNumber(ind) !== undefined)
    .map((ind) => ({ file: r.file, ind, label: `${r.file} ${ind.id} ${ind.text}` })),
);

describe("seed answer key", () => {
  it("has enough written indicators to mean something", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  const parsed = new Map<string, { ctx: ParseContext; facts: ReturnType<typeof extractNumbers> }>();
  function load(file: string) {
    let p = parsed.get(file);
    if (!p) {
      const ctx = contextFromText(readFileSync(`${SEEDS}${file}`, "utf8"), file);
      p = { ctx, facts: extractNumbers(ctx, splitSentences(ctx)) };
      parsed.set(file, p);
    }
    return p;
  }

  it.each(cases)("$label", ({ file, ind }) => {
    const { ctx, facts } = load(file);
    const written = writtenNumber(ind)!;
    const occurrences: number[] = [];
    for (let i = ctx.text.indexOf(ind.text); i !== -1; i = ctx.text.indexOf(ind.text, i + 1)) occurrences.push(i);
    expect(occurrences.length, `"${ind.text}" occurs in ${file}`).toBeGreaterThan(0);

    const inside = facts.filter((f) => occurrences.some((o) => f.span[0] >= o && f.span[1] <= o + ind.text.length));
    const fact = inside.find((f) => f.raw.includes(written) && Math.abs(f.value - ind.value) <= 1e-9);
    expect(fact, `a fact with value ${ind.value} in "${ind.text}"; got ${JSON.stringify(inside.map((f) => [f.raw, f.value]))}`).toBeDefined();
    const lines = occurrences.map((o) => lineAt(ctx.lines, o));
    expect(lines).toContain(fact!.line);
    expect(["count", "rate"]).toContain(fact!.kind);
    if (ind.approx) expect(fact!.approx).toBe(true);
    else expect(fact!.approx).toBe(false);
    expect(ctx.text.slice(fact!.span[0], fact!.span[1])).toBe(fact!.raw);
  });

  it("keeps text.slice(span) === raw, line and text order for every fact of every seed", () => {
    for (const r of key.reports) {
      const { ctx, facts } = load(r.file);
      expect(facts.length).toBeGreaterThan(10);
      let last = -1;
      for (const f of facts) {
        expect(ctx.text.slice(f.span[0], f.span[1])).toBe(f.raw);
        expect(f.line).toBe(lineAt(ctx.lines, f.span[0]));
        expect(f.span[0]).toBeGreaterThanOrEqual(last);
        last = f.span[0];
      }
    }
  });
});
