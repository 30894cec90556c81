import { createElement } from "react";
import type { ReportResult, ResultHeads } from "@fazhi/engine";
import type { Lang } from "./i18n.js";
import type { ScorecardOptions } from "./tui/scorecard.js";
import { ResultText, ScorecardText, toPlainText } from "./tui/result-text.js";

export { LEVEL_NAMES } from "./tui/labels.js";

/** The ranked tables per cohort as plain text (the TUI's components rendered once; no escapes). */
export function renderResultText(result: ResultHeads, lang: Lang, width = 80): string {
  return toPlainText(createElement(ResultText, { result, lang, width }), width);
}

/** One report's scorecard as plain text. */
export function renderScorecardText(report: ReportResult, lang: Lang, width = 80, options?: ScorecardOptions): string {
  return toPlainText(createElement(ScorecardText, { report, lang, width, options }), width);
}
