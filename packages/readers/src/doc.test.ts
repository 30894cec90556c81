import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ReadError, readReportBuffer } from "./index.js";

const fixtures = fileURLToPath(new URL("../../../tooling/fixtures/out/", import.meta.url));

async function readError(file: string, bytes: Uint8Array): Promise<ReadError> {
  try {
    await readReportBuffer(file, bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(ReadError);
    const e = err as ReadError;
    expect(e.messages.zh).toContain(file);
    expect(e.messages.en).toContain(file);
    return e;
  }
  throw new Error(`expected ${file} to fail`);
}

describe(".doc and .wps", () => {
  const doc = readFileSync(join(fixtures, "seed-002.doc"));

  it("a Word 97-2003 file: one line per paragraph, origins are paragraphs", async () => {
    const source = await readReportBuffer("seed-002.doc", doc);
    expect(source.source.format).toBe("doc");
    const lines = source.text.split("\n");
    expect(lines).toContain("一、工作总体开展情况");
    expect(lines).toContain("(一)坚持统筹谋划,全面夯实法治建设基础");
    expect(lines[0]).toMatch(/^首页 > 专题专栏/); // the running header ("商城县人民政府") is left out
    expect(source.lineOrigins![0]).toEqual({ line: 1, paragraph: 0 });
    expect(source.diagnostics).toBeUndefined();
  });

  it("a .wps in Word's format is read the same way", async () => {
    const source = await readReportBuffer("报告.wps", doc);
    expect(source.source.format).toBe("doc");
    expect(source.text).toBe((await readReportBuffer("seed-002.doc", doc)).text);
  });

  it("a .wps word-extractor cannot read: unsupported-format, save as .docx or PDF", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024, 7)]);
    const err = await readError("报告.wps", ole);
    expect(err.code).toBe("unsupported-format");
    expect(err.messages.zh).toContain("另存为");
    expect(err.messages.zh).toContain(".docx 或 PDF");
    const junk = await readError("other.wps", Buffer.from([1, 0, 2, 0, 3, 0, 255, 0, 9, 9, 0, 0, 1]));
    expect(junk.code).toBe("unsupported-format");
  });

  it("a broken .doc is unreadable; a text file named .doc is wrong-format", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024, 7)]);
    expect((await readError("bad.doc", ole)).code).toBe("unreadable");
    const text = await readError("report.doc", Buffer.from("法治政府建设年度报告\n正文", "utf8"));
    expect(text.code).toBe("wrong-format");
    const html = await readError("page.docx", Buffer.from("<!DOCTYPE html><html><body>法治</body></html>", "utf8"));
    expect(html.code).toBe("wrong-format");
    expect(html.messages.en).toContain("rename it to .html");
  });
});
