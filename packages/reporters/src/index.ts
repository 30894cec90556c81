/**
 * @fazhi/reporters — render a fazhi result (DESIGN §5) as json, csv, xlsx, markdown or html. A reporter
 * takes a result and returns a string or bytes; it never calls the engine (only its types are imported).
 */
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { resultJsonChunks, writePieces, type ResultSource } from "@fazhi/result";
import { csv, csvFindings, csvRankingPieces } from "./csv.js";
import { htmlPieces, htmlReport } from "./html.js";
import { json } from "./json.js";
import type { ReporterOptions } from "./labels.js";
import { md, mdPieces } from "./markdown.js";
import { writeXlsx, xlsx } from "./xlsx.js";

export type { Lang, ReporterOptions } from "./labels.js";
export { csv, csvFindings, csvRankingPieces, htmlPieces, htmlReport as html, json, md, mdPieces, writeXlsx, xlsx };
export { CONTENT_SECURITY_POLICY } from "./html-script.js";

export type Reporter = (result: ResultSource, options?: ReporterOptions) => string | Buffer | Promise<Buffer>;
export type ReporterName = "json" | "csv" | "xlsx" | "md" | "html";

/** The reporters by `--format` name (`text` lives with the CLI). */
export const reporters: Record<ReporterName, Reporter> = { json, csv, xlsx, md, html: htmlReport };

/** Text formats a piece at a time: the same text as `reporters`, never one string. */
const PIECES: Record<Exclude<ReporterName, "xlsx">, (result: ResultSource, options?: ReporterOptions) => Iterable<string | Buffer>> = {
  json: resultJsonChunks,
  csv: csvRankingPieces,
  md: mdPieces,
  html: htmlPieces,
};

/**
 * Write a result in `format` to `stream` as it is rendered (each report read back and written in turn), and wait
 * until the stream has taken it all. Memory does not grow with the number of reports.
 */
export async function writeReport(format: ReporterName, result: ResultSource, stream: Writable, options?: ReporterOptions): Promise<void> {
  if (format === "xlsx") return writeXlsx(result, stream, options);
  await writePieces(stream, PIECES[format](result, options));
  stream.end();
  await finished(stream);
}
