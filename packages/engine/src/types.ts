import type { Level } from "@fazhi/core";
import type { Localized, Plugin, RuleLevel, RuleModule } from "@fazhi/rule-kit";

/**
 * The configuration after loading, `extends` merging, plugin resolution and validation — what the runner
 * and the scorer use. Everything here has been checked; nothing needs re-validating downstream.
 */
export interface ResolvedConfig {
  /** Absolute path of the config file, or null for the built-in default. */
  file: string | null;
  /** Directory paths are resolved against (the config file's folder, or the cwd). */
  baseDir: string;
  plugins: LoadedPlugin[];
  /** Every enabled rule by full id (`namespace/id`), with its level and validated options. */
  rules: Map<string, EnabledRule>;
  settings: Record<string, unknown>;
  files: string[];
  ignores: string[];
  scheme: Scheme;
  /**
   * Stable hash of everything that affects results: the resolved config, each plugin's name + version +
   * file hash, each rule's version, each declarative rule file's hash. Part of the cache key.
   */
  hash: string;
  /** Where each plugin / rule file came from, for messages and the cache key. */
  sources: Array<{ kind: "plugin" | "rule-file" | "config"; path: string; sha256: string; version?: string }>;
}

export interface LoadedPlugin {
  plugin: Plugin;
  /** Absolute module path (or "<builtin>"), used by workers to load the same plugin. */
  path: string;
}

export interface EnabledRule {
  id: string;
  level: Exclude<RuleLevel, "off">;
  options: Record<string, unknown>;
  rule: RuleModule;
  /** The plugin namespace, or "local" for declarative rules from rulesDir. */
  namespace: string;
  /** For declarative rules: the YAML file it came from (workers recompile from it). */
  ruleFile?: string;
}

/** Turns a rule's numeric outcome `value` into a 0–1 score. */
export type ValueScoring =
  /** First band whose `min` (inclusive) the value reaches, scanning from the top; for "lower is better" use `max`. */
  | { bands: Array<{ min?: number; max?: number; score: number }> }
  /** Linear from `zeroAt` (score 0) to `fullAt` (score 1), clamped; `fullAt < zeroAt` means lower is better. */
  | { linear: { zeroAt: number; fullAt: number } }
  /** 1 within `tolerance` of `value`, falling linearly to 0 at `tolerance + falloff`. */
  | { target: { value: number; tolerance: number; falloff: number } };

export interface CheckRef {
  /** Full rule id. */
  rule: string;
  weight: number;
  /** Apply to the rule's outcome value instead of its own score. */
  scoring?: ValueScoring;
  /** When the rule yields no value/score: count it as 0, or as not applicable (weight 0). Default "zero". */
  whenMissing: "zero" | "notApplicable";
  /**
   * The report levels (meta.level) the check applies to; for a report of another known level it is not
   * applicable (weight 0, shown with the reason). Absent: every level. A report of unknown level is checked.
   */
  levels?: Level[];
}

export interface Category {
  id: string;
  title: Localized;
  weight: number;
  checks: CheckRef[];
}

export interface Grade {
  name: string;
  /** Inclusive lower bound on the 0–100 total. */
  min: number;
}

export interface RankingOptions {
  /** Meta keys that form a cohort; default ["level"]. A township is never ranked against a county. */
  cohortBy: Array<"level" | "reportYear">;
  /** Decimal places of the displayed total; ties are judged at this precision (competition ranking 1,2,2,4). */
  precision: number;
  /** Applied in order to break ties: a category's score (higher first). Unbroken ties share a position. */
  tieBreakers: Array<{ category: string }>;
}

export interface Scheme {
  id: string;
  version: string;
  title: Localized;
  categories: Category[];
  grades: Grade[];
  ranking: RankingOptions;
}
