import { compileSchema, createAjv, explainAjvErrors, type UserFileError } from "@fazhi/user-files";
import type { EnabledRule } from "../types.js";
import { DEFAULT_SCORED_LEVEL } from "./defaults.js";
import { errorAt, firstLine, presetLocation, type Where } from "./located.js";
import type { MergedConfig } from "./merge.js";
import type { AvailableRule } from "./rule-catalogue.js";
import type { SchemeCheckRef } from "./semantic-checks.js";

type Validator = ReturnType<ReturnType<typeof createAjv>["compile"]>;

const ajv = createAjv();

/**
 * Every rule that runs, with its level and options (the rule's `defaultOptions` under the config's options,
 * validated against the rule's `meta.schema`):
 * - a rule in `rules` at info/warn/error runs, scored or not (unscored rules are "informative");
 * - a rule that a category scores but `rules` does not mention (or mentions without a level) runs at "warn"
 *   with its default options;
 * - a declarative rule file runs at its own `level` (warn if it has none) unless `rules` sets one;
 * - `off` rules do not run (a scored `off` rule is reported by checkRuleReferences).
 * Unknown ids were reported by checkRuleReferences and are skipped here.
 */
export function resolveEnabledRules(merged: MergedConfig, checks: SchemeCheckRef[], catalogue: Map<string, AvailableRule>, errors: UserFileError[]): Map<string, EnabledRule> {
  const fromRuleFiles = [...catalogue.values()].filter((r) => r.ruleFile !== undefined).map((r) => r.id);
  const ids = [...merged.rules.keys(), ...checks.map((c) => c.rule), ...fromRuleFiles].filter((id, i, all) => all.indexOf(id) === i);
  const enabled = new Map<string, EnabledRule>();
  for (const id of ids.sort()) {
    const available = catalogue.get(id);
    if (!available) continue;
    const setting = merged.rules.get(id);
    const level = setting?.level ?? available.defaultLevel ?? DEFAULT_SCORED_LEVEL;
    if (level === "off") continue;
    const options = { ...(available.rule.meta.defaultOptions ?? {}), ...(setting?.options ?? {}) };
    errors.push(...validateOptions(available, options, setting?.optionsWhere));
    const rule: EnabledRule = { id, level, options, rule: available.rule, namespace: available.namespace };
    if (available.ruleFile !== undefined) rule.ruleFile = available.ruleFile;
    enabled.set(id, rule);
  }
  return enabled;
}

function validateOptions(available: AvailableRule, options: Record<string, unknown>, optionsWhere: Where | undefined): UserFileError[] {
  const { rule } = available;
  const schema = rule.meta.schema;
  if (!schema) return [];
  const ruleWhere: Where = { located: presetLocation(available.source, available.id, undefined), path: ["rules", rule.meta.id, "meta", "schema"] };
  let validate: Validator;
  try {
    validate = compileSchema(ajv, schema);
  } catch (error) {
    const reason = firstLine(error instanceof Error ? error.message : String(error));
    return [
      errorAt(ruleWhere, {
        zh: `规则“${available.id}”的选项格式（meta.schema）本身有误：${reason}。请联系规则作者`,
        en: `Rule "${available.id}" has an invalid options schema (meta.schema): ${reason}. Contact the rule's author`,
      }),
    ];
  }
  if (validate(options)) return [];
  // The user's options are at `rules.<id>.options`; a default that fails its own schema is the rule author's mistake.
  const where = optionsWhere ?? { located: ruleWhere.located, path: ["rules", rule.meta.id, "meta", "defaultOptions"] };
  return explainAjvErrors(validate.errors ?? [], where.located, where.path).map((e) => ({
    ...e,
    message: { zh: `规则“${available.id}”的选项有误：${e.message.zh}`, en: `Invalid option for rule "${available.id}": ${e.message.en}` },
  }));
}
