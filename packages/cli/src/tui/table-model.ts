import { categoryColumns, cohortTables as resultTables, type CategoryColumn, type CohortTable as ResultTable, type ReportHead, type ResultHeads, type TableRow } from "@fazhi/result";
import type { Lang } from "../i18n.js";

export { categoryColumns, type CategoryColumn };

/**
 * The TUI's ranked tables: the result contract's cohort tables (`cohortTables` in @fazhi/result, which the
 * reporters print too), narrowed by the issuer filter and ordered by the chosen sort key.
 */
export type ReportRow<R extends ReportHead = ReportHead> = TableRow<R>;

export interface CohortTable<R extends ReportHead = ReportHead> extends ResultTable<R> {
  /** Rows before the issuer filter. */
  size: number;
}

/** What the table shows for a report's issuer: the issuer, or the file when none was read. */
export function issuerText(row: ReportRow): string {
  return row.issuer ?? row.file;
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
export function cohortTables<R extends ReportHead>(result: Pick<ResultHeads, "rankings"> & { reports: readonly R[] }, options: TableOptions = {}): CohortTable<R>[] {
  const needle = options.filter?.trim().toLowerCase();
  return resultTables(result).map((table) => {
    let rows = table.rows;
    if (needle) rows = rows.filter((r) => issuerText(r).toLowerCase().includes(needle) || r.file.toLowerCase().includes(needle));
    if (options.sort) rows = sortRows(rows, options.sort);
    return { ...table, rows, size: table.rows.length };
  });
}

const collator = new Intl.Collator("zh-Hans-CN");

/** Stable sort; missing values last; ties keep the rank order. */
export function sortRows<R extends ReportHead>(rows: ReportRow<R>[], key: SortKey): ReportRow<R>[] {
  const indexed = rows.map((row, i) => ({ row, i }));
  const value = (r: ReportRow): number | null => (key.kind === "total" ? r.total : key.kind === "category" ? (r.categories[key.id] ?? null) : null);
  indexed.sort((a, b) => {
    if (key.kind === "issuer") return collator.compare(issuerText(a.row), issuerText(b.row)) || a.i - b.i;
    if (key.kind === "total") return a.i - b.i; // the engine's ranking order
    const va = value(a.row);
    const vb = value(b.row);
    if (va === null || vb === null) return va === vb ? a.i - b.i : va === null ? 1 : -1;
    return vb - va || a.i - b.i;
  });
  return indexed.map((x) => x.row);
}
