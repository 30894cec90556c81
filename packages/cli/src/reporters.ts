import type { Writable } from "node:stream";
import type { ResultSource } from "@fazhi/engine";
import { BUNDLED } from "@fazhi/core/bundle";
import type { Lang } from "./i18n.js";

/** Formats rendered by @fazhi/reporters, offered only when that package is installed beside the CLI. */
export const REPORTER_FORMATS = ["csv", "xlsx", "md", "html"] as const;
export type ReporterFormat = (typeof REPORTER_FORMATS)[number];

type ReportersModule = {
  writeReport: (format: ReporterFormat, result: ResultSource, stream: Writable, options?: { lang?: Lang }) => Promise<void>;
};

// A variable specifier: the CLI does not need @fazhi/reporters to build; it offers its formats when present.
const REPORTERS_PACKAGE: string = "@fazhi/reporters";

let loaded: Promise<ReportersModule | null> | undefined;
let module: ReportersModule | null = null;

/** Import @fazhi/reporters once if it is installed (a dependency entry of @fazhi/cli plus `pnpm install`). */
export function loadReporters(): Promise<ReportersModule | null> {
  // The compiled CLI has them built in.
  loaded ??= (BUNDLED ? import("@fazhi/reporters") : import(REPORTERS_PACKAGE)).then(
    (m: ReportersModule) => (module = typeof m.writeReport === "function" ? m : null),
    () => null,
  );
  return loaded;
}

/** Whether the reporter formats can be produced: always in the compiled CLI; from source after `loadReporters()`. */
export function reportersAvailable(): boolean {
  return BUNDLED || module !== null;
}

/**
 * Before offering the formats: from source, try the import; the compiled CLI has them built in and loads
 * them (exceljs and all) only when one is asked for.
 */
export async function checkReporters(): Promise<void> {
  if (!BUNDLED) await loadReporters();
}

/** The formats `fazhi score --format` accepts here. */
export function scoreFormats(): string[] {
  return ["tui", "text", "json", "jsonl", ...(reportersAvailable() ? REPORTER_FORMATS : [])];
}

/** Write the result in `format` to `stream` as it is rendered (a report at a time). */
export async function writeWithReporter(format: ReporterFormat, result: ResultSource, lang: Lang, stream: Writable): Promise<void> {
  const m = await loadReporters();
  if (!m) throw new Error(`@fazhi/reporters is not installed (format ${format})`);
  await m.writeReport(format, result, stream, { lang });
}
