import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { hasErrorFinding, jsonl, materialize, parseShard, resultJsonChunks, scoreRun, writePieces, type ResolvedConfig, type ResultHeads, type ResultSource, type StoredResult } from "@fazhi/engine";
import { UserFileErrors } from "@fazhi/user-files";
import { FAZHI_ROOT, printUserFileErrors, resolveConfig } from "../config.js";
import type { Lang } from "../i18n.js";
import { EXIT, UsageError, type CliIO } from "../io.js";
import { parseFailUnder, parseSize, requireOutForBinary, textWidth } from "../options.js";
import { openOutput, type Output } from "../output.js";
import { checkReporters, reportersAvailable, scoreFormats, writeWithReporter, type ReporterFormat } from "../reporters.js";
import type { ScoreRun } from "../tui/score-session.js";
import { VERSION } from "../version.js";

const formatList = () => scoreFormats().join("|");

export const SCORE_HELP = {
  get zh() {
    return `用法: fazhi score [路径...] [选项]

对报告评分并按同级同组排名。路径可以是文件、文件夹或通配符（如 "reports/**/*.txt"）；
不写路径时，在仓库中评分 seeds/ 下的样例报告。

在交互式终端中默认打开评分界面（进度条、排名表、逐份查看评分卡）；
输出到管道、文件或设置了 CI 环境变量时，默认输出纯文本表格。

选项:
  --config 文件          配置文件（默认查找当前及上级目录的 fazhi.config.yaml，找不到则用内置方案）
  --format ${formatList()}
                         输出格式：tui 交互界面（终端中的默认值），text 纯文本表格，json 完整结果，
                         jsonl 每评完一份写一行（供程序读取，可用 fazhi merge 合并排名）${reportersAvailable() ? "，\n                         csv 表格，xlsx Excel 工作簿（需 --out），md Markdown，html 单文件网页" : ""}
  --out 文件             把结果写入文件而不是屏幕
  --shard I/N            只评第 I 份（共 N 份，按文件路径确定地划分），写出 JSONL；
                         各份可在不同机器上运行，再用 fazhi merge 合并排名
  --lang zh|en           提示语言（默认中文，也可用 FAZHI_LANG 或英文 LANG）
  --fail-under 分数      有报告总分低于该分数时以退出码 1 结束
  --width N              纯文本表格的宽度（默认：环境变量 COLUMNS，否则终端宽度，写入文件时为 80）
  --concurrency N        并行线程数（默认：文件多时用全部 CPU 核心；0 表示不开线程）
  --no-cache             不使用缓存（缓存在 .fazhi-cache/，fazhi cache clear 可清除）
  --max-file-size 大小    单个文件大小上限，如 50MB（默认 50MB）
  -h, --help             显示本帮助

界面按键: ↑↓/jk 移动  Enter 查看评分卡  Esc/← 返回  / 按发文机关筛选  s 切换排序列  q 退出

退出码: 0 正常；1 有检查出错（规则崩溃、超时或缺少事实）、有报告低于 --fail-under 或有 error 级问题；
        2 用法、配置、规则文件或输入文件错误。
`;
  },
  get en() {
    return `Usage: fazhi score [PATHS...] [options]

Scores reports and ranks them within cohorts. PATHS are files, folders or globs ("reports/**/*.txt");
with none, the sample reports in seeds/ are scored (in the repository).

On an interactive terminal the scoring UI opens by default (progress bar, ranked tables, scorecards);
on a pipe, into a file or with CI set, a plain-text table is printed.

Options:
  --config FILE          config file (default: fazhi.config.yaml here or above, else the built-in scheme)
  --format ${formatList()}
                         output format: tui interactive (default on a terminal), text plain table, json the whole result,
                         jsonl one line per report as it completes (for programs; fazhi merge ranks them)${reportersAvailable() ? ",\n                         csv table, xlsx Excel workbook (needs --out), md Markdown, html one-file web page" : ""}
  --out FILE             write the result to a file instead of stdout
  --shard I/N            score only share I of N (a deterministic split by file path) and write JSONL;
                         run the shards anywhere, then rank them together with fazhi merge
  --lang zh|en           language of messages (default Chinese; or FAZHI_LANG, or an English LANG)
  --fail-under SCORE     exit 1 when a report's total is below SCORE
  --width N              width of the plain-text table (default: COLUMNS, else the terminal's width, 80 into a file)
  --concurrency N        worker threads (default: all cores for many files; 0 = no threads)
  --no-cache             don't use the cache (.fazhi-cache/; clear it with fazhi cache clear)
  --max-file-size SIZE   size limit per file, e.g. 50MB (default 50MB)
  -h, --help             show this help

Keys in the UI: ↑↓/jk move  Enter scorecard  Esc/← back  / filter by issuer  s sort column  q quit

Exit codes: 0 ok; 1 a check failed (a rule crashed, timed out or lacked a fact), a report below --fail-under
            or findings at level error; 2 a usage, config, rule-file or input error.
`;
  },
};

/**
 * Below this many files, worker start-up (about 1 s each: tsx, config, OpenCC tables) costs more than the
 * threads save at ~12 ms a report (measured: 400 seed copies take 4.7 s in-process, 6.3 s on 2 workers).
 */
const IN_PROCESS_BELOW = 100;

/**
 * In-process for small runs whose code plugins all ship with fazhi; otherwise workers — which are also what
 * stops a user's plugin that hangs (in-process, an endless loop cannot be interrupted).
 */
function defaultConcurrency(config: ResolvedConfig): (fileCount: number) => number {
  const shipped = config.plugins.every((p) => p.path.startsWith(FAZHI_ROOT + sep));
  return (fileCount) => (shipped && fileCount < IN_PROCESS_BELOW ? 0 : availableParallelism());
}

export async function runScore(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  await checkReporters();
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      concurrency: { type: "string" },
      "no-cache": { type: "boolean", default: false },
      "fail-under": { type: "string" },
      "max-file-size": { type: "string" },
      shard: { type: "string" },
      width: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(SCORE_HELP[lang]);
    return EXIT.ok;
  }
  const interactive = io.isTTY && io.interactive === true && !io.env.CI;
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (shard === null) {
    throw new UsageError({ zh: `--shard 应写成“第几份/共几份”，如 --shard 2/8（1 ≤ 第几份 ≤ 共几份），收到“${values.shard}”。`, en: `--shard takes I/N, e.g. --shard 2/8 (1 ≤ I ≤ N), got "${values.shard}".` });
  }
  if (shard && values.format !== undefined && values.format !== "jsonl") {
    throw new UsageError({ zh: `--shard 写出 JSONL（--format jsonl），不能与 --format ${values.format} 同用；合并后用 fazhi merge --format ${values.format} 输出。`, en: `--shard writes JSONL (--format jsonl), not --format ${values.format}; merge the shards with fazhi merge --format ${values.format}.` });
  }
  const format = values.format ?? (shard ? "jsonl" : interactive && values.out === undefined ? "tui" : "text");
  if (!scoreFormats().includes(format)) {
    const list = scoreFormats().join("、");
    throw new UsageError({ zh: `--format 只能是 ${list} 之一，收到的是“${format}”。`, en: `--format must be one of ${scoreFormats().join(", ")}, got "${format}".` });
  }
  requireOutForBinary(format, values.out);
  const failUnder = parseFailUnder(values["fail-under"]);
  const width = textWidth(values.width, io.env, values.out === undefined ? io.columns : undefined);
  const concurrencyOption = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrencyOption !== undefined && !(Number.isInteger(concurrencyOption) && concurrencyOption >= 0)) {
    throw new UsageError({ zh: `--concurrency 应为 0 或正整数，收到“${values.concurrency}”。`, en: `--concurrency must be 0 or a positive integer, got "${values.concurrency}".` });
  }
  const maxBytes = values["max-file-size"] === undefined ? undefined : parseSize(values["max-file-size"]);
  let paths = positionals;
  if (paths.length === 0) {
    if (!existsSync(resolve(io.cwd, "seeds"))) {
      throw new UsageError({ zh: "请指定要评分的报告文件或文件夹，例如：fazhi score reports/", en: "Name the report files or folders to score, e.g. fazhi score reports/" });
    }
    paths = ["seeds"];
  }

  let choice;
  try {
    choice = await resolveConfig(values.config, io, { requireScheme: true, cache: !values["no-cache"] });
  } catch (error) {
    if (error instanceof UserFileErrors) {
      printUserFileErrors(error, io, lang);
      return EXIT.usage;
    }
    throw error;
  }
  const { config } = choice;
  const concurrency = concurrencyOption ?? defaultConcurrency(config);
  const tui = format === "tui" && interactive && values.out === undefined;
  // Opened before scoring, so a path that cannot be written is said now. JSONL: each report's line is written
  // as it completes, so a stopped run keeps what it did.
  const output = tui ? null : openOutput(values.out, io, { direct: format === "jsonl" });
  const lines = format === "jsonl" ? output!.stream : null;
  lines?.write(jsonl.header({ fazhi: "jsonl", schemaVersion: 1, tool: { name: "fazhi", version: VERSION }, profile: { id: config.scheme.id, version: config.scheme.version, hash: config.hash }, ranking: config.scheme.ranking, shard: shard ?? { index: 1, count: 1 } }));
  const run = (onProgress: Parameters<ScoreRun>[0]): Promise<StoredResult> =>
    scoreRun({
      shard,
      onReport: lines ? (report) => lines.write(jsonl.report(report)) : undefined,
      paths,
      config,
      cwd: io.cwd,
      configFile: choice.configFile,
      defaultConfigFile: choice.defaultConfigFile,
      bundledPluginsFrom: choice.bundledPluginsFrom,
      concurrency,
      cache: !values["no-cache"],
      maxBytes,
      toolVersion: VERSION,
      onProgress,
    });

  // The interactive UI: only on a terminal; with --out the file gets plain text instead.
  if (tui) {
    // ink and React load only here and for text output, never for json/csv/xlsx/html.
    const { runInteractive } = await import("../tui/run.js");
    // The browser shows any report's scorecard, so it holds them all.
    const result = await runInteractive(async (onProgress) => {
      const stored = await run(onProgress);
      try {
        return materialize(stored);
      } finally {
        stored.close();
      }
    }, lang);
    if (result === null) {
      // Stopped with Ctrl+C while scoring: workers may still be busy, so leave now.
      io.stderr(lang === "zh" ? "已中断评分，没有输出结果。\n" : "Scoring stopped; no result.\n");
      process.exit(EXIT.usage);
    }
    return exitCode(result, failUnder);
  }

  const progress = io.isTTY && !io.env.CI;
  let result: StoredResult;
  try {
    result = await run(
      progress
        ? (e) => io.stderr(`\r${lang === "zh" ? "评分中" : "Scoring"} ${e.done}/${e.total}${e.errors ? ` ✖${e.errors}` : ""}  ${e.file.slice(-40)}\x1b[K`)
        : () => {},
    );
  } catch (error) {
    if (!lines) output!.discard(); // a JSONL file keeps the lines it has
    throw error;
  }
  if (progress) io.stderr("\r\x1b[K");

  try {
    if (lines) {
      lines.write(jsonl.summary(result.summary));
      await finishOutput(output!, values.out, io, lang);
    } else {
      await outputResult(result, format, output!, values.out, io, lang, width);
    }
    return exitCode(result, failUnder);
  } finally {
    result.close();
  }
}

/** Render a result in `format` (json, text, or a reporter's) into `output` (opened on `out`, or stdout), a piece at a time. */
export async function outputResult(result: ResultSource, format: string, output: Output, out: string | undefined, io: CliIO, lang: Lang, width: number): Promise<void> {
  try {
    // A piece at a time: the JSON of many thousand reports is longer than the longest string V8 can hold.
    if (format === "json") await writePieces(output.stream, resultJsonChunks(result));
    else if (format === "text" || format === "tui") output.stream.write((await import("../render-result.js")).renderResultText(result, lang, width));
    else await writeWithReporter(format as ReporterFormat, result, lang, output.stream);
  } catch (error) {
    output.discard();
    throw error;
  }
  await finishOutput(output, out, io, lang);
}

/** Put the output in place and, for a file, say where it went. */
async function finishOutput(output: Output, out: string | undefined, io: CliIO, lang: Lang): Promise<void> {
  await output.done();
  if (out) io.stderr(lang === "zh" ? `结果已写入 ${out}\n` : `Result written to ${out}\n`);
}

/**
 * 2 when a file could not be read; 1 when a check failed (crashed, timed out, lacked a fact — as ESLint does
 * for a crashing rule), a report is below --fail-under or has findings at level error.
 */
export function exitCode(result: ResultHeads, failUnder: number | undefined): number {
  if (result.reports.some((r) => r.error)) return EXIT.usage;
  if ((result.summary.failedChecks ?? []).length > 0) return EXIT.failed;
  const below = failUnder !== undefined && result.reports.some((r) => r.total.score === null || r.total.score < failUnder);
  const errorFindings = result.reports.some(hasErrorFinding);
  return below || errorFindings ? EXIT.failed : EXIT.ok;
}
