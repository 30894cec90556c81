import { describe, expect, it } from "vitest";
// plain .mjs: the CI script runs it without a build step
import { summarize } from "./summary.mjs";

const passedTest = { status: "passed" };
const failedTest = { status: "failed" };

describe("the closing line of pnpm test", () => {
  it("counts failed tests only and names the suite that failed to load apart", () => {
    const results = {
      numPassedTests: 1754,
      numFailedTests: 2,
      numFailedTestSuites: 2,
      numRuntimeErrors: 0,
      testResults: [
        { name: "/repo/packages/a/src/a.test.ts", status: "failed", assertionResults: [failedTest, failedTest, passedTest] },
        { name: "/repo/packages/b/src/b.test.ts", status: "failed", message: "Cannot find module", assertionResults: [] },
        { name: "/repo/packages/c/src/c.test.ts", status: "passed", assertionResults: [passedTest] },
      ],
    };
    const { line, ok } = summarize(results, { vitestStatus: 1, root: "/repo" });
    expect(line).toBe("1754 passed, 2 failed (1 suite failed to load: packages/b/src/b.test.ts)");
    expect(ok).toBe(false);
  });

  it("fails the run when a suite fails to load even though no test failed", () => {
    const results = {
      numPassedTests: 10,
      numFailedTests: 0,
      numFailedTestSuites: 1,
      testResults: [{ name: "/repo/x.test.ts", status: "failed", assertionResults: [] }],
    };
    const { line, ok } = summarize(results, { vitestStatus: 1, root: "/repo" });
    expect(line).toMatch(/^10 passed, 0 failed \(1 suite failed to load: x\.test\.ts\)$/);
    expect(ok).toBe(false);
  });

  it("says a clean run plainly, and names a failed typecheck, build or missing results without counting them as tests", () => {
    const clean = { numPassedTests: 3, numFailedTests: 0, testResults: [{ name: "/r/a.test.ts", status: "passed", assertionResults: [passedTest] }] };
    expect(summarize(clean, { vitestStatus: 0 })).toEqual({ line: "3 passed, 0 failed", ok: true });
    expect(summarize(clean, { vitestStatus: 0, typecheckFailed: true, buildFailed: true })).toEqual({
      line: "3 passed, 0 failed (typecheck failed; build failed)",
      ok: false,
    });
    expect(summarize(undefined, { vitestStatus: 1 })).toEqual({ line: "0 passed, 0 failed (vitest wrote no results)", ok: false });
    expect(summarize({ numPassedTests: 0, numFailedTests: 0, testResults: [] }, { vitestStatus: 0 }).ok).toBe(false);
  });
});
