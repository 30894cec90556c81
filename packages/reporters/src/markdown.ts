import { failedCheckLines, reportsInRankOrder, summaryLine, type ReportResult, type ResultSource } from "@fazhi/result";
import { LABELS, langOf, type Lang, levelLabel, lineLabel, type ReporterOptions, SCORE_MODE_LABELS, SEVERITY_LABELS, STATUS_LABELS } from "./labels.js";
import { mdQuote, mdText } from "./markdown-escape.js";
import { categoryColumns, cohortTables, formatScore, rankingRowsOf, reportErrors, score100, tieBreakerText } from "./table-rows.js";

/**
 * Markdown: a ranking table per cohort, then a section per report (categories with scores, checks with
 * score and weight, findings with quoted evidence and line). Every text from the result goes through
 * `mdText`, so a report cannot inject tables, links, HTML or headings.
 */
export function md(result: ResultSource, options?: ReporterOptions): string {
  return [...mdPieces(result, options)].join("");
}

/** The same text as `md`, a section at a time (one per report): the whole document is never one string. */
export function mdPieces(result: ResultSource, options?: ReporterOptions): Generator<string> {
  return oneBlankLine(mdSections(result, langOf(options)));
}

function* mdSections(result: ResultSource, lang: Lang): Generator<string> {
  const out: string[] = [];
  const columns = categoryColumns(result);
  const s = result.summary;
  out.push(`# ${LABELS.title[lang]}`, "");
  out.push(
    `${LABELS.scheme[lang]}: ${mdText(`${result.profile.id} ${result.profile.version}`)} · ${LABELS.schemeHash[lang]}: ${mdText(result.profile.hash.slice(0, 12))} · ${LABELS.tool[lang]}: ${mdText(`${result.tool.name} ${result.tool.version}`)}`,
    "",
    `${summaryLine(s)[lang]}${lang === "zh" ? "。" : "."}`,
    "",
  );
  const failedChecks = failedCheckLines(s);
  if (failedChecks.length) out.push(...failedChecks.map((l) => `- ✖ ${mdText(l[lang])}`), "");

  for (const table of cohortTables(result)) {
    const { ranking } = table;
    const count = lang === "zh" ? `（${table.rows.length} 份报告）` : ` (${table.rows.length} report(s))`;
    out.push(`## ${mdText(table.title[lang])} ${LABELS.ranking[lang]}${count}`, "");
    for (const notice of table.notices) out.push(`> ⚠ ${mdText(notice[lang])}`, "");
    const header = [LABELS.rank, LABELS.issuer, LABELS.file, LABELS.year, LABELS.total, LABELS.grade].map((l) => l[lang]);
    out.push(tableRow([...header, ...columns.map((c) => mdText(c.title[lang]))]));
    out.push(tableRow(["---:", "---", "---", "---:", "---:", "---", ...columns.map(() => "---:")]));
    for (const row of rankingRowsOf(table, lang, columns)) {
      out.push(
        tableRow([
          mdText(row.rankText),
          mdText(row.issuer || "—"),
          mdText(row.file),
          row.year === null ? "—" : String(row.year),
          formatScore(row.total),
          mdText(row.grade || "—"),
          ...row.categories.map(formatScore),
        ]),
      );
    }
    if (ranking.tieBreakers.length) out.push("", `${LABELS.tieBreakers[lang]}: ${mdText(tieBreakerText(columns, ranking, lang))}`);
    out.push("");
  }

  const failed = result.reports.filter((r) => r.error);
  if (failed.length) {
    out.push(`## ${LABELS.errorReports[lang]}`, "");
    for (const r of failed) out.push(`- ${mdText(r.file)}: ${mdText(`${r.error!.code}: ${r.error!.message[lang]}`)}`);
    out.push("");
  }

  out.push(`## ${LABELS.scorecards[lang]}`, "");
  yield out.join("\n");
  for (const report of reportsInRankOrder(result)) yield `\n${reportSection(report, lang).join("\n")}`;
}

/**
 * Text in pieces with every run of blank lines made one and a single newline at the end: the pieces of
 * `text.replace(/\n{3,}/g, "\n\n").replace(/\n*$/, "\n")`, though a run may span pieces.
 */
export function* oneBlankLine(pieces: Iterable<string>): Generator<string> {
  let pending = 0; // newlines seen and not yet written
  for (const piece of pieces) {
    const lead = /^\n*/.exec(piece)![0].length;
    if (lead === piece.length) {
      pending += lead;
      continue;
    }
    const trail = /\n*$/.exec(piece)![0].length;
    yield "\n".repeat(Math.min(2, pending + lead)) + piece.slice(lead, piece.length - trail).replace(/\n{3,}/g, "\n\n");
    pending = trail;
  }
  yield "\n";
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function reportSection(report: ReportResult, lang: Lang): string[] {
  const out: string[] = [];
  const zh = lang === "zh";
  out.push(`### ${mdText(report.meta.issuer ?? report.file)}`, "");
  const facts = [
    `${LABELS.file[lang]}: ${mdText(report.file)}`,
    `${LABELS.level[lang]}: ${mdText(levelLabel(report.meta.level, lang))}`,
    `${LABELS.year[lang]}: ${report.meta.reportYear ?? "—"}`,
  ];
  if (report.meta.documentNumber) facts.push(`${LABELS.documentNumber[lang]}: ${mdText(report.meta.documentNumber)}`);
  out.push(facts.join(" · "), "");
  const rank = report.rank ? (zh ? `，第 ${report.rank.position} 名（共 ${report.rank.of} 名）` : `, rank ${report.rank.position} of ${report.rank.of}`) : "";
  out.push(`**${LABELS.total[lang]}: ${formatScore(report.total.score)}** ${mdText(report.total.grade ?? "")}${rank}`, "");
  for (const e of reportErrors(report, lang)) out.push(`- ✖ ${mdText(e)}`);
  if (report.error) return [...out, ""];

  const inCategory = new Set<string>();
  for (const category of Object.values(report.categories)) {
    const score = category.status === "scored" ? formatScore(score100(category.score)) : STATUS_LABELS[category.status][lang];
    out.push(`#### ${mdText(category.title[lang])} — ${score}（${LABELS.weight[lang]} ${category.weight}）`, "");
    out.push(tableRow([LABELS.check[lang], LABELS.score[lang], LABELS.weight[lang], LABELS.value[lang]]), tableRow(["---", "---:", "---:", "---"]));
    for (const ref of category.checkRefs) {
      inCategory.add(ref.id);
      const check = report.checks[ref.id];
      const weight = ref.effectiveWeight === ref.weight ? String(ref.weight) : `${ref.effectiveWeight}/${ref.weight}`;
      out.push(tableRow([mdText(check?.title[lang].trim() || ref.id), checkScore(check, lang), weight, mdText(displayValue(check, lang))]));
    }
    out.push("");
    for (const ref of category.checkRefs) out.push(...findingsOf(report, ref.id, lang));
  }
  const others = Object.keys(report.checks).filter((id) => !inCategory.has(id));
  if (others.length) {
    out.push(`#### ${LABELS.otherChecks[lang]}`, "");
    for (const id of others) {
      const check = report.checks[id]!;
      out.push(`- ${mdText(check.title[lang].trim() || id)}: ${mdText(displayValue(check, lang) || SCORE_MODE_LABELS[check.scoreMode][lang])}`);
    }
    out.push("");
    for (const id of others) out.push(...findingsOf(report, id, lang));
  }
  if (report.diagnostics.length) {
    out.push(`#### ${LABELS.diagnostics[lang]}`, "");
    for (const d of report.diagnostics) out.push(`- ${SEVERITY_LABELS[d.severity][lang]}: ${mdText(d.message[lang])}${d.line ? ` (${lineLabel(d.line, lang)})` : ""}`);
    out.push("");
  }
  return out;
}

function checkScore(check: ReportResult["checks"][string] | undefined, lang: Lang): string {
  if (!check) return "—";
  if (check.scoreMode === "notApplicable" || check.scoreMode === "error" || check.score === null) return SCORE_MODE_LABELS[check.scoreMode][lang];
  return formatScore(score100(check.score));
}

function displayValue(check: ReportResult["checks"][string] | undefined, lang: Lang): string {
  const v = check?.displayValue;
  return v === undefined ? "" : typeof v === "string" ? v : v[lang];
}

function findingsOf(report: ReportResult, id: string, lang: Lang): string[] {
  const check = report.checks[id];
  if (!check || check.findings.length === 0) return [];
  const out: string[] = [];
  for (const finding of check.findings) {
    out.push(`- **${SEVERITY_LABELS[finding.severity][lang]}** ${mdText(finding.message[lang])}`);
    for (const e of finding.evidence) out.push("", `  ${lineLabel(e.line, lang, e.column)}:`, "", mdQuote(e.text).replace(/^/gm, "  "));
    out.push("");
  }
  return out;
}
