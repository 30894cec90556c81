import { defineConfig } from "vitest/config";

/** Shared vitest configuration: tests live beside the code and run from source (no build step). */
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/src/**/*.test.tsx", "rules/*/src/**/*.test.ts", "tooling/*/src/**/*.test.ts"],
    environment: "node",
    pool: "threads",
    testTimeout: 30_000,
  },
});
