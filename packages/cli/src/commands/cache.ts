import { closeCandidates } from "@fazhi/user-files";
import { resolve } from "node:path";
import { clearCache, DEFAULT_CACHE_DIR } from "@fazhi/engine";
import type { Lang } from "../i18n.js";
import { EXIT, UsageError, type CliIO } from "../io.js";

export const CACHE_HELP = {
  zh: `用法: fazhi cache clear

清除当前目录下的评分缓存（${DEFAULT_CACHE_DIR}/）。规则、插件、方案或报告文件变化时缓存会自动失效，一般无需手动清除。
`,
  en: `Usage: fazhi cache clear

Deletes the score cache in this folder (${DEFAULT_CACHE_DIR}/). Changed rules, plugins, schemes or files never reuse stale entries, so this is rarely needed.
`,
};

export async function runCache(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const args = argv.filter((a) => !a.startsWith("--lang") && a !== "zh" && a !== "en");
  if (args.includes("-h") || args.includes("--help")) {
    io.stdout(CACHE_HELP[lang]);
    return EXIT.ok;
  }
  if (args[0] !== "clear" || args.length > 1) {
    throw new UsageError({ zh: "cache 只有一个子命令：clear。", en: "cache has one subcommand: clear." }, args[0] === undefined ? [] : closeCandidates(args[0], ["clear"]));
  }
  await clearCache(resolve(io.cwd, DEFAULT_CACHE_DIR));
  io.stdout(lang === "zh" ? `已清除缓存 ${DEFAULT_CACHE_DIR}/\n` : `Cleared ${DEFAULT_CACHE_DIR}/\n`);
  return EXIT.ok;
}
