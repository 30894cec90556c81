/**
 * @fazhi/reporters — render a fazhi result (DESIGN §5) as json, csv, xlsx, markdown or html. A reporter
 * takes a result and returns a string or bytes; it never calls the engine (only its types are imported).
 */
import type { ResultSource } from "@fazhi/engine";
import { csv, csvFindings } from "./csv.js";
import { htmlReport } from "./html.js";
import { json } from "./json.js";
import type { ReporterOptions } from "./labels.js";
import { md } from "./markdown.js";
import { xlsx } from "./xlsx.js";

export type { Lang, ReporterOptions } from "./labels.js";
export { csv, csvFindings, htmlReport as html, json, md, xlsx };
export { CONTENT_SECURITY_POLICY } from "./html-script.js";

export type Reporter = (result: ResultSource, options?: ReporterOptions) => string | Buffer | Promise<Buffer>;
export type ReporterName = "json" | "csv" | "xlsx" | "md" | "html";

/** The reporters by `--format` name (`text` lives with the CLI). */
export const reporters: Record<ReporterName, Reporter> = { json, csv, xlsx, md, html: htmlReport };
