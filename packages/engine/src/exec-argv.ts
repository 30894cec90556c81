import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { BUNDLED } from "@fazhi/core/bundle";

/**
 * Node options of a worker thread (the report pool's, a plugin's import probe): from source, tsx's loader,
 * resolved from this package so workers start from any cwd; compiled, nothing.
 */
export function workerExecArgv(): string[] {
  return BUNDLED ? [] : ["--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href];
}
