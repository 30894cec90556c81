import { failedCheckLines, summaryLine, type ResultHeads, type ResultSource } from "@fazhi/result";
import { PassThrough, type Writable } from "node:stream";
import { finished } from "node:stream/promises";
import ExcelJS from "exceljs";
import { LABELS, langOf, type Lang, type ReporterOptions } from "./labels.js";
import { sheetName } from "./sheet-name.js";
import { categoryColumns, cohortTables, findingRows, rankingRowsOf } from "./table-rows.js";
import { displayWidth } from "./text-width.js";

/**
 * An Excel workbook: one ranking sheet per cohort ("县级 排名"), a findings sheet ("问题清单") and an about
 * sheet ("说明": scheme, tool, where the file came from). Header rows are bold on a fill and frozen; column
 * widths fit their content with Han characters counted as 2; totals and category scores use "0.0".
 * Every text goes in as a plain string value, so a cell starting with "=" is shown, never evaluated.
 */
export async function xlsx(result: ResultSource, options?: ReporterOptions): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeXlsx(result, sink, options);
  return Buffer.concat(chunks);
}

/**
 * The same workbook as `xlsx`, written to `stream` as it is made (exceljs' streaming writer): rows are committed
 * as they are added, the findings are read a report at a time, so memory does not grow with the result.
 * Findings past Excel's row limit continue on a second sheet ("问题清单 (2)").
 */
export async function writeXlsx(result: ResultSource, stream: Writable, options?: ReporterOptions & { rowsPerSheet?: number }): Promise<void> {
  const lang = langOf(options);
  const rowsPerSheet = options?.rowsPerSheet ?? EXCEL_MAX_ROWS;
  const done = finished(stream);
  let failure: unknown = null;
  done.catch((error: unknown) => (failure = error)); // awaited below; a write error (a full disk) ends every wait
  const addRows = (sheet: ExcelJS.Worksheet, rows: Cell[][]) => commitRows(sheet, rows, () => failure);
  // Fixed dates keep the workbook's own metadata independent of when it was written.
  const when = new Date(Date.UTC(2000, 0, 1));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "fazhi";
  workbook.created = when;
  workbook.modified = when;
  const used = new Set<string>();
  const columns = categoryColumns(result);

  for (const table of cohortTables(result)) {
    const header = [LABELS.rank, LABELS.issuer, LABELS.file, LABELS.level, LABELS.year, LABELS.total, LABELS.grade].map((l) => l[lang]);
    const rows: Cell[][] = rankingRowsOf(table, lang, columns).map((row) => [row.position ?? row.rankText, row.issuer || null, row.file, row.level, row.year, row.total, row.grade || null, ...row.categories, row.errors || null]);
    const notes: Cell[][] = table.notices.length ? [[], ...table.notices.map((notice) => [`⚠ ${notice[lang]}`])] : [];
    const labels = [...header, ...columns.map((c) => c.title[lang]), LABELS.errors[lang]];
    const scoreColumns = new Set([6, ...columns.map((_, i) => 8 + i)]);
    // The widths fit the table; a notice under it may run on past its first column.
    const sheet = newSheet(workbook, sheetName(`${table.title[lang].replace(" · ", " ")} ${LABELS.ranking[lang]}`, used), labels, rows, 60, (c) => (scoreColumns.has(c) ? { numFmt: "0.0" } : {}));
    await addRows(sheet, [...rows, ...notes]);
    sheet.commit();
  }

  const findingLabels = [LABELS.issuer, LABELS.file, LABELS.rule, LABELS.severity, LABELS.message, LABELS.line, LABELS.column, LABELS.evidence, LABELS.ruleId].map((l) => l[lang]);
  const evidenceStyle = (c: number): Partial<ExcelJS.Style> => (c === 8 ? { alignment: { wrapText: true, vertical: "top" } } : {});
  let findings: ExcelJS.Worksheet | null = null;
  let written = 0;
  // Widths are fixed before the first row is written: they fit the first rows (all of them in most results).
  let waiting: Cell[][] = [];
  const flush = async () => {
    findings ??= newSheet(workbook, sheetName(LABELS.findingsSheet[lang], used), findingLabels, waiting, 80, evidenceStyle);
    for (let from = 0; from < waiting.length; ) {
      if (written === rowsPerSheet - 1) {
        findings.commit();
        findings = newSheet(workbook, sheetName(LABELS.findingsSheet[lang], used), findingLabels, waiting, 80, evidenceStyle);
        written = 0;
      }
      const part = waiting.slice(from, from + rowsPerSheet - 1 - written);
      await addRows(findings, part);
      written += part.length;
      from += part.length;
    }
    waiting = [];
  };
  // 行号 and 列号 are numbers when the finding quotes one place ("12, 15" when it quotes more).
  const place = (s: string): Cell => (/^\d+$/.test(s) ? Number(s) : s || null);
  for (const f of findingRows(result, lang)) {
    waiting.push([f.issuer || null, f.file, f.ruleTitle || null, f.severity, f.message, place(f.line), place(f.column), f.evidence || null, f.rule || null]);
    if (waiting.length >= WIDTH_SAMPLE) await flush();
  }
  await flush();
  findings!.commit();

  const about = aboutRows(result, lang).map(([label, value]): Cell[] => [label, value]);
  const aboutSheet = newSheet(workbook, sheetName(LABELS.aboutSheet[lang], used), [lang === "zh" ? "项目" : "Item", lang === "zh" ? "内容" : "Value"], about, 100, () => ({}));
  await addRows(aboutSheet, about);
  aboutSheet.commit();
  await Promise.race([workbook.commit(), done]);
  await done;
}

type Cell = string | number | null;

/** Excel's rows per sheet (a test may ask for fewer). */
const EXCEL_MAX_ROWS = 1_048_576;
/** How many findings rows the findings sheet's column widths are fitted to. */
const WIDTH_SAMPLE = 10_000;

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

/**
 * Commit rows to a streamed sheet, letting the event loop run every thousand rows (the zip deflates between).
 * Known limit: exceljs and its zip still hold much of a very large findings sheet outside the JS heap (100,000
 * reports: about 1.4 GB peak); waiting on their internal buffers was tried and did not lower it.
 */
async function commitRows(sheet: ExcelJS.Worksheet, rows: Cell[][], failure: () => unknown): Promise<void> {
  for (const [i, row] of rows.entries()) {
    sheet.addRow(row).commit();
    if (i % 1000 === 999) {
      if (failure() !== null) throw failure(); // the output failed (a full disk): stop writing into it
      await new Promise(setImmediate);
    }
  }
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

/**
 * A sheet whose first row is the header (bold, filled, frozen) and whose columns fit `rows`: width = widest cell
 * (Han characters count 2, multi-line cells by their longest line) + 2, within [6, max]; `style(column)` for each.
 */
function newSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, labels: string[], rows: Cell[][], max: number, style: (column: number) => Partial<ExcelJS.Style>): ExcelJS.Worksheet {
  // A4 landscape, as wide as the page, the header row on every printed page; a filter on the header.
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" },
  });
  const count = Math.max(labels.length, ...rows.map((r) => r.length));
  sheet.columns = Array.from({ length: count }, (_, i) => {
    let widest = 0;
    for (const value of [labels[i], ...rows.map((r) => r[i])]) {
      const text = typeof value === "number" ? value.toFixed(1) : value === null || value === undefined ? "" : String(value);
      for (const line of text.split("\n")) widest = Math.max(widest, displayWidth(line));
    }
    return { width: Math.min(max, Math.max(6, widest + 2)), style: style(i + 1) };
  });
  const header = sheet.addRow(labels);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle" };
  });
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: count } };
  return sheet;
}
