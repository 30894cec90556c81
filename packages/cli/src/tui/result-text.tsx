/** @jsxRuntime automatic */
/** @jsxImportSource react */
import type { ReactNode } from "react";
import { Box, renderToString } from "ink";
import type { ReportResult, ResultHeads } from "@fazhi/engine";
import type { Lang } from "../i18n.js";
import { rankedTableLines } from "./ranked-table.js";
import { scorecardLines, type ScorecardOptions } from "./scorecard.js";
import { LineWindow } from "./screen-line.js";
import { categoryColumns, cohortTables } from "./table-model.js";

/** The ranked tables, printed once (no cursor movement, no colours). */
export function ResultText({ result, lang, width }: { result: ResultHeads; lang: Lang; width: number }) {
  const lines = rankedTableLines({ result, tables: cohortTables(result), columns: categoryColumns(result), width, lang });
  return (
    <Box flexDirection="column" width={width}>
      <LineWindow lines={lines} plain />
    </Box>
  );
}

/** A report's scorecard, printed once. */
export function ScorecardText({ report, lang, width, options }: { report: ReportResult; lang: Lang; width: number; options?: ScorecardOptions }) {
  return (
    <Box flexDirection="column" width={width}>
      <LineWindow lines={scorecardLines(report, width, lang, options)} plain />
    </Box>
  );
}

// Colours are off in plain components; this also removes any SGR a forced colour level might add.
const SGR = /\x1b\[[0-9;]*m/g;

/** Render a component once as plain text lines, trailing spaces removed, ending in a newline. */
export function toPlainText(node: ReactNode, width: number): string {
  const text = renderToString(node, { columns: width }).replace(SGR, "");
  return (
    text
      .split("\n")
      .map((l) => l.trimEnd())
      .join("\n")
      .replace(/\n+$/, "") + "\n"
  );
}
