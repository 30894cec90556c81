import { describe, expect, it } from "vitest";
import { JsonText, prettyJsonChunks, reindent } from "./json-stream.js";

const whole = (value: unknown) => [...prettyJsonChunks(value)].map((piece) => piece.toString()).join("");

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

describe("JsonText: stored JSON re-indented, not parsed", () => {
  const stored = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8");
  // What the renderer would have written from the objects: the bytes must be the same.
  const expected = (items: unknown[]) => JSON.stringify({ reports: items }, null, 2) + "\n";

  it("writes a stored report as JSON.stringify writes the object, with its members set in place", () => {
    const report = {
      file: "旧名/甲县.txt",
      sha256: "ab".repeat(32),
      meta: { issuer: "甲县人民政府", level: "county", reportYear: 2023, dates: [], extra: {} },
      checks: { outline: { findings: [{ message: { zh: "缺少\"下一年度\"部分\\", en: "a \\\"quoted\" end\\" }, span: [0, 12] }], score: 0.5 } },
      total: { score: -0.25, max: 1e21, tiny: 5e-7 },
      rank: null,
      cached: false,
      notes: ["file", "rank", { file: "nested stays" }, [], [[]], [{}], null, true, false],
      text: "控制字符\u0001\t\n、\u2028 和 \ud800 孤立代理",
    };
    const set = { file: "新名/甲县.txt", cached: true, rank: 3 };
    const out = whole({ reports: [new JsonText(stored(report), set)] });
    expect(out).toBe(expected([{ ...report, ...set }]));
    expect(out).toContain('"file": "nested stays"');
  });

  it("adds the members the stored JSON lacks at the end, and sets objects indented", () => {
    const set = { rank: { cohort: "county-2023", place: 1 }, cached: true };
    for (const value of [{ a: 1 }, {}, { rank: [] }, { b: { c: [1, { d: "}" }] } }]) {
      expect(whole({ reports: [new JsonText(stored(value), set)] })).toBe(expected([{ ...value, ...set }]));
    }
  });

  it("mixes stored and in-memory reports in one array", () => {
    const a = { file: "a.txt", rank: null };
    const b = { file: "b.txt", rank: null, list: [1, 2] };
    const out = whole({ reports: [new JsonText(stored(a), { rank: 1 }), b, new JsonText(stored(b))] });
    expect(out).toBe(expected([{ ...a, rank: 1 }, b, b]));
  });

  it("reads strings whole, whatever they hold", () => {
    for (const text of ['"', "\\", '\\"', "a,b:{c}[d]", "中文，标点：【】", ""]) {
      const value = { [text]: text, k: [text, { [text]: [text] }] };
      expect(reindent(new JsonText(stored(value)), 2).toString("utf8")).toBe(JSON.stringify([[value]], null, 2).slice(10, -6));
    }
  });
});
