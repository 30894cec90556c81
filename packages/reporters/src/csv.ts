import type { ResultSource } from "@fazhi/result";
import { csvPieces, csvText } from "./csv-cell.js";
import { LABELS, langOf, type ReporterOptions } from "./labels.js";
import { categoryColumns, findingRows, rankingRows } from "./table-rows.js";

/** One row per report, cohort by cohort in rank order: rank, cohort, file, issuer, level, year, total, grade, a 0–100 column per category, errors. */
export function csv(result: ResultSource, options?: ReporterOptions): string {
  return [...csvRankingPieces(result, options)].join("");
}

/** The same text as `csv`, a record at a time. */
export function csvRankingPieces(result: ResultSource, options?: ReporterOptions): Generator<string> {
  const lang = langOf(options);
  const columns = categoryColumns(result);
  const header = [LABELS.rank, LABELS.cohort, LABELS.issuer, LABELS.file, LABELS.level, LABELS.year, LABELS.total, LABELS.grade].map((l) => l[lang]);
  const rows = rankingRows(result, lang, columns).map((r) => [
    r.rankText,
    r.cohort,
    r.issuer,
    r.file,
    r.level,
    r.year,
    r.total === null ? "" : r.total.toFixed(1),
    r.grade,
    ...r.categories.map((s) => (s === null ? "" : s.toFixed(1))),
    r.errors,
  ]);
  return csvPieces([[...header, ...columns.map((c) => c.title[lang]), LABELS.errors[lang]], ...rows]);
}

/** One row per finding (and per crashed check or unreadable file): issuer, file, rule (title), severity, message, line, evidence, rule id. */
export function csvFindings(result: ResultSource, options?: ReporterOptions): string {
  const lang = langOf(options);
  const header = [LABELS.issuer, LABELS.file, LABELS.rule, LABELS.severity, LABELS.message, LABELS.line, LABELS.column, LABELS.evidence, LABELS.ruleId].map((l) => l[lang]);
  const rows = Array.from(findingRows(result, lang), (f) => [f.issuer, f.file, f.ruleTitle, f.severity, f.message, f.line, f.column, f.evidence, f.rule]);
  return csvText([header, ...rows]);
}
