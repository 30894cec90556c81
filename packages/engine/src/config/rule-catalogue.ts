import type { RuleLevel, RuleModule } from "@fazhi/rule-kit";
import type { UserFileError } from "@fazhi/user-files";
import { LOCAL_NAMESPACE } from "./defaults.js";
import { describeWhere, errorAt } from "./located.js";
import type { PluginRegistry } from "./resolve-plugins.js";
import type { CompiledRuleFile } from "./rules-dir.js";

/** A rule that some loaded plugin or rule file provides, by full id. */
export interface AvailableRule {
  id: string;
  rule: RuleModule;
  /** Plugin namespace, or "local" for declarative rules. */
  namespace: string;
  /** Plugin entry file or YAML rule file, for messages about the rule itself. */
  source: string;
  ruleFile?: string;
  /** A rule file's own `level`: the rule runs at it unless the config's `rules` says otherwise. */
  defaultLevel?: RuleLevel;
}

/**
 * What the config may name but could not be loaded — a rule file or a plugin with a mistake already reported. A rule
 * or preset it would have defined is then not "unknown": saying so would be a second error for the same mistake.
 */
export interface UnloadedSources {
  /** Ids of rule files that did not compile (read from the file where its YAML parses). */
  ruleIds: Set<string>;
  /** A plugin failed, or a rule file whose id cannot be read: any namespace that nothing loaded may be theirs. */
  anyNamespace: boolean;
}

/** Whether `id` (a rule or preset, "namespace/name") may be one that an unloaded plugin or rule file defines. */
export function mayBeUnloaded(id: string, unloaded: UnloadedSources, loadedNamespaces: ReadonlySet<string>): boolean {
  if (unloaded.ruleIds.has(id)) return true;
  const slash = id.indexOf("/");
  return unloaded.anyNamespace && slash > 0 && !loadedNamespaces.has(id.slice(0, slash));
}

/** Every rule id the config may name. Two rules with one id, or a rule file in a plugin's namespace, are errors. */
export function buildRuleCatalogue(registry: PluginRegistry, ruleFiles: CompiledRuleFile[], errors: UserFileError[]): Map<string, AvailableRule> {
  const catalogue = new Map<string, AvailableRule>();
  for (const record of registry.records) {
    const namespace = record.plugin.meta.namespace;
    for (const [name, rule] of Object.entries(record.plugin.rules ?? {})) {
      catalogue.set(`${namespace}/${name}`, { id: `${namespace}/${name}`, rule, namespace, source: record.path });
    }
  }
  for (const file of ruleFiles) {
    const namespace = file.id.includes("/") ? file.id.slice(0, file.id.indexOf("/")) : "";
    const plugin = registry.byNamespace(namespace);
    const existing = catalogue.get(file.id);
    if (plugin) {
      errors.push({
        file: file.file,
        line: 1,
        column: 1,
        path: "",
        message: {
          zh: `规则文件的编号“${file.id}”使用了插件 ${plugin.plugin.meta.name}（${describeWhere(plugin.where)}）的命名空间“${namespace}”。请为本地规则换一个命名空间`,
          en: `Rule file id "${file.id}" uses the namespace "${namespace}" of plugin ${plugin.plugin.meta.name} (${describeWhere(plugin.where)}). Give local rules a namespace of their own`,
        },
      });
      continue;
    }
    if (existing) {
      errors.push(
        errorAt(file.where, {
          zh: `规则编号“${file.id}”重复：${file.file} 与 ${existing.source} 都定义了它。请修改其中一个文件的编号`,
          en: `Rule id "${file.id}" is defined twice: by ${file.file} and by ${existing.source}. Rename one of them`,
        }),
      );
      continue;
    }
    const entry: AvailableRule = { id: file.id, rule: file.rule, namespace: LOCAL_NAMESPACE, source: file.file, ruleFile: file.file };
    if (file.level !== undefined) entry.defaultLevel = file.level;
    catalogue.set(file.id, entry);
  }
  return catalogue;
}
