import { readFileSync } from "node:fs";

/** The tool's version, from packages/cli/package.json: part of every cache key. */
export const VERSION: string = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
