import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MetaSchema, ReportModelSchema } from "@fazhi/core";
import { REPO_ROOT, runMain } from "./test-support.js";

const root = REPO_ROOT;
const seed = join(root, "seeds/002_f1ad279f47e5d95a.txt");

const run = (args: string[], env: NodeJS.ProcessEnv = {}) => runMain(args, { env });

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "fazhi-cli-"));
}

describe("fazhi parse", () => {
  it("prints the model as JSON with schemaVersion 1 and exactly the DESIGN §5 meta fields", async () => {
    const { code, stdout, stderr } = await run(["parse", seed, "--format", "json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.schemaVersion).toBe(1);
    expect(out.documents).toHaveLength(1);
    const doc = ReportModelSchema.parse(out.documents[0]);
    expect(Object.keys(doc.meta).sort()).toEqual(Object.keys(MetaSchema.shape).sort());
    expect(doc.meta.issuer).toBe("商城县人民政府");
  });

  it("prints metadata and the outline as text, in Chinese by default and in English with --lang en", async () => {
    const zh = await run(["parse", seed]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("发文机关");
    expect(zh.stdout).toContain("一、工作总体开展情况");
    const en = await run(["parse", seed, "--lang", "en"]);
    expect(en.stdout).toContain("Issuer");
    expect(en.stdout).toContain("二、存在的问题");
  });

  it("reports each unreadable file by name, parses the others, and exits 2", async () => {
    const dir = scratch();
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const png = join(dir, "picture.txt");
    writeFileSync(png, Buffer.from("89504e470d0a1a0a0000000d4948445200000001", "hex"));
    const big = join(dir, "big.txt");
    writeFileSync(big, "报告正文。".repeat(1000));
    const folder = join(dir, "folder");
    mkdirSync(folder);
    const missing = join(dir, "missing.txt");
    const small = join(root, "seeds/001_32e1b51370f8cf47.txt"); // 8.6 KB, under the limit below
    const { code, stdout, stderr } = await run(["parse", empty, png, small, folder, missing, big, "--max-file-size", "10KB", "--format", "json"]);
    expect(code).toBe(2);
    const out = JSON.parse(stdout);
    expect(out.documents.map((d: { file: string }) => d.file)).toEqual([small]);
    expect(out.errors.map((e: { code: string }) => e.code)).toEqual(["empty", "binary", "is-directory", "not-found", "too-large"]);
    for (const f of [empty, png, folder, missing, big]) expect(stderr).toContain(f);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("explains bad options with the usage and exit code 2", async () => {
    const unknown = await run(["parse", seed, "--colour"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("未知选项");
    expect(unknown.stderr).toContain("用法: fazhi parse");
    const badFormat = await run(["parse", seed, "--format", "xml", "--lang", "en"]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("--format must be text or json");
    const noFiles = await run(["parse"]);
    expect(noFiles.code).toBe(2);
    const badSize = await run(["parse", seed, "--max-file-size", "lots"]);
    expect(badSize.code).toBe(2);
    expect(badSize.stderr).toContain("lots");
    const unknownCommand = await run(["frobnicate"]);
    expect(unknownCommand.code).toBe(2);
  });

  it("says an unknown command or option in four lines: the mistake, a did-you-mean, the usage line and where the help is", async () => {
    const command = await run(["scor", "seeds/"]);
    expect(command.code).toBe(2);
    expect(command.stderr).toBe("✖ 未知命令“scor”。\n  是不是“score”？\n  用法: fazhi <命令> [选项]\n  完整说明：fazhi --help\n");
    const option = await run(["score", "seeds/", "--formt", "json"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe("✖ 未知选项“--formt”。\n  是不是“--format”？\n  用法: fazhi score [路径...] [选项]\n  完整说明：fazhi score --help\n");
    const en = await run(["rules", "lnt", "--lang", "en"]);
    expect(en.stderr).toBe('✖ Unknown subcommand "lnt"; use list, test or lint.\n  Did you mean "lint" or "list"?\n  Usage: fazhi rules <list|test|lint> [options]\n  Full help: fazhi rules --help\n');
    // Nothing close: no did-you-mean line, still no whole help.
    const far = await run(["parse", seed, "--colour"]);
    expect(far.stderr.split("\n")).toEqual(["✖ 未知选项“--colour”。", "  用法: fazhi parse 文件... [选项]", "  完整说明：fazhi parse --help", ""]);
  });

  it("follows an English locale when --lang is not given", async () => {
    const { stderr } = await run(["parse", join(scratch(), "nope.txt")], { LANG: "en_US.UTF-8" });
    expect(stderr).toMatch(/[A-Za-z]/);
    expect(stderr).toContain("nope.txt");
  });

  it("runs as a real process through `pnpm fazhi` without a stack trace", () => {
    const dir = scratch();
    const png = join(dir, "scan.txt");
    writeFileSync(png, Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
    const result = spawnSync("pnpm", ["--silent", "fazhi", "parse", png, seed], { cwd: root, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("scan.txt");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toContain("商城县人民政府");
    expect(result.stdout).not.toContain("\x1b[");
  });
});

