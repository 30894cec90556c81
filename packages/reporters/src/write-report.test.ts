import { PassThrough, Writable } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { materialize, type Result } from "@fazhi/result";
// The engine stores results (a test dependency only: the reporters themselves read the result package alone).
import { composeStored, ReportStore } from "@fazhi/engine";
import { reporters, writeReport, type ReporterName } from "./index.js";
import { oneBlankLine } from "./markdown.js";
import { fixtureResult } from "./test-fixtures/result.js";
import { writeXlsx } from "./xlsx.js";

/** The fixture as a run past its spill limit gives it: heads in memory, reports read back from disk. */
function spilled(result: Result) {
  const store = new ReportStore(0);
  for (const report of result.reports) store.add({ ...report, rank: null });
  return composeStored(store, result, { cohortBy: ["level"], precision: 1, tieBreakers: [] }, result.summary.durationMs);
}

async function written(format: ReporterName, result: Parameters<typeof writeReport>[1], options = {}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (c: Buffer) => chunks.push(c));
  await writeReport(format, result, sink, options);
  return Buffer.concat(chunks);
}

describe("writeReport", () => {
  it.each(["json", "csv", "md", "html"] as const)("%s: writes the same text as the whole reporter, from memory and from a spilled result", async (format) => {
    const whole = String(await reporters[format](fixtureResult));
    expect((await written(format, fixtureResult)).toString("utf8")).toBe(whole);
    const stored = spilled(fixtureResult);
    try {
      const held = materialize(stored);
      expect((await written(format, stored)).toString("utf8")).toBe(String(await reporters[format](held)));
      expect((await written(format, stored, { lang: "en" })).toString("utf8")).toBe(String(await reporters[format](held, { lang: "en" })));
    } finally {
      stored.close();
    }
  });

  it("fails with the stream's own error when the stream cannot take the output (a full disk)", async () => {
    const full = new Writable({ write: (_c, _e, cb) => cb(Object.assign(new Error("no space left on device"), { code: "ENOSPC" })) });
    await expect(writeReport("html", fixtureResult, full)).rejects.toMatchObject({ code: "ENOSPC" });
  });
});

describe("oneBlankLine", () => {
  it("is text.replace(/\\n{3,}/g, '\\n\\n').replace(/\\n*$/, '\\n') however the text is cut into pieces", () => {
    const text = "# 标题\n\n\n\n正文一\n\n\n正文二\n\n\n\n";
    const expected = text.replace(/\n{3,}/g, "\n\n").replace(/\n*$/, "\n");
    for (let cut = 0; cut <= text.length; cut++) {
      for (let second = cut; second <= text.length; second += 3) {
        const pieces = [text.slice(0, cut), text.slice(cut, second), text.slice(second)];
        expect([...oneBlankLine(pieces)].join(""), `${cut}/${second}`).toBe(expected);
      }
    }
    expect([...oneBlankLine([])].join("")).toBe("\n");
  });
});

describe("xlsx, streamed", () => {
  it("continues the findings on a second sheet past the rows a sheet can hold, losing none", async () => {
    const chunks: Buffer[] = [];
    const sink = new PassThrough();
    sink.on("data", (c: Buffer) => chunks.push(c));
    await writeXlsx(fixtureResult, sink, { rowsPerSheet: 3 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheets = workbook.worksheets.filter((s) => s.name.startsWith("问题清单"));
    expect(sheets.length).toBeGreaterThan(1);
    expect(sheets[1]!.name).toBe("问题清单 (2)");
    const whole = new ExcelJS.Workbook();
    await whole.xlsx.load((await reporters.xlsx(fixtureResult)) as unknown as ArrayBuffer);
    const rows = (s: ExcelJS.Worksheet) => (s.getSheetValues().slice(2) as unknown[][]).map((r) => JSON.stringify(r));
    // each sheet has its header and at most 2 rows under it; together they hold every finding, in order
    for (const s of sheets) {
      expect((s.getRow(1).values as unknown[])[1]).toBe("发文机关");
      expect(s.rowCount).toBeLessThanOrEqual(3);
    }
    expect(sheets.flatMap(rows)).toEqual(rows(whole.getWorksheet("问题清单")!));
  });
});

describe("reports no ranking lists (a result edited or merged by hand)", () => {
  // Every ranking dropped but the first: the other cohorts' reports are in no ranking.
  const partial: Result = { ...fixtureResult, rankings: fixtureResult.rankings.slice(0, 1) };
  const unlisted = fixtureResult.reports.filter((r) => !partial.rankings[0]!.entries.some((e) => e.file === r.file));

  it.each(["csv", "md", "html"] as const)("%s: lists them in a 未分组 table, none dropped", async (format) => {
    expect(unlisted.length).toBeGreaterThan(0);
    const text = String(await reporters[format](partial));
    expect(text).toContain("未分组");
    // File names the formats print as they are (the hostile ones come out escaped, as tested elsewhere).
    const plain = unlisted.filter((r) => /^[^<>&|*_[\]\\`#"']+$/.test(r.file));
    expect(plain.length).toBeGreaterThan(0);
    for (const report of plain) expect(text).toContain(report.file);
  });

  it("xlsx: a sheet of their own", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reporters.xlsx(partial)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets.find((s) => s.name.startsWith("未分组"));
    expect(sheet).toBeDefined();
    const files = sheet!.getColumn(3).values.slice(2);
    expect(files).toEqual(unlisted.map((r) => r.file));
  });
});
