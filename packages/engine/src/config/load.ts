import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { loadUserFile, UserFileErrors, type UserFileError } from "@fazhi/user-files";
import type { ResolvedConfig } from "../types.js";
import { buildScheme } from "./build-scheme.js";
import { DEFAULT_FILES, DEFAULT_IGNORES } from "./defaults.js";
import { resolveEnabledRules } from "./enabled-rules.js";
import { findConfigFile } from "./find-config.js";
import { configHash, configSources, sha256 } from "./hash.js";
import { mergeLayers } from "./merge.js";
import { expandLayers, fileLayer } from "./presets.js";
import { PluginRegistry, type PluginImportOptions } from "./resolve-plugins.js";
import { buildRuleCatalogue, type UnloadedSources } from "./rule-catalogue.js";
import { loadRulesDirs, type RuleFileCompiler } from "./rules-dir.js";
import { checkHasScheme, checkRuleReferences, checkScheme, schemeCheckRefs } from "./semantic-checks.js";

export interface LoadConfigOptions {
  /** An explicit config file (`--config`), relative to `cwd`. */
  configFile?: string;
  cwd: string;
  /** Used when no config file is given or found (e.g. the built-in recommended config). */
  defaultConfigFile?: string;
  /**
   * A folder from which plugins that ship with the tool resolve (e.g. `@fazhi/rules-recommended`), when the
   * config's own folder has no such package — so a config anywhere can extend the recommended scheme.
   */
  bundledPluginsFrom?: string;
  /**
   * The config must bring a scoring scheme (categories, in the file or a preset): otherwise an error at the file
   * before any report is read. For scoring; listing or testing rules needs none.
   */
  requireScheme?: boolean;
  /**
   * Each plugin's import is limited in time (a top-level `await` that never settles is an error, not a silent
   * exit); with `probe`, user plugins are first imported in a worker thread, which also stops an endless loop.
   */
  pluginImport?: PluginImportOptions;
}

/**
 * Find, read and validate the config, its presets, plugins and rule files, and resolve them into what the runner
 * and the scorer use. Every mistake in any of them is collected and thrown together as UserFileErrors, before
 * any report is read. No config at all gives a valid empty config.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  return loadConfigWith(options, {});
}

/** loadConfig with the declarative compiler replaceable (tests of the rulesDir plumbing); not part of the public API. */
export async function loadConfigWith(options: LoadConfigOptions, deps: { compileRuleFile?: RuleFileCompiler }): Promise<ResolvedConfig> {
  const cwd = resolve(options.cwd);
  const file = options.configFile !== undefined ? resolve(cwd, options.configFile) : (findConfigFile(cwd) ?? (options.defaultConfigFile !== undefined ? resolve(cwd, options.defaultConfigFile) : null));
  if (file === null) return emptyConfig(cwd);

  const located = loadUserFile(file);
  const baseDir = dirname(file);
  const errors: UserFileError[] = [];
  const registry = new PluginRegistry(options.bundledPluginsFrom, options.pluginImport);

  const top = fileLayer(located, baseDir, errors);
  const layers = await expandLayers(top, registry, errors);
  const unloadedRuleFiles: UnloadedSources = { ruleIds: new Set(), anyNamespace: false };
  const ruleFiles = await loadRulesDirs(layers, errors, deps.compileRuleFile, unloadedRuleFiles);
  const catalogue = buildRuleCatalogue(registry, ruleFiles, errors);
  const merged = mergeLayers(layers);
  const checks = schemeCheckRefs(merged.scoring);
  // Only when nothing else is wrong: a preset that failed to load would also read as "no scheme".
  if (options.requireScheme && errors.length === 0) errors.push(...checkHasScheme(merged.scoring, top.where));
  errors.push(...checkScheme(merged.scoring), ...checkRuleReferences(merged, checks, catalogue, { ...unloadedRuleFiles, anyNamespace: unloadedRuleFiles.anyNamespace || registry.failed > 0 }));
  const rules = resolveEnabledRules(merged, checks, catalogue, errors);
  if (errors.length > 0) throw new UserFileErrors(dedupe(errors));

  const scheme = buildScheme(merged.scoring?.data ?? null);
  const usedRuleFiles = ruleFiles.filter((f) => catalogue.get(f.id)?.ruleFile === f.file);
  return {
    file,
    baseDir,
    plugins: registry.records.map((r) => ({ plugin: r.plugin, path: r.path })),
    rules,
    settings: merged.settings,
    files: merged.files,
    ignores: merged.ignores,
    scheme,
    hash: configHash({ rules, settings: merged.settings, files: merged.files, ignores: merged.ignores, scheme, plugins: registry.records, ruleFiles: usedRuleFiles }),
    sources: configSources({ path: file, sha256: sha256(readFileSync(file)) }, registry.records, usedRuleFiles),
  };
}

function emptyConfig(cwd: string): ResolvedConfig {
  const scheme = buildScheme(null);
  const config = { rules: new Map(), settings: {}, files: [...DEFAULT_FILES], ignores: [...DEFAULT_IGNORES], scheme };
  return { file: null, baseDir: cwd, plugins: [], ...config, hash: configHash({ ...config, plugins: [], ruleFiles: [] }), sources: [] };
}

/**
 * The same mistake reached twice (e.g. a preset extended by two others) is reported once; mistakes are listed file
 * by file (in the order the files were met) and top to bottom within a file.
 */
function dedupe(errors: UserFileError[]): UserFileError[] {
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = `${e.file}:${e.line}:${e.column}:${e.path}:${e.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const fileOrder = [...new Set(unique.map((e) => e.file))];
  return unique.sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || a.line - b.line || a.column - b.column);
}
