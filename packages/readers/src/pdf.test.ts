import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { foldLookalikeIdeographs } from "./cjk-fold.js";
import { ReadError, readReport, readReportBuffer, readReportBytes, type ReadOptions } from "./index.js";

const fixtures = fileURLToPath(new URL("../../../tooling/fixtures/out/", import.meta.url));
const fixture = (name: string) => join(fixtures, name);

async function readError(path: string, options: ReadOptions = {}): Promise<ReadError> {
  try {
    await readReport(path, options);
  } catch (err) {
    expect(err).toBeInstanceOf(ReadError);
    const e = err as ReadError;
    expect(e.file).toBe(path);
    expect(e.messages.zh).toContain(path);
    expect(e.messages.en).toContain(path);
    return e;
  }
  throw new Error(`expected ${path} to fail`);
}

describe("pdf reader", () => {
  it("reads lines in order, table rows as cells, Kangxi radicals folded; origins are pages", async () => {
    const doc = await readReport(fixture("features.pdf"));
    expect(doc.source.format).toBe("pdf");
    const lines = doc.text.split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "某县人民政府关于2023年法治政府建设情况的报告",
        "第一行标题",
        "第二行标题",
        "一、主要举措",
        "（一）加强领导",
        "1.第一项",
        "指标 | 2022年 | 2023年",
        "行政复议案件 | 12件 | 15件",
        "康熙部首：一日长",
      ]),
    );
    expect(doc.text).not.toMatch(/[\u2e80-\u2fdf]/);
    expect(doc.lineOrigins!.every((o) => o.page === 1 && o.line >= 1)).toBe(true);
  });

  it("rejoins lines into paragraphs and drops running headers and page numbers", async () => {
    const path = fixture("seed-001.pdf");
    const doc = await readReport(path);
    const seed = readFileSync(fileURLToPath(new URL("../../../seeds/001_32e1b51370f8cf47.txt", import.meta.url)), "utf8");
    // Every paragraph of the seed is one line of the PDF's text (LibreOffice sets a thin space between Han and digits; none is kept).
    const lines = new Set(doc.text.split("\n"));
    const missing = seed.split("\n").filter((l) => l.trim() && !lines.has(l.trim()));
    expect(missing).toEqual([]);
    expect(doc.text).not.toContain("天龙镇法治政府建设年度报告"); // the running header
    expect(doc.text).not.toMatch(/^第\s*\d+\s*页$/m);
    const pages = new Set(doc.lineOrigins!.map((o) => o.page));
    expect(pages.size).toBeGreaterThan(2);
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: "pdf-page-furniture-removed" })]);
  });

  it("needs-ocr: a scan with no text layer, saying how to OCR it", async () => {
    const err = await readError(fixture("scan.pdf"));
    expect(err.code).toBe("needs-ocr");
    expect(err.messages.zh).toContain("扫描件");
    expect(err.messages.zh).toContain("WPS 或 Acrobat");
    expect(err.messages.en).toContain("OCR");
  });

  it("encrypted: asks for a copy without a password", async () => {
    const err = await readError(fixture("encrypted.pdf"));
    expect(err.code).toBe("encrypted");
    expect(err.messages.zh).toContain("密码");
    expect(err.messages.en).toContain("password");
  });

  it("unreadable: a truncated download", async () => {
    const err = await readError(fixture("truncated.pdf"));
    expect(err.code).toBe("unreadable");
    expect(err.messages.zh).toContain("下载不完整");
    expect(err.messages.en).toContain("end of the file is missing");
  });

  it("wrong-format: a text file renamed .pdf says so and suggests .txt", async () => {
    const err = await readError(fixture("really-text.pdf"));
    expect(err.code).toBe("wrong-format");
    expect(err.messages.zh).toContain("纯文本");
    expect(err.messages.zh).toContain(".txt");
    expect(err.messages.en).toContain("rename it to .txt");
  });

  it("too-many-pages and timeout", async () => {
    const long = await readError(fixture("seed-003.pdf"), { maxPages: 3 });
    expect(long.code).toBe("too-many-pages");
    expect(long.messages.en).toMatch(/has \d+ pages, over the 3-page limit/);
    const slow = await readError(fixture("seed-003.pdf"), { timeoutMs: 1 });
    expect(slow.code).toBe("timeout");
    expect(slow.messages.zh).toContain("另存为");
  });

  it("a PDF named .txt is read as PDF with a diagnostic; readReportBytes points to the async API", async () => {
    const bytes = readFileSync(fixture("features.pdf"));
    const doc = await readReportBuffer("report.txt", bytes);
    expect(doc.source.format).toBe("pdf");
    expect(doc.diagnostics?.map((d) => d.code)).toContain("format-mismatch");
    expect(() => readReportBytes("report.pdf", bytes)).toThrow(expect.objectContaining({ code: "unsupported-format", message: expect.stringContaining("readReportBuffer") }));
  });
});

describe("look-alike ideographs", () => {
  it("folds Kangxi radicals, CJK radicals and compatibility ideographs", () => {
    expect(foldLookalikeIdeographs("⼀⽇⻓⻔⾏政\uf9b1")).toBe("一日长门行政\u9234");
    expect(foldLookalikeIdeographs("法治政府")).toBe("法治政府");
  });
});
