import { COMMON_HAN } from "./common-han.js";

/** Looking at the first bytes of a file: what kind of file it really is, and what charset an HTML page declares. */

export interface FileKind {
  zh: string;
  en: string;
}

interface Magic {
  bytes: readonly number[];
  offset?: number;
  kind: FileKind;
}

/** Signatures of files that are often renamed or mis-saved as reports. */
const MAGICS: readonly Magic[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: { zh: "一个 PNG 图片", en: "a PNG image" } },
  { bytes: [0xff, 0xd8, 0xff], kind: { zh: "一个 JPEG 图片", en: "a JPEG image" } },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: { zh: "一个 GIF 图片", en: "a GIF image" } },
  { bytes: [0x42, 0x4d], kind: { zh: "一个 BMP 图片", en: "a BMP image" }, offset: 0 },
  { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8, kind: { zh: "一个 WebP 图片", en: "a WebP image" } },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: { zh: "一个 PDF 文件", en: "a PDF file" } },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    kind: { zh: "一个 ZIP 压缩包（可能是 .docx/.xlsx 文档）", en: "a ZIP archive (perhaps a .docx/.xlsx document)" },
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: { zh: "一个 Word 97-2003 / WPS 文档", en: "a Word 97-2003 / WPS document" },
  },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], kind: { zh: "一个 RAR 压缩包", en: "a RAR archive" } },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: { zh: "一个 7z 压缩包", en: "a 7z archive" } },
  { bytes: [0x1f, 0x8b], kind: { zh: "一个 gzip 压缩包", en: "a gzip archive" } },
];

function startsWith(bytes: Uint8Array, sig: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[offset + i] !== sig[i]) return false;
  return true;
}

/** A known non-text file signature at the start of `bytes`, or null. BMP needs more than "BM" to count. */
export function sniffMagic(bytes: Uint8Array): FileKind | null {
  for (const m of MAGICS) {
    if (!startsWith(bytes, m.bytes, m.offset ?? 0)) continue;
    if (m.bytes[0] === 0x42 && m.bytes.length === 2) {
      // "BM" starts plenty of text; a real BMP has its file size at 2..5 and a DIB header size at 14.
      if (bytes.length < 18 || bytes[14] === undefined || ![12, 40, 52, 56, 64, 108, 124].includes(bytes[14]!)) continue;
    }
    if (m.offset === 8 && !startsWith(bytes, [0x52, 0x49, 0x46, 0x46])) continue; // WebP = RIFF....WEBP
    return m.kind;
  }
  return null;
}

/** How far into a file we look for NUL bytes (git looks at the first 8000 bytes, we do the same). */
const NUL_WINDOW = 8000;

/**
 * NUL bytes mean binary, unless the file is UTF-16 without a BOM. Under the right byte order, UTF-16 text
 * decodes to ASCII, CJK punctuation and common Han characters; binary data (and ASCII text with stray
 * NULs) decodes to NUL units and rare characters. Returns "utf-16le"/"utf-16be" when one byte order reads
 * as text, "binary" otherwise, null when the first 8000 bytes hold no NUL.
 */
export function sniffNul(bytes: Uint8Array): "utf-16le" | "utf-16be" | "binary" | null {
  const end = Math.min(bytes.length, NUL_WINDOW);
  if (bytes.subarray(0, end).indexOf(0) === -1) return null;
  if (bytes.length % 2 !== 0) return "binary";
  const sample = bytes.subarray(0, end - (end % 2));
  for (const order of ["utf-16le", "utf-16be"] as const) {
    const text = new TextDecoder(order).decode(sample, { stream: true });
    let textual = 0;
    let nul = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0) nul++;
      else if ((c >= 0x20 && c <= 0x7e) || c === 9 || c === 10 || c === 13) textual++;
      else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x206f)) textual++;
      else if (COMMON_HAN.has(c)) textual++;
    }
    if (nul <= text.length * 0.01 && textual >= text.length * 0.6) return order;
  }
  return "binary";
}

/** The first non-whitespace characters of a file, as ASCII (for HTML sniffing), skipping a UTF-8/UTF-16 BOM. */
function leadingAscii(bytes: Uint8Array, max = 512): string {
  let start = 0;
  let step = 1;
  let lo = 0; // offset of the ASCII byte within a UTF-16 code unit
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) start = 3;
  else if (startsWith(bytes, [0xff, 0xfe])) [start, step, lo] = [2, 2, 0];
  else if (startsWith(bytes, [0xfe, 0xff])) [start, step, lo] = [2, 2, 1];
  let out = "";
  for (let i = start + lo; i < bytes.length && out.length < max; i += step) out += String.fromCharCode(bytes[i]!);
  return out;
}

/** True when the file starts (after a BOM and whitespace) like an HTML document. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = leadingAscii(bytes).trimStart().slice(0, 20).toLowerCase();
  return head.startsWith("<!doctype") || head.startsWith("<html") || /^<\?xml[^>]*>\s*<(!doctype|html)/.test(leadingAscii(bytes).trimStart().toLowerCase());
}

/** The charset an HTML page declares in its first 2 KB (`<meta charset>`, `http-equiv` Content-Type, or an XML declaration). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString("latin1");
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  if (meta) return meta[1]!.toLowerCase();
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']/i.exec(head);
  return xml ? xml[1]!.toLowerCase() : null;
}
