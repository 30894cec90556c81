/**
 * On-disk cache of per-report results. Key = sha256(file content sha256 + tool version + config hash + result
 * shape), and the config hash covers every plugin's and rule's version, so a changed plugin, rule or scheme never
 * serves a stale result. The result shape is a hash of the result's JSON Schema: a build whose result has other
 * fields never reads an older entry, so an entry is not validated field by field when it is read.
 *
 * One file per report under `<dir>/<key[0..2]>/<key>.json`, written atomically, in two lines: `{ key, bytes, head }`
 * (the report's head: what ranking, tables and exit codes read) and the whole result's JSON, `bytes` long. A warm
 * run reads and parses only the heads; the rest is read from the entry when a renderer reads the report (a plain
 * text table never does): reading, parsing and re-serialising every cached result cost more than the rest of a
 * warm run (the JSON renderer re-indents the stored JSON instead: `cachedJson`). An entry deleted or damaged
 * while a run still needs it is a `CacheEntryLostError`.
 * Results are stored without `rank` (ranking depends on the other reports) and read back with `cached: true`.
 */
import { createHash, randomBytes } from "node:crypto";
import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { headOf, JsonText, resultJsonSchema, type ReportHead, type ReportResult } from "@fazhi/result";
import type { Localized } from "@fazhi/rule-kit";

export const DEFAULT_CACHE_DIR = ".fazhi-cache";

let shape: string | undefined;
/** A hash of the result's JSON Schema, computed once per process (a few ms). */
function resultShape(): string {
  return (shape ??= createHash("sha256").update(JSON.stringify(resultJsonSchema())).digest("hex").slice(0, 16));
}

export function cacheKey(fileSha256: string, toolVersion: string, configHash: string): string {
  return createHash("sha256").update(`${fileSha256}\n${toolVersion}\n${configHash}\n${resultShape()}`).digest("hex");
}

/** Only complete results are cached: a crash or timeout may not happen next time. */
export function isCacheable(result: ReportResult): boolean {
  return result.error === null && Object.values(result.checks).every((c) => c.error === undefined);
}

/** The first line of an entry. */
interface EntryHead {
  key: string;
  /** Length in bytes of the result's JSON on the second line: a cut entry is a miss. */
  bytes: number;
  head: ReportHead;
}

/** A cached report as read: its head parsed, the whole result left in its entry (see `decodeCached`). */
export interface CachedReport {
  /** With the file name it has in this run, `cached: true` and no rank. */
  head: ReportHead;
  /** The entry holding the whole result's JSON (its own file name, `cached: false`, no rank). */
  entry: { path: string; key: string };
}

/** A cache entry a run still needed was deleted or damaged meanwhile (`fazhi cache clear` during the run). */
export class CacheEntryLostError extends Error {
  readonly localized: Localized;
  constructor(path: string) {
    const localized = {
      zh: `评分缓存中的条目 ${path} 在运行中被删除或改动（是否同时运行了 fazhi cache clear？），本次结果无法写完：请重新运行。`,
      en: `The score cache entry ${path} was deleted or changed during the run (was fazhi cache clear run meanwhile?), so the result cannot be written: run again.`,
    };
    super(localized.en);
    this.localized = localized;
  }
}

/** What a cached report's JSON becomes in a run: named as in this run, marked cached, not yet ranked. */
export function cachedPatch(file: string): Pick<ReportResult, "file" | "cached" | "rank"> {
  return { file, cached: true, rank: null };
}

/** The whole result of a cached report (fields in the order they were stored), read from its entry. */
export function decodeCached(cached: CachedReport): ReportResult {
  const json = entryJson(cached);
  return Object.assign(JSON.parse(json.toString("utf8")) as ReportResult, cachedPatch(cached.head.file));
}

/** The same, as the result's stored JSON with the members to set on it (for the JSON renderer, which needs no objects). */
export function cachedJson(cached: CachedReport): JsonText {
  return new JsonText(entryJson(cached), cachedPatch(cached.head.file));
}

/** The second line of a cached report's entry: the whole result's JSON, checked against the head line. */
function entryJson(cached: CachedReport): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cached.entry.path);
  } catch {
    throw new CacheEntryLostError(cached.entry.path);
  }
  const newline = bytes.indexOf(10);
  const first = newline < 0 ? null : parseEntryHead(bytes.toString("utf8", 0, newline), cached.entry.key, bytes.length - newline - 1);
  if (!first) throw new CacheEntryLostError(cached.entry.path);
  return bytes.subarray(newline + 1);
}

/** An entry's first line when it is this key's and the JSON after it is as long as it says; else null. */
function parseEntryHead(line: string, key: string, jsonBytes: number): ReportHead | null {
  try {
    const entry = JSON.parse(line) as Partial<EntryHead> | null;
    const head = entry?.key === key && entry.bytes === jsonBytes ? entry.head : undefined;
    if (typeof head !== "object" || head === null || typeof head.file !== "string" || typeof head.checks !== "object") return null;
    return head;
  } catch {
    return null;
  }
}

/** Bytes read first from an entry: its head line almost always fits. */
const HEAD_READ = 16 * 1024;

export class ResultCache {
  readonly dir: string;

  constructor(
    dir: string,
    private readonly toolVersion: string,
    private readonly configHash: string,
  ) {
    this.dir = resolve(dir);
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /**
   * The cached report for a file's content, named `file` in this run, or null: a missing, unreadable, cut or
   * foreign entry (edited, damaged, from an older build) is a miss, and the fresh result overwrites it.
   */
  async get(fileSha256: string, file: string): Promise<CachedReport | null> {
    const key = cacheKey(fileSha256, this.toolVersion, this.configHash);
    const path = this.pathOf(key);
    let fd: number;
    try {
      fd = openSync(path, "r"); // synchronous: see readers' readReport
    } catch {
      return null;
    }
    try {
      // Only the head line is read now; its `bytes` says how long the rest must be.
      const size = fstatSync(fd).size;
      let bytes = Buffer.allocUnsafe(Math.min(size, HEAD_READ));
      let length = readSync(fd, bytes, 0, bytes.length, 0);
      let newline = bytes.subarray(0, length).indexOf(10);
      if (newline < 0 && length < size) {
        bytes = readFileSync(fd);
        length = bytes.length;
        newline = bytes.indexOf(10);
      }
      if (newline < 0) return null;
      const head = parseEntryHead(bytes.toString("utf8", 0, newline), key, size - newline - 1);
      return head ? { head: Object.assign(head, cachedPatch(file)), entry: { path, key } } : null;
    } catch {
      return null;
    } finally {
      closeSync(fd);
    }
  }

  async set(fileSha256: string, result: ReportResult): Promise<void> {
    if (!isCacheable(result)) return;
    const key = cacheKey(fileSha256, this.toolVersion, this.configHash);
    const path = this.pathOf(key);
    const stored: ReportResult = { ...result, rank: null, cached: false };
    const json = Buffer.from(JSON.stringify(stored), "utf8");
    const first: EntryHead = { key, bytes: json.length, head: headOf(stored) };
    await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
    // Write then rename: readers (other workers, a parallel run) never see half a file.
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      await writeFile(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(first)}\n`, "utf8"), json]));
      await rename(tmp, path);
    } catch {
      // A cache that cannot be written (read-only disk, full disk) only costs speed, never a result.
      await rm(tmp, { force: true }).catch(() => {});
    }
  }
}

/** Delete the cache directory and everything in it. */
export async function clearCache(dir: string = DEFAULT_CACHE_DIR): Promise<void> {
  await rm(resolve(dir), { recursive: true, force: true });
}
