import { describe, expect, it } from "vitest";
import { parseShard, readShard, ShardError, shardOf } from "./shards.js";

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
