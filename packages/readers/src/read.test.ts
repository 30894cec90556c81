import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { normalizeText } from "@fazhi/core";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ReadError, readReport, readReportBytes } from "./index.js";
import { wrapAsGovPage } from "./test-fixtures/gov-page.js";

const seedsDir = fileURLToPath(new URL("../../../seeds/", import.meta.url));
const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort();

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fazhi-readers-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function put(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/**
 * readReport's error for `path` as the unprivileged user nobody (65534) meets it, when the tests run as root
 * (root reads any file). A child process dropped to nobody opens the file with nothing but Node (it needs no
 * access to this checkout, which may sit in a folder only root can enter) and reports the operating
 * system's real error; readReport, freshly imported with that error injected into its file read, turns it
 * into the ReadError under test.
 */
async function readErrorAsNobody(path: string): Promise<ReadError> {
  const script = `try { require("node:fs").readFileSync(${JSON.stringify(path)}); console.log("{}"); } catch (e) { console.log(JSON.stringify({ code: e.code, errno: e.errno, syscall: e.syscall, message: e.message })); }`;
  const out = execFileSync(process.execPath, ["-e", script], { uid: 65534, gid: 65534, encoding: "utf8", cwd: "/", env: { PATH: process.env.PATH ?? "" } });
  const real = JSON.parse(out.trim().split("\n").pop()!) as { code?: string; errno?: number; syscall?: string; message?: string };
  expect(real.code).toBe("EACCES"); // the operating system's own refusal, not one made up here
  const error = Object.assign(new Error(real.message), { code: real.code, errno: real.errno, syscall: real.syscall, path });
  vi.resetModules();
  vi.doMock("node:fs", async (importOriginal) => ({
    ...(await importOriginal<typeof import("node:fs")>()),
    readFileSync: () => {
      throw error;
    },
  }));
  try {
    const fresh = await import("./index.js");
    await fresh.readReport(path);
  } catch (err) {
    expect((err as Error).name).toBe("ReadError");
    return err as ReadError;
  } finally {
    vi.doUnmock("node:fs");
    vi.resetModules();
  }
  throw new Error(`expected ${path} to fail`);
}

async function readError(path: string, options?: { maxBytes?: number }): Promise<ReadError> {
  try {
    await readReport(path, options);
  } catch (err) {
    expect(err).toBeInstanceOf(ReadError);
    return err as ReadError;
  }
  throw new Error(`expected ${path} to fail`);
}

function expectNamesFile(err: ReadError, path: string) {
  expect(err.file).toBe(path);
  expect(err.messages.zh).toContain(path);
  expect(err.messages.en).toContain(path);
  expect(err.message).toBe(err.messages.en);
  expect(err.messages.zh).not.toMatch(/\n\s+at /); // never a stack trace
}

describe("readReport: text files", () => {
  for (const f of seedFiles) {
    it(`reads seed ${f} unchanged, with size and sha256`, async () => {
      const path = join(seedsDir, f);
      const bytes = readFileSync(path);
      const doc = await readReport(path);
      expect(doc.file).toBe(path);
      expect(doc.text).toBe(bytes.toString("utf8"));
      expect(doc.source).toEqual({
        format: "txt",
        encoding: "utf-8",
        encodingConfidence: 100,
        bytes: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
      });
      expect(doc.lineOrigins).toBeUndefined();
      expect(doc.chromeLines).toBeUndefined();
    });
  }

  it("a GB18030 seed file reads back identically", async () => {
    const text = readFileSync(join(seedsDir, seedFiles[2]!), "utf8");
    const doc = await readReport(put("gb.txt", iconv.encode(text, "gb18030")));
    expect(doc.source.encoding).toBe("gb18030");
    expect(doc.text).toBe(text);
  });

  it("CRLF and CR-only files keep their line count", () => {
    const text = readFileSync(join(seedsDir, seedFiles[1]!), "utf8");
    const lineCount = text.split("\n").length;
    for (const eol of ["\r\n", "\r"]) {
      const doc = readReportBytes("crlf.txt", new TextEncoder().encode(text.replace(/\n/g, eol)));
      expect(normalizeText(doc.text).split("\n")).toHaveLength(lineCount);
      expect(doc.lineOrigins).toBeUndefined();
    }
  });

  it("CRLF in GB18030 keeps its line count", () => {
    const text = "一、总体情况\r\n\r\n二、主要举措\r\n（一）加强领导\r\n";
    const doc = readReportBytes("gb-crlf.txt", iconv.encode(text, "gb18030"));
    expect(doc.text).toBe(text);
    expect(normalizeText(doc.text).split("\n")).toHaveLength(5);
  });

  it("U+2028 inside a line: lineOrigins map core's extra line back to the file line", () => {
    const doc = readReportBytes("ls.txt", new TextEncoder().encode("第一行\n第二行\u2028续\r\n第三行"));
    expect(normalizeText(doc.text).split("\n")).toHaveLength(4);
    expect(doc.lineOrigins).toEqual([{ line: 1 }, { line: 2 }, { line: 2 }, { line: 3 }]);
  });

  it("reports replacement characters as a diagnostic with the line", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("第一行法治政府\n第二行"), 0xe6, 0xb3, ...new TextEncoder().encode("建设\n第三行")]);
    const doc = readReportBytes("bad.txt", bytes);
    expect(doc.source.encoding).toBe("utf-8");
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ code: "decoding-replacement", severity: "warning", line: 2, text: "第二行\ufffd建设" }),
    ]);
    expect(doc.diagnostics![0]!.message.zh).toContain("1");
  });

  it("an unknown extension holding plain text is read as text", async () => {
    const doc = await readReport(put("report.dat", "法治政府建设年度报告\n正文"));
    expect(doc.source.format).toBe("txt");
  });

  it("an .html file is read as HTML from disk", async () => {
    const doc = await readReport(put("page.htm", wrapAsGovPage("第一段正文内容，全面推进依法行政。\n第二段正文内容。", { title: "某县2023年法治政府建设年度报告" })));
    expect(doc.source.format).toBe("html");
    expect(doc.chromeLines!.length).toBeGreaterThan(0);
    expect(doc.text).toContain("第一段正文内容，全面推进依法行政。\n第二段正文内容。");
  });
});

describe("readReport: bad input becomes a ReadError naming the file", () => {
  it("not-found", async () => {
    const path = join(dir, "missing.txt");
    const err = await readError(path);
    expect(err.code).toBe("not-found");
    expectNamesFile(err, path);
  });

  it("not-found through a file used as a folder", async () => {
    const path = join(put("plain.txt", "x"), "child.txt");
    expect((await readError(path)).code).toBe("not-found");
  });

  it("is-directory", async () => {
    const path = join(dir, "folder.txt");
    mkdirSync(path);
    const err = await readError(path);
    expect(err.code).toBe("is-directory");
    expectNamesFile(err, path);
  });

  it("empty: 0 bytes", async () => {
    const path = put("empty.txt", "");
    const err = await readError(path);
    expect(err.code).toBe("empty");
    expectNamesFile(err, path);
    expect(err.messages.zh).toContain("0 字节");
  });

  it("empty: whitespace only (also full-width spaces and a BOM)", async () => {
    for (const [name, content] of [
      ["ws.txt", " \n\t\r\n   "],
      ["ws2.txt", "\ufeff\u3000\u3000\n"],
    ] as const) {
      const path = put(name, content);
      const err = await readError(path);
      expect(err.code).toBe("empty");
      expectNamesFile(err, path);
    }
  });

  it("empty: only invisible characters (zero-width, BOMs, word joiner, soft hyphen) and whitespace, with its own reason", async () => {
    for (const [name, content] of [
      ["zw.txt", "\u200b\u200b\u200c\u200d\n\u2060"],
      ["boms.txt", "\ufeff\ufeff\n\ufeff \u00ad\u3000\n"],
      ["zw.html", "<html><body><p>\u200b\u200d</p><p>\ufeff</p></body></html>"],
    ] as const) {
      const path = put(name, content);
      const err = await readError(path);
      expect(err.code, name).toBe("empty");
      expectNamesFile(err, path);
      if (name.endsWith(".txt")) {
        expect(err.messages.zh).toContain("看不见的字符");
        expect(err.messages.en).toContain("invisible characters");
      }
    }
    // One visible character is enough to be read.
    await expect(readReport(put("one.txt", "\u200b法\u200b"))).resolves.toMatchObject({ text: expect.stringContaining("法") });
  });

  it("empty: whitespace-only in UTF-16", async () => {
    const path = put("ws16.txt", new Uint8Array([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]));
    expect((await readError(path)).code).toBe("empty");
  });

  it("binary: a PNG renamed .txt says it is a PNG image", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
    const path = put("report.txt", png);
    const err = await readError(path);
    expect(err.code).toBe("binary");
    expectNamesFile(err, path);
    expect(err.messages.zh).toContain("PNG 图片，不是文本报告");
    expect(err.messages.en).toContain("PNG image");
  });

  it("a broken PDF or .docx renamed .txt / .html is read by its first bytes, and found unreadable", async () => {
    const pdf = put("pdf.txt", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj");
    const e1 = await readError(pdf);
    expect(e1.code).toBe("unreadable");
    expect(e1.messages.zh).toContain("PDF");
    expectNamesFile(e1, pdf);
    const zip = put("docx.html", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0]));
    const e2 = await readError(zip);
    expect(e2.code).toBe("unreadable");
    expectNamesFile(e2, zip);
  });

  it("binary: NUL bytes", async () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i % 7 === 0 ? 0 : 0x41 + (i % 26)));
    const path = put("nul.txt", bytes);
    const err = await readError(path);
    expect(err.code).toBe("binary");
    expectNamesFile(err, path);
    expect(err.messages.zh).toContain("NUL");
  });

  it("binary: ASCII text with NULs scattered in it", async () => {
    const text = new TextEncoder().encode("The quick brown fox jumps over the lazy dog. ".repeat(40));
    for (let i = 3; i < text.length; i += 97) text[i] = 0;
    expect((await readError(put("ascii-nul.txt", text))).code).toBe("binary");
  });

  it("too-large: checked with stat before reading, says the limit and --max-file-size", async () => {
    const path = put("big.txt", "法治".repeat(600));
    const err = await readError(path, { maxBytes: 1024 });
    expect(err.code).toBe("too-large");
    expectNamesFile(err, path);
    expect(err.messages.zh).toContain("1 KB");
    expect(err.messages.zh).toContain("--max-file-size");
    expect(err.messages.en).toContain("--max-file-size");
    expect(() => readReportBytes("mem.txt", new Uint8Array(2048).fill(0x41), { maxBytes: 1024 })).toThrow(
      expect.objectContaining({ code: "too-large" }),
    );
  });

  for (const ext of [".docx", ".doc", ".pdf", ".wps"]) {
    it(`wrong-format: text named ${ext} says it is text and suggests .txt`, async () => {
      const path = put(`report${ext}`, "whatever");
      const err = await readError(path);
      expect(err.code).toBe("wrong-format");
      expectNamesFile(err, path);
      expect(err.messages.zh).toContain("实际上是纯文本");
      expect(err.messages.zh).toContain("改为 .txt");
    });
  }

  for (const ext of [".rtf", ".odt", ".ofd"]) {
    it(`unsupported-format: ${ext}, with how to convert it`, async () => {
      const path = put(`report${ext}`, "whatever");
      const err = await readError(path);
      expect(err.code).toBe("unsupported-format");
      expectNamesFile(err, path);
      expect(err.messages.zh).toContain("另存为 .docx 或 PDF");
    });
  }

  it("not-found wins over unsupported-format for a missing .docx", async () => {
    expect((await readError(join(dir, "missing.docx"))).code).toBe("not-found");
  });

  // Root reads a file of mode 000 all the same (CI runs as root): there a child process that drops to an
  // unprivileged user (spawn's uid/gid) reads it, so the permission error is the operating system's own.
  it.skipIf(process.platform === "win32")("unreadable: no permission (as root too, through a child that drops privileges)", async () => {
    const own = mkdtempSync(join(tmpdir(), "fazhi-readers-perm-"));
    chmodSync(own, 0o755);
    const path = join(own, "secret.txt");
    writeFileSync(path, "法治政府");
    chmodSync(path, 0o000);
    try {
      const err = process.getuid?.() === 0 ? await readErrorAsNobody(path) : await readError(path);
      expect(err.code).toBe("unreadable");
      expect(err.messages.zh).toBe(`无法读取 ${path}（permission denied / 没有读取权限）：请检查文件权限，或确认文件没有被其他程序占用。`);
      expect(err.messages.en).toContain(path);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it.skipIf(process.platform === "win32")("unreadable: not a regular file (a FIFO)", async () => {
    const path = join(dir, "pipe.txt");
    execFileSync("mkfifo", [path]);
    const err = await readError(path);
    expect(err.code).toBe("unreadable");
    expectNamesFile(err, path);
  });
});
