import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileIndex } from "./file-index.js";
import { scoreRun } from "./score-files.js";
import { fileURLToPath } from "node:url";
import hangConfig from "./test-fixtures/hang-config.js";
import { reportText, tmpDir, writeReports } from "./test-fixtures/reports.js";

const SHA_A = "a".repeat(64);
const SHA_B = "b".repeat(64);

describe("FileIndex", () => {
  it("gives a file's recorded hash while its size, inode and times are unchanged, and survives a save", async () => {
    const dir = await tmpDir();
    const path = join(dir, "甲县.txt");
    writeFileSync(path, "甲县人民政府关于2024年度法治政府建设情况的报告");
    const index = FileIndex.load(join(dir, ".cache"), 0);
    const look = FileIndex.look(path);
    expect(index.hashOf(path, look)).toBeNull();
    index.record(path, look, SHA_A);
    expect(index.hashOf(path, FileIndex.look(path))).toBe(SHA_A);
    index.save();
    expect(FileIndex.load(join(dir, ".cache"), 0).hashOf(path, FileIndex.look(path))).toBe(SHA_A);
    expect(FileIndex.load(join(dir, ".cache"), 0).hashOf(join(dir, "乙县.txt"), FileIndex.look(path))).toBeNull();
  });

  it("does not trust a file rewritten to the same size with its old modification time put back", async () => {
    const dir = await tmpDir();
    const path = join(dir, "甲县.txt");
    writeFileSync(path, "办结行政复议案件12件。");
    const index = FileIndex.load(null, 0);
    index.record(path, FileIndex.look(path), SHA_A);
    const { atime, mtime } = statSync(path);
    writeFileSync(path, "办结行政复议案件21件。"); // same length
    utimesSync(path, atime, mtime); // `touch -d`: mtime back, but the change time moves on
    expect(index.hashOf(path, FileIndex.look(path))).toBeNull();
  });

  it("does not record a file changed just before it was looked at (a same-tick write could hide)", async () => {
    const dir = await tmpDir();
    const path = join(dir, "甲县.txt");
    writeFileSync(path, "办结行政复议案件12件。");
    const index = FileIndex.load(join(dir, ".cache")); // the default 2 s guard
    index.record(path, FileIndex.look(path), SHA_A);
    expect(index.hashOf(path, FileIndex.look(path))).toBeNull();
  });

  it("treats a missing file, a damaged or foreign index and a malformed entry as unknown", async () => {
    const dir = await tmpDir();
    const path = join(dir, "甲县.txt");
    writeFileSync(path, "报告");
    expect(FileIndex.look(join(dir, "无.txt")).stat).toBeNull();
    const cacheDir = join(dir, ".cache");
    const index = FileIndex.load(cacheDir, 0);
    index.record(path, FileIndex.look(path), SHA_B);
    index.record(join(dir, "无.txt"), FileIndex.look(join(dir, "无.txt")), SHA_A); // cannot be stat-ed: not recorded
    index.record(path, FileIndex.look(path), "not a hash"); // ignored: the entry stays
    index.save();
    const saved = JSON.parse(readFileSync(join(cacheDir, "files.json"), "utf8"));
    expect(Object.keys(saved.files)).toEqual([path]);
    expect(FileIndex.load(cacheDir, 0).hashOf(path, FileIndex.look(path))).toBe(SHA_B);
    for (const text of ["{ damaged", JSON.stringify({ fazhi: "other", version: 1, files: saved.files }), JSON.stringify({ ...saved, files: { [path]: { ...saved.files[path], sha256: "x" } } })]) {
      writeFileSync(join(cacheDir, "files.json"), text);
      expect(FileIndex.load(cacheDir, 0).hashOf(path, FileIndex.look(path))).toBeNull();
    }
  });
});

describe("warm runs with the file index", () => {
  // Workers (concurrency 1) import the same config from this module.
  const configModule = fileURLToPath(new URL("./test-fixtures/hang-config.ts", import.meta.url));

  it("a report rewritten right after it was scored, to the same size and modification time, is scored again", async () => {
    for (const concurrency of [0, 1]) {
      const dir = await tmpDir();
      await writeReports(dir, { "甲县.txt": { issuer: "甲县人民政府", body: ["自评88分。"] } });
      const path = join(dir, "甲县.txt");
      const run = async () => {
        const result = await scoreRun({ paths: [path], config: hangConfig, configModule, cwd: dir, cache: { dir: join(dir, ".cache") }, concurrency, toolVersion: "t" });
        const report = [...result.full()][0]!;
        result.close();
        return report;
      };
      const first = await run();
      const { atime, mtime } = statSync(path);
      writeFileSync(path, reportText({ issuer: "甲县人民政府", body: ["自评77分。"] })); // same size
      utimesSync(path, atime, mtime);
      const second = await run();
      expect([first.cached, second.cached]).toEqual([false, false]);
      expect(second.total.score).not.toBe(first.total.score);
      expect((await run()).cached).toBe(true); // unchanged since: served from the cache
    }
  });
});
