import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { parseText } from "@fazhi/core";
import { ReportResultSchema } from "@fazhi/result";
import { runReport, scoreModel } from "./run-report.js";
import { testConfig } from "./test-fixtures/config.js";
import { factCalls, testPlugin } from "./test-fixtures/plugin.js";
import { reportText, tmpDir, writeReports } from "./test-fixtures/reports.js";

// A parser failure cannot be provoked with real text, so the parser throws on a marker word.
vi.mock("@fazhi/core", async (importOriginal) => {
  const core = await importOriginal<typeof import("@fazhi/core")>();
  return {
    ...core,
    parseDocument: (doc: Parameters<typeof core.parseDocument>[0]) => {
      if (doc.text.includes("PARSER-BOMB")) throw new Error("unexpected node");
      return core.parseDocument(doc);
    },
  };
});

const model = (body: string[] = [], issuer = "甲县人民政府") => parseText(reportText({ issuer, body }), "r.txt");
const score = (config: ReturnType<typeof testConfig>, body: string[] = [], issuer?: string) =>
  scoreModel(model(body, issuer), { config, file: "r.txt", sha256: "x" });

beforeEach(() => {
  factCalls.stats = 0;
});

describe("running rules on a report", () => {
  it("scores checks, categories and total; informative rules are listed but not scored", async () => {
    const config = testConfig({
      rules: ["no-draft", "success-rate", "info-only"],
      categories: [{ id: "main", checks: ["no-draft", { rule: "success-rate", scoring: { linear: { zeroAt: 0.9, fullAt: 1 } } }] }],
    });
    const result = await score(config, ["本报告为草稿。", "人民调解成功率95%。"]);
    expect(ReportResultSchema.parse(result)).toBeTruthy();
    expect(Object.keys(result.checks)).toEqual(["t/info-only", "t/no-draft", "t/success-rate"]);
    expect(result.checks["t/no-draft"]).toMatchObject({ score: 0, scoreMode: "binary", level: "warn", title: { zh: "不得含草稿字样" } });
    expect(result.checks["t/no-draft"]!.findings[0]!.evidence[0]!.text).toBe("本报告为草稿。");
    expect(result.checks["t/success-rate"]).toMatchObject({ scoreMode: "numeric", value: 0.95, displayValue: "95%" });
    expect(result.checks["t/success-rate"]!.score).toBeCloseTo(0.5, 10);
    expect(result.checks["t/info-only"]).toMatchObject({ score: null, scoreMode: "informative" });
    expect(result.checks["t/info-only"]!.findings).toHaveLength(1);
    expect(result.categories.main!.score).toBeCloseTo(0.25, 10);
    expect(result.total).toEqual({ score: 25, grade: "不合格" });
    expect(result.meta).toMatchObject({ issuer: "甲县人民政府", level: "county", reportYear: 2023 });
  });

  it("lower is better: complaints scored with a reversed linear ramp", async () => {
    const config = testConfig({ categories: [{ id: "main", checks: [{ rule: "complaints", scoring: { linear: { zeroAt: 100, fullAt: 0 } } }] }] });
    expect((await score(config, ["全年收到投诉20件。"])).total.score).toBe(80);
    expect((await score(config, ["全年收到投诉90件。"])).total.score).toBe(10);
  });

  it("a crashing rule marks its check error and its category incomplete; the run goes on", async () => {
    const config = testConfig({ categories: [{ id: "a", checks: ["crash", "self-score"] }, { id: "b", checks: ["no-draft"] }] });
    const result = await score(config, ["系统崩溃了。", "自评80分。"]);
    expect(result.checks["t/crash"]).toMatchObject({ score: null, scoreMode: "error", error: { code: "crash", message: "boom" } });
    expect(result.checks["t/self-score"]!.score).toBe(0.8);
    expect(result.categories.a).toMatchObject({ status: "incomplete", score: null });
    expect(result.categories.b).toMatchObject({ status: "scored", score: 1 });
    expect(result.total).toEqual({ score: null, grade: null });
    expect(ReportResultSchema.safeParse(result).success).toBe(true);
  });

  it("an async rule that never settles times out at its limit", async () => {
    const config = testConfig({ categories: [{ id: "a", checks: ["slow-async", "self-score"] }] });
    const started = Date.now();
    const result = await score(config, ["处理很慢。", "自评80分。"]);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.checks["t/slow-async"]).toMatchObject({ scoreMode: "error", error: { code: "timeout" } });
    expect(result.checks["t/slow-async"]!.error!.message).toContain("100 ms");
    expect(result.checks["t/self-score"]!.score).toBe(0.8);
    expect(result.categories.a!.status).toBe("incomplete");
  });

  it("a synchronous rule that finishes past its limit (+ grace) counts as timed out, as it would in the pool", async () => {
    const config = testConfig({ categories: [{ id: "a", checks: ["slow-sync"] }] });
    expect((await score(config, ["等了很久。"])).checks["t/slow-sync"]).toMatchObject({ scoreMode: "error", error: { code: "timeout" } });
    expect((await score(config)).checks["t/slow-sync"]).toMatchObject({ score: 1 });
  });

  it("a rule's time limit covers the rule, not the shared facts it requires (computed before the rules)", async () => {
    const config = testConfig({ categories: [{ id: "a", checks: ["slow-fact-user"] }] });
    const check = (await score(config, ["等了很久。"])).checks["t/slow-fact-user"]!;
    expect(check).toMatchObject({ score: 1 });
    expect(check.error ?? null).toBeNull();
  });

  it("rules listed as timed out are not run", async () => {
    const config = testConfig({ categories: [{ id: "a", checks: ["hang", "self-score"] }] });
    const result = await scoreModel(model(["死循环", "自评80分。"]), { config, file: "r.txt", sha256: "x", timedOut: new Set(["t/hang"]) });
    expect(result.checks["t/hang"]).toMatchObject({ scoreMode: "error", error: { code: "timeout" } });
  });

  it("facts are computed once per report and shared by the rules that require them", async () => {
    const config = testConfig({ categories: [{ id: "a", checks: ["stats-a", "stats-b"] }] });
    const result = await score(config);
    expect(factCalls.stats).toBe(1);
    expect(result.checks["t/stats-a"]!.value).toBe(result.checks["t/stats-b"]!.value);
    await score(config);
    expect(factCalls.stats).toBe(2); // once per report
  });

  it("a missing fact marks the check missing-fact", async () => {
    const config = testConfig({ categories: [{ id: "a", checks: ["needs-missing", "undeclared-fact"] }] });
    const result = await score(config);
    expect(result.checks["t/needs-missing"]!.error).toMatchObject({ code: "missing-fact" });
    expect(result.checks["t/needs-missing"]!.error!.message).toContain("no-such-fact");
    expect(result.checks["t/undeclared-fact"]!.error).toMatchObject({ code: "missing-fact" });
  });

  it("a fact cycle is an error naming the cycle", async () => {
    const config = testConfig({ categories: [{ id: "a", checks: ["cycle-user"] }] });
    const result = await score(config);
    expect(result.checks["t/cycle-user"]!.error).toMatchObject({ code: "crash" });
    expect(result.checks["t/cycle-user"]!.error!.message).toContain("cyc-a → cyc-b → cyc-a");
  });

  it("not-applicable checks weigh 0 in their category", async () => {
    const config = testConfig({ categories: [{ id: "a", checks: ["township-only", "self-score"] }] });
    const county = await score(config, ["自评70分。"]);
    expect(county.checks["t/township-only"]).toMatchObject({ score: null, scoreMode: "notApplicable" });
    expect(county.categories.a!.checkRefs[0]).toMatchObject({ id: "t/township-only", effectiveWeight: 0 });
    expect(county.total.score).toBe(70);
    const township = await score(config, ["自评70分。"], "乙镇人民政府");
    expect(township.total.score).toBe(85);
  });

  it("fills a result section from the fact that declares it (fills), whatever the fact's id", async () => {
    const config = testConfig({ categories: [{ id: "a", checks: ["self-score"] }] });
    const result = await score(config, ["人民调解成功率98%。"]);
    expect(result.indicators).toEqual([{ id: "mediation.successRate", value: 0.98, unit: "ratio", basis: "stated", approx: false, evidence: { line: 5, text: "成功率98%" } }]);
    expect(result.outline).toBeUndefined();
  });
});

describe("runReport on files", () => {
  const config = testConfig({ categories: [{ id: "a", checks: ["self-score"] }] });

  it("reads, parses and scores a file", async () => {
    const dir = await tmpDir();
    await writeReports(dir, { "r.txt": { issuer: "甲县人民政府", body: ["自评91分。"] } });
    const result = await runReport({ config, path: join(dir, "r.txt"), file: "r.txt" });
    expect(result.total).toEqual({ score: 91, grade: "优秀" });
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.timing).toBeDefined();
  });

  it("a read error becomes the report's error, with messages in both languages", async () => {
    const dir = await tmpDir();
    await writeFile(join(dir, "empty.txt"), "");
    const result = await runReport({ config, path: join(dir, "empty.txt"), file: "empty.txt" });
    expect(result.error?.code).toBe("empty");
    expect(result.error?.message.zh).toContain("空文件");
    expect(result).toMatchObject({ checks: {}, total: { score: null, grade: null }, rank: null });
    expect(ReportResultSchema.safeParse(result).success).toBe(true);
  });

  it("a parser failure becomes error parse-failed", async () => {
    const dir = await tmpDir();
    await writeFile(join(dir, "bomb.txt"), "PARSER-BOMB 报告");
    const result = await runReport({ config, path: join(dir, "bomb.txt"), file: "bomb.txt" });
    expect(result.error).toMatchObject({ code: "parse-failed" });
    expect(result.error!.message.en).toContain("unexpected node");
    expect(result.error!.message.en).not.toContain("    at ");
  });
});
