import { categoryColumns, cohortTables, fullReports, levelLabel, type CategoryColumn, type CohortTable, type RankFlag, type Ranking, type ReportHead, type ResultHeads, type ResultSource } from "@fazhi/result";
import { FLAG_LABELS, type Lang, SEVERITY_LABELS } from "./labels.js";

export { categoryColumns, cohortTables, type CategoryColumn, type CohortTable };

/**
 * The rows every tabular reporter prints (csv, xlsx, md, html): the result contract's cohort tables
 * (`cohortTables`, which the TUI reads too) in words of one language, and one row per finding.
 */

export interface RankingRow {
  /** Position within the cohort; null when unranked (error or incomplete). */
  position: number | null;
  flag: RankFlag;
  /** "第 1 名" is not printed here: the position, or the flag's label when unranked. */
  rankText: string;
  cohortKey: string;
  cohort: string;
  file: string;
  issuer: string;
  level: string;
  year: number | null;
  /** 0–100 as in the result. */
  total: number | null;
  grade: string;
  /** Per `categoryColumns`: 0–100 with one decimal; null when not scored. */
  categories: (number | null)[];
  errors: string;
  report: ReportHead | undefined;
}

export interface FindingRow {
  file: string;
  issuer: string;
  /** The rule's id (for programs and a column of its own) and its title (what people read). */
  rule: string;
  ruleTitle: string;
  severity: string;
  message: string;
  /** Evidence line numbers, comma-separated ("" when none). */
  line: string;
  /** Their columns, where a quote comes from a long line (see core's `evidenceAt`), comma-separated; else "". */
  column: string;
  /** Quoted evidence, one per line. */
  evidence: string;
}

/** A ranking's tie-breakers by their category titles ("结构完整性、指标披露"), never their ids. */
export function tieBreakerText(columns: CategoryColumn[], ranking: Ranking, lang: Lang): string {
  const titles = new Map(columns.map((c) => [c.id, c.title[lang]]));
  return ranking.tieBreakers.map((id) => titles.get(id) ?? id).join(lang === "zh" ? "、" : ", ");
}

/** A 0–1 score on the 0–100 scale with one decimal. */
export function score100(score: number | null | undefined): number | null {
  return score === null || score === undefined ? null : Math.round(score * 1000) / 10;
}

/** "90.0", or "—" when there is no score. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? "—" : score.toFixed(1);
}

/** What went wrong with a report: its own error, then each crashed check. */
export function reportErrors(report: ReportHead | undefined, lang: Lang): string[] {
  if (!report) return [];
  const out: string[] = [];
  if (report.error) out.push(`${report.error.code}: ${report.error.message[lang]}`);
  for (const [id, check] of Object.entries(report.checks)) if (check.error) out.push(`${check.title[lang].trim() || id}: ${check.error.code}: ${check.error.message}`);
  return out;
}

/** One cohort's table in words of one language, its categories in the order of `columns`. */
export function rankingRowsOf(table: CohortTable, lang: Lang, columns: CategoryColumn[]): RankingRow[] {
  return table.rows.map((row) => ({
    position: row.position,
    flag: row.flag,
    rankText: row.position !== null ? String(row.position) : row.flag ? FLAG_LABELS[row.flag][lang] : "",
    cohortKey: table.key,
    cohort: table.title[lang],
    file: row.file,
    issuer: row.issuer ?? "",
    level: levelLabel(row.level, lang),
    year: row.year,
    total: row.total,
    grade: row.grade ?? "",
    categories: columns.map((c) => score100(row.categories[c.id])),
    errors: reportErrors(row.report, lang).join("; "),
    report: row.report,
  }));
}

/** Every report, cohort by cohort in ranking order (reports no ranking lists last, never dropped). */
export function rankingRows(result: ResultHeads, lang: Lang, columns = categoryColumns(result)): RankingRow[] {
  return cohortTables(result).flatMap((table) => rankingRowsOf(table, lang, columns));
}

/** One row per finding, per crashed check and per unreadable report, in report order (made as they are read). */
export function* findingRows(result: ResultSource, lang: Lang): Generator<FindingRow> {
  for (const report of fullReports(result)) {
    const base = { file: report.file, issuer: report.meta.issuer ?? "" };
    const titleOf = (id: string) => report.checks[id]?.title[lang].trim() || id;
    if (report.error) {
      yield { ...base, rule: "", ruleTitle: "", severity: SEVERITY_LABELS.error[lang], message: `${report.error.code}: ${report.error.message[lang]}`, line: "", column: "", evidence: "" };
    }
    for (const [id, check] of Object.entries(report.checks)) {
      if (check.error) {
        yield { ...base, rule: id, ruleTitle: titleOf(id), severity: SEVERITY_LABELS.error[lang], message: `${check.error.code}: ${check.error.message}`, line: "", column: "", evidence: "" };
      }
      for (const finding of check.findings) {
        yield {
          ...base,
          rule: finding.ruleId,
          ruleTitle: titleOf(finding.ruleId),
          severity: SEVERITY_LABELS[finding.severity][lang],
          message: finding.message[lang],
          line: finding.evidence.map((e) => e.line).join(", "),
          column: finding.evidence.some((e) => e.column !== undefined) ? finding.evidence.map((e) => e.column ?? "").join(", ") : "",
          evidence: finding.evidence.map((e) => e.text).join("\n"),
        };
      }
    }
  }
}
