import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { explainReport, scoreFiles, type ReportResult } from "@fazhi/engine";
import { closeCandidates, UserFileErrors } from "@fazhi/user-files";
import { printUserFileErrors, resolveConfig } from "../config.js";
import type { Lang } from "../i18n.js";
import { EXIT, UsageError, type CliIO } from "../io.js";
import { textWidth } from "../options.js";
import { renderScorecardText } from "../render-result.js";
import { VERSION } from "../version.js";
import { exitCode } from "./score.js";

export const EXPLAIN_HELP = {
  zh: `用法: fazhi explain 文件 [--rule 检查] [选项]

对一份报告评分（不用缓存），逐项写出算分过程：每项检查的得分、权重、有效权重和贡献，
每个类别的 Σ 得分×权重 / Σ 权重，直到总分和等级；每个问题附引用原文和行号。

选项:
  --rule 检查          只看这一项检查：写它的名称（如 主送机关），或规则编号（如 disclosure/addressee）
  --among 路径         与这些报告（文件夹、文件或通配符）一起评分（可用缓存），写出这份报告在其同级同组中的名次；
                       不加时单独评分，不排名次
  --width N            文本宽度（默认：环境变量 COLUMNS，否则终端宽度，否则 100）
  --config 文件        配置文件（默认查找 fazhi.config.yaml，找不到则用内置方案）
  --lang zh|en         提示语言（默认中文）
  -h, --help           显示本帮助

示例:
  fazhi explain report.txt
  fazhi explain report.txt --rule 主送机关
  fazhi explain 收到的报告/某县.docx --among 收到的报告/

退出码: 0 正常；1 报告有 error 级问题；2 用法、配置错误或文件无法读取。
`,
  en: `Usage: fazhi explain FILE [--rule CHECK] [options]

Scores one report (without the cache) and writes out the arithmetic: each check's score, weight,
effective weight and contribution, each category's Σ score×weight / Σ weight, up to the total and
grade; every finding with its quoted evidence and line number.

Options:
  --rule CHECK         only this check: its title (e.g. Addressee) or its rule id (e.g. disclosure/addressee)
  --among PATH         score it together with these reports (a folder, files or a glob; the cache is used) and
                       give its rank within its cohort there; without it the report is scored alone, unranked
  --width N            width of the text (default: COLUMNS, else the terminal's width, else 100)
  --config FILE        config file (default: fazhi.config.yaml, else the built-in scheme)
  --lang zh|en         language of messages (default Chinese)
  -h, --help           show this help

Examples:
  fazhi explain report.txt
  fazhi explain report.txt --rule Addressee
  fazhi explain received/county.docx --among received/

Exit codes: 0 ok; 1 the report has findings at level error; 2 a usage or config error, or an unreadable file.
`,
};

export async function runExplain(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      rule: { type: "string" },
      among: { type: "string", multiple: true },
      width: { type: "string" },
      config: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(EXPLAIN_HELP[lang]);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? { zh: "请指定一个报告文件，例如：fazhi explain report.txt", en: "Name one report file, e.g. fazhi explain report.txt" }
        : { zh: `explain 一次只解释一个文件，收到 ${positionals.length} 个。`, en: `explain explains one file at a time; got ${positionals.length}.` },
    );
  }
  const width = textWidth(values.width, io.env, io.columns, 100);
  let choice;
  try {
    choice = await resolveConfig(values.config, io, { requireScheme: true });
  } catch (error) {
    if (error instanceof UserFileErrors) {
      printUserFileErrors(error, io, lang);
      return EXIT.usage;
    }
    throw error;
  }
  const score = (paths: string[], among: boolean) =>
    scoreFiles({
      paths,
      config: choice.config,
      cwd: io.cwd,
      configFile: choice.configFile,
      defaultConfigFile: choice.defaultConfigFile,
      bundledPluginsFrom: choice.bundledPluginsFrom,
      // A folder to rank among may be large: it is scored as `fazhi score` would, with the cache.
      concurrency: among ? undefined : 0,
      cache: among,
      toolVersion: VERSION,
    });
  const alone = await score(positionals, false);
  if (alone.reports.length !== 1) {
    throw new UsageError({
      zh: `“${positionals[0]}”对应 ${alone.reports.length} 个报告文件；explain 需要一个文件，请写出文件路径。`,
      en: `"${positionals[0]}" matches ${alone.reports.length} report files; explain needs one file path.`,
    });
  }
  let report = alone.reports[0]!;
  let ranked = false;
  if (values.among && !report.error) {
    // The same file, content and config give the same scores; what the folder adds is the rank.
    const path = resolve(io.cwd, report.file);
    const there = (await score([...values.among, ...positionals], true)).reports.find((r) => resolve(io.cwd, r.file) === path);
    if (there) [report, ranked] = [there, true];
  }
  if (report.error) {
    io.stderr(`✖ ${report.file}: ${report.error.message[lang]}\n\n${EXPLAIN_HELP[lang]}`);
    return EXIT.usage;
  }
  const rule = values.rule === undefined ? undefined : checkNamed(report, values.rule.trim(), lang);
  const lines = explainReport(report, choice.config.scheme);
  io.stdout(renderScorecardText(report, lang, width, { explain: lines, onlyRule: rule, alone: !ranked }));
  return exitCode(alone, undefined);
}

/**
 * The id of the check `--rule` names: by its title in either language, or by its rule id; else a usage error
 * that offers the closest titles (in the user's language), or the closest ids to what looks like an id.
 */
function checkNamed(report: ReportResult, name: string, lang: Lang): string {
  if (name in report.checks) return name;
  const checks = Object.entries(report.checks);
  const byTitle = checks.filter(([, c]) => c.title.zh.trim() === name || c.title.en.trim().toLowerCase() === name.toLowerCase());
  if (byTitle.length === 1) return byTitle[0]![0];
  const titles = checks.map(([, c]) => c.title[lang].trim()).sort((a, b) => a.localeCompare(b, lang === "zh" ? "zh-CN" : "en"));
  // Someone who typed a rule id ("outline/nope") is offered ids; anyone else, titles.
  const near = closeCandidates(name, name.includes("/") ? Object.keys(report.checks).sort() : titles);
  throw new UsageError({
    zh: `这份报告没有名为“${name}”的检查。${near.length ? `你是不是想找：${near.join("、")}？` : `可用的检查：${titles.join("、")}`}`,
    en: `No check "${name}" ran on this report. ${near.length ? `Did you mean ${near.map((n) => `"${n}"`).join(", ")}?` : `Checks: ${titles.map((t) => `"${t}"`).join(", ")}`}`,
  });
}
