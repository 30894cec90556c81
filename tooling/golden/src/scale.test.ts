/**
 * Every stage is linear in its input: a report ten times longer costs at most 12× (`MAX_RATIO`) the work
 * of each stage (read, parse, core's reading, facts and rules), for report shapes that once made a stage
 * grow faster. Work is counted, not timed (`op-count.ts`: the characters and elements the built-ins visit),
 * so the ratio is the same on a busy machine as on an idle one.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument, readingOf, type ReportModel } from "@fazhi/core";
import { loadConfig, scoreModel, type ResolvedConfig } from "@fazhi/engine";
import { readReportBytes } from "@fazhi/readers";
import { repoRoot } from "./answer-key.js";
import { countOperations } from "./op-count.js";

const defaultConfigFile = join(dirname(fileURLToPath(import.meta.url)), "../../../packages/cli/defaults/fazhi.config.yaml");
let config: ResolvedConfig;
beforeAll(async () => {
  config = await loadConfig({ cwd: repoRoot, defaultConfigFile });
}, 60_000);

const MAX_RATIO = 12;
const SMALL = 150;
const LARGE = SMALL * 10;

const HEAD = "乙县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n";
/** Report bodies of `n` units, one per shape that once grew faster than its input. */
const SHAPES: Record<string, (n: number) => string> = {
  "ten labelled counts per line": (n) => Array.from({ length: n }, (_, i) => Array.from({ length: 10 }, (_, j) => `办理案件${i * 10 + j + 1}件，`).join("")).join("\n"),
  "counts, parts and rates in paragraphs": (n) =>
    Array.from({ length: n }, (_, i) => `全年共收到行政复议申请${40 + (i % 7)}件，其中受理${36 + (i % 5)}件，不予受理4件；调解纠纷${100 + i}件，调解成功率为98.5%。`).join("\n"),
  "one indicator sentence repeated in one paragraph": (n) => Array.from({ length: n }, () => "全年行政机关负责人出庭应诉率达到100%。").join(""),
  "headings, lists and dates": (n) =>
    Array.from({ length: n }, (_, i) => `（${(i % 9) + 1}）第${i + 1}项工作\n${(i % 12) + 1}月${(i % 28) + 1}日，组织开展培训${i + 2}场次，参训${30 + i}人次。`).join("\n"),
};

type Stage = "read" | "parse" | "reading" | "rules";
type StageWork = Record<Stage, { operations: number; callers: Array<[string, number]> }>;

/** The work of each stage on one report; with `topCallers`, also the call sites that did the most (slow: for a failure message). */
async function stageOperations(text: string, options: { topCallers?: number } = {}): Promise<StageWork> {
  const bytes = Buffer.from(HEAD + text, "utf8");
  const read = await countOperations(() => readReportBytes("r.txt", bytes), options);
  const parse = await countOperations(() => parseDocument(read.result), options);
  const model: ReportModel = parse.result;
  const reading = await countOperations(() => readingOf(model), options);
  const rules = await countOperations(() => scoreModel(model, { config, file: "r.txt", sha256: "x" }), options);
  return { read, parse, reading, rules };
}

const operationsOf = (work: StageWork): Record<Stage, number> =>
  Object.fromEntries(Object.entries(work).map(([stage, w]) => [stage, w.operations])) as Record<Stage, number>;

describe("every stage is linear in the report's length (operations counted, not time)", () => {
  for (const [shape, body] of Object.entries(SHAPES)) {
    it(`${shape}: 10× the input costs at most ${MAX_RATIO}× the work in every stage`, async () => {
      await stageOperations(body(SMALL)); // first use: fill the caches every run shares
      const small = operationsOf(await stageOperations(body(SMALL)));
      const large = operationsOf(await stageOperations(body(LARGE)));
      const ratios = Object.fromEntries((Object.keys(small) as Stage[]).map((stage) => [stage, Math.round((large[stage] / Math.max(1, small[stage])) * 10) / 10]));
      for (const stage of Object.keys(small) as Stage[]) expect(small[stage], `${stage} counted nothing`).toBeGreaterThan(0);
      const over = (Object.keys(ratios) as Stage[]).filter((stage) => ratios[stage]! > MAX_RATIO);
      // On failure, say where: the call sites that did the most work in the stages that grew too fast.
      const heaviest = over.length ? await stageOperations(body(SMALL * 3), { topCallers: 5 }) : undefined;
      const where = Object.fromEntries(over.map((stage) => [stage, heaviest![stage].callers]));
      expect({ over, ratios }, JSON.stringify({ small, large, where }, null, 1)).toEqual({ over: [], ratios });
    }, 120_000);
  }
});
