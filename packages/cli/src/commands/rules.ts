import { statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { testRuleFile, type RuleFileTestResult } from "@fazhi/declarative";
import type { ResolvedConfig } from "@fazhi/engine";
import { factProviders } from "@fazhi/rule-kit";
import { closeCandidates, formatUserFileError, UserFileErrors } from "@fazhi/user-files";
import fg from "fast-glob";
import { printUserFileErrors, resolveConfig } from "../config.js";
import type { Lang } from "../i18n.js";
import { EXIT, UsageError, type CliIO } from "../io.js";
import { padEnd, truncate } from "@fazhi/reporters/text-width";

export const RULES_HELP = {
  zh: `用法: fazhi rules <list|test|lint> [选项]

  list                 列出当前配置启用的全部规则（编号、级别、来源、标题）
  test [文件或文件夹...] 运行 YAML 规则文件自带的正例和反例（默认：配置中 rulesDir 下的全部规则文件）
  lint                 只检查配置和规则文件是否有错，不读取任何报告

选项:
  --config 文件        配置文件（默认查找 fazhi.config.yaml，找不到则用内置方案）
  --lang zh|en         提示语言
  -h, --help           显示本帮助
`,
  en: `Usage: fazhi rules <list|test|lint> [options]

  list                 list every rule the config enables (id, level, source, title)
  test [FILES|DIRS...] run each YAML rule file's own pass/fail examples (default: every rule file under rulesDir)
  lint                 check the config and rule files for mistakes without reading any report

Options:
  --config FILE        config file (default: fazhi.config.yaml, else the built-in scheme)
  --lang zh|en         language of messages
  -h, --help           show this help
`,
};

export async function runRules(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { config: { type: "string" }, lang: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const [sub, ...paths] = positionals;
  if (values.help) {
    io.stdout(RULES_HELP[lang]);
    return EXIT.ok;
  }
  if (sub !== "list" && sub !== "test" && sub !== "lint") {
    throw new UsageError(
      sub === undefined
        ? { zh: "请指明子命令：list、test 或 lint。", en: "Name a subcommand: list, test or lint." }
        : { zh: `未知的子命令“${sub}”，可用：list、test、lint。`, en: `Unknown subcommand "${sub}"; use list, test or lint.` },
      sub === undefined ? [] : closeCandidates(sub, ["list", "test", "lint"]),
    );
  }
  let config: ResolvedConfig;
  try {
    config = (await resolveConfig(values.config, io, { requireScheme: sub === "lint" })).config;
  } catch (error) {
    if (error instanceof UserFileErrors) {
      printUserFileErrors(error, io, lang);
      return EXIT.usage;
    }
    throw error;
  }
  if (sub === "list") return listRules(config, io, lang);
  if (sub === "lint") {
    io.stdout(
      lang === "zh"
        ? `✔ 配置和规则文件没有发现问题：${config.rules.size} 条规则，${config.scheme.categories.length} 个评分类别。\n`
        : `✔ No problems in the config and rule files: ${config.rules.size} rules, ${config.scheme.categories.length} scoring categories.\n`,
    );
    return EXIT.ok;
  }
  return testRules(paths, config, io, lang);
}

function listRules(config: ResolvedConfig, io: CliIO, lang: Lang): number {
  const scored = new Set(config.scheme.categories.flatMap((c) => c.checks.map((k) => k.rule)));
  const rows = [...config.rules.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const zh = lang === "zh";
  io.stdout(`${padEnd(zh ? "规则" : "Rule", 44)}${padEnd(zh ? "级别" : "Level", 7)}${padEnd(zh ? "计分" : "Scored", 8)}${zh ? "标题" : "Title"}\n`);
  for (const r of rows) {
    const source = r.ruleFile ? (zh ? "YAML" : "YAML") : r.namespace;
    io.stdout(
      `${padEnd(truncate(r.id, 43), 44)}${padEnd(r.level, 7)}${padEnd(scored.has(r.id) ? (zh ? "是" : "yes") : zh ? "否" : "no", 8)}${r.rule.meta.title[lang]}  (${source} ${r.rule.meta.version})\n`,
    );
  }
  io.stdout(zh ? `共 ${rows.length} 条规则。\n` : `${rows.length} rule(s).\n`);
  return EXIT.ok;
}

async function testRules(paths: string[], config: ResolvedConfig, io: CliIO, lang: Lang): Promise<number> {
  const zh = lang === "zh";
  let files: string[];
  if (paths.length === 0) {
    files = [...new Set([...config.rules.values()].flatMap((r) => (r.ruleFile ? [r.ruleFile] : [])))].sort();
    if (files.length === 0) {
      throw new UsageError({ zh: "配置中没有 YAML 规则文件（rulesDir）；请指定要测试的规则文件或文件夹。", en: "The config has no YAML rule files (rulesDir); name the rule files or folders to test." });
    }
  } else {
    files = [];
    for (const p of paths) {
      const full = resolve(io.cwd, p);
      let isDir = false;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        throw new UsageError({ zh: `找不到 ${p}`, en: `Not found: ${p}` });
      }
      files.push(...(isDir ? (await fg(["**/*.yaml", "**/*.yml"], { cwd: full, absolute: true })).sort() : [full]));
    }
  }
  // Each example runs as the engine runs a report: the config's plugins' facts and settings, one session per text.
  const options = { providers: factProviders(config.plugins.map((p) => p.plugin)), settings: config.settings };
  let failed = 0;
  for (const file of files) {
    const result: RuleFileTestResult = await testRuleFile(file, options);
    if (!result.ok) failed++;
    io.stdout(`${result.ok ? "✔" : "✖"} ${result.id ?? file}  (${relative(io.cwd, file)})\n`);
    for (const e of result.errors) io.stdout(`    ${formatUserFileError(e, lang)}\n`);
    for (const c of result.cases.filter((x) => !x.ok)) {
      io.stdout(`    ${file}:${c.line}  ${c.kind === "pass" ? (zh ? "正例" : "pass example") : zh ? "反例" : "fail example"} ${c.index + 1}: ${c.message[lang]}\n`);
    }
  }
  io.stdout(zh ? `${files.length} 个规则文件，${files.length - failed} 个通过，${failed} 个未通过。\n` : `${files.length} rule file(s): ${files.length - failed} passed, ${failed} failed.\n`);
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
