/**
 * The ranked table every view prints — the reporters (csv, xlsx, md, html) and the TUI: one table per cohort in
 * ranking order, one row per report, every report once. Language-neutral (titles are `Localized`, scores as in the
 * result); each view only words and formats it, so no two views can disagree about what a row holds.
 */
import type { Level, Localized } from "@fazhi/core";
import { cohortTitle } from "./labels.js";
import type { Ranking } from "./schema.js";
import type { ReportHead, ResultHeads } from "./views.js";

export type RankFlag = Ranking["entries"][number]["flag"];

/** One report as a row of its cohort's table (with the report as the result holds it: whole, or its head). */
export interface TableRow<R extends ReportHead = ReportHead> {
  file: string;
  /** The issuer as ranked, else as the report's metadata reads it; null when neither knows it. */
  issuer: string | null;
  /** The report's level, else its cohort's. */
  level: Level | null;
  /** The report year, else its cohort's. */
  year: number | null;
  /** 0–100, as in the ranking. */
  total: number | null;
  grade: string | null;
  /** Position within the cohort; null when unranked (see `flag`). */
  position: number | null;
  flag: RankFlag;
  /** For a duplicate: the file ranked in its place. */
  duplicateOf?: string;
  /** Category id → 0–1 score (null: incomplete or not applicable). */
  categories: Record<string, number | null>;
  report: R | undefined;
}

export interface CohortTable<R extends ReportHead = ReportHead> {
  key: string;
  /** The ranking the table shows (for reports no ranking lists, one made for them with key `UNGROUPED_KEY`). */
  ranking: Ranking;
  title: Localized;
  rows: TableRow<R>[];
  notices: Localized[];
}

/** The key and title of the table of reports that no ranking lists (a result edited or merged by hand). */
export const UNGROUPED_KEY = "ungrouped";
export const UNGROUPED_TITLE: Localized = { zh: "未分组", en: "Not grouped" };

/**
 * The cohorts of a result as tables, in the order of `rankings`, each in rank order; reports no ranking lists
 * follow in one table of their own, in file order, flagged — never dropped.
 */
export function cohortTables<R extends ReportHead>(result: Pick<ResultHeads, "rankings"> & { reports: readonly R[] }): CohortTable<R>[] {
  const byFile = new Map(result.reports.map((r) => [r.file, r]));
  const listed = new Set<string>();
  const tables = result.rankings.map((ranking): CohortTable<R> => {
    for (const entry of ranking.entries) listed.add(entry.file);
    return tableOf(ranking, cohortTitle(ranking), byFile);
  });
  const rest = result.reports.filter((r) => !listed.has(r.file));
  if (rest.length > 0) {
    const ungrouped: Ranking = {
      key: UNGROUPED_KEY,
      cohort: { level: null },
      tieBreakers: [],
      notices: [],
      entries: rest.map((r) => ({ file: r.file, issuer: r.meta.issuer, score: r.total.score, position: null, flag: r.error ? "error" : r.total.score === null ? "incomplete" : null })),
    };
    tables.push(tableOf(ungrouped, UNGROUPED_TITLE, byFile));
  }
  return tables;
}

function tableOf<R extends ReportHead>(ranking: Ranking, title: Localized, byFile: ReadonlyMap<string, R>): CohortTable<R> {
  const rows = ranking.entries.map((entry): TableRow<R> => {
    const report = byFile.get(entry.file);
    const categories: Record<string, number | null> = {};
    for (const [id, c] of Object.entries(report?.categories ?? {})) categories[id] = c.score;
    return {
      file: entry.file,
      issuer: entry.issuer ?? report?.meta.issuer ?? null,
      level: report?.meta.level ?? ranking.cohort.level ?? null,
      year: report?.meta.reportYear ?? ranking.cohort.reportYear ?? null,
      total: entry.score,
      grade: report?.total.grade ?? null,
      position: entry.position,
      flag: entry.flag,
      ...(entry.duplicateOf === undefined ? {} : { duplicateOf: entry.duplicateOf }),
      categories,
      report,
    };
  });
  return { key: ranking.key, ranking, title, rows, notices: ranking.notices.map((n) => n.message) };
}
