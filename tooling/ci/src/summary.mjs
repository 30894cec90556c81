// The closing line of `pnpm test`, from vitest's JSON results: it counts tests only ("N passed, N failed") and
// names apart what is not a test — a suite (test file) that failed to load or failed outside its tests, errors
// vitest caught outside any test, a failed typecheck or build — so "4 failed" never means two failed tests.
// `ok` is false when anything at all failed, so CI fails on a suite that did not load even with 0 tests failed.
import { relative } from "node:path";

/**
 * @param {any} results vitest's JSON report, or undefined when vitest wrote none
 * @param {{ vitestStatus: number, typecheckFailed?: boolean, buildFailed?: boolean, root?: string }} run
 * @returns {{ line: string, ok: boolean }}
 */
export function summarize(results, run) {
  const notes = [];
  let passed = 0;
  let failed = 0;
  if (results === undefined) {
    notes.push("vitest wrote no results");
  } else {
    passed = results.numPassedTests ?? 0;
    failed = results.numFailedTests ?? 0;
    const brokenSuites = (results.testResults ?? []).filter(
      (suite) => suite.status === "failed" && !(suite.assertionResults ?? []).some((test) => test.status === "failed"),
    );
    if (brokenSuites.length) {
      const names = brokenSuites.map((suite) => (run.root ? relative(run.root, suite.name) : suite.name));
      notes.push(`${brokenSuites.length} ${brokenSuites.length === 1 ? "suite" : "suites"} failed to load: ${names.join(", ")}`);
    }
    const runtimeErrors = results.numRuntimeErrors ?? 0;
    if (runtimeErrors) notes.push(`${runtimeErrors} ${runtimeErrors === 1 ? "error" : "errors"} outside tests`);
    if (run.vitestStatus !== 0 && failed === 0 && !brokenSuites.length && !runtimeErrors) notes.push(`vitest exited with status ${run.vitestStatus}`);
  }
  if (run.typecheckFailed) notes.push("typecheck failed");
  if (run.buildFailed) notes.push("build failed");
  const ok = failed === 0 && notes.length === 0 && passed > 0;
  if (passed === 0 && failed === 0 && notes.length === 0) notes.push("no tests ran");
  return { line: `${passed} passed, ${failed} failed${notes.length ? ` (${notes.join("; ")})` : ""}`, ok };
}
