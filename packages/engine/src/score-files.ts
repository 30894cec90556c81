/**
 * `scoreFiles`: the whole run — expand paths, score each report (in a worker pool or in-process), rank
 * within cohorts, and return the one result object of DESIGN §5. Only results are kept, never models.
 * The output is deterministic: reports sorted by file path, rankings in a fixed cohort order.
 */
import { createHash } from "node:crypto";
import { lstat as lstatCallback, readFileSync, stat as statCallback, type Stats } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { basename, dirname, isAbsolute, relative, resolve, sep } from "node:path";
import fg from "fast-glob";
import { DEFAULT_MAX_BYTES } from "@fazhi/readers";
import { decodeCached, DEFAULT_CACHE_DIR, ResultCache, type CachedReport } from "./cache.js";
import { FileIndex, type FileLook } from "./file-index.js";
import type { ReportPool } from "./pool.js";
import { shardOf, type Shard } from "./shards.js";
import { compareStrings, hasError, materialize, type ReportResult, type Result, type StoredResult } from "@fazhi/result";
import { composeStored, ReportStore } from "./stored-result.js";
import { errorReport, runReport } from "./run-report.js";
import type { ResolvedConfig } from "./types.js";
import type { ConfigSource } from "./worker.js";

export interface ScoreFilesOptions {
  /** Files, directories (scanned with `config.files` / `config.ignores`) and glob patterns. */
  paths: string[];
  config: ResolvedConfig;
  cwd: string;
  /** What workers pass to `loadConfig` to load the same config the caller loaded. */
  configFile?: string;
  defaultConfigFile?: string;
  /** Passed to `loadConfig` in workers: where plugins that ship with the tool resolve from. */
  bundledPluginsFrom?: string;
  /**
   * Instead of `loadConfig`, workers import this module; its default export is the ResolvedConfig (or a
   * function returning it). For tests and programs that build their config in code.
   */
  configModule?: string;
  /**
   * Worker threads; default `os.availableParallelism()`. 0 scores in this thread (no hang protection). A
   * function decides from the number of files found (the paths are expanded once, here).
   */
  concurrency?: number | ((fileCount: number) => number);
  /** Default true: `.fazhi-cache` in cwd. */
  cache?: boolean | { dir: string };
  maxBytes?: number;
  toolVersion: string;
  /** A rule's time limit when its meta gives none (default 2000 ms). */
  defaultTimeLimitMs?: number;
  onProgress?: (event: { done: number; total: number; file: string; errors: number }) => void;
  /** Each report's result as it completes (unranked): for streaming output such as JSONL. */
  onReport?: (report: ReportResult) => void;
  /** Score only the files of this shard (`shardOf` their result path); the others are left out. */
  shard?: Shard;
  /**
   * `scoreRun` only: how many reports are held whole in memory; past that each is written to a spill file in the
   * system's temporary folder as it completes and only its head is kept (default `DEFAULT_SPILL_ABOVE`).
   */
  spillAbove?: number;
}

/**
 * Reports held whole in memory before a run spills them to disk. A held result costs some 50–300 KB of memory
 * (its text is shared with the report it quotes); 1,000 of them stay well under the memory of a small machine.
 */
export const DEFAULT_SPILL_ABOVE = 1000;

interface Target {
  /** Absolute path to read. */
  path: string;
  /** The result's `file`: relative to cwd, POSIX separators. */
  file: string;
}

/** Score the files and return the whole result, every report in memory (see `scoreRun` for large runs). */
export async function scoreFiles(options: ScoreFilesOptions): Promise<Result> {
  const stored = await scoreRun({ ...options, spillAbove: Infinity });
  return materialize(stored);
}

/**
 * Score the files; the result keeps each report's head in memory and (past `spillAbove` reports) the rest on
 * disk, so memory stays flat however many files there are. Call `close()` on it when done.
 */
export async function scoreRun(options: ScoreFilesOptions): Promise<StoredResult> {
  const store = new ReportStore(options.spillAbove ?? DEFAULT_SPILL_ABOVE);
  try {
    return await scoreInto(store, options);
  } catch (error) {
    store.close();
    throw error;
  }
}

async function scoreInto(store: ReportStore, options: ScoreFilesOptions): Promise<StoredResult> {
  const started = performance.now();
  const { config, cwd } = options;
  const expanded = await expandPaths(options.paths, config, cwd);
  const inShard = (file: string) => !options.shard || shardOf(file, options.shard.count) === options.shard.index;
  const targets = expanded.targets.filter((t) => inShard(t.file));
  const unmatched = expanded.unmatched.filter((r) => inShard(r.file));
  const cacheDir = options.cache === false ? null : resolve(cwd, typeof options.cache === "object" ? options.cache.dir : DEFAULT_CACHE_DIR);

  let errors = 0;
  const record = (result: ReportResult | CachedReport): void => {
    // A cached report stays the cache's JSON, parsed only for a caller that reads each report as it completes (jsonl).
    const report = "entry" in result && options.onReport ? decodeCached(result) : result;
    const head = "entry" in report ? report.head : report;
    if (hasError(head)) errors++;
    if ("entry" in report) store.addCached(report);
    else {
      options.onReport?.(report);
      store.add(report);
    }
    options.onProgress?.({ done: store.length, total: targets.length + unmatched.length, file: head.file, errors });
  };
  unmatched.forEach(record);

  const requested = typeof options.concurrency === "function" ? options.concurrency(targets.length) : options.concurrency;
  const concurrency = Math.min(requested ?? availableParallelism(), targets.length);
  // What each file held when last read: a warm run finds its cached result from a stat (file-index.ts).
  const index = FileIndex.load(cacheDir);
  try {
    await scoreTargets();
  } finally {
    index.save();
  }
  async function scoreTargets(): Promise<void> {
    const cache = cacheDir === null ? null : new ResultCache(cacheDir, options.toolVersion, config.hash);
    if (concurrency <= 0) {
      for (const target of targets) {
        // On an index miss runReport reads the file once, hashes it and asks the cache itself.
        const known = cache ? indexed(index, target, options.maxBytes) : null;
        const hit = known?.sha256 ? await cache!.get(known.sha256, target.file) : null;
        if (hit) record(hit);
        else {
          const result = await runReport({ config, ...target, maxBytes: options.maxBytes, defaultTimeLimitMs: options.defaultTimeLimitMs, cache });
          if (known) index.record(target.path, known.look, result.sha256);
          record(result);
        }
        // Reading is synchronous, so without this the loop never yields to the event loop: Ctrl+C and SIGTERM
        // handlers (which remove the spill file) would wait for the whole run.
        await new Promise(setImmediate);
      }
    } else {
      const configSource: ConfigSource = options.configModule
        ? { kind: "module", path: resolve(cwd, options.configModule) }
        : { kind: "load", configFile: options.configFile, cwd, defaultConfigFile: options.defaultConfigFile, bundledPluginsFrom: options.bundledPluginsFrom };
      // Workers start only when a report is not in the cache: a warm run never pays their start-up, nor loads
      // the pool's code (piscina).
      let pool: Promise<ReportPool> | undefined;
      const poolFor = (): Promise<ReportPool> =>
        (pool ??= import("./pool.js").then(
          ({ ReportPool }) =>
            new ReportPool(concurrency, {
              config: configSource,
              maxBytes: options.maxBytes,
              cacheDir,
              toolVersion: options.toolVersion,
              defaultTimeLimitMs: options.defaultTimeLimitMs,
            }),
        ));
      try {
        // A bounded number of tasks in flight: results stream in, the queue never holds the whole corpus.
        let next = 0;
        const lane = async (): Promise<void> => {
          while (next < targets.length) {
            const target = targets[next++]!;
            const hit = cache ? await cachedResult(cache, index, target, options.maxBytes) : null;
            record(hit ?? (await (await poolFor()).score(target.path, target.file)));
          }
        };
        await Promise.all(Array.from({ length: concurrency * 2 }, lane));
      } finally {
        if (pool) await (await pool).close();
      }
    }
  }

  return composeStored(store, { tool: { name: "fazhi", version: options.toolVersion }, profile: { id: config.scheme.id, version: config.scheme.version, hash: config.hash } }, config.scheme.ranking, Math.round(performance.now() - started));
}

/**
 * A target as it is now (its look, to record once it is read) and the content hash the file index holds for
 * it, if its metadata is unchanged; null when it cannot be stat-ed or is over the size limit (the reader
 * reports it; don't read it twice).
 */
function indexed(index: FileIndex, target: Target, maxBytes = DEFAULT_MAX_BYTES): { look: FileLook; sha256: string | null } | null {
  const look = FileIndex.look(target.path);
  if (look.stat === null || look.size > maxBytes) return null;
  return { look, sha256: index.hashOf(target.path, look) };
}

/**
 * The cached report for a target, looked up by its content hash (from the file index while the file's metadata
 * is unchanged, else read and hashed, and recorded); null on a miss or an unreadable file.
 */
async function cachedResult(cache: ResultCache, index: FileIndex, target: Target, maxBytes?: number): Promise<CachedReport | null> {
  try {
    const known = indexed(index, target, maxBytes);
    if (known === null) return null;
    let sha256 = known.sha256;
    if (sha256 === null) {
      // Synchronous reads, as in readers' readReport: cheaper than a thread-pool round trip for a small file.
      sha256 = createHash("sha256").update(readFileSync(target.path)).digest("hex");
      index.record(target.path, known.look, sha256);
    }
    return await cache.get(sha256, target.file);
  } catch {
    return null; // unreadable here: the worker reads it and reports why
  }
}

/**
 * How a file is named in results, with POSIX separators: as the user gave its path — absolute when they wrote
 * an absolute path (or a folder or pattern by one), else relative to the folder they are in (cwd).
 */
export function displayPath(absolute: string, cwd: string, asAbsolute = false): string {
  return (asAbsolute ? absolute : relative(cwd, absolute) || absolute).split(sep).join("/");
}

/**
 * Files as given; directories scanned with the config's `files` / `ignores`; glob patterns expanded (with
 * `ignores`). A path that does not exist, a directory with no report files and a pattern that matches
 * nothing each become an error report — never a silent skip. Symbolic links are followed, except one that
 * leads back into a folder the walk is inside (it would never end): that link is skipped and reported
 * ("symlink-loop"). A file reached more than once (through links, or named twice) is scored once, under the
 * first of its paths in code-point order.
 */
export async function expandPaths(paths: string[], config: ResolvedConfig, cwd: string): Promise<{ targets: Target[]; unmatched: ReportResult[] }> {
  const found = new Map<string, Target>();
  const unmatched: ReportResult[] = [];
  const loops = new LoopGuard();
  // Under its real path when that was found, else the first of its paths.
  const rank = (t: Target, real: string) => [t.path === real ? 0 : 1, t.file] as const;
  const add = async (absolute: string, asAbsolute: boolean) => {
    const real = await realpath(absolute).catch(() => absolute);
    const target = { path: absolute, file: displayPath(absolute, cwd, asAbsolute) };
    const known = found.get(real);
    const [a, b] = [rank(target, real), known && rank(known, real)];
    if (!b || a[0] < b[0] || (a[0] === b[0] && compareStrings(a[1], b[1]) < 0)) found.set(real, target);
  };
  for (const input of paths) {
    const absolute = resolve(cwd, input);
    const given = isAbsolute(input);
    const show = (path: string) => displayPath(path, cwd, given);
    let info: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      info = await stat(absolute);
    } catch {
      info = null;
    }
    if (!info && fg.isDynamicPattern(input)) {
      const matches = await fg(input, { ...globOptions(config), fs: loops.within(cwd, given), cwd });
      if (matches.length === 0) unmatched.push(noMatch(input));
      for (const m of matches.sort()) await add(resolve(m), given);
    } else if (!info) {
      const file = show(absolute);
      unmatched.push(
        errorReport(file, "not-found", {
          zh: `找不到文件 ${file}：请检查路径和文件名是否正确。`,
          en: `${file} was not found: check the path and the file name.`,
        }),
      );
    } else if (info.isDirectory()) {
      const patterns = config.files.length > 0 ? config.files : ["**/*"];
      const matches = await fg(patterns, { ...globOptions(config), fs: loops.within(absolute, given), cwd: absolute });
      if (matches.length === 0) unmatched.push(noFiles(show(absolute), patterns));
      for (const m of matches.sort()) await add(resolve(m), given);
    } else {
      await add(absolute, given);
    }
  }
  const skipped = [...loops.skipped.values()].sort((x, y) => compareStrings(x.link, y.link));
  for (const { link, target, asAbsolute } of skipped) unmatched.push(symlinkLoop(displayPath(link, cwd, asAbsolute), displayPath(target, cwd, asAbsolute)));
  return { targets: [...found.values()].sort((a, b) => compareStrings(a.file, b.file)), unmatched };
}

function globOptions(config: ResolvedConfig) {
  return { ignore: config.ignores, onlyFiles: true, absolute: true, dot: false, followSymbolicLinks: true, suppressErrors: true };
}

type StatCallback = (error: NodeJS.ErrnoException | null, stats: Stats) => void;

/**
 * fast-glob follows links with `stat`; this `stat` first asks whether a link to a folder leads back to where the
 * walk already is: its real path is the real path of a folder on the way down from the walk's root (or above
 * one). Such a link is answered with its own `lstat` — a link, not a folder — so the walk does not enter it.
 * Every loop is found at its first repetition, so the walk ends; each skipped link is reported once.
 */
class LoopGuard {
  private readonly reals = new Map<string, Promise<string | null>>();
  /** The skipped links by where they really are (one link reached by two ways is one), named by their first path. */
  readonly skipped = new Map<string, { link: string; target: string; asAbsolute: boolean }>();

  /** A file-system adapter for a walk from `root` (absolute); `asAbsolute`: the user named it by an absolute path. */
  within(root: string, asAbsolute: boolean): { stat: (path: string, callback: StatCallback) => void } {
    return {
      stat: (path, callback) =>
        statCallback(path, (error, stats) => {
          if (error || !stats.isDirectory()) return callback(error, stats);
          void this.loopTarget(path, root).then(async (target) => {
            if (target === null) return callback(null, stats);
            const where = `${(await this.real(dirname(path))) ?? dirname(path)}${sep}${basename(path)}`;
            const known = this.skipped.get(where);
            if (!known || compareStrings(path, known.link) < 0) this.skipped.set(where, { link: path, target, asAbsolute });
            lstatCallback(path, callback);
          });
        }),
    };
  }

  private real(path: string): Promise<string | null> {
    let real = this.reals.get(path);
    if (!real) this.reals.set(path, (real = realpath(path).catch(() => null)));
    return real;
  }

  /** The folder a link at `path` leads back to, or null when following it is no loop. */
  private async loopTarget(path: string, root: string): Promise<string | null> {
    const target = await this.real(path);
    if (target === null) return null;
    for (let folder = dirname(path); folder === root || folder.startsWith(root + sep); folder = dirname(folder)) {
      const real = await this.real(folder);
      if (real !== null && (real === target || real.startsWith(target + sep))) return target;
      if (folder === root) break;
    }
    return null;
  }
}

function symlinkLoop(link: string, target: string): ReportResult {
  return errorReport(link, "symlink-loop", {
    zh: `已跳过符号链接 ${link}：它指向 ${target}，即它所在的文件夹或其上级，跟进去会无限循环，所以没有进入这个链接。`,
    en: `Skipped the symbolic link ${link}: it leads to ${target}, a folder it is itself inside, so following it would never end; the walk did not enter it.`,
  });
}

function noMatch(pattern: string): ReportResult {
  return errorReport(pattern, "no-match", {
    zh: `通配符 ${pattern} 没有匹配到任何文件：请检查模式和当前目录。`,
    en: `The pattern ${pattern} matched no files: check the pattern and the current directory.`,
  });
}

function noFiles(dir: string, patterns: string[]): ReportResult {
  return errorReport(dir, "no-files", {
    zh: `文件夹 ${dir} 中没有符合 ${patterns.join("、")} 的报告文件（已排除 ignores 中的文件）。`,
    en: `The folder ${dir} holds no report files matching ${patterns.join(", ")} (after ignores).`,
  });
}
