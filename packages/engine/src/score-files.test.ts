import { copyFile, mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config/index.js";
import { materialize, resultJsonChunks, ResultSchema, type Result } from "@fazhi/result";
import { expandPaths, scoreFiles, scoreRun } from "./score-files.js";
import { testConfig } from "./test-fixtures/config.js";
import { tmpDir, writeReports } from "./test-fixtures/reports.js";

const config = testConfig({
  categories: [
    { id: "self", weight: 3, checks: ["self-score"] },
    { id: "second", weight: 1, checks: ["second-score", "no-draft"] },
  ],
  ranking: { precision: 1, tieBreakers: [{ category: "second" }] },
  files: ["**/*.txt"],
  ignores: ["**/skip/**"],
});

/** Drop what legitimately differs between runs: timing fields. */
function stripTiming(result: Result): unknown {
  return JSON.parse(JSON.stringify(result, (key, value) => (key === "timing" || key === "durationMs" ? undefined : value)));
}

async function corpus(): Promise<string> {
  const dir = await tmpDir();
  await writeReports(dir, {
    // totals = (3 × self + (second + no-draft) / 2) / 4
    "reports/a-county.txt": { issuer: "甲县人民政府", body: ["自评90分。", "副评60分。"] }, // 87.5, second 0.8
    "reports/b-county.txt": { issuer: "乙县人民政府", body: ["自评85分。", "副评90分。"] }, // 87.5, second 0.95
    "reports/c-county.txt": { issuer: "丙县人民政府", year: 2022, body: ["自评85分。", "副评90分。"] }, // 87.5, second 0.95
    "reports/d-township.txt": { issuer: "丁镇人民政府", body: ["自评99分。", "副评99分。"] }, // 99.125 → 99.13
    "reports/e-county.txt": { issuer: "戊县人民政府", body: ["自评99分。", "草稿"] }, // 74.25
    "reports/f-empty.txt": "",
    "reports/skip/ignored.txt": { issuer: "己县人民政府" },
    "reports/notes.md": "not a report pattern",
  });
  return dir;
}

describe("scoreFiles in-process", () => {
  it("expands paths, scores, ranks by cohort, and validates against ResultSchema", async () => {
    const cwd = await corpus();
    const events: number[] = [];
    const result = await scoreFiles({ paths: ["reports", "missing.txt", "nothing/*.txt"], config, cwd, concurrency: 0, cache: false, toolVersion: "0.1.0", onProgress: (e) => events.push(e.done) });
    expect(ResultSchema.safeParse(result).success).toBe(true);
    expect(result.reports.map((r) => r.file)).toEqual([
      "missing.txt",
      "nothing/*.txt",
      "reports/a-county.txt",
      "reports/b-county.txt",
      "reports/c-county.txt",
      "reports/d-township.txt",
      "reports/e-county.txt",
      "reports/f-empty.txt",
    ]);
    expect(result.reports[0]!.error).toMatchObject({ code: "not-found" });
    expect(result.reports[1]!.error).toMatchObject({ code: "no-match" });
    expect(result.reports.find((r) => r.file.endsWith("f-empty.txt"))!.error!.code).toBe("empty");
    expect(events).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(result.profile).toEqual({ id: "test-scheme", version: "1.0.0", hash: "test-hash-1" });
    expect(result.summary).toMatchObject({ reports: 8, scored: 5, errors: 3, cached: 0 });

    const county = result.rankings.find((g) => g.key === "county")!;
    // a, b and c tie on the total; the tie-breaker (category "second") puts b and c ahead, and they stay tied
    expect(county.entries.map((e) => [e.file, e.score, e.position, e.flag])).toEqual([
      ["reports/b-county.txt", 87.5, 1, null],
      ["reports/c-county.txt", 87.5, 1, null],
      ["reports/a-county.txt", 87.5, 3, null],
      ["reports/e-county.txt", 74.25, 4, null],
    ]);
    expect(result.reports.find((r) => r.file === "reports/c-county.txt")!.rank).toEqual({ cohort: "county", position: 1, of: 4 });
    expect(county.notices.map((n) => n.code)).toEqual(["mixed-years"]);
    const township = result.rankings.find((g) => g.key === "township")!;
    expect(township.entries).toEqual([{ file: "reports/d-township.txt", issuer: "丁镇人民政府", score: 99.13, position: 1, flag: null }]);
    const unknown = result.rankings.find((g) => g.key === "unknown")!;
    expect(unknown.entries.every((e) => e.position === null && e.flag === "error")).toBe(true);
  });

  it("names files as the user gave their paths: absolute stays absolute, relative is relative to where they are", async () => {
    const cwd = await corpus();
    const names = async (paths: string[], from = cwd) => (await expandPaths(paths, config, from)).targets.map((t) => t.file);
    expect(await names([join(cwd, "reports")])).toContain(`${cwd}/reports/a-county.txt`);
    expect(await names([`${cwd}/reports/*-county.txt`])).toContain(`${cwd}/reports/b-county.txt`);
    expect(await names([join(cwd, "reports", "d-township.txt")])).toEqual([`${cwd}/reports/d-township.txt`]);
    expect(await names(["reports"])).toContain("reports/a-county.txt");
    expect(await names(["../a-county.txt"], join(cwd, "reports", "skip"))).toEqual(["../a-county.txt"]);
    const missing = (await expandPaths([join(cwd, "nope.txt")], config, cwd)).unmatched[0]!;
    expect(missing.file).toBe(`${cwd}/nope.txt`);
  });

  it("two runs give identical JSON apart from timing fields", async () => {
    const cwd = await corpus();
    const run = () => scoreFiles({ paths: ["reports/*.txt", "reports"], config, cwd, concurrency: 0, cache: false, toolVersion: "0.1.0" });
    expect(stripTiming(await run())).toEqual(stripTiming(await run()));
  });

  it("uses the cache on the second run", async () => {
    const cwd = await corpus();
    const options = { paths: ["reports"], config, cwd, concurrency: 0, cache: { dir: ".c" }, toolVersion: "0.1.0" };
    const first = await scoreFiles(options);
    const second = await scoreFiles(options);
    expect(second.summary.cached).toBe(5);
    expect(stripTiming({ ...second, reports: second.reports.map((r) => ({ ...r, cached: false })), summary: { ...second.summary, cached: 0 } } as Result)).toEqual(stripTiming(first));
  });

  it("a warm run takes each report from the cache as it was scored, kept whole, spilled, or under another name", async () => {
    const cwd = await corpus();
    await copyFile(join(cwd, "reports/a-county.txt"), join(cwd, "reports/a-copy.txt"));
    const base = { paths: ["reports/[a-e]-*.txt"], config, cwd, cache: { dir: ".c" }, toolVersion: "0.1.0" };
    const cold = await scoreFiles({ ...base, concurrency: 0 });
    expect(cold.summary).toMatchObject({ reports: 6, cached: 1 }); // the copy, read after its original
    const uncached = (r: Result) => stripTiming({ ...r, reports: r.reports.map((x) => ({ ...x, cached: false })), summary: { ...r.summary, cached: 0 } } as Result);
    for (const spillAbove of [Infinity, 2]) {
      // One lane: every report is a hit, so no worker starts.
      const stored = await scoreRun({ ...base, concurrency: 1, spillAbove });
      try {
        expect(stored.summary.cached).toBe(6);
        const warm = materialize(stored);
        expect(warm.reports.map((r) => [r.file, r.cached])).toEqual(cold.reports.map((r) => [r.file, true]));
        expect(ResultSchema.safeParse(warm).success).toBe(true);
        expect(uncached(warm)).toEqual(uncached(cold));
        expect(JSON.stringify(warm.reports.map((r) => Object.keys(r)))).toBe(JSON.stringify(cold.reports.map((r) => Object.keys(r))));
        // The JSON renderer re-indents the cache's JSON without parsing it: the same text as from the objects.
        expect([...resultJsonChunks(stored)].map((piece) => piece.toString()).join("")).toBe(`${JSON.stringify(warm, null, 2)}\n`);
      } finally {
        stored.close();
      }
    }
  });
});

describe("expandPaths and symbolic links", () => {
  it("skips and names a link back to a parent folder, follows other links, and lists a file reached twice once", async () => {
    const cwd = await corpus();
    // Two links up per level: followed blindly, the walk never ends (2^depth paths).
    await symlink("..", join(cwd, "reports/up"));
    await mkdir(join(cwd, "reports/sub"));
    await symlink("../..", join(cwd, "reports/sub/top")); // above the folder given: a loop too
    await symlink("../..", join(cwd, "reports/skip/top")); // ignored: not walked, not reported
    await mkdir(join(cwd, "elsewhere"));
    await writeFile(join(cwd, "elsewhere/g-county.txt"), "庚县人民政府\n自评80分。\n");
    await symlink("../elsewhere", join(cwd, "reports/linked")); // an ordinary link: followed
    await symlink("a-county.txt", join(cwd, "reports/a-again.txt")); // the same file by another name
    const { targets, unmatched } = await expandPaths(["reports", "elsewhere"], config, cwd);
    expect(targets.map((t) => t.file)).toEqual([
      "elsewhere/g-county.txt",
      "reports/a-county.txt",
      "reports/b-county.txt",
      "reports/c-county.txt",
      "reports/d-township.txt",
      "reports/e-county.txt",
      "reports/f-empty.txt",
    ]);
    expect(unmatched.map((r) => [r.file, r.error!.code])).toEqual([["reports/sub/top", "symlink-loop"], ["reports/up", "symlink-loop"]]);
    expect(unmatched[1]!.error!.message.zh).toContain("已跳过符号链接 reports/up");
    expect(unmatched[1]!.error!.message.en).toContain("Skipped the symbolic link reports/up");
  });
});

describe("scoreFiles in a worker pool", () => {
  const configModule = fileURLToPath(new URL("./test-fixtures/hang-config.ts", import.meta.url));
  const hangConfig = testConfig({ categories: [{ id: "main", checks: ["self-score", "hang", "no-draft"] }], hash: "hang-config" });

  it("a synchronous hang costs one worker restart; the report is still scored and the run goes on", async () => {
    const cwd = await tmpDir();
    await mkdir(join(cwd, "r"));
    await writeReports(cwd, {
      "r/1.txt": { issuer: "甲县人民政府", body: ["自评80分。"] },
      "r/2-hang.txt": { issuer: "乙县人民政府", body: ["这里有死循环。", "自评90分。"] },
      "r/3.txt": { issuer: "丙县人民政府", body: ["自评70分。"] },
      "r/4.txt": { issuer: "丁县人民政府", body: ["自评60分。"] },
    });
    const started = Date.now();
    const result = await scoreFiles({ paths: ["r"], config: hangConfig, configModule, cwd, concurrency: 2, cache: false, toolVersion: "0.1.0" });
    const elapsed = Date.now() - started;
    expect(ResultSchema.safeParse(result).success).toBe(true);
    const hung = result.reports.find((r) => r.file === "r/2-hang.txt")!;
    expect(hung.error).toBeNull();
    expect(hung.checks["t/hang"]).toMatchObject({ scoreMode: "error", error: { code: "timeout" } });
    expect(hung.checks["t/self-score"]!.score).toBe(0.9);
    expect(hung.categories.main!.status).toBe("incomplete");
    expect(result.reports.filter((r) => r.total.score !== null).map((r) => r.total.score)).toEqual([93.33, 90, 86.67]);
    expect(result.rankings[0]!.entries.at(-1)).toMatchObject({ file: "r/2-hang.txt", position: null, flag: "incomplete" });
    expect(elapsed).toBeLessThan(15_000);

    // The same corpus in-process without the hanging report gives the same results: workers change nothing.
    const inProcess = await scoreFiles({ paths: ["r/1.txt", "r/3.txt", "r/4.txt"], config: hangConfig, cwd, concurrency: 0, cache: false, toolVersion: "0.1.0" });
    const pooled = result.reports.filter((r) => r.file !== "r/2-hang.txt");
    expect(pooled.map((r) => r.total)).toEqual(inProcess.reports.map((r) => r.total));
  }, 30_000);
});

describe("scoreFiles with a config file", () => {
  it("workers load the same config with loadConfig and give the in-process results", async () => {
    const cwd = await tmpDir();
    await mkdir(join(cwd, "plugins"));
    await writeFile(
      join(cwd, "plugins/length.mjs"),
      `export default { meta: { name: "fazhi-plugin-length", version: "1.0.0", namespace: "len" }, rules: { long: {
        meta: { id: "long", type: "custom", title: { zh: "篇幅", en: "Length" }, description: { zh: "篇幅", en: "Length" }, messages: {}, version: "1.0.0" },
        evaluate: (context) => ({ score: Math.min(1, context.model.text.length / 200), value: context.model.text.length }) } } };\n`,
    );
    await writeFile(
      join(cwd, "fazhi.config.yaml"),
      ["plugins: [./plugins/length.mjs]", "scoring:", "  title: 篇幅", "  categories:", "    - id: main", "      title: 主要", "      weight: 1", "      checks:", "        - rule: len/long", "          weight: 1"].join("\n"),
    );
    await writeReports(cwd, {
      "r/a.txt": { issuer: "甲县人民政府" },
      "r/b.txt": { issuer: "乙县人民政府", body: ["我们做了很多工作，取得了明显成效，群众满意度持续提升。".repeat(3)] },
    });
    // Word and PDF readers load lazily: from source a worker must still reach them (tsx's ESM hooks do not reach workers).
    const fixtures = fileURLToPath(new URL("../../../tooling/fixtures/out/", import.meta.url));
    await copyFile(join(fixtures, "features.docx"), join(cwd, "r/c.docx"));
    await copyFile(join(fixtures, "features.pdf"), join(cwd, "r/d.pdf"));
    const config = await loadConfig({ cwd });
    const base = { paths: ["r"], config, cwd, cache: false as const, toolVersion: "0.1.0" };
    const pooled = await scoreFiles({ ...base, concurrency: 2 });
    const inProcess = await scoreFiles({ ...base, concurrency: 0 });
    expect(pooled.reports.map((r) => r.error)).toEqual([null, null, null, null]);
    expect(pooled.reports[1]!.total.score!).toBeGreaterThan(pooled.reports[0]!.total.score!);
    expect(stripTiming(pooled)).toEqual(stripTiming(inProcess));
    expect(ResultSchema.safeParse(pooled).success).toBe(true);
  }, 30_000);
});
