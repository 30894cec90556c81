import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { DEFAULT_SPILL_ABOVE, mergeShardLines, ShardError } from "@fazhi/engine";
import type { Lang } from "../i18n.js";
import { EXIT, UsageError, type CliIO } from "../io.js";
import { parseFailUnder, requireOutForBinary, textWidth } from "../options.js";
import { openOutput } from "../output.js";
import { checkReporters, scoreFormats } from "../reporters.js";
import { exitCode, outputResult } from "./score.js";

/** What merge can write: everything score writes except the interactive UI and JSONL itself. */
const mergeFormats = () => scoreFormats().filter((f) => f !== "tui" && f !== "jsonl");

export const MERGE_HELP = {
  get zh() {
    return `用法: fazhi merge 分片.jsonl... [选项]

把 fazhi score --shard I/N 写出的各个分片合并成一份结果，并在同级同组内统一排名。
各分片必须来自同一评分方案和同一 fazhi 版本，1…N 每份各一个且都已跑完。

示例（在 4 台机器或 4 个任务上各跑一份，再合并）:
  fazhi score 报告/ --shard 1/4 --out 分片-1.jsonl      # …直到 --shard 4/4
  fazhi merge 分片-*.jsonl --format xlsx --out 评分结果.xlsx

选项:
  --format ${mergeFormats().join("|")}   输出格式（默认 text 纯文本表格）
  --out 文件             把结果写入文件而不是屏幕
  --fail-under 分数      有报告总分低于该分数时以退出码 1 结束
  --width N              纯文本表格的宽度（默认：环境变量 COLUMNS，否则终端宽度，写入文件时为 80）
  --lang zh|en           提示语言
  -h, --help             显示本帮助

退出码: 0 正常；1 有报告低于 --fail-under 或有 error 级问题；2 分片文件有错、缺失或无法读取的报告。
`;
  },
  get en() {
    return `Usage: fazhi merge SHARD.jsonl... [options]

Merges the shards written by fazhi score --shard I/N into one result, ranked within cohorts as one run.
The shards must come from one scheme and one fazhi version, hold each of 1…N once, and each be finished.

Example (one shard per machine or job, then merge):
  fazhi score reports/ --shard 1/4 --out shard-1.jsonl    # … up to --shard 4/4
  fazhi merge shard-*.jsonl --format xlsx --out result.xlsx

Options:
  --format ${mergeFormats().join("|")}   output format (default text: a plain table)
  --out FILE             write the result to a file instead of stdout
  --fail-under SCORE     exit 1 when a report's total is below SCORE
  --width N              width of the plain-text table (default: COLUMNS, else the terminal's width, 80 into a file)
  --lang zh|en           language of messages
  -h, --help             show this help

Exit codes: 0 ok; 1 a report below --fail-under or findings at level error; 2 a shard is wrong, missing, or a report could not be read.
`;
  },
};

export async function runMerge(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  await checkReporters();
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", default: "text" },
      out: { type: "string" },
      "fail-under": { type: "string" },
      width: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(MERGE_HELP[lang]);
    return EXIT.ok;
  }
  const format = values.format;
  if (!mergeFormats().includes(format)) {
    throw new UsageError({ zh: `--format 只能是 ${mergeFormats().join("、")} 之一，收到的是“${format}”。`, en: `--format must be one of ${mergeFormats().join(", ")}, got "${format}".` });
  }
  requireOutForBinary(format, values.out);
  const failUnder = parseFailUnder(values["fail-under"]);
  const width = textWidth(values.width, io.env, values.out === undefined ? io.columns : undefined);
  if (positionals.length === 0) {
    throw new UsageError({ zh: "请给出要合并的分片文件，例如：fazhi merge 分片-*.jsonl", en: "Name the shard files to merge, e.g. fazhi merge shard-*.jsonl" });
  }
  const output = openOutput(values.out, io);
  let result;
  try {
    // A line at a time: a national run's shards are larger than one string can hold.
    result = await mergeShardLines(positionals.map((name) => ({ name, lines: linesOf(resolve(io.cwd, name), name) })), DEFAULT_SPILL_ABOVE);
  } catch (error) {
    output.discard();
    if (!(error instanceof ShardError)) throw error;
    io.stderr(`✖ ${error.localized[lang]}\n`);
    return EXIT.usage;
  }
  try {
    await outputResult(result, format, output, values.out, io, lang, width);
    return exitCode(result, failUnder);
  } finally {
    result.close();
  }
}

/** The lines of a shard file as it is read; a file that cannot be read is a ShardError naming it. */
async function* linesOf(path: string, name: string): AsyncGenerator<string> {
  try {
    for await (const line of createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity })) yield line;
  } catch (error) {
    if (error instanceof ShardError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ShardError({ zh: `无法读取分片文件 ${name}：${code}。`, en: `Cannot read the shard file ${name}: ${code}.` });
  }
}
