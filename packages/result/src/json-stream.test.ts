import { describe, expect, it } from "vitest";
import { prettyJsonChunks } from "./json-stream.js";

const whole = (value: unknown) => [...prettyJsonChunks(value)].join("");

describe("prettyJsonChunks", () => {
  it("writes what JSON.stringify(value, null, 2) writes, for a result-shaped object", () => {
    const result = {
      schemaVersion: 1,
      tool: { name: "fazhi", version: "0.1.0" },
      reports: [
        { file: "甲县/2023.txt", meta: { issuer: "甲县人民政府", level: "county" }, checks: {}, evidence: [{ text: "受理行政复议申请\n45件", span: [3, 9] }], skipped: undefined },
        { file: "乙县.txt", meta: { issuer: null }, rank: null, list: [], nested: [[1, 2], []] },
      ],
      rankings: [],
      empty: {},
      gone: undefined,
      fn: () => 1,
      summary: { scored: 2, errors: 0, when: new Date(0) },
    };
    expect(whole(result)).toBe(JSON.stringify(result, null, 2) + "\n");
  });

  it("handles the edge shapes the same way", () => {
    for (const value of [{}, { a: undefined }, [], [1, { b: 2 }], "text", 3, null, { only: [undefined, () => 1] }, { d: new Date(0) }]) {
      expect(whole(value)).toBe(JSON.stringify(value, null, 2) + "\n");
    }
  });

  it("gives each report of the top-level array its own piece", () => {
    const reports = Array.from({ length: 5 }, (_, i) => ({ file: `${i}.txt`, body: "办理案件".repeat(100) }));
    const pieces = [...prettyJsonChunks({ reports })];
    expect(pieces.length).toBeGreaterThanOrEqual(reports.length);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(JSON.stringify(reports[0], null, 2).length + 20);
  });
});
