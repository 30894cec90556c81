import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { extname } from "node:path";
import { isMainThread } from "node:worker_threads";
import { BUNDLED } from "@fazhi/core/bundle";
import type { Diagnostic, Origin, SourceDocument, SourceFormat } from "@fazhi/core";
import { decodeText, type DecodedText } from "./decode.js";
import { ReadError, readErrors } from "./errors.js";
import type { DocxText } from "./docx.js";
import type { PdfLimits, PdfText } from "./pdf.js";
import type { DocText } from "./doc.js";
import { DEFAULT_ZIP_LIMITS, ZipFormatError, ZipLimitError, type ZipLimits } from "./zip.js";
import { htmlToLines } from "./html.js";
import { declaredCharset, looksLikeHtml, sniffMagic, sniffNul } from "./sniff.js";
import { lineOfOffset, lineTextAt, textLineOrigins } from "./text.js";

export { decodeText, encodingForLabel, type DecodedText } from "./decode.js";
export { ReadError, type ReadErrorCode } from "./errors.js";
export { htmlToLines, type HtmlText } from "./html.js";
export { CONTENT_SELECTORS, TITLE_SELECTORS } from "./html-selectors.js";
export { foldLookalikeIdeographs } from "./cjk-fold.js";
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from "./zip.js";

export interface ReadOptions {
  /** Files larger than this are refused with `too-large` before they are read. Default 50 MB. */
  maxBytes?: number;
  /** PDFs with more pages are refused with `too-many-pages`. Default 500. */
  maxPages?: number;
  /** Time allowed to read one Word or PDF file, in ms; then `timeout`. Default 30,000. */
  timeoutMs?: number;
  /** Zip-bomb limits for .docx (entries, unpacked bytes, compression ratio). */
  zipLimits?: Partial<ZipLimits>;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_PAGES = 500;
export const DEFAULT_TIMEOUT_MS = 30_000;

const TEXT_EXTENSIONS = new Set([".txt", ".text", ".md"]);
const HTML_EXTENSIONS = new Set([".html", ".htm", ".shtml", ".xhtml"]);
const PDF_EXTENSIONS = new Set([".pdf"]);
const DOCX_EXTENSIONS = new Set([".docx", ".docm", ".dotx", ".dotm"]);
const DOC_EXTENSIONS = new Set([".doc", ".dot"]);
const WPS_EXTENSIONS = new Set([".wps", ".wpt"]);
/** Document formats no reader handles: refused with a message saying how to convert them. */
const UNSUPPORTED_EXTENSIONS = new Set([".rtf", ".odt", ".ofd", ".pages"]);

/** The binary document formats we read, by their first bytes. */
type Container = "pdf" | "zip" | "ole";

function sniffContainer(bytes: Uint8Array): Container | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06)) return "zip";
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((b, i) => bytes[i] === b)) return "ole";
  // The PDF header may follow a little junk (the spec's readers look in the first 1 KB).
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.indexOf("%PDF-") !== -1 ? "pdf" : null;
}

const CONTAINER_FORMAT: Record<Container, SourceFormat> = { pdf: "pdf", zip: "docx", ole: "doc" };
const FORMAT_NAME: Record<Container, { zh: string; en: string }> = {
  pdf: { zh: "PDF 文件", en: "a PDF file" },
  zip: { zh: "Word 文档（.docx）", en: "a Word document (.docx)" },
  ole: { zh: "Word 97-2003 文档（.doc）", en: "a Word 97-2003 document (.doc)" },
};

/** What the extension promises. */
function extensionFormat(ext: string): "pdf" | "docx" | "doc" | "wps" | "txt" | "html" | null {
  if (PDF_EXTENSIONS.has(ext)) return "pdf";
  if (DOCX_EXTENSIONS.has(ext)) return "docx";
  if (DOC_EXTENSIONS.has(ext)) return "doc";
  if (WPS_EXTENSIONS.has(ext)) return "wps";
  if (TEXT_EXTENSIONS.has(ext)) return "txt";
  if (HTML_EXTENSIONS.has(ext)) return "html";
  return null;
}

// Which heavy readers this process has loaded (each is imported only when a file of its format is met).
const loaded = new Set<"docx" | "pdf" | "doc">();
/** The heavy readers (mammoth, pdfjs-dist, word-extractor) loaded so far in this process. */
export function loadedReaders(): ReadonlySet<"docx" | "pdf" | "doc"> {
  return loaded;
}
/**
 * A reader module, imported when a file of its format is first met. From source in a worker thread under tsx
 * (Node 20), tsx's ESM hooks do not reach the worker, so `import()` of a TypeScript file fails there while its
 * require hook works (see engine/src/worker.ts, which loads the worker's code that way): there the module is
 * required instead. The compiled CLI and the main thread always import.
 */
async function lazyReader<T>(imported: () => Promise<T>, source: string): Promise<T> {
  if (BUNDLED || isMainThread) return imported();
  try {
    return await imported();
  } catch (err) {
    if (nodeErrorCode(err) !== "ERR_UNKNOWN_FILE_EXTENSION" && nodeErrorCode(err) !== "ERR_MODULE_NOT_FOUND") throw err;
    return createRequire(import.meta.url)(source) as T;
  }
}
async function docxReader() {
  const m = await lazyReader(() => import("./docx.js"), "./docx.ts");
  loaded.add("docx");
  return m;
}
async function pdfReader() {
  const m = await lazyReader(() => import("./pdf.js"), "./pdf.ts");
  loaded.add("pdf");
  return m;
}
async function docReader() {
  const m = await lazyReader(() => import("./doc.js"), "./doc.ts");
  loaded.add("doc");
  return m;
}

/** Below this detector confidence the encoding is reported as a guess. */
const UNSURE_CONFIDENCE = 50;

function nodeErrorCode(err: unknown): string | undefined {
  return typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : undefined;
}

function ioError(file: string, err: unknown): ReadError {
  const code = nodeErrorCode(err);
  if (code === "ENOENT" || code === "ENOTDIR") return readErrors.notFound(file);
  if (code === "EISDIR") return readErrors.isDirectory(file);
  const reason =
    code === "EACCES" || code === "EPERM"
      ? "permission denied / 没有读取权限"
      : code === "EBUSY"
        ? "file busy / 文件被占用"
        : (code ?? (err instanceof Error ? err.message : String(err)));
  return readErrors.unreadable(file, reason, err);
}

/**
 * Read a report file: text (.txt/.text/.md), a saved web page (.html/.htm/.shtml/.xhtml), Word (.docx, .doc,
 * .wps in Word's format) or PDF. Binary formats are recognised by their first bytes, whatever the name says;
 * other names are sniffed as text or HTML.
 */
export async function readReport(path: string, options: ReadOptions = {}): Promise<SourceDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let info;
  try {
    // Synchronous, as ESLint reads files to lint: a report is a few dozen KB, and each asynchronous call is a
    // round trip through libuv's thread pool that cost more than the read itself (≈1 ms a report, idle).
    info = statSync(path);
  } catch (err) {
    throw ioError(path, err);
  }
  if (info.isDirectory()) throw readErrors.isDirectory(path);
  if (!info.isFile()) throw readErrors.unreadable(path, "not a regular file / 不是普通文件");
  const ext = extname(path).toLowerCase();
  if (UNSUPPORTED_EXTENSIONS.has(ext)) throw readErrors.unsupportedFormat(path, ext);
  if (info.size > maxBytes) throw readErrors.tooLarge(path, info.size, maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw ioError(path, err);
  }
  return readReportBuffer(path, bytes, options);
}

/** The same as `readReport`, from bytes already in memory; `file` is used for the extension and in messages. */
export async function readReportBuffer(file: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<SourceDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const ext = extname(file).toLowerCase();
  if (UNSUPPORTED_EXTENSIONS.has(ext)) throw readErrors.unsupportedFormat(file, ext);
  if (bytes.length > maxBytes) throw readErrors.tooLarge(file, bytes.length, maxBytes);
  if (bytes.length === 0) throw readErrors.empty(file, "bytes");
  const named = extensionFormat(ext);
  const container = sniffContainer(bytes);
  if (container) return readBinary(file, bytes, container, named, options);
  if (named === "pdf" || named === "docx" || named === "doc" || named === "wps") throw notWhatItSays(file, ext, named, bytes);
  return readTextBytes(file, bytes, ext);
}

/**
 * Synchronous reading of text and HTML from bytes in memory. Word and PDF need `readReportBuffer` (async);
 * given one, this throws `unsupported-format` saying so.
 */
export function readReportBytes(file: string, bytes: Uint8Array, options: ReadOptions = {}): SourceDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const ext = extname(file).toLowerCase();
  if (UNSUPPORTED_EXTENSIONS.has(ext)) throw readErrors.unsupportedFormat(file, ext);
  if (bytes.length > maxBytes) throw readErrors.tooLarge(file, bytes.length, maxBytes);
  if (bytes.length === 0) throw readErrors.empty(file, "bytes");
  const named = extensionFormat(ext);
  const container = sniffContainer(bytes);
  if (container || named === "pdf" || named === "docx" || named === "doc" || named === "wps") {
    throw readErrors.needsAsyncReader(file, container ? CONTAINER_FORMAT[container] : (named ?? ext));
  }
  return readTextBytes(file, bytes, ext);
}

/** A file named as a Word/PDF file whose bytes are not one: say what it really is. */
function notWhatItSays(file: string, ext: string, named: "pdf" | "docx" | "doc" | "wps", bytes: Uint8Array): ReadError {
  const magic = sniffMagic(bytes);
  if (magic) return readErrors.binary(file, magic);
  const nul = sniffNul(bytes);
  if (nul === "binary") return named === "wps" ? readErrors.wpsUnreadable(file) : readErrors.wrongFormat(file, ext, "unknown");
  if (looksLikeHtml(bytes)) return readErrors.wrongFormat(file, ext, "html", ".html");
  return readErrors.wrongFormat(file, ext, "text", ".txt");
}

async function withTimeout<T>(file: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(readErrors.timeout(file, ms)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A character a reader can see: not whitespace, not a control, not an invisible format character (zero-width
 * space/joiners, BOM, word joiner, soft hyphen, bidi marks: \p{Cf}) and not a blank filler (Hangul fillers,
 * the blank braille cell).
 */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Z}\u115f\u1160\u3164\uffa0\u2800]/u;
const hasText = (s: string) => VISIBLE.test(s);
/** Why a text is no report, like an empty file: "whitespace" only, or "invisible" characters (and whitespace). */
function blankKind(s: string): "whitespace" | "invisible" | null {
  if (hasText(s)) return null;
  return /[^\s]/.test(s) ? "invisible" : "whitespace";
}

async function readBinary(
  file: string,
  bytes: Uint8Array,
  container: Container,
  named: ReturnType<typeof extensionFormat>,
  options: ReadOptions,
): Promise<SourceDocument> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const diagnostics: Diagnostic[] = [];
  const expected: Record<Container, readonly (string | null)[]> = { pdf: ["pdf"], zip: ["docx"], ole: ["doc", "wps"] };
  const mismatch = !expected[container].includes(named);
  // A name that says text or web page, or another document format: the first bytes are unambiguous, so read what it is.
  if (mismatch && named !== null) {
    const kind = FORMAT_NAME[container];
    diagnostics.push({
      code: "format-mismatch",
      severity: "warning",
      message: {
        zh: `${file} 的扩展名与内容不符：它实际上是${kind.zh}，已按${kind.zh}读取；建议改正扩展名。`,
        en: `${file} is named as one format but is really ${kind.en}, and was read as such; consider renaming it.`,
      },
    });
  }
  const source = (format: SourceFormat) => ({
    format,
    encoding: "unicode",
    encodingConfidence: 100,
    bytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  });
  const done = (format: SourceFormat, text: string, lineOrigins: Origin[]): SourceDocument => ({
    file,
    source: source(format),
    text,
    lineOrigins,
    ...(diagnostics.length ? { diagnostics } : {}),
  });

  if (container === "pdf") {
    const { readPdf, PdfProblem } = await pdfReader();
    const limits: PdfLimits = { maxPages: options.maxPages ?? DEFAULT_MAX_PAGES, timeoutMs };
    let pdf: PdfText;
    try {
      pdf = await readPdf(bytes, limits);
    } catch (err) {
      if (!(err instanceof PdfProblem)) throw readErrors.damaged(file, "PDF", String(err), err);
      switch (err.kind) {
        case "encrypted":
          throw readErrors.encrypted(file);
        case "needs-ocr":
          throw readErrors.needsOcr(file, "pdf");
        case "too-many-pages":
          throw readErrors.tooManyPages(file, err.detail.pages ?? 0, limits.maxPages);
        case "timeout":
          throw readErrors.timeout(file, timeoutMs);
        default:
          throw readErrors.damaged(
            file,
            "PDF",
            err.detail.truncated
              ? "文件末尾缺失，像是只下载了一部分 / the end of the file is missing, as if only part of it was downloaded"
              : err.detail.page
                ? `第 ${err.detail.page} 页无法解析 / page ${err.detail.page} cannot be parsed: ${err.message}`
                : err.message,
            err,
          );
      }
    }
    if (!hasText(pdf.text)) throw readErrors.needsOcr(file, "pdf");
    if (pdf.missingEof) {
      diagnostics.push({
        code: "pdf-truncated",
        severity: "warning",
        message: {
          zh: `${file} 缺少 PDF 结尾标记（%%EOF），文件可能只下载了一部分：已读出的文字可能不全，请重新下载核对。`,
          en: `${file} lacks the PDF end marker (%%EOF) and may be an incomplete download: the text read may be incomplete; download it again to check.`,
        },
      });
    }
    if (pdf.pagesWithoutText.length) {
      diagnostics.push({
        code: "pdf-pages-without-text",
        severity: "warning",
        message: {
          zh: `${file} 第 ${pdf.pagesWithoutText.join("、")} 页没有文字（可能是扫描页），这些页的内容未读取：如需读取，请先用 WPS 或 Acrobat 做文字识别（OCR）。`,
          en: `Pages ${pdf.pagesWithoutText.join(", ")} of ${file} have no text (probably scanned) and were not read: to read them, run OCR in WPS or Acrobat first.`,
        },
      });
    }
    if (pdf.furnitureRemoved) {
      diagnostics.push({
        code: "pdf-page-furniture-removed",
        severity: "info",
        message: {
          zh: `已去掉 ${pdf.furnitureRemoved} 行页眉、页脚和页码。`,
          en: `${pdf.furnitureRemoved} running header, footer and page-number line(s) were removed.`,
        },
      });
    }
    return done("pdf", pdf.text, pdf.lineOrigins);
  }

  if (container === "zip") {
    const { readDocx, NotWordError } = await docxReader();
    let docx: DocxText;
    try {
      docx = await withTimeout(file, timeoutMs, readDocx(bytes, { ...DEFAULT_ZIP_LIMITS, ...options.zipLimits }));
    } catch (err) {
      if (err instanceof ReadError) throw err;
      if (err instanceof ZipLimitError) throw readErrors.zipBomb(file, `${err.reason.zh} / ${err.reason.en}`);
      if (err instanceof NotWordError) {
        // Some other ZIP (a spreadsheet, an archive): under a text name it is simply binary.
        if (named === "docx") throw readErrors.damaged(file, "Word (.docx)", "压缩包里没有 Word 正文（word/document.xml）/ the archive holds no Word body (word/document.xml)", err);
        throw readErrors.binary(file, sniffMagic(bytes));
      }
      const detail = err instanceof ZipFormatError ? err.message : String(err);
      throw readErrors.damaged(file, "Word (.docx)", detail, err);
    }
    const blank = blankKind(docx.text);
    if (blank) {
      if (docx.images > 0) throw readErrors.needsOcr(file, "docx");
      throw readErrors.empty(file, blank);
    }
    return done("docx", docx.text, docx.lineOrigins);
  }

  // OLE: Word 97-2003, or WPS in the same format.
  const { readDoc, isEncryptedOffice } = await docReader();
  if (isEncryptedOffice(bytes)) throw readErrors.encrypted(file);
  let doc: DocText;
  try {
    doc = await withTimeout(file, timeoutMs, readDoc(bytes));
  } catch (err) {
    if (err instanceof ReadError) throw err;
    if (named === "wps") throw readErrors.wpsUnreadable(file, err);
    throw readErrors.damaged(file, "Word 97-2003 (.doc)", err instanceof Error ? err.message : String(err), err);
  }
  const blank = blankKind(doc.text);
  if (blank) throw readErrors.empty(file, blank);
  return done("doc", doc.text, doc.lineOrigins);
}

function readTextBytes(file: string, bytes: Uint8Array, ext: string): SourceDocument {
  const magic = sniffMagic(bytes);
  if (magic) throw readErrors.binary(file, magic);
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16Bom && sniffNul(bytes) === "binary") throw readErrors.binary(file, null);

  const format: SourceFormat = TEXT_EXTENSIONS.has(ext)
    ? "txt"
    : HTML_EXTENSIONS.has(ext)
      ? "html"
      : looksLikeHtml(bytes)
        ? "html"
        : "txt";
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const decoded = decodeText(bytes, format === "html" ? (declaredCharset(bytes) ?? undefined) : undefined);
  const blank = blankKind(decoded.text);
  if (blank) throw readErrors.empty(file, blank);
  const source = {
    format,
    encoding: decoded.encoding,
    encodingConfidence: decoded.confidence,
    bytes: bytes.length,
    sha256,
  };
  const diagnostics: Diagnostic[] = [];
  if (decoded.confidence < UNSURE_CONFIDENCE) diagnostics.push(unsureEncoding(decoded));

  if (format === "txt") {
    if (decoded.replacements > 0) {
      const at = decoded.text.indexOf("\ufffd");
      diagnostics.push(replacementDiagnostic(decoded, lineOfOffset(decoded.text, at), lineTextAt(decoded.text, at)));
    }
    const lineOrigins = textLineOrigins(decoded.text);
    return {
      file,
      source,
      text: decoded.text,
      ...(lineOrigins ? { lineOrigins } : {}),
      ...(diagnostics.length ? { diagnostics } : {}),
    };
  }

  const page = htmlToLines(decoded.text);
  if (!hasText(page.text)) throw readErrors.empty(file, "html");
  if (decoded.replacements > 0) {
    const at = page.text.indexOf("\ufffd");
    // Replacement characters may sit in markup only; report them against the text when they reach it.
    if (at === -1) diagnostics.push(replacementDiagnostic(decoded));
    else diagnostics.push(replacementDiagnostic(decoded, lineOfOffset(page.text, at), lineTextAt(page.text, at)));
  }
  if (page.container.how === "density") {
    diagnostics.push({
      code: "html-content-guessed",
      severity: "info",
      message: {
        zh: "网页中没有找到常见的正文容器（如 #zoom、.TRS_Editor），已按文字密度推断正文范围。",
        en: "No known content container (such as #zoom or .TRS_Editor) was found; the report body was inferred from text density.",
      },
    });
  }
  return {
    file,
    source,
    text: page.text,
    lineOrigins: page.lineOrigins,
    chromeLines: page.chromeLines,
    ...(diagnostics.length ? { diagnostics } : {}),
  };
}

function replacementDiagnostic(decoded: DecodedText, line?: number, text?: string): Diagnostic {
  return {
    code: "decoding-replacement",
    severity: "warning",
    message: {
      zh: `按 ${decoded.encoding} 解码后有 ${decoded.replacements} 处无法识别的字符（�）：文件可能已损坏，或编码判断有误。`,
      en: `Decoding as ${decoded.encoding} left ${decoded.replacements} unreadable character(s) (�): the file may be damaged or its encoding misjudged.`,
    },
    ...(line !== undefined ? { line } : {}),
    ...(text !== undefined ? { text } : {}),
  };
}

function unsureEncoding(decoded: DecodedText): Diagnostic {
  return {
    code: "encoding-uncertain",
    severity: "info",
    message: {
      zh: `文件编码无法确定，按 ${decoded.encoding} 读取（把握 ${decoded.confidence}%）；如有乱码，请另存为 UTF-8。`,
      en: `The file's encoding is uncertain; read as ${decoded.encoding} (${decoded.confidence}% confidence). If the text is garbled, save it as UTF-8.`,
    },
  };
}
