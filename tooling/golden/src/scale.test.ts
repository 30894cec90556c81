/**
 * Every stage is linear in its input: a report ten times longer costs at most about 12× (`MAX_RATIO`) the CPU time of
 * one stage (read, parse, reading, facts and rules), for reports shaped the way that once made a stage
 * quadratic. Measured as a ratio inside this run (the least CPU time of a few repetitions each, after a
 * warm-up), never as an absolute time, so a slow or busy machine changes both sides alike.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument, readingOf, type ReportModel } from "@fazhi/core";
import { loadConfig, scoreModel, type ResolvedConfig } from "@fazhi/engine";
import { readReportBytes } from "@fazhi/readers";
import { repoRoot } from "./answer-key.js";

const defaultConfigFile = join(dirname(fileURLToPath(import.meta.url)), "../../../packages/cli/defaults/fazhi.config.yaml");
let config: ResolvedConfig;
beforeAll(async () => {
  config = await loadConfig({ cwd: repoRoot, defaultConfigFile });
}, 60_000);

/**
 * A linear stage measures 10–16× here, more on a busy machine (the larger report no longer fits the
 * caches, its heap is collected more often, and the small report's few milliseconds are the noisier
 * side); the stages that rescanned the report per number or per sentence measured 20–45× at 200 → 2,000
 * lines and grow with the size. 20× leaves room for the noise and still fails them.
 */
const MAX_RATIO = 20;

const HEAD = "乙县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n";
/** Report bodies of `n` lines, one per shape that once grew faster than its input. */
const SHAPES: Record<string, (n: number) => string> = {
  "ten labelled counts per line": (n) => Array.from({ length: n }, (_, i) => Array.from({ length: 10 }, (_, j) => `办理案件${i * 10 + j + 1}件，`).join("")).join("\n"),
  "counts, parts and rates in paragraphs": (n) =>
    Array.from({ length: n }, (_, i) => `全年共收到行政复议申请${40 + (i % 7)}件，其中受理${36 + (i % 5)}件，不予受理4件；调解纠纷${100 + i}件，调解成功率为98.5%。`).join("\n"),
};

function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

interface StageTimes {
  read: number;
  parse: number;
  reading: number;
  score: number;
}

async function stageTimes(text: string, repetitions: number): Promise<StageTimes> {
  const bytes = Buffer.from(HEAD + text, "utf8");
  const best: StageTimes = { read: Infinity, parse: Infinity, reading: Infinity, score: Infinity };
  for (let r = 0; r < repetitions; r++) {
    let doc!: ReturnType<typeof readReportBytes>;
    best.read = Math.min(best.read, cpuMs(() => (doc = readReportBytes("r.txt", bytes))));
    let model!: ReportModel;
    best.parse = Math.min(best.parse, cpuMs(() => (model = parseDocument(doc))));
    best.reading = Math.min(best.reading, cpuMs(() => readingOf(model)));
    // Facts and rules (synchronous work inside an async call: CPU time around the awaited promise).
    const start = process.cpuUsage();
    await scoreModel(model, { config, file: "r.txt", sha256: "x" });
    const used = process.cpuUsage(start);
    best.score = Math.min(best.score, (used.user + used.system) / 1000);
  }
  return best;
}

describe("every stage is linear in the report's length", () => {
  // Known and open (issue 12): one paragraph of thousands of sentences ("全年…出庭应诉率达到100%。" repeated on
  // one line) makes core's reading stage measure 13–22× for 10× the input; the other stages stay linear.
  it.todo("one indicator sentence repeated on one line: the reading stage is linear too");
  for (const [shape, body] of Object.entries(SHAPES)) {
    it(`${shape}: 10× the lines cost at most ${MAX_RATIO}× per stage`, async () => {
      await stageTimes(body(400), 1); // warm-up: compile every path once
      const small = await stageTimes(body(400), 5);
      const large = await stageTimes(body(4000), 3);
      const ratios = Object.fromEntries(Object.entries(large).map(([stage, ms]) => [stage, Math.round((ms / Math.max(1, small[stage as keyof StageTimes])) * 10) / 10]));
      expect(ratios, JSON.stringify({ small, large })).toSatisfy((r: Record<string, number>) => Object.values(r).every((x) => x <= MAX_RATIO));
    }, 120_000);
  }
});
