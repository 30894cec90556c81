import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, runMain } from "../test-support.js";

const root = REPO_ROOT;

const run = (args: string[]) => runMain(args);

const withoutTimes = (json: string) => JSON.parse(json, (key, value) => (key === "durationMs" || key === "timing" ? undefined : value));

describe("fazhi score --shard / fazhi merge", () => {
  it("scores the seeds in three shards whose merge is the one-run result, byte for byte but for timings", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-shard-"));
    const shards: string[] = [];
    let lines = 0;
    for (const i of [1, 2, 3]) {
      const out = join(dir, `shard-${i}.jsonl`);
      const { code, stderr } = await run(["score", "seeds", "--shard", `${i}/3`, "--no-cache", "--concurrency", "0", "--out", out]);
      expect(code, stderr).toBe(0);
      const text = readFileSync(out, "utf8").trimEnd().split("\n");
      expect(JSON.parse(text[0]!)).toMatchObject({ fazhi: "jsonl", shard: { index: i, count: 3 } });
      expect(Object.keys(JSON.parse(text.at(-1)!))).toEqual(["summary"]);
      lines += text.length - 2;
      shards.push(out);
    }
    expect(lines).toBe(5); // every seed in exactly one shard
    const merged = await run(["merge", ...shards, "--format", "json"]);
    expect(merged.code, merged.stderr).toBe(0);
    const whole = await run(["score", "seeds", "--no-cache", "--concurrency", "0", "--format", "json"]);
    expect(withoutTimes(merged.stdout)).toEqual(withoutTimes(whole.stdout));
    expect(JSON.stringify(withoutTimes(merged.stdout))).toBe(JSON.stringify(withoutTimes(whole.stdout)));
  });

  it("refuses a missing, repeated, unfinished or foreign shard with a message naming it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-shard-"));
    const one = join(dir, "a.jsonl");
    const two = join(dir, "b.jsonl");
    await run(["score", "seeds", "--shard", "1/2", "--no-cache", "--concurrency", "0", "--out", one]);
    await run(["score", "seeds", "--shard", "2/2", "--no-cache", "--concurrency", "0", "--out", two]);

    const missing = await run(["merge", one]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("缺少分片 2/2");

    const unreadable = await run(["merge", one, join(dir, "没有这个分片.jsonl")]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain("无法读取分片文件");
    expect(unreadable.stderr).toContain("没有这个分片.jsonl：ENOENT");

    const twice = await run(["merge", one, one, two, "--lang", "en"]);
    expect(twice.stderr).toContain("Shard 1/2 is given twice");

    const cut = join(dir, "cut.jsonl");
    writeFileSync(cut, readFileSync(two, "utf8").trimEnd().split("\n").slice(0, -1).join("\n") + "\n");
    const unfinished = await run(["merge", one, cut]);
    expect(unfinished.code).toBe(2);
    expect(unfinished.stderr).toContain("没有跑完");

    const other = join(dir, "other.jsonl");
    const lines = readFileSync(two, "utf8").split("\n");
    const header = JSON.parse(lines[0]!);
    header.profile.hash = "0".repeat(64);
    writeFileSync(other, [JSON.stringify(header), ...lines.slice(1)].join("\n"));
    const foreign = await run(["merge", one, other]);
    expect(foreign.stderr).toContain("评分方案");

    const notJsonl = join(dir, "x.jsonl");
    writeFileSync(notJsonl, "{\"reports\": []}\n");
    const wrong = await run(["merge", notJsonl]);
    expect(wrong.stderr).toMatch(/x\.jsonl:1：不是 fazhi 的 JSONL 结果/);

    const usage = await run(["score", "seeds", "--shard", "3/2"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--shard 应写成");
    const clash = await run(["score", "seeds", "--shard", "1/2", "--format", "xlsx"]);
    expect(clash.stderr).toContain("fazhi merge --format xlsx");
  });
});
