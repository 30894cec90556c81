export { scoreFiles, scoreRun, expandPaths, displayPath, DEFAULT_SPILL_ABOVE, type ScoreFilesOptions } from "./score-files.js";
export { composeStored, ReportStore } from "./stored-result.js";
export {
  applyValueScoring,
  explainReport,
  gradeFor,
  PASS_THRESHOLD,
  roundTo,
  scoreCategory,
  scoreCheck,
  scoreReport,
  scoreTotal,
  type CheckScore,
  type ExplainLine,
  type ExplainTerm,
  type RuleRun,
  type ScoreMode,
} from "./scoring.js";
export { cohortKey, DEFAULT_RANKING, rankHeads, rankReports } from "./ranking.js";
export { composeResult, jsonl, JsonlHeaderSchema, mergeShardLines, parseShard, readShard, ShardError, ShardReader, shardOf, type JsonlHeader, type Shard, type ShardFile } from "./shards.js";
export {
  DEFAULT_PARSE_TIME_LIMIT_MS,
  DEFAULT_RULE_TIME_LIMIT_MS,
  errorReport,
  HANG_GRACE_MS,
  orderedRules,
  runReport,
  scoreModel,
  type RunPhase,
  type RunReportOptions,
} from "./run-report.js";
export { CacheEntryLostError, cacheKey, clearCache, DEFAULT_CACHE_DIR, isCacheable, ResultCache } from "./cache.js";
export { FileIndex } from "./file-index.js";
// The worker pool (piscina) is not exported: scoreFiles loads it only when a run needs workers.
export type { ConfigSource, WorkerOptions, WorkerTask } from "./worker.js";
// The result contract the engine produces (its schema, views and JSON writer), for callers that import the engine.
export * from "@fazhi/result";
export type * from "./types.js";
export { loadConfig, findConfigFile, configJsonSchema } from "./config/index.js";
