/**
 * The worker entry point: scores one report per task and returns its ReportResult (never the model).
 * Plugins are modules and cannot cross threads, so each worker loads the config itself, once.
 * Before each step it writes what is running and since when into the task's shared buffer, so the main
 * thread can see a synchronous hang and stop this worker (pool.ts).
 */
import { performance } from "node:perf_hooks";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { BUNDLED } from "@fazhi/core/bundle";
import { workerData } from "node:worker_threads";
import { ResultCache } from "./cache.js";
import type { ReportResult } from "@fazhi/result";
import { orderedRules, runReport, type RunPhase } from "./run-report.js";
import type { ResolvedConfig } from "./types.js";

/** Where a worker gets its config: the config loader, or a module exporting a ResolvedConfig (tests, embedders). */
export type ConfigSource =
  | { kind: "load"; configFile?: string; cwd: string; defaultConfigFile?: string; bundledPluginsFrom?: string }
  /** The module's default export is a ResolvedConfig or a (possibly async) function returning one. */
  | { kind: "module"; path: string };

export interface WorkerOptions {
  config: ConfigSource;
  maxBytes?: number;
  /** null: no cache. */
  cacheDir: string | null;
  toolVersion: string;
  defaultTimeLimitMs?: number;
}

export interface WorkerTask {
  path: string;
  file: string;
  /** Indexes (in `orderedRules` order) of rules that hung on this report in an earlier attempt. */
  timedOut: number[];
  /** WATCH_BYTES of shared memory: see `watchViews`. */
  watch: SharedArrayBuffer;
}

/** Layout of a task's watch buffer: [startedAt (epoch ms), limitMs] as Float64, then the phase as Int32. */
export const WATCH_BYTES = 24;
/** Phase values: nothing running, parsing, or rule i running (PHASE_RULE + i). */
export const PHASE_IDLE = 0;
export const PHASE_PARSE = 1;
export const PHASE_RULE = 2;

export function watchViews(buffer: SharedArrayBuffer): { times: Float64Array; phase: Int32Array } {
  return { times: new Float64Array(buffer, 0, 2), phase: new Int32Array(buffer, 16, 1) };
}

/** A wall-clock time in ms that the main thread and workers agree on. */
export function nowMs(): number {
  return performance.timeOrigin + performance.now();
}

let configPromise: Promise<ResolvedConfig> | undefined;
let cache: ResultCache | null | undefined;

/**
 * Modules are loaded with `require` through tsx's CommonJS hook: on Node 20, tsx's ESM hooks do not reach
 * worker threads (`import()` of a .ts file fails there with ERR_UNKNOWN_FILE_EXTENSION), while its require
 * hook does — which is also how piscina loads this file.
 */
const load = createRequire(import.meta.url);

async function loadWorkerConfig(source: ConfigSource): Promise<ResolvedConfig> {
  if (source.kind === "module") {
    const mod = (BUNDLED ? await import(pathToFileURL(source.path).href) : load(source.path)) as { default: ResolvedConfig | (() => ResolvedConfig | Promise<ResolvedConfig>) };
    return typeof mod.default === "function" ? await mod.default() : mod.default;
  }
  // Loaded on demand: the loader (./config/) brings in YAML and ajv, which module-sourced configs do not need.
  type Loader = { loadConfig(options: Omit<Extract<ConfigSource, { kind: "load" }>, "kind">): Promise<ResolvedConfig> };
  const loader = (BUNDLED ? await import("./config/index.js") : load("./config/index.js")) as Loader;
  const { kind: _kind, ...options } = source;
  return loader.loadConfig(options);
}

export default async function scoreReportTask(task: WorkerTask): Promise<ReportResult> {
  const options = workerData as WorkerOptions;
  configPromise ??= loadWorkerConfig(options.config);
  const config = await configPromise;
  cache ??= options.cacheDir === null ? null : new ResultCache(options.cacheDir, options.toolVersion, config.hash);

  const rules = orderedRules(config);
  const { times, phase } = watchViews(task.watch);
  const watch = (step: RunPhase | null): void => {
    if (step === null) {
      Atomics.store(phase, 0, PHASE_IDLE);
      return;
    }
    times[0] = nowMs();
    times[1] = step.limitMs;
    // The atomic store publishes the two plain writes above to the main thread.
    Atomics.store(phase, 0, step.kind === "parse" ? PHASE_PARSE : PHASE_RULE + step.index);
  };
  return runReport({
    config,
    path: task.path,
    file: task.file,
    maxBytes: options.maxBytes,
    defaultTimeLimitMs: options.defaultTimeLimitMs,
    timedOut: new Set(task.timedOut.map((i) => rules[i]?.id).filter((id): id is string => id !== undefined)),
    watch,
    cache,
  });
}
