import { defineConfig } from "vitest/config";

/** Shared vitest configuration: tests live beside the code and run from source (no build step). */
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/src/**/*.test.tsx", "rules/*/src/**/*.test.ts", "tooling/*/src/**/*.test.ts"],
    environment: "node",
    pool: "threads",
    // Only a bound, never what a test measures: a loaded 2-core machine (CI beside other jobs) runs the
    // process-starting CLI tests several times slower than an idle one.
    testTimeout: 120_000,
  },
});
