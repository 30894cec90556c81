/**
 * On-disk cache of per-report results. Key = sha256(file content sha256 + tool version + config hash + result
 * shape), and the config hash covers every plugin's and rule's version, so a changed plugin, rule or scheme never
 * serves a stale result. The result shape is a hash of the result's JSON Schema: a build whose result has other
 * fields never reads an older entry, so an entry is not validated field by field when it is read (that cost more
 * than scoring a cached report otherwise does). One JSON file per report under `<dir>/<key[0..2]>/<key>.json`, written atomically.
 * Results are stored without `rank` (ranking depends on the other reports) and read back with `cached: true`.
 */
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { resultJsonSchema, type ReportResult } from "@fazhi/result";

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

interface CacheEntry {
  key: string;
  result: ReportResult;
}

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

  /** The cached result for a file's content, or null (missing or unreadable entries are misses). */
  async get(fileSha256: string): Promise<ReportResult | null> {
    const key = cacheKey(fileSha256, this.toolVersion, this.configHash);
    let text: string;
    try {
      text = readFileSync(this.pathOf(key), "utf8"); // synchronous: see readers' readReport
    } catch {
      return null;
    }
    try {
      const entry = JSON.parse(text) as Partial<CacheEntry> | null;
      // An entry that is not one of ours (edited, damaged) is a miss; the fresh result overwrites it.
      const result = entry?.key === key ? entry.result : undefined;
      if (typeof result !== "object" || result === null || typeof result.file !== "string" || typeof result.checks !== "object") return null;
      return { ...result, cached: true, rank: null };
    } catch {
      return null;
    }
  }

  async set(fileSha256: string, result: ReportResult): Promise<void> {
    if (!isCacheable(result)) return;
    const key = cacheKey(fileSha256, this.toolVersion, this.configHash);
    const path = this.pathOf(key);
    const entry: CacheEntry = { key, result: { ...result, rank: null, cached: false } };
    await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
    // Write then rename: readers (other workers, a parallel run) never see half a file.
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      await writeFile(tmp, JSON.stringify(entry));
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
