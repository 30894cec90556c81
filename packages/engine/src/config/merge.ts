import type { RuleLevel } from "@fazhi/rule-kit";
import { DEFAULT_FILES, DEFAULT_IGNORES } from "./defaults.js";
import { at, isRecord, type Where } from "./located.js";
import type { ConfigLayer } from "./presets.js";
import { RULE_LEVELS } from "./schema.js";

/** One rule's setting after merging every layer, remembering where each part was written. */
export interface MergedRuleSetting {
  level?: RuleLevel;
  /** Options from the layers, merged key by key (a later layer's key wins); the rule's defaults go under these. */
  options?: Record<string, unknown>;
  /** The last layer entry that mentioned the rule (`rules.<id>`). */
  where: Where;
  /** The last layer entry that set its level / gave options. */
  levelWhere?: Where;
  optionsWhere?: Where;
}

/**
 * The layers merged, in order:
 * - `rules`: per id; a later level replaces an earlier one, a later `{ options }` without a level keeps the earlier
 *   level, options are merged key by key over earlier options;
 * - `scoring`: taken whole from the last layer that has one (schemes are not merged piecewise);
 * - `files`: from the last layer that has it, else the defaults; `ignores`: the defaults plus every layer's;
 * - `settings`: merged deeply (plain objects key by key, anything else replaced).
 */
export interface MergedConfig {
  rules: Map<string, MergedRuleSetting>;
  scoring: { data: Record<string, unknown>; where: Where } | null;
  files: string[];
  ignores: string[];
  settings: Record<string, unknown>;
}

export function mergeLayers(layers: ConfigLayer[]): MergedConfig {
  const merged: MergedConfig = { rules: new Map(), scoring: null, files: [...DEFAULT_FILES], ignores: [...DEFAULT_IGNORES], settings: {} };
  for (const layer of layers) {
    const { data } = layer;
    if (isRecord(data.rules)) {
      for (const [id, value] of Object.entries(data.rules)) mergeRule(merged.rules, id, value, at(layer.where, "rules", id));
    }
    if (isRecord(data.scoring)) merged.scoring = { data: data.scoring, where: at(layer.where, "scoring") };
    if (Array.isArray(data.files)) merged.files = data.files.filter((f): f is string => typeof f === "string");
    if (Array.isArray(data.ignores)) {
      for (const pattern of data.ignores) if (typeof pattern === "string" && !merged.ignores.includes(pattern)) merged.ignores.push(pattern);
    }
    if (isRecord(data.settings)) merged.settings = deepMerge(merged.settings, data.settings);
  }
  return merged;
}

function mergeRule(rules: Map<string, MergedRuleSetting>, id: string, value: unknown, where: Where): void {
  const setting: MergedRuleSetting = rules.get(id) ?? { where };
  setting.where = where;
  const level = typeof value === "string" ? value : isRecord(value) ? value.level : undefined;
  if (isLevel(level)) {
    setting.level = level;
    setting.levelWhere = typeof value === "string" ? where : at(where, "level");
  }
  if (isRecord(value) && isRecord(value.options)) {
    setting.options = { ...(setting.options ?? {}), ...value.options };
    setting.optionsWhere = at(where, "options");
  }
  rules.set(id, setting);
}

function isLevel(value: unknown): value is RuleLevel {
  return typeof value === "string" && (RULE_LEVELS as readonly string[]).includes(value);
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const previous = out[key];
    out[key] = isRecord(previous) && isRecord(value) ? deepMerge(previous, value) : value;
  }
  return out;
}
