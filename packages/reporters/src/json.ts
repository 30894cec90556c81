import { resultJsonChunks, type ResultSource } from "@fazhi/result";
import type { ReporterOptions } from "./labels.js";

/**
 * The result as pretty JSON, byte-identical for the same input: keys keep the result's own order (the
 * engine builds them in a fixed order), two-space indent, "\n" line ends, a final newline. `lang` does not
 * apply: every message in the result already carries both languages.
 */
export function json(result: ResultSource, _options?: ReporterOptions): string {
  return [...resultJsonChunks(result)].map((piece) => piece.toString()).join("");
}
