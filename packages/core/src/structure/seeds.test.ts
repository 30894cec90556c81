import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { flattenHeadings } from "./headings.js";
import { parseAll } from "./test-support.js";

const seedsDir = fileURLToPath(new URL("../../../../seeds/", import.meta.url));
interface SeedKey {
  file: string;
  topLevelHeadings: string[];
  pageChromeLines?: number[];
}
const key = JSON.parse(readFileSync(`${seedsDir}expected/seeds.json`, "utf8")) as { reports: SeedKey[] };

function parseSeed(file: string) {
  const r = key.reports.find((x) => x.file === file)!;
  return parseAll(readFileSync(seedsDir + r.file, "utf8"), r.file, r.pageChromeLines ?? []);
}

describe("seed reports", () => {
  it.each(key.reports.map((r) => [r.file, r] as const))("%s: top-level headings match the answer key", (file, r) => {
    const { headings } = parseSeed(file);
    const top = flattenHeadings(headings)
      .filter((h) => h.depth === 1)
      .map((h) => h.text);
    expect(top).toEqual(r.topLevelHeadings);
  });

  it("001: 存在问题 and 改进措施 are children of 九、", () => {
    const { headings } = parseSeed(key.reports[1]!.file);
    const nine = headings.find((h) => h.text.startsWith("九、"))!;
    expect(nine.children.map((h) => h.text)).toEqual(["(一)存在问题", "(二)改进措施"]);
    expect(nine.children[0]!.children.map((h) => h.number)).toEqual(["1", "2", "3"]);
  });

  it("003: (二)堅持黨對法治政府建設的領導 is a run-in heading under 一、", () => {
    const { headings } = parseSeed(key.reports[3]!.file);
    const h = headings[0]!.children.find((c) => c.text === "(二)堅持黨對法治政府建設的領導");
    expect(h).toBeDefined();
    expect(h).toMatchObject({ style: "cn-paren", runIn: true, depth: 2, ordinal: 2, title: "堅持黨對法治政府建設的領導" });
  });

  it("000: run-in titles and ordinals sit under their numbered sections", () => {
    const { headings, paragraphs, sentences } = parseSeed(key.reports[0]!.file);
    expect(headings[0]!.children.map((h) => h.style)).toEqual(Array(8).fill("run-in-title"));
    expect(headings[0]!.children[0]!.title).toBe("依法高效履行政府职能");
    expect(headings[2]!.children.map((h) => h.text.slice(0, 2))).toEqual(["一是", "二是", "三是"]);
    expect(paragraphs.length).toBeGreaterThan(20);
    expect(sentences.length).toBeGreaterThan(paragraphs.length);
  });
});
