/**
 * A run's result without holding every report in memory. Each report is kept whole only until the run passes
 * `spillAbove` reports; from then on every report is written, as it completes, to a spill file (one JSON text
 * after another) and only its head stays in memory: what ranking, tables and exit codes read; a report from
 * the cache is not copied there but read from its cache entry when it is needed. Renderers read
 * the whole reports back one at a time (`fullReports`, `reportsInRankOrder` of @fazhi/result). So 100,000 reports cost their heads
 * (about 2 KB each), not their results (tens of KB each, far more as objects).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cachedJson, decodeCached, type CachedReport } from "./cache.js";
import { rankHeads } from "./ranking.js";
import { compareStrings, failedChecks, hasError, headOf, JsonText, type ReportHead, type ReportResult, type Result, type StoredResult } from "@fazhi/result";
import type { RankingOptions } from "./types.js";

/** Reports in the order they were added: whole in memory, or (past `spillAbove`) heads in memory and the rest on disk. */
export class ReportStore {
  /** Until the store spills: each report whole, or as the cache gave it (its head; the rest stays in its entry). */
  private readonly whole: (ReportResult | CachedReport)[] = [];
  /** Past the spill: the reports left in their cache entries (never copied to the spill file), by index. */
  private readonly inCache = new Map<number, CachedReport>();
  private readonly heads: ReportHead[] = [];
  /** Byte offset of each report's JSON in the spill file, and one past the last. */
  private readonly offsets: number[] = [0];
  private spill: { dir: string; fd: number } | null = null;

  /** `spillAbove`: how many reports are held whole before they go to disk (Infinity: never). */
  constructor(private readonly spillAbove: number) {}

  get length(): number {
    return this.heads.length;
  }

  /** The folder of the spill file, once the store has spilled; null while it holds everything in memory. */
  get spilledTo(): string | null {
    return this.spill?.dir ?? null;
  }

  add(report: ReportResult): void {
    if (this.spill === null && this.heads.length >= this.spillAbove) this.startSpill();
    if (this.spill === null) {
      this.whole.push(report);
      this.heads.push(report);
      return;
    }
    this.write(report);
    this.heads.push(headOf(report));
  }

  /** A report from the cache: its head kept, the rest left in its entry (read and parsed only when the report is read). */
  addCached(cached: CachedReport): void {
    if (this.spill === null && this.heads.length >= this.spillAbove) this.startSpill();
    if (this.spill === null) this.whole.push(cached);
    else this.keepInCache(cached);
    this.heads.push(cached.head);
  }

  head(i: number): ReportHead {
    return this.heads[i]!;
  }

  /** The report added i-th, whole (read back from the spill file when it was written there). */
  get(i: number): ReportResult {
    const kept = this.kept(i);
    if ("spilled" in kept) return JSON.parse(kept.spilled.toString("utf8")) as ReportResult;
    return "entry" in kept ? decodeCached(kept) : kept;
  }

  /** The same report, left as JSON text when it is held as JSON (in the spill file, in its cache entry). */
  getJson(i: number): ReportResult | JsonText {
    const kept = this.kept(i);
    if ("spilled" in kept) return new JsonText(kept.spilled);
    return "entry" in kept ? cachedJson(kept) : kept;
  }

  /** The report added i-th as held: whole, in its cache entry, or its JSON bytes read from the spill file. */
  private kept(i: number): ReportResult | CachedReport | { spilled: Buffer } {
    if (this.spill === null) return this.whole[i]!;
    const cached = this.inCache.get(i);
    if (cached) return cached;
    const start = this.offsets[i]!;
    const bytes = Buffer.allocUnsafe(this.offsets[i + 1]! - start);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(this.spill.fd, bytes, read, bytes.length - read, start + read);
      if (n === 0) throw new Error(`fazhi: the spill file ended early (report ${i + 1})`);
      read += n;
    }
    return { spilled: bytes };
  }

  /** Remove the spill file (the store holds nothing after this). */
  close(): void {
    if (this.spill === null) return;
    process.removeListener("exit", this.removeOnExit);
    this.removeOnExit();
    this.spill = null;
    this.whole.length = 0;
    this.inCache.clear();
  }

  private readonly removeOnExit = (): void => {
    if (this.spill === null) return;
    closeSync(this.spill.fd);
    rmSync(this.spill.dir, { recursive: true, force: true });
  };

  private startSpill(): void {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-spill-"));
    this.spill = { dir, fd: openSync(join(dir, "reports.json"), "w+") };
    // A run that ends without close() (an error, process.exit) still leaves nothing behind.
    process.once("exit", this.removeOnExit);
    for (const [i, report] of this.whole.entries()) {
      if ("entry" in report) this.keepInCache(report);
      else {
        this.write(report);
        this.heads[i] = headOf(report);
      }
    }
    this.whole.length = 0;
  }

  /** The next index's report stays in its cache entry: nothing is written to the spill file for it. */
  private keepInCache(cached: CachedReport): void {
    this.inCache.set(this.offsets.length - 1, cached);
    this.offsets.push(this.offsets[this.offsets.length - 1]!);
  }

  private write(report: ReportResult): void {
    const bytes = Buffer.from(JSON.stringify(report), "utf8");
    let written = 0;
    const at = this.offsets[this.offsets.length - 1]!;
    while (written < bytes.length) written += writeSync(this.spill!.fd, bytes, written, bytes.length - written, at + written);
    this.offsets.push(at + bytes.length);
  }
}

/** Sort the stored reports by file, rank them within cohorts and count them: the result of DESIGN §5, stored. */
export function composeStored(store: ReportStore, head: Pick<Result, "tool" | "profile">, ranking: RankingOptions, durationMs?: number): StoredResult {
  const order = Array.from({ length: store.length }, (_, i) => i).sort((a, b) => compareStrings(store.head(a).file, store.head(b).file));
  const sorted = order.map((i) => store.head(i));
  const { ranks, rankings } = rankHeads(sorted, ranking);
  const heads = sorted.map((h, k) => ({ ...h, rank: ranks[k]! }));
  const failed = failedChecks(heads);
  return {
    schemaVersion: 1,
    tool: head.tool,
    profile: head.profile,
    reports: heads,
    rankings,
    summary: {
      reports: heads.length,
      scored: heads.filter((r) => r.total.score !== null).length,
      errors: heads.filter(hasError).length,
      ...(failed.length > 0 ? { failedChecks: failed } : {}),
      cached: heads.filter((r) => r.cached).length,
      ...(durationMs === undefined ? {} : { durationMs }),
    },
    *full() {
      for (let k = 0; k < order.length; k++) yield this.fullAt(k);
    },
    fullAt(k: number) {
      return { ...store.get(order[k]!), rank: ranks[k]! };
    },
    *fullJson() {
      for (let k = 0; k < order.length; k++) {
        const report = store.getJson(order[k]!);
        yield report instanceof JsonText ? new JsonText(report.json, { ...report.set, rank: ranks[k]! }) : { ...report, rank: ranks[k]! };
      }
    },
    close: () => store.close(),
  };
}

