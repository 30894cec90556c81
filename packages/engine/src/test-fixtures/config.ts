/** ResolvedConfig objects built by hand from the test plugin (the config loader is not needed). */
import type { CheckRef, EnabledRule, Grade, RankingOptions, ResolvedConfig, Scheme } from "../types.js";
import { testPlugin } from "./plugin.js";

export const DEFAULT_GRADES: Grade[] = [
  { name: "优秀", min: 90 },
  { name: "良好", min: 80 },
  { name: "合格", min: 60 },
  { name: "不合格", min: 0 },
];

export interface TestCategory {
  id: string;
  weight?: number;
  checks: Array<string | (Partial<CheckRef> & { rule: string })>;
}

export interface TestConfigOptions {
  /** Short rule ids (without "t/") to enable; default: every rule named in a category. */
  rules?: string[];
  categories: TestCategory[];
  grades?: Grade[];
  ranking?: Partial<RankingOptions>;
  hash?: string;
  files?: string[];
  ignores?: string[];
}

const full = (id: string) => (id.includes("/") ? id : `t/${id}`);

export function testConfig(options: TestConfigOptions): ResolvedConfig {
  const categories: Scheme["categories"] = options.categories.map((c) => ({
    id: c.id,
    title: { zh: c.id, en: c.id },
    weight: c.weight ?? 1,
    checks: c.checks.map((check) =>
      typeof check === "string"
        ? { rule: full(check), weight: 1, whenMissing: "zero" as const }
        : { weight: 1, whenMissing: "zero" as const, ...check, rule: full(check.rule) },
    ),
  }));
  const ruleIds = options.rules?.map(full) ?? [...new Set(categories.flatMap((c) => c.checks.map((r) => r.rule)))];
  const rules = new Map<string, EnabledRule>();
  for (const id of ruleIds) {
    const rule = testPlugin.rules[id.slice(2)];
    if (!rule) throw new Error(`no test rule ${id}`);
    rules.set(id, { id, level: "warn", options: {}, rule, namespace: "t" });
  }
  return {
    file: null,
    baseDir: process.cwd(),
    plugins: [{ plugin: testPlugin, path: "<test>" }],
    rules,
    settings: {},
    files: options.files ?? ["**/*.txt"],
    ignores: options.ignores ?? [],
    scheme: {
      id: "test-scheme",
      version: "1.0.0",
      title: { zh: "测试方案", en: "Test scheme" },
      categories,
      grades: options.grades ?? DEFAULT_GRADES,
      ranking: { cohortBy: ["level"], precision: 1, tieBreakers: [], ...options.ranking },
    },
    hash: options.hash ?? "test-hash-1",
    sources: [],
  };
}
