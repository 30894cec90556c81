/**
 * A run's result without holding every report in memory. Each report is kept whole only until the run passes
 * `spillAbove` reports; from then on every report is written, as it completes, to a spill file (one JSON text
 * after another) and only its head stays in memory: what ranking, tables and exit codes read. Renderers read
 * the whole reports back one at a time, in file order (`fullReports`). So 100,000 reports cost their heads
 * (about 2 KB each), not their results (tens of KB each, far more as objects).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rankHeads } from "./ranking.js";
import { failedChecks, hasError, type CategoryResult, type CheckResult, type FindingResult, type ReportResult, type Result } from "./result.js";
import type { RankingOptions } from "./types.js";

/**
 * What stays in memory of a report: its file, metadata (without the damage evidence), total, category scores, rank,
 * error, and only the checks that failed or found an error (title, error and the findings' severity). A whole
 * `ReportResult` is a ReportHead, so a result held in memory serves as its own heads.
 */
export type ReportHead = Pick<ReportResult, "file" | "sha256" | "textSha256" | "total" | "rank" | "error" | "cached"> & {
  meta: Omit<ReportResult["meta"], "encodingDamage">;
  categories: Record<string, Pick<CategoryResult, "title" | "score">>;
  checks: Record<string, Pick<CheckResult, "title" | "error"> & { findings: ReadonlyArray<Pick<FindingResult, "severity">> }>;
};

/** The head of a report, sharing nothing with it that is not small. */
export function headOf(report: ReportResult): ReportHead {
  const { encodingDamage: _left, ...meta } = report.meta;
  const categories: ReportHead["categories"] = {};
  for (const [id, c] of Object.entries(report.categories)) categories[id] = { title: c.title, score: c.score };
  const checks: ReportHead["checks"] = {};
  for (const [id, c] of Object.entries(report.checks)) {
    const severe = c.findings.filter((f) => f.severity === "error").map((f) => ({ severity: f.severity }));
    if (c.error || severe.length > 0) checks[id] = { title: c.title, ...(c.error ? { error: c.error } : {}), findings: severe };
  }
  return { file: report.file, sha256: report.sha256, ...(report.textSha256 === undefined ? {} : { textSha256: report.textSha256 }), meta, categories, checks, total: report.total, rank: report.rank, error: report.error, cached: report.cached };
}

/** Whether a report has a finding at level error (what makes `fazhi score` exit 1). */
export function hasErrorFinding(report: ReportHead): boolean {
  return Object.values(report.checks).some((c) => c.findings.some((f) => f.severity === "error"));
}

/** Reports in the order they were added: whole in memory, or (past `spillAbove`) heads in memory and the rest on disk. */
export class ReportStore {
  private readonly whole: ReportResult[] = [];
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

  head(i: number): ReportHead {
    return this.heads[i]!;
  }

  /** The report added i-th, whole (read back from the spill file when it was written there). */
  get(i: number): ReportResult {
    if (this.spill === null) return this.whole[i]!;
    const start = this.offsets[i]!;
    const bytes = Buffer.allocUnsafe(this.offsets[i + 1]! - start);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(this.spill.fd, bytes, read, bytes.length - read, start + read);
      if (n === 0) throw new Error(`fazhi: the spill file ended early (report ${i + 1})`);
      read += n;
    }
    return JSON.parse(bytes.toString("utf8")) as ReportResult;
  }

  /** Remove the spill file (the store holds nothing after this). */
  close(): void {
    if (this.spill === null) return;
    process.removeListener("exit", this.removeOnExit);
    this.removeOnExit();
    this.spill = null;
    this.whole.length = 0;
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
      this.write(report);
      this.heads[i] = headOf(report);
    }
    this.whole.length = 0;
  }

  private write(report: ReportResult): void {
    const bytes = Buffer.from(JSON.stringify(report), "utf8");
    let written = 0;
    const at = this.offsets[this.offsets.length - 1]!;
    while (written < bytes.length) written += writeSync(this.spill!.fd, bytes, written, bytes.length - written, at + written);
    this.offsets.push(at + bytes.length);
  }
}

/**
 * A whole result whose reports are read back one at a time: `reports` holds their heads (ranked, in file order),
 * `full()` each report whole in the same order. What `fazhi score` renders from; `materialize` makes it a `Result`.
 */
export interface StoredResult extends Omit<Result, "reports"> {
  reports: ReportHead[];
  /** Each report whole, ranked, in the order of `reports`. */
  full(): Iterable<ReportResult>;
  /** The report at `reports[i]`, whole. */
  fullAt(i: number): ReportResult;
  /** Remove what the result keeps on disk; it cannot be read after this. */
  close(): void;
}

/** The heads a result is ranked and tabled from: a `Result`'s own reports, or a stored result's heads. */
export type ResultHeads = Omit<Result, "reports"> & { reports: readonly ReportHead[] };

/** A result to render: every report whole in memory, or stored (heads in memory, reports read back). */
export type ResultSource = Result | StoredResult;

/** Each report of a result whole, in its order. */
export function fullReports(result: ResultSource): Iterable<ReportResult> {
  return "full" in result ? result.full() : result.reports;
}

/**
 * Indexes into `result.reports` in the order a reader looks them up: cohort by cohort as `rankings` lists them,
 * each cohort in rank order (its unranked reports last, as the ranking lists them), then any report no ranking
 * lists, in file order. Each report once.
 */
export function rankOrder(result: ResultHeads): number[] {
  const index = new Map(result.reports.map((r, i) => [r.file, i]));
  const placed = new Set<number>();
  for (const ranking of result.rankings) {
    for (const entry of ranking.entries) {
      const i = index.get(entry.file);
      if (i !== undefined) placed.add(i);
    }
  }
  const order = [...placed];
  for (let i = 0; i < result.reports.length; i++) if (!placed.has(i)) order.push(i);
  return order;
}

/** Each report of a result whole, cohort by cohort and in rank order within each (see `rankOrder`). */
export function* reportsInRankOrder(result: ResultSource): Iterable<ReportResult> {
  for (const i of rankOrder(result)) yield "fullAt" in result ? result.fullAt(i) : result.reports[i]!;
}

/** The result with every report whole in memory (for a small run, a test, the TUI). */
export function materialize(result: StoredResult): Result {
  const { full: _full, fullAt: _at, close: _close, reports: _heads, ...rest } = result;
  const { rankings, summary, ...head } = rest;
  return { ...head, reports: [...result.full()], rankings, summary };
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
    close: () => store.close(),
  };
}

/** Code-point order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
