import type { ReportResult, ResultHeads } from "@fazhi/engine";
import type { Lang } from "./i18n.js";
import { truncate } from "./tui/layout.js";
import { rankedTableLines } from "./tui/ranked-table.js";
import { scorecardLines, type ScorecardOptions } from "./tui/scorecard.js";
import { lineText, type ScreenLine } from "./tui/screen-line.js";
import { categoryColumns, cohortTables } from "./tui/table-model.js";

export { LEVEL_NAMES } from "./tui/labels.js";

/**
 * The TUI's screen rows printed once as plain text: no colours, no cursor movement, each row cut to the width,
 * trailing spaces removed, ending in one newline. Written without Ink, so piped output loads no React.
 */
function plainText(lines: ScreenLine[], width: number): string {
  return lines.map((l) => truncate(lineText(l), width).trimEnd()).join("\n").replace(/\n+$/, "") + "\n";
}

/** The ranked tables per cohort as plain text (the TUI's rows; no escapes). */
export function renderResultText(result: ResultHeads, lang: Lang, width = 80): string {
  return plainText(rankedTableLines({ result, tables: cohortTables(result), columns: categoryColumns(result), width, lang }), width);
}

/** One report's scorecard as plain text. */
export function renderScorecardText(report: ReportResult, lang: Lang, width = 80, options?: ScorecardOptions): string {
  return plainText(scorecardLines(report, width, lang, options), width);
}
