import { closeCandidates } from "@fazhi/user-files/spelling";
import { detectLang, type Lang } from "./i18n.js";
import { EXIT, UsageError, type CliIO } from "./io.js";
import { VERSION } from "./version.js";
export { VERSION };


const MAIN_HELP = {
  zh: `fazhi ${VERSION} — 法治政府建设年度报告的读取、检查、评分与排名

用法: fazhi <命令> [选项]

命令:
  score [路径...]   对报告评分并按同级同组排名（终端中打开交互界面；默认评分 seeds/ 样例）
  explain 文件 [--rule 编号]   逐项写出一份报告的算分过程和问题原文
  merge 分片.jsonl...   合并 score --shard 写出的分片，统一排名
  init [--recommended] [--force]   在当前文件夹生成配置、示例规则和示例插件（--recommended：从推荐评分方案出发）
  parse 文件...     读取报告并输出结构化模型（元数据、标题结构、数字）
  rules list|test|lint   列出规则、运行 YAML 规则自带的例子、检查配置
  schema config|rule|result   输出配置、规则文件或结果的 JSON Schema
  cache clear       清除评分缓存

通用选项:
  --lang zh|en      提示语言（默认中文，也可用环境变量 FAZHI_LANG）
  -h, --help        显示帮助；fazhi <命令> --help 显示该命令的帮助
  -v, --version     显示版本
`,
  en: `fazhi ${VERSION} — reads, checks, scores and ranks annual rule-of-law government reports

Usage: fazhi <command> [options]

Commands:
  score [PATHS...]  score reports and rank them within cohorts (interactive on a terminal; default: seeds/)
  explain FILE [--rule ID]   write out how one report was scored, with the quoted findings
  merge SHARD.jsonl...   merge the shards written by score --shard and rank them as one
  init [--recommended] [--force]   write a config, a sample rule and a sample plugin here (--recommended: start from the recommended scheme)
  parse FILE...     read reports and print the structured model (metadata, headings, numbers)
  rules list|test|lint   list rules, run YAML rules' own examples, check the config
  schema config|rule|result   print the JSON Schema of the config, rule files or the result
  cache clear       delete the score cache

Common options:
  --lang zh|en      language of messages (default Chinese; or FAZHI_LANG)
  -h, --help        show help; fazhi <command> --help shows a command's help
  -v, --version     show the version
`,
};

interface Command {
  run: (argv: string[], io: CliIO, lang: Lang) => Promise<number>;
  help: { zh: string; en: string };
}

// Each command's module (and what it pulls in: the engine, Ink, the reporters) loads only when that command
// runs, so `fazhi --version` or `fazhi parse` don't pay for the rest.
const COMMANDS: Record<string, () => Promise<Command>> = {
  score: async () => { const m = await import("./commands/score.js"); return { run: m.runScore, help: m.SCORE_HELP }; },
  explain: async () => { const m = await import("./commands/explain.js"); return { run: m.runExplain, help: m.EXPLAIN_HELP }; },
  init: async () => { const m = await import("./commands/init.js"); return { run: m.runInit, help: m.INIT_HELP }; },
  parse: async () => { const m = await import("./commands/parse.js"); return { run: m.runParse, help: m.PARSE_HELP }; },
  rules: async () => { const m = await import("./commands/rules.js"); return { run: m.runRules, help: m.RULES_HELP }; },
  schema: async () => { const m = await import("./commands/schema.js"); return { run: m.runSchema, help: m.SCHEMA_HELP }; },
  cache: async () => { const m = await import("./commands/cache.js"); return { run: m.runCache, help: m.CACHE_HELP }; },
  merge: async () => { const m = await import("./commands/merge.js"); return { run: m.runMerge, help: m.MERGE_HELP }; },
};

/** Runs one fazhi invocation and returns its exit code. Never throws for a user's mistake. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const lang = detectLang(langOption(argv), io.env);
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    io.stdout(MAIN_HELP[lang]);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "-v" || command === "--version") {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    const message = { zh: `未知命令“${command}”。`, en: `Unknown command "${command}".` };
    io.stderr(usageMistake(message[lang], closeCandidates(command, Object.keys(COMMANDS)), MAIN_HELP[lang], "fazhi --help", lang));
    return EXIT.usage;
  }
  const entry = await load();
  try {
    return await entry.run(rest, io, lang);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(usageMistake(error.messages[lang], error.suggestions, entry.help[lang], `fazhi ${command} --help`, lang));
      return EXIT.usage;
    }
    const code = (error as { code?: string }).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      const option = code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'([^']+)'/.exec((error as Error).message)?.[1] : undefined;
      const suggestions = option?.startsWith("--") ? closeCandidates(option, helpOptions(entry.help[lang])) : [];
      io.stderr(usageMistake(argsMessage(error as Error, lang), suggestions, entry.help[lang], `fazhi ${command} --help`, lang));
      return EXIT.usage;
    }
    const localized = (error as { localized?: { zh?: unknown; en?: unknown } }).localized;
    if (typeof localized?.zh === "string" && typeof localized.en === "string") {
      // A failure the user can act on (a cache entry lost during the run, say), stated in their language.
      io.stderr(`✖ ${lang === "zh" ? localized.zh : localized.en}\n`);
      return EXIT.usage;
    }
    io.stderr(
      lang === "zh"
        ? `✖ fazhi 内部错误：${(error as Error).message}\n请把这条信息和所用文件报告给维护者（设置 FAZHI_DEBUG=1 可看到详细堆栈）。\n`
        : `✖ fazhi internal error: ${(error as Error).message}\nPlease report this message and the file to the maintainers (FAZHI_DEBUG=1 shows the stack).\n`,
    );
    if (io.env.FAZHI_DEBUG) io.stderr(`${(error as Error).stack}\n`);
    return EXIT.usage;
  }
}

function langOption(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i === -1) return undefined;
  const a = argv[i]!;
  return a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[i + 1];
}

/**
 * A mistake on the command line, said in four short lines instead of the whole help: what is wrong, a did-you-mean
 * where something is close, the one usage line of the command, and where the full help is.
 */
function usageMistake(message: string, suggestions: string[], help: string, helpCommand: string, lang: Lang): string {
  const usage = help.split("\n").find((line) => /^(用法|Usage):/.test(line.trim()));
  const lines = [`✖ ${message}`];
  if (suggestions.length > 0) lines.push(lang === "zh" ? `  是不是“${suggestions.join("”或“")}”？` : `  Did you mean "${suggestions.join('" or "')}"?`);
  if (usage) lines.push(`  ${usage.trim()}`);
  lines.push(lang === "zh" ? `  完整说明：${helpCommand}` : `  Full help: ${helpCommand}`);
  return `${lines.join("\n")}\n`;
}

/** The long options a command's help lists (its help is where every option is documented). */
function helpOptions(help: string): string[] {
  return [...new Set(help.match(/--[a-z][a-z-]*/g) ?? [])];
}

function argsMessage(error: Error, lang: Lang): string {
  const option = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  if (lang === "en") return error.message;
  if (/Unknown option/.test(error.message)) return `未知选项“${option}”。`;
  if (/argument missing/.test(error.message)) return `选项“${option}”缺少取值。`;
  if (/does not take an argument/.test(error.message)) return `选项“${option}”不接受取值。`;
  return `命令行参数有误：${error.message}`;
}
