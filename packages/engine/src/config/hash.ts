import { createHash } from "node:crypto";
import type { EnabledRule, ResolvedConfig, Scheme } from "../types.js";
import type { PluginRecord } from "./resolve-plugins.js";
import type { CompiledRuleFile } from "./rules-dir.js";

/** JSON with object keys sorted at every depth, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Map) return sortKeys(Object.fromEntries(value));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Code-unit order, independent of the machine's locale. */
function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

export interface HashInputs {
  rules: Map<string, EnabledRule>;
  settings: Record<string, unknown>;
  files: string[];
  ignores: string[];
  scheme: Scheme;
  plugins: PluginRecord[];
  ruleFiles: CompiledRuleFile[];
}

/**
 * Everything that changes results, and nothing that does not (no absolute paths, no comments): the merged config
 * (rule levels and options, settings, files, ignores, scheme), each plugin's name + version + entry-file sha256,
 * each enabled rule's id + version, each rule file's sha256.
 */
export function configHash(inputs: HashInputs): string {
  const canonical = {
    config: {
      rules: [...inputs.rules.values()].map((r) => ({ id: r.id, level: r.level, options: r.options })).sort(byKey((x) => x.id)),
      settings: inputs.settings,
      files: inputs.files,
      ignores: inputs.ignores,
      scheme: inputs.scheme,
    },
    plugins: inputs.plugins.map((p) => ({ name: p.plugin.meta.name, version: p.plugin.meta.version, sha256: p.sha256 })).sort(byKey((x) => x.name)),
    ruleVersions: [...inputs.rules.values()].map((r) => ({ id: r.id, version: r.rule.meta.version })).sort(byKey((x) => x.id)),
    ruleFiles: inputs.ruleFiles.map((f) => ({ id: f.id, sha256: f.sha256 })).sort(byKey((x) => x.id)),
  };
  return sha256(canonicalJson(canonical));
}

export function configSources(configFile: { path: string; sha256: string } | null, plugins: PluginRecord[], ruleFiles: CompiledRuleFile[]): ResolvedConfig["sources"] {
  return [
    ...(configFile ? [{ kind: "config" as const, path: configFile.path, sha256: configFile.sha256 }] : []),
    ...plugins.map((p) => ({ kind: "plugin" as const, path: p.path, sha256: p.sha256, version: p.plugin.meta.version })),
    ...ruleFiles.map((f) => ({ kind: "rule-file" as const, path: f.file, sha256: f.sha256, version: f.rule.meta.version })),
  ];
}
