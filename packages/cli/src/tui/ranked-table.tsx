/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { failedCheckLines, summaryLine, type ResultHeads } from "@fazhi/engine";
import type { Lang } from "../i18n.js";
import { label, LEVEL_NAMES } from "./labels.js";
import { categoryCellWidth, fit, MARKER, padStart, scoreBar, stringWidth, tableLayout, wrapIndented, type TableLayout } from "./layout.js";
import { line, scoreColor, type ScreenLine, type Segment } from "./screen-line.js";
import { issuerText, type CategoryColumn, type CohortTable, type ReportRow } from "./table-model.js";

export interface RankedTableInput {
  result: ResultHeads;
  tables: CohortTable[];
  columns: CategoryColumn[];
  width: number;
  lang: Lang;
  filter?: string;
}

/** Column widths for these tables at this width. */
export function layoutFor(input: RankedTableInput): TableLayout {
  const { tables, columns, width, lang } = input;
  const rows = tables.flatMap((t) => t.rows);
  const widest = (values: string[], header: string) => Math.max(stringWidth(header), ...values.map((v) => stringWidth(v)));
  return tableLayout({
    width,
    categoryCount: columns.length,
    rank: widest(rows.map((r) => rankText(r, lang)), label(lang, "rank")),
    issuer: widest(rows.map(issuerText), label(lang, "issuer")),
    level: widest(rows.map((r) => levelText(r, lang)), label(lang, "level")),
    grade: widest(rows.map((r) => r.grade ?? "—"), label(lang, "grade")),
    total: widest(["100.0"], label(lang, "total")),
  });
}

const rankText = (r: ReportRow, lang: Lang): string => (r.position !== null ? String(r.position) : label(lang, r.flag ?? "incomplete"));
const levelText = (r: ReportRow, lang: Lang): string => LEVEL_NAMES[r.level ?? "unknown"][lang];

/** Every cohort's ranked table, its notices, the files that could not be scored and a summary, as screen rows. */
export function rankedTableLines(input: RankedTableInput): ScreenLine[] {
  const { result, tables, columns, width, lang, filter } = input;
  const layout = layoutFor(input);
  const zh = lang === "zh";
  const out: ScreenLine[] = [];
  const shownColumns = columns.slice(0, layout.categories);
  const hidden = columns.length - shownColumns.length;
  const visible = tables.filter((t) => t.rows.length > 0 || !filter);
  // Narrow columns cut the category titles: name them once, in column order.
  const cell = categoryCellWidth(layout);
  if (shownColumns.some((c) => stringWidth(c.title[lang]) > cell)) {
    const names = shownColumns.map((c) => c.title[lang]).join(" | ");
    wrapIndented(names, width, zh ? "类别列：" : "Category columns: ").forEach((text, j) => out.push(line(`legend:${j}`, { text, dim: true })));
  }
  if (filter && visible.length === 0) out.push(line("no-match", { text: fit(label(lang, "noMatch", { text: filter }), width), color: "yellow" }));
  for (const table of visible) {
    const count = filter ? `${table.rows.length}/${table.size}` : String(table.size);
    const title = zh ? `【${table.title.zh}】 ${count} ${label(lang, "reports")}` : `[${table.title.en}] ${count} ${label(lang, "reports")}`;
    const more = hidden > 0 ? (zh ? `  （另有 ${hidden} 个类别未显示：终端太窄）` : `  (${hidden} more categories: terminal too narrow)`) : "";
    out.push(line(`${table.key}:title`, { text: fit(title + more, width).trimEnd(), bold: true }));
    out.push(line(`${table.key}:head`, { text: headerText(layout, shownColumns, lang).trimEnd(), dim: true }));
    for (const row of table.rows) out.push({ ...line(`${table.key}:${row.file}`, ...rowSegments(row, layout, shownColumns, lang)), file: row.file });
    table.notices.forEach((notice, i) => {
      wrapIndented(notice[lang], width, "  ⚠ ").forEach((text, j) => out.push(line(`${table.key}:notice:${i}:${j}`, { text, color: "yellow" })));
    });
    out.push(line(`${table.key}:gap`));
  }
  const failed = result.reports.filter((r) => r.error);
  if (failed.length > 0) {
    out.push(line("failed:title", { text: `${label(lang, "unreadable")}（${failed.length}）`, bold: true, color: "red" }));
    for (const r of failed) {
      wrapIndented(`${r.file}: ${r.error!.message[lang]}`, width, "  ✖ ", "    ").forEach((text, j) => out.push(line(`failed:${r.file}:${j}`, { text, color: "red" })));
    }
    out.push(line("failed:gap"));
  }
  const s = result.summary;
  const failedChecks = failedCheckLines(s);
  if (failedChecks.length > 0) {
    out.push(line("checks:title", { text: `${label(lang, "checkError")}（${failedChecks.length}）`, bold: true, color: "red" }));
    failedChecks.forEach((l, i) => wrapIndented(l[lang], width, "  ✖ ", "    ").forEach((text, j) => out.push(line(`checks:${i}:${j}`, { text, color: "red" }))));
    out.push(line("checks:gap"));
  }
  const summary = zh
    ? `${summaryLine(s).zh}，使用缓存 ${s.cached} 份。方案：${result.profile.id} ${result.profile.version}`
    : `${summaryLine(s).en}, ${s.cached} from cache. Scheme: ${result.profile.id} ${result.profile.version}`;
  wrapIndented(summary, width, "").forEach((text, j) => out.push(line(`summary:${j}`, { text, dim: true })));
  return out;
}

function headerText(layout: TableLayout, columns: CategoryColumn[], lang: Lang): string {
  const cell = categoryCellWidth(layout);
  return (
    " ".repeat(MARKER) +
    [
      fit(label(lang, "rank"), layout.rank),
      fit(label(lang, "issuer"), layout.issuer),
      fit(label(lang, "level"), layout.level),
      fit(label(lang, "year"), layout.year),
      fit(label(lang, "total"), layout.total, "right"),
      fit(label(lang, "grade"), layout.grade),
      ...columns.map((c) => fit(c.title[lang], cell)),
    ].join(" ")
  );
}

function rowSegments(row: ReportRow, layout: TableLayout, columns: CategoryColumn[], lang: Lang): Segment[] {
  const flagged = row.flag !== null;
  const total = row.total === null ? "—" : row.total.toFixed(1);
  const segments: Segment[] = [
    { text: flagged ? "! " : "  ", color: "red", bold: true },
    { text: fit(rankText(row, lang), layout.rank) + " ", color: flagged ? "red" : undefined, bold: !flagged },
    { text: fit(issuerText(row), layout.issuer) + " " },
    { text: fit(levelText(row, lang), layout.level) + " ", dim: true },
    { text: fit(row.year === null ? "—" : String(row.year), layout.year) + " ", dim: true },
    { text: fit(total, layout.total, "right") + " ", color: scoreColor(row.total === null ? null : row.total / 100), bold: true },
    { text: fit(row.grade ?? "—", layout.grade) },
  ];
  const cell = categoryCellWidth(layout);
  for (const c of columns) {
    const score = row.categories[c.id] ?? null;
    const text = score === null ? fit("—", cell) : scoreBar(score, layout.barCells) + (layout.barNumber ? " " + padStart(String(Math.round(score * 100)), 3) : "");
    segments.push({ text: " " + text, color: scoreColor(score) });
  }
  // Trailing spaces would only pad the line.
  const last = segments[segments.length - 1]!;
  last.text = last.text.trimEnd();
  return segments;
}
