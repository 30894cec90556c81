import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { Diagnostic, SourceDocument, SourceFormat } from "@fazhi/core";
import { decodeText, type DecodedText } from "./decode.js";
import { ReadError, readErrors } from "./errors.js";
import { htmlToLines } from "./html.js";
import { declaredCharset, looksLikeHtml, sniffMagic, sniffNul } from "./sniff.js";
import { lineOfOffset, lineTextAt, textLineOrigins } from "./text.js";

export { decodeText, encodingForLabel, type DecodedText } from "./decode.js";
export { ReadError, type ReadErrorCode } from "./errors.js";
export { htmlToLines, type HtmlText } from "./html.js";
export { CONTENT_SELECTORS, TITLE_SELECTORS } from "./html-selectors.js";

export interface ReadOptions {
  /** Files larger than this are refused with `too-large` before they are read. Default 50 MB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const TEXT_EXTENSIONS = new Set([".txt", ".text", ".md"]);
const HTML_EXTENSIONS = new Set([".html", ".htm", ".shtml", ".xhtml"]);
/** Formats a later reader will handle; for now they are refused with a message saying how to convert them. */
const UNSUPPORTED_EXTENSIONS = new Set([".docx", ".doc", ".docm", ".dotx", ".pdf", ".wps", ".wpt", ".rtf", ".odt"]);

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

/** Read a report file: text (.txt/.text/.md) or a saved web page (.html/.htm/.shtml/.xhtml); other names are sniffed. */
export async function readReport(path: string, options: ReadOptions = {}): Promise<SourceDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let info;
  try {
    info = await stat(path);
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
    bytes = await readFile(path);
  } catch (err) {
    throw ioError(path, err);
  }
  return readReportBytes(path, bytes, options);
}

/** The same as `readReport`, from bytes already in memory; `file` is used for the extension and in messages. */
export function readReportBytes(file: string, bytes: Uint8Array, options: ReadOptions = {}): SourceDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const ext = extname(file).toLowerCase();
  if (UNSUPPORTED_EXTENSIONS.has(ext)) throw readErrors.unsupportedFormat(file, ext);
  if (bytes.length > maxBytes) throw readErrors.tooLarge(file, bytes.length, maxBytes);
  if (bytes.length === 0) throw readErrors.empty(file, "bytes");
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
  if (!/\S/.test(decoded.text)) throw readErrors.empty(file, "whitespace");
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
  if (!/\S/.test(page.text)) throw readErrors.empty(file, "html");
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
