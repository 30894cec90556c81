import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAjv } from "@fazhi/user-files";
import { REPO_ROOT, runMain } from "./test-support.js";

const root = REPO_ROOT;

const run = (args: string[], cwd = root) => runMain(args, { cwd });

const scratch = () => mkdtempSync(join(tmpdir(), "fazhi-cmd-"));

describe("fazhi score", () => {
  it("scores the seeds and the JSON validates against the published result schema", async () => {
    const schema = JSON.parse((await run(["schema", "result"])).stdout);
    const { code, stdout } = await run(["score", "seeds", "--format", "json", "--no-cache", "--concurrency", "0"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    const validate = createAjv().compile(schema);
    expect(validate(result), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(result.reports).toHaveLength(5);
    // Cohorts: the two townships, the two counties and the city are ranked apart.
    const cohorts = Object.fromEntries(result.rankings.map((r: { key: string; entries: unknown[] }) => [r.key, r.entries.length]));
    expect(cohorts).toEqual({ city: 1, county: 2, township: 2 });
  });

  it("prints the ranked tables as plain text without escapes, defaulting to seeds/", async () => {
    const { code, stdout } = await run(["score", "--no-cache"]);
    expect(code).toBe(0);
    expect(stdout).toContain("【县级】");
    expect(stdout).toContain("常州市武进区人民政府");
    expect(stdout).not.toContain("\x1b[");
  });

  it("is deterministic apart from timing", async () => {
    const strip = (s: string) => JSON.stringify(JSON.parse(s), (k, v) => (k === "timing" || k === "durationMs" ? undefined : v));
    const a = await run(["score", "seeds", "--format", "json", "--no-cache", "--concurrency", "0"]);
    const b = await run(["score", "seeds", "--format", "json", "--no-cache", "--concurrency", "0"]);
    expect(strip(a.stdout)).toBe(strip(b.stdout));
  });

  it("rejects a config with mistakes before reading any report, with file:line:col and exit 2", async () => {
    const dir = scratch();
    writeFileSync(
      join(dir, "fazhi.config.yaml"),
      [`plugins: ['${join(root, "rules/example-plugin/src/index.ts")}']`, "rules:", "  exmple/min-length: warn", "scoring:", "  categories:", "    - id: a", "      title: A", "      wieght: 2", "      checks: []"].join("\n"),
    );
    cpSync(join(root, "seeds/000_4243a0907fae4251.txt"), join(dir, "r.txt"));
    const { code, stderr } = await run(["score", "r.txt", "--lang", "en"], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/fazhi\.config\.yaml:3:3 +rules\.exmple\/min-length/);
    expect(stderr).toMatch(/did you mean "example\/min-length"/i);
    expect(stderr).toMatch(/fazhi\.config\.yaml:8:7 .*wieght/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("lists an unreadable file as an error report and exits 2", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "empty.txt"), "");
    cpSync(join(root, "seeds/001_32e1b51370f8cf47.txt"), join(dir, "ok.txt"));
    const { code, stdout } = await run(["score", dir, "--format", "json", "--no-cache", "--concurrency", "0"]);
    expect(code).toBe(2);
    const result = JSON.parse(stdout);
    expect(result.reports.map((r: { error: { code: string } | null }) => r.error?.code ?? null)).toEqual([null, "empty"].sort() as never);
  });

  it("exits 1 under --fail-under", async () => {
    const { code } = await run(["score", "seeds/001_32e1b51370f8cf47.txt", "--fail-under", "100", "--no-cache", "--concurrency", "0"]);
    expect(code).toBe(1);
  });
});

describe("fazhi rules", () => {
  it("lists the rules of the configuration", async () => {
    const { code, stdout } = await run(["rules", "list"]);
    expect(code).toBe(0);
    expect(stdout).toContain("indicators/head-appearance-rate");
  });

  it("passes the worked declarative pack and fails a broken copy, naming the example's line", async () => {
    const ok = await run(["rules", "test", "rules/example-declarative/rules"]);
    expect(ok.code).toBe(0);
    const dir = scratch();
    const source = readFileSync(join(root, "rules/example-declarative/rules/no-placeholders.yaml"), "utf8");
    // A fail example that cannot fail: the rule can never match it.
    writeFileSync(join(dir, "broken.yaml"), source.replace(/fail:\n(\s+)- /, "fail:\n$1- 本报告内容完整。\n$1- "));
    const broken = await run(["rules", "test", dir]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/broken\.yaml:\d+/);
  });

  it("lints the configuration", async () => {
    const { code, stdout } = await run(["rules", "lint", "--lang", "en"]);
    expect(code).toBe(0);
    expect(stdout).toContain("No problems");
  });
});

describe("fazhi schema and cache", () => {
  it("prints each published schema and refuses an unknown one", async () => {
    for (const name of ["config", "rule", "result"]) {
      const { code, stdout } = await run(["schema", name]);
      expect(code).toBe(0);
      expect(() => JSON.parse(stdout)).not.toThrow();
    }
    expect((await run(["schema", "nope"])).code).toBe(2);
  });

  it("clears the cache", async () => {
    const dir = scratch();
    const { code, stdout } = await run(["cache", "clear"], dir);
    expect(code).toBe(0);
    expect(stdout).toContain(".fazhi-cache");
  });
});

describe("fazhi score exports", () => {
  it("writes csv, md, html and xlsx from the same result", async () => {
    const dir = scratch();
    for (const format of ["csv", "md", "html", "xlsx"]) {
      const out = join(dir, `result.${format}`);
      const { code } = await run(["score", "seeds", "--format", format, "--out", out, "--no-cache", "--concurrency", "0"]);
      expect(code, format).toBe(0);
      const bytes = readFileSync(out);
      expect(bytes.length, format).toBeGreaterThan(100);
      if (format === "csv") expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      if (format === "xlsx") expect(bytes.subarray(0, 2).toString()).toBe("PK");
      if (format === "html") expect(bytes.toString()).toContain("吕梁市人民政府");
    }
  });
});
