#!/usr/bin/env node
// The project's test command: build the CLI (tests that run `pnpm fazhi` run what users run), typecheck
// every package (turbo), run vitest once, and end with the plain line "N passed, N failed" that CI counts
// (tests only; a suite that failed to load, a failed typecheck or build are named in brackets after it and
// still fail the run: src/summary.mjs).
// Extra arguments go to vitest (e.g. a path filter).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summarize } from "./src/summary.mjs";

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", env }).status ?? 1;

let typeErrors = 0;
const buildFailed = run("pnpm", ["-s", "build"]) !== 0;
if (buildFailed) console.error("pnpm build failed (see above)");
if (!process.argv.slice(2).length) {
  typeErrors = run("pnpm", ["exec", "turbo", "run", "typecheck", "--output-logs=errors-only"]) === 0 ? 0 : 1;
  if (typeErrors) console.error("typecheck failed (see above)");
}

const dir = mkdtempSync(join(tmpdir(), "fazhi-vitest-"));
const resultFile = join(dir, "results.json");
const status = run("pnpm", ["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${resultFile}`, ...process.argv.slice(2)]);
let results;
try {
  results = JSON.parse(readFileSync(resultFile, "utf8"));
} catch {
  results = undefined; // vitest could not even write its results: summarize counts the run as a failure
}
rmSync(dir, { recursive: true, force: true });
const { line, ok } = summarize(results, { vitestStatus: status, typecheckFailed: typeErrors > 0, buildFailed, root: process.cwd() });
console.log(line);
process.exit(ok ? 0 : 1);
