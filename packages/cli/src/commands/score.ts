import { existsSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { expandPaths, scoreFiles, type Result } from "@fazhi/engine";
import { UserFileErrors } from "@fazhi/user-files";
import { printUserFileErrors, resolveConfig } from "../config.js";
import type { Lang } from "../i18n.js";
import { EXIT, UsageError, type CliIO } from "../io.js";
import { parseSize } from "../options.js";
import { renderResultText } from "../render-result.js";
import { VERSION } from "../version.js";

export const SCORE_HELP = {
  zh: `用法: fazhi score [路径...] [选项]

对报告评分并按同级同组排名。路径可以是文件、文件夹或通配符（如 "reports/**/*.txt"）；
不写路径时，在仓库中评分 seeds/ 下的样例报告。

选项:
  --config 文件          配置文件（默认查找当前及上级目录的 fazhi.config.yaml，找不到则用内置方案）
  --format text|json     输出格式（默认 text）
  --out 文件             把结果写入文件而不是屏幕
  --concurrency N        并行线程数（默认：文件多时用全部 CPU 核心；0 表示不开线程）
  --no-cache             不使用缓存（缓存在 .fazhi-cache/，fazhi cache clear 可清除）
  --fail-under 分数      有报告总分低于该分数时以退出码 1 结束
  --max-file-size 大小    单个文件大小上限，如 50MB（默认 50MB）
  --lang zh|en           提示语言
  -h, --help             显示本帮助

退出码: 0 正常；1 有报告低于 --fail-under 或有 error 级问题；2 用法、配置、规则文件或输入文件错误。
`,
  en: `Usage: fazhi score [PATHS...] [options]

Scores reports and ranks them within cohorts. PATHS are files, folders or globs ("reports/**/*.txt");
with none, the sample reports in seeds/ are scored (in the repository).

Options:
  --config FILE          config file (default: fazhi.config.yaml here or above, else the built-in scheme)
  --format text|json     output format (default text)
  --out FILE             write the result to a file instead of stdout
  --concurrency N        worker threads (default: all cores for many files; 0 = no threads)
  --no-cache             don't use the cache (.fazhi-cache/; clear it with fazhi cache clear)
  --fail-under SCORE     exit 1 when a report's total is below SCORE
  --max-file-size SIZE   size limit per file, e.g. 50MB (default 50MB)
  --lang zh|en           language of messages
  -h, --help             show this help

Exit codes: 0 ok; 1 a report below --fail-under or findings at level error; 2 a usage, config, rule-file or input error.
`,
};

/** Below this many files, worker start-up costs more than it saves. */
const IN_PROCESS_BELOW = 12;

export async function runScore(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: "string" },
      format: { type: "string", default: "text" },
      out: { type: "string" },
      concurrency: { type: "string" },
      "no-cache": { type: "boolean", default: false },
      "fail-under": { type: "string" },
      "max-file-size": { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(SCORE_HELP[lang]);
    return EXIT.ok;
  }
  const format = values.format;
  if (format !== "text" && format !== "json") {
    throw new UsageError({ zh: `--format 只能是 text 或 json，收到的是“${format}”。`, en: `--format must be text or json, got "${format}".` });
  }
  const failUnder = values["fail-under"] === undefined ? undefined : Number(values["fail-under"]);
  if (failUnder !== undefined && !(failUnder >= 0 && failUnder <= 100)) {
    throw new UsageError({ zh: `--fail-under 应为 0 到 100 之间的分数，收到“${values["fail-under"]}”。`, en: `--fail-under must be a score from 0 to 100, got "${values["fail-under"]}".` });
  }
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
    choice = await resolveConfig(values.config, io);
  } catch (error) {
    if (error instanceof UserFileErrors) {
      printUserFileErrors(error, io, lang);
      return EXIT.usage;
    }
    throw error;
  }
  const { config } = choice;
  const concurrency = concurrencyOption ?? ((await expandPaths(paths, config, io.cwd)).targets.length < IN_PROCESS_BELOW ? 0 : availableParallelism());
  const progress = io.isTTY && !io.env.CI;
  const result: Result = await scoreFiles({
    paths,
    config,
    cwd: io.cwd,
    configFile: choice.configFile,
    defaultConfigFile: choice.defaultConfigFile,
    concurrency,
    cache: !values["no-cache"],
    maxBytes,
    toolVersion: VERSION,
    onProgress: progress
      ? (e) => io.stderr(`\r${lang === "zh" ? "评分中" : "Scoring"} ${e.done}/${e.total}${e.errors ? ` ✖${e.errors}` : ""}  ${e.file.slice(-40)}\x1b[K`)
      : undefined,
  });
  if (progress) io.stderr("\r\x1b[K");

  const rendered = format === "json" ? JSON.stringify(result, null, 2) + "\n" : renderResultText(result, lang);
  if (values.out) {
    writeFileSync(resolve(io.cwd, values.out), rendered);
    io.stderr(lang === "zh" ? `结果已写入 ${values.out}\n` : `Result written to ${values.out}\n`);
  } else {
    io.stdout(rendered);
  }
  return exitCode(result, failUnder);
}

/** 2 when a file could not be read; 1 when a report is below --fail-under or has findings at level error. */
export function exitCode(result: Result, failUnder: number | undefined): number {
  if (result.reports.some((r) => r.error)) return EXIT.usage;
  const below = failUnder !== undefined && result.reports.some((r) => r.total.score === null || r.total.score < failUnder);
  const errorFindings = result.reports.some((r) => Object.values(r.checks).some((c) => c.findings.some((f) => f.severity === "error")));
  return below || errorFindings ? EXIT.failed : EXIT.ok;
}
