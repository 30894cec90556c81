/**
 * Word 97–2003 .doc (and WPS files saved in the same OLE format) → report lines with word-extractor: the
 * body text, one line per paragraph; headers, footers, footnotes and comments are left out. Word's automatic
 * numbering is not stored in a .doc's text and is not rendered (see README: known gaps).
 */
/// <reference path="./vendor.d.ts" />
import WordExtractor from "word-extractor";
import type { Origin } from "@fazhi/core";

export interface DocText {
  text: string;
  lineOrigins: Origin[];
}

/** An encrypted Office file is an OLE container holding an "EncryptedPackage" stream (name in UTF-16LE). */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buf.includes(Buffer.from("EncryptedPackage", "utf16le")) || buf.includes(Buffer.from("EncryptionInfo", "utf16le"));
}

export async function readDoc(bytes: Uint8Array): Promise<DocText> {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const doc = await new WordExtractor().extract(buf);
  const body = doc.getBody({ filterUnicode: false });
  const lines: string[] = [];
  const origins: Origin[] = [];
  body.split(/\r\n|\r|\n/).forEach((raw, paragraph) => {
    // Table cells come tab-separated.
    const line = raw.replace(/\t+/g, " | ").replace(/[ \u00a0]+/g, " ").replace(/^[ |]+|[ |]+$/g, "");
    if (!line) return;
    lines.push(line);
    origins.push({ line: paragraph + 1, paragraph });
  });
  return { text: lines.join("\n"), lineOrigins: origins };
}
