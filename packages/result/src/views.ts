/**
 * The views of a result that renderers read: a report's head (what ranking, tables and exit codes need), a result
 * whose reports are whole in memory or stored (heads in memory, reports read back one at a time), and the orders
 * reports are read in. The engine's ReportStore produces stored results; nothing here reads files itself.
 */
import type { CategoryResult, CheckResult, FindingResult, ReportResult, Result } from "./schema.js";
import type { JsonText } from "./json-stream.js";
import { cohortTables } from "./tables.js";

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

/**
 * A whole result whose reports are read back one at a time: `reports` holds their heads (ranked, in file order),
 * `full()` each report whole in the same order. What `fazhi score` renders from; `materialize` makes it a `Result`.
 */
export interface StoredResult extends Omit<Result, "reports"> {
  reports: ReportHead[];
  /** Each report whole, ranked, in the order of `reports`. */
  full(): Iterable<ReportResult>;
  /** The same reports, those held as JSON (in the cache, in the spill file) left as their JSON text: for the JSON renderer. */
  fullJson?(): Iterable<ReportResult | JsonText>;
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
 * Indexes into `result.reports` in the order a reader looks them up: the order of the cohort tables
 * (`cohortTables`: cohort by cohort as `rankings` lists them, each in rank order, then any report no ranking
 * lists, in file order). Each report once.
 */
export function rankOrder(result: ResultHeads): number[] {
  const index = new Map(result.reports.map((r, i) => [r.file, i]));
  const order = new Set<number>();
  for (const table of cohortTables(result)) {
    for (const row of table.rows) {
      const i = index.get(row.file);
      if (i !== undefined) order.add(i);
    }
  }
  return [...order];
}

/** Each report of a result whole, cohort by cohort and in rank order within each (see `rankOrder`). */
export function* reportsInRankOrder(result: ResultSource): Iterable<ReportResult> {
  for (const i of rankOrder(result)) yield "fullAt" in result ? result.fullAt(i) : result.reports[i]!;
}

/** The result with every report whole in memory (for a small run, a test, the TUI). */
export function materialize(result: StoredResult): Result {
  const { full: _full, fullJson: _json, fullAt: _at, close: _close, reports: _heads, ...rest } = result;
  const { rankings, summary, ...head } = rest;
  return { ...head, reports: [...result.full()], rankings, summary };
}

/** Code-point order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
