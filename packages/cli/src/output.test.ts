import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIO } from "./io.js";
import { openOutput } from "./output.js";
import { runMain, SAMPLE_REPORT } from "./test-support.js";

const scratch = () => mkdtempSync(join(tmpdir(), "fazhi-out-"));
const io = (cwd: string): CliIO => ({ stdout: () => {}, stderr: () => {}, cwd, env: {}, isTTY: false });

describe("openOutput", () => {
  it("puts the file in place only when it is done; a discarded one leaves the earlier file as it was", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "结果.json"), "earlier");
    const failed = openOutput("结果.json", io(dir));
    failed.stream.write("half of a");
    expect(readFileSync(join(dir, "结果.json"), "utf8")).toBe("earlier");
    failed.discard();
    expect(readdirSync(dir)).toEqual(["结果.json"]);
    expect(readFileSync(join(dir, "结果.json"), "utf8")).toBe("earlier");

    const done = openOutput("结果.json", io(dir));
    done.stream.write("新的");
    done.stream.write("结果");
    await done.done();
    expect(readdirSync(dir)).toEqual(["结果.json"]);
    expect(readFileSync(join(dir, "结果.json"), "utf8")).toBe("新的结果");
  });

  it("a device such as /dev/null is written to, never replaced by a renamed file", async () => {
    const out = openOutput("/dev/null", io(scratch()));
    out.stream.write("丢弃");
    await out.done();
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("JSONL is written straight to its name, each piece at once", () => {
    const dir = scratch();
    const out = openOutput("r.jsonl", io(dir), { direct: true });
    out.stream.write('{"a":1}\n');
    expect(readFileSync(join(dir, "r.jsonl"), "utf8")).toBe('{"a":1}\n');
    out.discard();
    expect(readFileSync(join(dir, "r.jsonl"), "utf8")).toBe('{"a":1}\n');
  });
});

describe("fazhi score --out a path that cannot be written", () => {
  it("says so before scoring, in words to act on, and exits 2", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "r.txt"), SAMPLE_REPORT);
    mkdirSync(join(dir, "结果"));
    const missing = await runMain(["score", "r.txt", "--no-cache", "--format", "csv", "--out", "没有的文件夹/结果.csv"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("无法写入 没有的文件夹/结果.csv：文件夹 没有的文件夹 不存在");
    expect(missing.stderr).not.toContain("内部错误");
    const folder = await runMain(["score", "r.txt", "--no-cache", "--format", "json", "--out", "结果"], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("无法写入 结果：这是一个文件夹");
    const en = await runMain(["score", "r.txt", "--no-cache", "--lang", "en", "--format", "json", "--out", "结果"], { cwd: dir });
    expect(en.stderr).toContain("Cannot write 结果: it is a folder");
    // nothing half-written is left behind
    expect(readdirSync(dir).sort()).toEqual(["r.txt", "结果"]);
  });
});
