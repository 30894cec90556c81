import { readFileSync } from "node:fs";
import { BUNDLE_VERSION } from "@fazhi/core/bundle";

/**
 * The tool's version, from packages/cli/package.json (built into the compiled CLI): part of every cache
 * key.
 */
export const VERSION: string = BUNDLE_VERSION ?? (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
