import type { Grade, RankingOptions } from "../types.js";

/** What a config gets when it says nothing about a key. */
export const DEFAULT_FILES = ["**/*.txt", "**/*.html", "**/*.htm", "**/*.shtml", "**/*.docx", "**/*.doc", "**/*.wps", "**/*.pdf"];
/** Always ignored; a config's `ignores` are added to these. */
export const DEFAULT_IGNORES = ["**/node_modules/**"];
export const DEFAULT_GRADES: Grade[] = [
  { name: "优秀", min: 90 },
  { name: "良好", min: 80 },
  { name: "合格", min: 60 },
  { name: "不合格", min: 0 },
];
export const DEFAULT_RANKING: RankingOptions = { cohortBy: ["level"], precision: 1, tieBreakers: [] };
export const DEFAULT_SCHEME_ID = "custom";
export const DEFAULT_SCHEME_VERSION = "1";
export const DEFAULT_SCHEME_TITLE = { zh: "自定义评分方案", en: "Custom scoring scheme" };
/** Level of a rule that a category scores but `rules` does not mention. */
export const DEFAULT_SCORED_LEVEL = "warn";
/** EnabledRule.namespace of declarative rules from rulesDir. */
export const LOCAL_NAMESPACE = "local";
