import { describe, expect, it } from "vitest";
import { EMPTY_META, errorReport } from "./run-report.js";
import { composeResult, jsonl, mergeShardLines, parseShard, readShard, ShardError, shardOf } from "./shards.js";
import { materialize } from "@fazhi/result";

describe("shards", () => {
  it("parses I/N and refuses what is not a share", () => {
    expect(parseShard("2/8")).toEqual({ index: 2, count: 8 });
    expect(parseShard(" 1 / 1 ")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/3", "4/3", "2", "a/b", "1/0", "-1/2"]) expect(parseShard(bad), bad).toBeNull();
  });

  it("assigns every file to one shard by its path, the same on every run, spread over the shards", () => {
    const files = Array.from({ length: 400 }, (_, i) => `收到的报告/第${i}号/report-${i}.txt`);
    const counts = new Map<number, number>();
    for (const f of files) {
      const s = shardOf(f, 4);
      expect(s).toBeGreaterThanOrEqual(1);
      expect(s).toBeLessThanOrEqual(4);
      expect(shardOf(f, 4)).toBe(s);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    for (const n of counts.values()) expect(n).toBeGreaterThan(60);
    expect(shardOf("a.txt", 1)).toBe(1);
  });

  it("reads a shard line by line and names the file and line of a malformed one", () => {
    expect(() => readShard("s.jsonl", "")).toThrow(ShardError);
    const header = JSON.stringify({ fazhi: "jsonl", schemaVersion: 1, tool: { name: "fazhi", version: "1" }, profile: { id: "p", version: "1", hash: "h" }, ranking: { cohortBy: ["level"], precision: 1, tieBreakers: [] }, shard: { index: 1, count: 1 } });
    const empty = readShard("s.jsonl", `${header}\n{"summary":{"reports":0,"scored":0,"errors":0,"cached":0}}\n`);
    expect(empty).toMatchObject({ reports: [], complete: true });
    expect(readShard("s.jsonl", `${header}\n`).complete).toBe(false);
    try {
      readShard("s.jsonl", `${header}\n{"report":{"file":"a.txt"}}\n`);
      expect.unreachable();
    } catch (error) {
      expect((error as ShardError).localized.zh).toMatch(/^s\.jsonl:2：报告结果格式不对/);
    }
    expect(() => readShard("s.jsonl", `${header}\n{"summary":{}}\n{"summary":{}}\n`)).toThrow(/after the summary/);
  });
});

describe("mergeShardLines", () => {
  const header = (index: number, count: number) =>
    JSON.stringify({ fazhi: "jsonl", schemaVersion: 1, tool: { name: "fazhi", version: "1" }, profile: { id: "p", version: "1", hash: "h" }, ranking: { cohortBy: ["level"], precision: 1, tieBreakers: [] }, shard: { index, count } });
  const report = (file: string, score: number) => ({ ...errorReport(file, "x", { zh: "", en: "" }), error: null, meta: { ...EMPTY_META, issuer: file, level: "county" as const }, total: { score, grade: null } });
  const shardText = (index: number, files: Array<[string, number]>) =>
    [header(index, 2), ...files.map(([f, s]) => jsonl.report(report(f, s)).trimEnd()), '{"summary":{"reports":0,"scored":0,"errors":0,"cached":0}}', ""].join("\n");
  async function* lines(text: string) {
    yield* text.split("\n");
  }

  it("reads shards a line at a time into a spilled store and ranks them as one run of their reports", async () => {
    const a = shardText(1, [["乙县.txt", 80], ["甲县.txt", 90]]);
    const b = shardText(2, [["丙县.txt", 85]]);
    const stored = await mergeShardLines([{ name: "a.jsonl", lines: lines(a) }, { name: "b.jsonl", lines: lines(b) }], 1);
    try {
      const shards = [readShard("a.jsonl", a), readShard("b.jsonl", b)];
      const { header } = shards[0]!;
      expect(materialize(stored)).toEqual(composeResult(shards.flatMap((s) => s.reports), header, header.ranking));
      expect(stored.rankings[0]!.entries.map((e) => [e.file, e.position])).toEqual([["甲县.txt", 1], ["丙县.txt", 2], ["乙县.txt", 3]]);
    } finally {
      stored.close();
    }
  });

  it("names the shard and line of a mistake, and a file scored in two shards", async () => {
    const a = shardText(1, [["甲县.txt", 90]]);
    const twice = shardText(2, [["甲县.txt", 70]]);
    await expect(mergeShardLines([{ name: "a.jsonl", lines: lines(a) }, { name: "b.jsonl", lines: lines(twice) }], 1)).rejects.toThrow(/甲县\.txt appears in both a\.jsonl and b\.jsonl/);
    const broken = a.replace('"checks":{}', '"checks":5');
    expect(broken).not.toBe(a);
    await expect(mergeShardLines([{ name: "a.jsonl", lines: lines(broken) }], 1)).rejects.toThrow(/a\.jsonl:2/);
  });
});
