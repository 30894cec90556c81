import { failedCheckLines, summaryLine, type ResultHeads, type ResultSource } from "@fazhi/engine";
import ExcelJS from "exceljs";
import { cohortLabel, LABELS, langOf, type Lang, type ReporterOptions } from "./labels.js";
import { sheetName } from "./sheet-name.js";
import { categoryColumns, findingRows, rankingRowsOf } from "./table-rows.js";
import { displayWidth } from "./text-width.js";

/**
 * An Excel workbook: one ranking sheet per cohort ("县级 排名"), a findings sheet ("问题清单") and an about
 * sheet ("说明": scheme, tool, where the file came from). Header rows are bold on a fill and frozen; column
 * widths fit their content with Han characters counted as 2; totals and category scores use "0.0".
 * Every text goes in as a plain string value, so a cell starting with "=" is shown, never evaluated.
 */
export async function xlsx(result: ResultSource, options?: ReporterOptions): Promise<Buffer> {
  const lang = langOf(options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "fazhi";
  // Fixed dates keep the workbook's own metadata independent of when it was written.
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = new Date(Date.UTC(2000, 0, 1));
  const used = new Set<string>();
  const columns = categoryColumns(result);

  for (const ranking of result.rankings) {
    const sheet = workbook.addWorksheet(sheetName(`${cohortLabel(ranking, lang).replace(" · ", " ")} ${LABELS.ranking[lang]}`, used));
    const header = [LABELS.rank, LABELS.file, LABELS.issuer, LABELS.level, LABELS.year, LABELS.total, LABELS.grade].map((l) => l[lang]);
    addHeader(sheet, [...header, ...columns.map((c) => c.title[lang]), LABELS.errors[lang]]);
    for (const row of rankingRowsOf(result, ranking, lang, columns)) {
      sheet.addRow([row.position ?? row.rankText, row.file, row.issuer || null, row.level, row.year, row.total, row.grade || null, ...row.categories, row.errors || null]);
    }
    const scoreColumns = [6, ...columns.map((_, i) => 8 + i)];
    for (const c of scoreColumns) sheet.getColumn(c).numFmt = "0.0";
    fitWidths(sheet);
    if (ranking.notices.length) {
      sheet.addRow([]);
      for (const notice of ranking.notices) sheet.addRow([`⚠ ${notice.message[lang]}`]);
    }
  }

  const findings = workbook.addWorksheet(sheetName(LABELS.findingsSheet[lang], used));
  addHeader(findings, [LABELS.file, LABELS.issuer, LABELS.rule, LABELS.severity, LABELS.message, LABELS.line, LABELS.evidence].map((l) => l[lang]));
  for (const f of findingRows(result, lang)) findings.addRow([f.file, f.issuer || null, f.rule || null, f.severity, f.message, f.line || null, f.evidence || null]);
  findings.getColumn(7).alignment = { wrapText: true, vertical: "top" };
  fitWidths(findings, 80);

  const about = workbook.addWorksheet(sheetName(LABELS.aboutSheet[lang], used));
  addHeader(about, [lang === "zh" ? "项目" : "Item", lang === "zh" ? "内容" : "Value"]);
  for (const [label, value] of aboutRows(result, lang)) about.addRow([label, value]);
  fitWidths(about, 100);

  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer);
}

function aboutRows(result: ResultHeads, lang: Lang): [string, string | number][] {
  const s = result.summary;
  const zh = lang === "zh";
  return [
    [LABELS.scheme[lang], `${result.profile.id} ${result.profile.version}`],
    [LABELS.schemeHash[lang], result.profile.hash],
    [LABELS.tool[lang], `${result.tool.name} ${result.tool.version}`],
    [zh ? "结果格式版本" : "Result schema version", result.schemaVersion],
    [LABELS.summary[lang], summaryLine(s)[lang]],
    ...failedCheckLines(s).map((l): [string, string] => [zh ? "检查出错" : "Check failed", l[lang]]),
    [zh ? "来源" : "Generated from", LABELS.generatedFrom[lang]],
  ];
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

/** The first row: bold, filled, frozen. */
function addHeader(sheet: ExcelJS.Worksheet, labels: string[]): void {
  const row = sheet.addRow(labels);
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle" };
  });
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
}

/** Column width = widest cell (Han characters count 2, multi-line cells by their longest line) + 2, within [6, max]. */
function fitWidths(sheet: ExcelJS.Worksheet, max = 60): void {
  sheet.columns.forEach((column, i) => {
    let widest = 0;
    sheet.getColumn(i + 1).eachCell({ includeEmpty: false }, (cell) => {
      const value = cell.value;
      const text = typeof value === "number" ? value.toFixed(1) : value === null || value === undefined ? "" : String(value);
      for (const line of text.split("\n")) widest = Math.max(widest, displayWidth(line));
    });
    column.width = Math.min(max, Math.max(6, widest + 2));
  });
}
