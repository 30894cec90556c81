import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatNumber, numberParagraphs } from "./docx-numbering.js";
import { ReadError, readReport, readReportBuffer } from "./index.js";
import { buildZip, deflatedZeros } from "./test-fixtures/zip.js";

const fixtures = fileURLToPath(new URL("../../../tooling/fixtures/out/", import.meta.url));
const fixture = (name: string) => join(fixtures, name);

async function readError(file: string, bytes: Uint8Array, options = {}): Promise<ReadError> {
  try {
    await readReportBuffer(file, bytes, options);
  } catch (err) {
    expect(err).toBeInstanceOf(ReadError);
    const e = err as ReadError;
    expect(e.messages.zh).toContain(file);
    expect(e.messages.en).toContain(file);
    return e;
  }
  throw new Error(`expected ${file} to fail`);
}

describe("docx reader", () => {
  it("reads paragraphs, Word numbering, tables and soft breaks; leaves out headers, footers and deletions", async () => {
    const doc = await readReport(fixture("features.docx"));
    expect(doc.source.format).toBe("docx");
    expect(doc.text.split("\n")).toEqual([
      "某县人民政府关于2023年法治政府建设情况的报告",
      "第一行标题",
      "第二行标题",
      "一、主要举措",
      "（一）加强领导",
      "（二）完善制度",
      "1.第一项",
      "2.第二项",
      "二、存在问题",
      "（一）问题一",
      "全年办理行政复议案件15件，办结率100%。",
      "指标 | 2022年 | 2023年",
      "行政复议案件 | 12件 | 15件",
      "康熙部首：⼀⽇⻓",
    ]);
    expect(doc.text).not.toContain("页眉");
    // Origins: the Word paragraph (0-based); the two lines of a soft-broken paragraph share one.
    expect(doc.lineOrigins!.slice(0, 4)).toEqual([
      { line: 1, paragraph: 0 },
      { line: 2, paragraph: 1 },
      { line: 2, paragraph: 1 },
      { line: 3, paragraph: 2 },
    ]);
  });

  it("a seed with automatic numbering gets its 一、/(一)/1. numbers back", async () => {
    const doc = await readReport(fixture("seed-001.docx"));
    const lines = doc.text.split("\n");
    expect(lines).toContain("一、强化统筹规划,完善法治建设保障");
    expect(lines).toContain("(二)精准规划工作路径");
    expect(lines.some((l) => l.startsWith("1.思想认识方面。"))).toBe(true);
    expect(lines.some((l) => l.startsWith("九、正视问题挑战"))).toBe(true);
  });

  it("a .docx of pictures only needs OCR", async () => {
    const err = await readError("scan.docx", readFileSync(fixture("image-only.docx")));
    expect(err.code).toBe("needs-ocr");
    expect(err.messages.zh).toContain("OCR");
  });

  it("zip-bomb: a 300 MB entry of zeros is refused from the directory, fast", async () => {
    const data = await deflatedZeros(300 * 1024 * 1024);
    const bomb = buildZip([{ name: "word/document.xml", data, method: 8, uncompressedSize: 300 * 1024 * 1024 }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const err = await readError("report.docx", bomb);
    expect(performance.now() - started).toBeLessThan(500);
    expect(err.code).toBe("zip-bomb");
    expect(err.messages.en).toMatch(/compression ratio|more than 200 MB/);
  }, 60_000);

  it("zip-bomb: an entry that unpacks to more than its header declares", async () => {
    const data = await deflatedZeros(8 * 1024 * 1024);
    const liar = buildZip([{ name: "word/document.xml", data, method: 8, uncompressedSize: 100_000 }]);
    expect((await readError("liar.docx", liar)).code).toBe("zip-bomb");
  });

  it("zip-bomb: too many entries", async () => {
    const entries = Array.from({ length: 2001 }, (_, i) => ({ name: `word/media/f${i}.bin`, data: Buffer.from("x"), method: 0 as const, uncompressedSize: 1 }));
    const err = await readError("many.docx", buildZip(entries));
    expect(err.code).toBe("zip-bomb");
    expect(err.messages.en).toContain("2001 entries");
  });

  it("a ZIP that is not a Word document, and a truncated .docx, are unreadable", async () => {
    const other = buildZip([{ name: "hello.txt", data: Buffer.from("hi"), method: 0, uncompressedSize: 2 }]);
    expect((await readError("other.docx", other)).code).toBe("unreadable");
    const full = readFileSync(fixture("seed-000.docx"));
    const err = await readError("half.docx", full.subarray(0, full.length >> 1));
    expect(err.code).toBe("unreadable");
    expect(err.messages.zh).toContain("下载不完整或已损坏");
  });

  it("a .docx renamed .pdf is read as Word, with a diagnostic", async () => {
    const doc = await readReportBuffer("report.pdf", readFileSync(fixture("seed-000.docx")));
    expect(doc.source.format).toBe("docx");
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: "format-mismatch", severity: "warning" })]);
  });
});

describe("Word numbering", () => {
  it("formats counters the way Word shows them", () => {
    expect([1, 10, 11, 20, 21, 105].map((n) => formatNumber(n, "chineseCounting"))).toEqual(["一", "十", "十一", "二十", "二十一", "一百零五"]);
    expect(formatNumber(10, "ideographDigital")).toBe("一〇");
    expect(formatNumber(3, "decimalEnclosedCircle")).toBe("③");
    expect(formatNumber(12, "chineseLegalSimplified")).toBe("壹拾贰");
    expect(formatNumber(4, "upperRoman")).toBe("IV");
  });

  const numbering = `<w:numbering>
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  </w:numbering>`;
  const styles = `<w:styles><w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="H1b"><w:basedOn w:val="H1"/></w:style></w:styles>`;
  const p = (text: string, numId?: string, ilvl?: number, style?: string) =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${numId ? `<w:numPr>${ilvl !== undefined ? `<w:ilvl w:val="${ilvl}"/>` : ""}<w:numId w:val="${numId}"/></w:numPr>` : ""}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

  it("keeps counters per list, restarts deeper levels, follows styles and start overrides", () => {
    const xml = `<w:document><w:body>${[
      p("甲", "1", 0),
      p("乙", "1", 1),
      p("丙", "1", 1),
      p("丁", "1", 2),
      p("戊", undefined, undefined, "H1b"),
      p("己", "1", 1),
      p("点", "2", 0),
      p("无", "0", 0, "H1"),
      p("庚", "3", 0),
      `<w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:r><w:t>并入</w:t></w:r></w:p>`,
      p("下段"),
    ].join("")}</w:body></w:document>`;
    expect(numberParagraphs(xml, numbering, styles)).toEqual([
      { text: "甲", prefix: "一、" },
      { text: "乙", prefix: "（一）" },
      { text: "丙", prefix: "（二）" },
      { text: "丁", prefix: "一.1 " },
      { text: "戊", prefix: "二、" },
      { text: "己", prefix: "（一）" },
      { text: "点", prefix: "" },
      { text: "无", prefix: "" },
      { text: "庚", prefix: "五、" },
      { text: "并入下段", prefix: "" },
    ]);
  });
});
