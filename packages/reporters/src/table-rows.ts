import { categoryColumns, fullReports, levelLabel, type CategoryColumn, type Ranking, type ReportHead, type ResultHeads, type ResultSource } from "@fazhi/result";
import { cohortLabel, FLAG_LABELS, type Lang, SEVERITY_LABELS } from "./labels.js";

export { categoryColumns, type CategoryColumn };

/**
 * The tables every tabular reporter prints (csv, xlsx, md, html): one row per report in ranking order, and
 * one row per finding. Built once here so the formats cannot disagree about what a row holds.
 */

export interface RankingRow {
  /** Position within the cohort; null when unranked (error or incomplete). */
  position: number | null;
  flag: Ranking["entries"][number]["flag"];
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

export function rankingRowsOf(result: ResultHeads, ranking: Ranking, lang: Lang, columns = categoryColumns(result)): RankingRow[] {
  const byFile = new Map(result.reports.map((r) => [r.file, r]));
  return ranking.entries.map((entry) => {
    const report = byFile.get(entry.file);
    return {
      position: entry.position,
      flag: entry.flag,
      rankText: entry.position !== null ? String(entry.position) : entry.flag ? FLAG_LABELS[entry.flag][lang] : "",
      cohortKey: ranking.key,
      cohort: cohortLabel(ranking, lang),
      file: entry.file,
      issuer: entry.issuer ?? report?.meta.issuer ?? "",
      level: levelLabel(report?.meta.level ?? ranking.cohort.level ?? null, lang),
      year: report?.meta.reportYear ?? ranking.cohort.reportYear ?? null,
      total: entry.score,
      grade: report?.total.grade ?? "",
      categories: columns.map((c) => score100(report?.categories[c.id]?.score)),
      errors: reportErrors(report, lang).join("; "),
      report,
    };
  });
}

/** Every report, cohort by cohort in ranking order; a report missing from every ranking is appended, never dropped. */
export function rankingRows(result: ResultHeads, lang: Lang, columns = categoryColumns(result)): RankingRow[] {
  const rows = result.rankings.flatMap((ranking) => rankingRowsOf(result, ranking, lang, columns));
  const listed = new Set(rows.map((r) => r.file));
  const unlisted = result.reports.filter((r) => !listed.has(r.file));
  if (unlisted.length) {
    const orphan: Ranking = {
      key: "unranked",
      cohort: { level: null },
      tieBreakers: [],
      notices: [],
      entries: unlisted.map((r) => ({ file: r.file, issuer: r.meta.issuer, score: r.total.score, position: null, flag: r.error ? "error" : "incomplete" })),
    };
    rows.push(...rankingRowsOf(result, orphan, lang, columns));
  }
  return rows;
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
