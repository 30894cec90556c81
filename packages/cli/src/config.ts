import { existsSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { BUNDLED, bundlePath } from "@fazhi/core/bundle";
import { DEFAULT_CACHE_DIR, findConfigFile, loadConfig, type ResolvedConfig } from "@fazhi/engine";
import { formatUserFileError, UserFileErrors } from "@fazhi/user-files";
import type { Lang } from "./i18n.js";
import { UsageError, type CliIO } from "./io.js";

/** The configuration fazhi uses when the user has none. */
export const DEFAULT_CONFIG_FILE = join(dirname(fileURLToPath(import.meta.url)), "../defaults/fazhi.config.yaml");
/**
 * The rule packages fazhi ships with resolve from here, so any config may name them: this package (its
 * node_modules) from source, the compiled CLI's dist/plugins (package folders by name) when compiled.
 */
export const BUNDLED_PLUGINS_FROM = BUNDLED ? bundlePath("plugins") : join(dirname(fileURLToPath(import.meta.url)), "..");
/** The fazhi installation (the repository root, or the compiled CLI's dist/): plugins under it ship with fazhi. */
export const FAZHI_ROOT = realpathSync(BUNDLED ? bundlePath(".") : join(BUNDLED_PLUGINS_FROM, "../.."));

/** The folder of a package fazhi ships (its package.json's folder), from source or compiled. */
export function shippedPackageDir(name: string): string {
  return BUNDLED ? join(BUNDLED_PLUGINS_FROM, name) : dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
}

export interface ConfigChoice {
  config: ResolvedConfig;
  /** What workers must load again: the user's file, or the default. */
  configFile: string | undefined;
  defaultConfigFile: string;
  bundledPluginsFrom: string;
}

/**
 * `--config F`, else fazhi.config.* found from cwd upwards, else the built-in default. `requireScheme`: a config
 * without a scoring scheme is an error (for the commands that score).
 */
export async function resolveConfig(explicit: string | undefined, io: CliIO, options: { requireScheme?: boolean; cache?: boolean; pluginImportTimeLimitMs?: number } = {}): Promise<ConfigChoice> {
  let configFile: string | undefined;
  if (explicit !== undefined) {
    configFile = resolve(io.cwd, explicit);
    if (!existsSync(configFile)) {
      throw new UsageError({ zh: `找不到配置文件 ${explicit}。可以用 fazhi init 生成一个。`, en: `Config file not found: ${explicit}. Create one with fazhi init.` });
    }
  } else {
    configFile = findConfigFile(io.cwd) ?? undefined;
  }
  const config = await loadConfig({ configFile, cwd: io.cwd, defaultConfigFile: DEFAULT_CONFIG_FILE, bundledPluginsFrom: BUNDLED_PLUGINS_FROM,
    requireScheme: options.requireScheme,
    // A user's plugin is tried in a worker first: one that loops at its top level is stopped there, not here.
    pluginImport: {
      timeLimitMs: options.pluginImportTimeLimitMs,
      probe: { trustedRoot: FAZHI_ROOT, cacheDir: options.cache === false ? null : resolve(io.cwd, DEFAULT_CACHE_DIR, "plugins") },
    },
  });
  return { config, configFile, defaultConfigFile: DEFAULT_CONFIG_FILE, bundledPluginsFrom: BUNDLED_PLUGINS_FROM };
}

/** Print every mistake in a user's file as `file:line:col  path: message`. */
export function printUserFileErrors(error: UserFileErrors, io: CliIO, lang: Lang): void {
  const n = error.errors.length;
  io.stderr(lang === "zh" ? `✖ 配置或规则文件有 ${n} 处错误，尚未读取任何报告：\n` : `✖ ${n} mistake(s) in the config or rule files; no report was read:\n`);
  for (const e of error.errors) {
    // A message of several lines (a plugin's code frame) stays indented under its error.
    io.stderr(`  ${formatUserFileError(e, lang).replace(/\n/g, "\n    ")}\n`);
  }
}
