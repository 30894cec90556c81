import type { Level } from "@fazhi/core";
import { categoryColumns, cohortTitle, type CategoryColumn, type Ranking, type ReportHead, type ResultHeads } from "@fazhi/result";
import type { Lang, Localized } from "../i18n.js";

export { categoryColumns, type CategoryColumn };

/** One report as a row of the ranked table (with the report as the result holds it: whole, or its head). */
export interface ReportRow<R extends ReportHead = ReportHead> {
  file: string;
  issuer: string;
  level: Level | null;
  year: number | null;
  total: number | null;
  grade: string | null;
  position: number | null;
  flag: Ranking["entries"][number]["flag"];
  /** Category id → 0–1 score (null: incomplete or not applicable). */
  categories: Record<string, number | null>;
  report: R | undefined;
}

export interface CohortTable<R extends ReportHead = ReportHead> {
  key: string;
  title: Localized;
  rows: ReportRow<R>[];
  /** Rows before the issuer filter. */
  size: number;
  notices: Localized[];
}

/** What `s` cycles through: the rank order (total), the issuer, then each category. */
export type SortKey = { kind: "total" } | { kind: "issuer" } | { kind: "category"; id: string };

export function sortKeys(columns: CategoryColumn[]): SortKey[] {
  return [{ kind: "total" }, { kind: "issuer" }, ...columns.map((c): SortKey => ({ kind: "category", id: c.id }))];
}

export function sortLabel(key: SortKey, columns: CategoryColumn[], lang: Lang): string {
  if (key.kind === "total") return lang === "zh" ? "总分" : "total";
  if (key.kind === "issuer") return lang === "zh" ? "发文机关" : "issuer";
  return columns.find((c) => c.id === key.id)?.title[lang] ?? key.id;
}

export interface TableOptions {
  filter?: string;
  sort?: SortKey;
}

/** The cohorts of a result as tables; every report appears once, unranked ones flagged, none dropped. */
export function cohortTables<R extends ReportHead>(result: Omit<ResultHeads, "reports"> & { reports: readonly R[] }, options: TableOptions = {}): CohortTable<R>[] {
  const byFile = new Map(result.reports.map((r) => [r.file, r]));
  const listed = new Set<string>();
  const tables: CohortTable<R>[] = result.rankings.map((ranking) => {
    const title = cohortTitle(ranking);
    const rows = ranking.entries.map((entry): ReportRow<R> => {
      listed.add(entry.file);
      const report = byFile.get(entry.file);
      return toRow(report, entry.file, { issuer: entry.issuer, score: entry.score, position: entry.position, flag: entry.flag });
    });
    return { key: ranking.key, title, rows, size: rows.length, notices: ranking.notices.map((n) => n.message) };
  });
  const rest = result.reports.filter((r) => !listed.has(r.file));
  if (rest.length > 0) {
    const rows = rest.map((r) =>
      toRow(r, r.file, { issuer: r.meta.issuer, score: r.total.score, position: null, flag: r.error ? "error" : r.total.score === null ? "incomplete" : null }),
    );
    tables.push({ key: "(none)", title: { zh: "未分组", en: "Not grouped" }, rows, size: rows.length, notices: [] });
  }
  const needle = options.filter?.trim().toLowerCase();
  for (const table of tables) {
    if (needle) table.rows = table.rows.filter((r) => r.issuer.toLowerCase().includes(needle) || r.file.toLowerCase().includes(needle));
    if (options.sort) table.rows = sortRows(table.rows, options.sort);
  }
  return tables;
}

function toRow<R extends ReportHead>(
  report: R | undefined,
  file: string,
  entry: { issuer: string | null; score: number | null; position: number | null; flag: ReportRow["flag"] },
): ReportRow<R> {
  const categories: Record<string, number | null> = {};
  for (const [id, c] of Object.entries(report?.categories ?? {})) categories[id] = c.score;
  return {
    file,
    issuer: entry.issuer ?? report?.meta.issuer ?? file,
    level: report?.meta.level ?? null,
    year: report?.meta.reportYear ?? null,
    total: entry.score,
    grade: report?.total.grade ?? null,
    position: entry.position,
    flag: entry.flag,
    categories,
    report,
  };
}

const collator = new Intl.Collator("zh-Hans-CN");

/** Stable sort; missing values last; ties keep the rank order. */
export function sortRows<R extends ReportHead>(rows: ReportRow<R>[], key: SortKey): ReportRow<R>[] {
  const indexed = rows.map((row, i) => ({ row, i }));
  const value = (r: ReportRow): number | null => (key.kind === "total" ? r.total : key.kind === "category" ? (r.categories[key.id] ?? null) : null);
  indexed.sort((a, b) => {
    if (key.kind === "issuer") return collator.compare(a.row.issuer, b.row.issuer) || a.i - b.i;
    if (key.kind === "total") return a.i - b.i; // the engine's ranking order
    const va = value(a.row);
    const vb = value(b.row);
    if (va === null || vb === null) return va === vb ? a.i - b.i : va === null ? 1 : -1;
    return vb - va || a.i - b.i;
  });
  return indexed.map((x) => x.row);
}
