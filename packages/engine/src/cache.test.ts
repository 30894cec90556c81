import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CacheEntryLostError, cacheKey, clearCache, decodeCached, ResultCache } from "./cache.js";
import { runReport } from "./run-report.js";
import { testConfig } from "./test-fixtures/config.js";
import { tmpDir, writeReports } from "./test-fixtures/reports.js";

async function entries(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const sub of await readdir(dir).catch(() => [])) for (const f of await readdir(join(dir, sub))) out.push(join(dir, sub, f));
  return out;
}

describe("result cache", () => {
  const config = testConfig({ categories: [{ id: "a", checks: ["self-score", "crash"] }] });

  it("serves a hit with cached: true and is invalidated when config.hash changes", async () => {
    const dir = await tmpDir();
    await writeReports(dir, { "r.txt": { issuer: "甲县人民政府", body: ["自评88分。"] } });
    const cacheDir = join(dir, ".cache");
    const path = join(dir, "r.txt");
    const cache = new ResultCache(cacheDir, "0.1.0", config.hash);

    const first = await runReport({ config, path, file: "r.txt", cache });
    expect(first.cached).toBe(false);
    const files = await entries(cacheDir);
    expect(files).toHaveLength(1);
    const key = cacheKey(first.sha256, "0.1.0", config.hash);
    expect(files[0]).toBe(join(cacheDir, key.slice(0, 2), `${key}.json`));

    const second = await runReport({ config, path, file: "renamed.txt", cache });
    expect(second.cached).toBe(true);
    expect(second.file).toBe("renamed.txt");
    expect(second.total).toEqual(first.total);

    const changed = { ...config, hash: "test-hash-2" };
    const third = await runReport({ config: changed, path, file: "r.txt", cache: new ResultCache(cacheDir, "0.1.0", changed.hash) });
    expect(third.cached).toBe(false);
    expect(await entries(cacheDir)).toHaveLength(2);

    const otherVersion = await runReport({ config, path, file: "r.txt", cache: new ResultCache(cacheDir, "0.2.0", config.hash) });
    expect(otherVersion.cached).toBe(false);

    await clearCache(cacheDir);
    expect(await entries(cacheDir)).toHaveLength(0);
  });

  it("ignores and rewrites a corrupt entry", async () => {
    const dir = await tmpDir();
    await writeReports(dir, { "r.txt": { issuer: "甲县人民政府", body: ["自评88分。"] } });
    const cache = new ResultCache(join(dir, ".cache"), "0.1.0", config.hash);
    const path = join(dir, "r.txt");
    await runReport({ config, path, file: "r.txt", cache });
    const [entry] = await entries(join(dir, ".cache"));
    await writeFile(entry!, "{ not json");
    const again = await runReport({ config, path, file: "r.txt", cache });
    expect(again.cached).toBe(false);
    const [first, json] = (await readFile(entry!, "utf8")).split("\n");
    expect(JSON.parse(first!).head.total.score).toBe(94); // (0.88 + crash rule 1) / 2
    expect(JSON.parse(json!).total.score).toBe(94);
    expect((await runReport({ config, path, file: "r.txt", cache })).cached).toBe(true);
  });

  it("treats an entry that parses but is not a result of this key as a miss", async () => {
    const dir = await tmpDir();
    await writeReports(dir, { "r.txt": { issuer: "甲县人民政府", body: ["自评88分。"] } });
    const cache = new ResultCache(join(dir, ".cache"), "0.1.0", config.hash);
    const path = join(dir, "r.txt");
    const first = await runReport({ config, path, file: "r.txt", cache });
    const [entry] = await entries(join(dir, ".cache"));
    const key = cacheKey(first.sha256, "0.1.0", config.hash);
    const [line, json] = (await readFile(entry!, "utf8")).split("\n");
    const head = JSON.parse(line!).head;
    const bytes = Buffer.byteLength(json!);
    const foreign = [
      "null",
      "null\n[]",
      JSON.stringify({ key, result: first }), // an older build's one-line entry
      `${JSON.stringify({ key, bytes, head: 5 })}\n${json}`,
      `${JSON.stringify({ key, bytes, head: { file: "r.txt" } })}\n${json}`,
      `${JSON.stringify({ key: "other", bytes, head })}\n${json}`,
      `${JSON.stringify({ key, bytes, head })}\n${json!.slice(0, -10)}`, // cut short
    ];
    for (const text of foreign) {
      await writeFile(entry!, text);
      expect((await runReport({ config, path, file: "r.txt", cache })).cached).toBe(false);
    }
    expect((await runReport({ config, path, file: "r.txt", cache })).cached).toBe(true);
  });

  it("a hit gives the head at once and reads the rest of the entry only when the report is read", async () => {
    const dir = await tmpDir();
    await writeReports(dir, { "r.txt": { issuer: "甲县人民政府", body: ["自评88分。"] } });
    const cacheDir = join(dir, ".cache");
    const cache = new ResultCache(cacheDir, "0.1.0", config.hash);
    const first = await runReport({ config, path: join(dir, "r.txt"), file: "r.txt", cache });
    const hit = (await cache.get(first.sha256, "b/r.txt"))!;
    expect(hit.head.file).toBe("b/r.txt");
    expect(hit.head.cached).toBe(true);
    expect(hit.head.total).toEqual(first.total);
    expect(hit).not.toHaveProperty("json");
    expect(decodeCached(hit)).toEqual({ ...first, file: "b/r.txt", cached: true, rank: null });

    // Deleted (fazhi cache clear) or replaced by another key's entry while the run still needs it: said so, in Chinese first.
    const [entry] = await entries(cacheDir);
    await writeFile(entry!, (await readFile(entry!, "utf8")).replace(/"key":"[0-9a-f]+"/, `"key":"${"0".repeat(64)}"`));
    expect(() => decodeCached(hit)).toThrow(CacheEntryLostError);
    await rm(entry!);
    try {
      decodeCached(hit);
      expect.unreachable();
    } catch (error) {
      expect((error as CacheEntryLostError).localized.zh).toContain(`评分缓存中的条目 ${entry} 在运行中被删除或改动`);
      expect((error as CacheEntryLostError).localized.en).toContain("run again");
    }
  });

  it("reads a head line longer than the first read", async () => {
    const dir = await tmpDir();
    await writeReports(dir, { "r.txt": { issuer: "甲县人民政府", body: ["自评88分。"] } });
    const cache = new ResultCache(join(dir, ".cache"), "0.1.0", config.hash);
    const first = await runReport({ config, path: join(dir, "r.txt"), file: "r.txt", cache });
    const [entry] = await entries(join(dir, ".cache"));
    const [line, json] = (await readFile(entry!, "utf8")).split("\n");
    const head = JSON.parse(line!);
    head.head.padding = "长".repeat(20_000); // a head line of 60 KB: past the first 16 KB read
    await writeFile(entry!, `${JSON.stringify(head)}\n${json}`);
    const hit = (await cache.get(first.sha256, "r.txt"))!;
    expect(hit.head.total).toEqual(first.total);
    expect(decodeCached(hit).total).toEqual(first.total);
  });

  it("does not cache results with crashed checks or read errors", async () => {
    const dir = await tmpDir();
    await writeReports(dir, { "bad.txt": { issuer: "甲县人民政府", body: ["崩溃"] }, "empty.txt": "" });
    const cacheDir = join(dir, ".cache");
    const cache = new ResultCache(cacheDir, "0.1.0", config.hash);
    await runReport({ config, path: join(dir, "bad.txt"), file: "bad.txt", cache });
    await runReport({ config, path: join(dir, "empty.txt"), file: "empty.txt", cache });
    expect(await entries(cacheDir)).toHaveLength(0);
  });
});
