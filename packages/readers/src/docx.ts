/**
 * .docx → report lines. The archive is checked against zip-bomb limits before anything is unpacked; mammoth
 * turns the document into HTML (Word heading styles → h1–h6, tables kept, headers/footers, comments and
 * tracked deletions left out); Word's automatic numbering, which mammoth drops, is rendered back into the
 * text (docx-numbering.ts); the HTML line builder then gives one line per paragraph and one per table row
 * (cells joined by " | "). Each line's origin is the 0-based index of its Word paragraph.
 */
/// <reference path="./vendor.d.ts" />
import mammoth from "mammoth";
import type { Origin } from "@fazhi/core";
import { numberParagraphs, type ParagraphNumbering } from "./docx-numbering.js";
import { htmlToLines } from "./html.js";
import { checkAndReadZip, DEFAULT_ZIP_LIMITS, type ZipLimits } from "./zip.js";

export interface DocxText {
  text: string;
  lineOrigins: Origin[];
  /** Images in the body (a body of images and no text is a scan pasted into Word). */
  images: number;
  /** Paragraphs whose automatic number was rendered into the text. */
  numbered: number;
}

/** The archive is not a Word document (no main document part). */
export class NotWordError extends Error {}

const STYLE_MAP = [
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`p[style-name='heading ${n}'] => h${n}:fresh`, `p[style-name='标题 ${n}'] => h${n}:fresh`]),
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='副标题'] => h2:fresh",
];

// Private-use marks put in front of each paragraph's text to carry its index through mammoth's HTML.
const MARK_OPEN = "\ue000";
const MARK_CLOSE = "\ue001";
const MARK = /\ue000(\d+)\ue001/g;

interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
}

function firstText(el: MammothElement): MammothElement | null {
  if (el.type === "text") return el;
  for (const c of el.children ?? []) {
    const t = firstText(c);
    if (t) return t;
  }
  return null;
}

function allText(el: MammothElement): string {
  if (el.type === "text") return el.value ?? "";
  let s = "";
  for (const c of el.children ?? []) s += allText(c);
  return s;
}

function countImages(el: MammothElement): number {
  let n = el.type === "image" ? 1 : 0;
  for (const c of el.children ?? []) n += countImages(c);
  return n;
}

const WANTED_PART = /\.(xml|rels)$/i;

export async function readDocx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<DocxText> {
  const parts = await checkAndReadZip(bytes, (name) => WANTED_PART.test(name), limits);
  const main = mainDocumentPart(parts);
  const documentXml = main ? parts.get(main)?.toString("utf8") : undefined;
  if (!documentXml) throw new NotWordError("no main document part (word/document.xml)");
  const dir = main!.slice(0, main!.lastIndexOf("/") + 1);
  const numbering = numberParagraphs(documentXml, parts.get(`${dir}numbering.xml`)?.toString("utf8"), parts.get(`${dir}styles.xml`)?.toString("utf8"));

  let index = 0;
  let cursor = 0;
  let images = 0;
  let numbered = 0;
  const numberFor = (text: string): ParagraphNumbering | null => {
    // Our walk and mammoth meet the same paragraphs in the same order; the text check guards against the odd part we read differently.
    for (let k = cursor; k < Math.min(numbering.length, cursor + 8); k++) {
      if (numbering[k]!.text === text) {
        cursor = k + 1;
        return numbering[k]!;
      }
    }
    return null;
  };
  const transformParagraph = (p: MammothElement): MammothElement => {
    const i = index++;
    images += countImages(p);
    const num = numberFor(allText(p));
    const first = firstText(p);
    if (first) {
      if (num?.prefix) numbered++;
      first.value = `${MARK_OPEN}${i}${MARK_CLOSE}${num?.prefix ?? ""}${first.value ?? ""}`;
    }
    return p;
  };
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      styleMap: STYLE_MAP,
      // Images are not text: don't unpack or base64 them.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
      transformDocument: transformAll(transformParagraph),
      ignoreEmptyParagraphs: true,
      externalFileAccess: false,
    },
  );
  const html = result.value
    // Footnote/endnote references ("[1]") and the notes mammoth appends after the body are not report text.
    .replace(/<sup><a href="#(?:footnote|endnote)-[^"]*" id="(?:footnote|endnote)-ref-[^"]*">\[\d+\]<\/a><\/sup>/g, "")
    .replace(/<ol><li id="(?:footnote|endnote)-[\s\S]*$/, "");
  const page = htmlToLines(`<html><body><div id="zoom">${html}</div></body></html>`);
  const lines: string[] = [];
  const origins: Origin[] = [];
  let last = 0;
  for (const raw of page.text.split("\n")) {
    let firstIndex: number | null = null;
    const line = raw.replace(MARK, (_, d: string) => {
      if (firstIndex === null) firstIndex = Number(d);
      return "";
    }).trim();
    if (!line) continue;
    const p: number = firstIndex ?? last;
    last = p;
    lines.push(line);
    origins.push({ line: p + 1, paragraph: p });
  }
  return { text: lines.join("\n"), lineOrigins: origins, images, numbered };
}

/** mammoth's transforms.paragraph, without reaching into mammoth's internals: children first, in order. */
function transformAll(fn: (p: MammothElement) => MammothElement): (el: MammothElement) => MammothElement {
  const walk = (el: MammothElement): MammothElement => {
    if (el.children) el.children = el.children.map(walk);
    return el.type === "paragraph" ? fn(el) : el;
  };
  return walk;
}

/** The main document part named by _rels/.rels (officeDocument), or word/document.xml. */
function mainDocumentPart(parts: Map<string, Buffer>): string | null {
  const rels = parts.get("_rels/.rels")?.toString("utf8");
  if (rels) {
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const tag = m[0];
      if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
      const target = /Target="([^"]+)"/.exec(tag)?.[1]?.replace(/^\//, "");
      if (target && parts.has(target)) return target;
    }
  }
  return parts.has("word/document.xml") ? "word/document.xml" : null;
}
