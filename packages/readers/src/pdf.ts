/**
 * PDF → report lines with pdfjs-dist (legacy build, loaded only when a PDF is met). Per page: text items in
 * reading order, grouped into visual lines; running headers/footers and page numbers removed; lines rejoined
 * into paragraphs (a line break between Han characters is not a space); Kangxi radicals and compatibility
 * ideographs folded. Each output line's origin is its page and its visual line on that page.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { BUNDLED, bundlePath } from "@fazhi/core/bundle";
import type { Origin } from "@fazhi/core";
import { foldLookalikeIdeographs, isWideChar } from "./cjk-fold.js";

export interface PdfLimits {
  /** Most pages read; a longer PDF is refused. Default 500. */
  maxPages: number;
  /** Time allowed for one file in ms. Default 30,000. */
  timeoutMs: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxPages: 500, timeoutMs: 30_000 };

export interface PdfText {
  text: string;
  lineOrigins: Origin[];
  pages: number;
  /** Pages with no text at all (scanned pages inside an otherwise digital PDF). */
  pagesWithoutText: number[];
  /** Visual lines removed as running headers, footers or page numbers. */
  furnitureRemoved: number;
  /** The file does not end with %%EOF (cut off), though pdfjs could still read it. */
  missingEof: boolean;
}

/** Why pdfjs could not give us text; index.ts turns these into ReadErrors with the file name. */
export class PdfProblem extends Error {
  constructor(
    readonly kind: "encrypted" | "damaged" | "needs-ocr" | "too-many-pages" | "timeout",
    message: string,
    readonly detail: { pages?: number; page?: number; truncated?: boolean } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjsPromise: Promise<PdfJs> | null = null;
// The minified builds: the plain ones name multi-megabyte source maps, which Node parses on import whenever
// source maps are enabled (tsx enables them): 4–5 s instead of 0.3 s. Importing the worker module ourselves
// sets globalThis.pdfjsWorker, which pdfjs then runs in this thread instead of loading it again.
// The compiled CLI ships these files, with the cmaps and fonts, in dist/pdfjs/ (tooling/build).
const PDFJS_MAIN: string = BUNDLED ? pathToFileURL(bundlePath("pdfjs/pdf.min.mjs")).href : "pdfjs-dist/legacy/build/pdf.min.mjs";
const PDFJS_WORKER: string = BUNDLED ? pathToFileURL(bundlePath("pdfjs/pdf.worker.min.mjs")).href : "pdfjs-dist/legacy/build/pdf.worker.min.mjs";

/**
 * The legacy build brings core-js polyfills. Most only add what Node 20 lacks (Promise.withResolvers, Set
 * methods), but two replace working built-ins for the whole process with slow JavaScript: Array.prototype.push
 * (a V8 edge case on 2^32-long arrays) and JSON.parse (the source-text proposal). Put the built-ins back.
 */
function loadPdfJs(): Promise<PdfJs> {
  if (!pdfjsPromise) {
    const push = Object.getOwnPropertyDescriptor(Array.prototype, "push")!;
    const parse = Object.getOwnPropertyDescriptor(JSON, "parse")!;
    // Without the optional native @napi-rs/canvas (the compiled CLI does not ship it), pdfjs prints
    // "Warning: Cannot load …" / "Warning: Cannot polyfill …" with console.log while loading: rendering
    // needs them, text extraction does not. Keep them off stdout, which may be the user's JSON.
    const log = console.log;
    console.log = (...args: unknown[]) => {
      if (typeof args[0] === "string" && /^Warning: Cannot (?:load|polyfill)\b/.test(args[0])) return;
      log(...args);
    };
    pdfjsPromise = (async () => {
      try {
        await import(PDFJS_WORKER);
        return (await import(PDFJS_MAIN)) as PdfJs;
      } finally {
        console.log = log;
        Object.defineProperty(Array.prototype, "push", push);
        Object.defineProperty(JSON, "parse", parse);
      }
    })();
    pdfjsPromise.catch(() => (pdfjsPromise = null));
  }
  return pdfjsPromise;
}

const require = createRequire(import.meta.url);
const PDFJS_DIR = BUNDLED ? bundlePath("pdfjs") : dirname(require.resolve("pdfjs-dist/package.json"));
// pdfjs reads these with fs in Node: plain paths ending in a separator.
const CMAP_URL = join(PDFJS_DIR, "cmaps") + "/";
const STANDARD_FONTS_URL = join(PDFJS_DIR, "standard_fonts") + "/";

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

interface VisualLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
  /** The line has wide gaps (table cells): it stays a line of its own. */
  cells: boolean;
  /** 1-based position among the page's kept lines. */
  lineOnPage: number;
}

interface PageLines {
  page: number;
  height: number;
  lines: Omit<VisualLine, "lineOnPage">[];
}

export async function readPdf(bytes: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PdfText> {
  const started = Date.now();
  const missingEof = !hasEofMarker(bytes);
  const pdfjs = await loadPdfJs();
  // pdfjs may detach the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS_URL,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfProblem("timeout", `timed out after ${limits.timeoutMs} ms`)), limits.timeoutMs);
  });
  try {
    return await Promise.race([extract(task, limits, started, missingEof), timeout]);
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => {});
  }
}

async function extract(
  task: ReturnType<PdfJs["getDocument"]>,
  limits: PdfLimits,
  started: number,
  missingEof: boolean,
): Promise<PdfText> {
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = (err as { name?: string })?.name;
    if (name === "PasswordException") throw new PdfProblem("encrypted", "password required", {}, { cause: err });
    throw new PdfProblem("damaged", err instanceof Error ? err.message : String(err), { truncated: missingEof }, { cause: err });
  }
  if (doc.numPages > limits.maxPages) throw new PdfProblem("too-many-pages", "too many pages", { pages: doc.numPages });
  const pages: PageLines[] = [];
  const pagesWithoutText: number[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    if (Date.now() - started > limits.timeoutMs) throw new PdfProblem("timeout", "timed out");
    let items: Item[];
    let height: number;
    try {
      const page = await doc.getPage(p);
      height = page.view[3]! - page.view[1]!;
      const content = await page.getTextContent();
      items = [];
      for (const it of content.items) {
        if (!("str" in it) || it.str === "") continue;
        const [a, b, , d, e, f] = it.transform as number[];
        const size = Math.hypot(a!, b!) || Math.abs(d!) || 1;
        items.push({ str: it.str, x: e!, y: f!, w: it.width, size });
      }
      page.cleanup();
    } catch (err) {
      throw new PdfProblem("damaged", err instanceof Error ? err.message : String(err), { page: p, truncated: missingEof }, { cause: err });
    }
    if (!items.some((i) => /\S/.test(i.str))) pagesWithoutText.push(p);
    pages.push({ page: p, height, lines: toLines(items, p) });
  }
  if (pagesWithoutText.length === doc.numPages) throw new PdfProblem("needs-ocr", "no text layer", { pages: doc.numPages });

  const furnitureRemoved = removeFurniture(pages);
  const lines: VisualLine[] = [];
  for (const pg of pages) pg.lines.forEach((l, i) => lines.push({ ...l, lineOnPage: i + 1 }));
  const { text, lineOrigins } = toParagraphs(lines, pages);
  return { text, lineOrigins, pages: doc.numPages, pagesWithoutText, furnitureRemoved, missingEof };
}

/** "%%EOF" in the last 2 KB: a PDF without it was cut off (an incomplete download). */
function hasEofMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.byteLength - 2048));
  return tail.includes("%%EOF");
}

// ---- items → visual lines ----

const SPACE = /^\s+$/;
const CELL_SEPARATOR = " | ";

function toLines(items: Item[], page: number): Omit<VisualLine, "lineOnPage">[] {
  // Reading order: top to bottom (PDF y grows upwards), then left to right; items on one baseline form a line.
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Item[][] = [];
  for (const it of sorted) {
    const g = groups[groups.length - 1];
    const ref = g?.find((o) => !SPACE.test(o.str)) ?? g?.[0];
    if (g && ref && Math.abs(ref.y - it.y) <= Math.max(ref.size, it.size) * 0.4) g.push(it);
    else groups.push([it]);
  }
  const out: Omit<VisualLine, "lineOnPage">[] = [];
  for (const g of groups) {
    g.sort((p, q) => p.x - q.x);
    let text = "";
    let end = -Infinity;
    let pendingSpace = false;
    let size = 0;
    let x0 = Infinity;
    let x1 = -Infinity;
    let cells = false;
    for (const it of g) {
      if (SPACE.test(it.str)) {
        pendingSpace = text !== "";
        continue;
      }
      const gap = it.x - end;
      if (text && gap > it.size * 2.5) {
        // A wide gap on one baseline: table cells or columns of a form.
        text += CELL_SEPARATOR;
        cells = true;
      } else if (text && (pendingSpace || gap > it.size * 0.25) && !isWideChar(text.charCodeAt(text.length - 1)) && !isWideChar(it.str.charCodeAt(0))) text += " ";
      pendingSpace = false;
      text += it.str;
      end = it.x + it.w;
      size = Math.max(size, it.size);
      x0 = Math.min(x0, it.x);
      x1 = Math.max(x1, it.x + it.w);
    }
    text = foldLookalikeIdeographs(text.replace(/[ \t\r\n\f]+/g, " ").trim());
    if (text) out.push({ text, x0, x1, y: g[0]!.y, size, page, cells });
  }
  return out;
}

// ---- running headers, footers and page numbers ----

const PAGE_NUMBER =
  /^(?:第\s*[\d一二三四五六七八九十百]+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页|[-—–－~〜]\s*\d+\s*[-—–－~〜]|\d+\s*[/／]\s*\d+|(?:page|p\.)\s*\d+(?:\s*(?:of|\/)\s*\d+)?|\d{1,4})$/i;

/** Removes lines repeated at the same height on most pages, and page numbers in the top or bottom margin. */
function removeFurniture(pages: PageLines[]): number {
  const key = (l: { text: string; y: number }) => `${Math.round(l.y / 3)}|${l.text.replace(/\d+/g, "#").replace(/\s+/g, "")}`;
  const seen = new Map<string, Set<number>>();
  for (const pg of pages) for (const l of pg.lines) {
    const k = key(l);
    let s = seen.get(k);
    if (!s) seen.set(k, (s = new Set()));
    s.add(pg.page);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  let removed = 0;
  for (const pg of pages) {
    const margin = pg.height * 0.12;
    const keep = pg.lines.filter((l, i) => {
      const inMargin = l.y > pg.height - margin || l.y < margin;
      const edge = i === 0 || i === pg.lines.length - 1;
      const repeated = pages.length >= 2 && (seen.get(key(l))?.size ?? 0) >= needed && (inMargin || edge) && l.text.length <= 60;
      const pageNumber = (inMargin || edge) && PAGE_NUMBER.test(l.text.replace(/\s+/g, " ").trim());
      return !(repeated || pageNumber);
    });
    removed += pg.lines.length - keep.length;
    pg.lines = keep;
  }
  return removed;
}

// ---- visual lines → paragraphs ----

const SENTENCE_END = /[。：:；;！!？?][”’」』）)]*$/;
const NUMBERED_START =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[）)]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|第[一二三四五六七八九十百\d]+[章节部分条])/;

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function toParagraphs(lines: VisualLine[], pages: PageLines[]): { text: string; lineOrigins: Origin[] } {
  // The text block's left edge (the most common line start) and right edge (where the widest tenth of lines
  // end), over the whole document: a page of short lines (a cover, a menu) says nothing about the margins.
  const starts = new Map<number, number>();
  for (const l of lines) starts.set(Math.round(l.x0), (starts.get(Math.round(l.x0)) ?? 0) + 1);
  const left = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const ends = lines.map((l) => l.x1).sort((a, b) => b - a);
  const right = ends[Math.min(ends.length - 1, Math.floor(ends.length * 0.1))] ?? 0;
  // The usual line pitch per page.
  const pitch = new Map<number, number>();
  for (const pg of pages) {
    const ps: number[] = [];
    for (let i = 1; i < pg.lines.length; i++) ps.push(pg.lines[i - 1]!.y - pg.lines[i]!.y);
    pitch.set(pg.page, median(ps.filter((p) => p > 0)));
  }
  /** Did `prev` stop short of the margin by more than the next line's first word would need? Then it ended a paragraph. */
  const endedShort = (prev: VisualLine, next: VisualLine): boolean => {
    const word = /^[^\u2e80-\u9fff\uff00-\uffef\s]+/.exec(next.text)?.[0];
    const needed = word ? word.length * next.size * 0.55 : next.size;
    return right - prev.x1 > needed + prev.size * 2;
  };
  const indented = (l: VisualLine) => l.x0 > left + l.size * 0.8;
  const gapBefore = (prev: VisualLine, l: VisualLine) => {
    const p = pitch.get(prev.page) ?? 0;
    return prev.page === l.page && p > 0 && prev.y - l.y > p * 1.4;
  };
  // When the layout marks paragraphs (first-line indents or space between paragraphs), a full-width line that
  // happens to end in 。 does not end its paragraph; without such marks, sentence-final punctuation is our best sign.
  let marks = 0;
  for (let i = 1; i < lines.length; i++) if (indented(lines[i]!) || gapBefore(lines[i - 1]!, lines[i]!)) marks++;
  const layoutMarksParagraphs = marks >= 3;
  const out: string[] = [];
  const origins: Origin[] = [];
  let prev: VisualLine | null = null;
  for (const l of lines) {
    let fresh = prev === null;
    if (prev) {
      fresh =
        prev.cells ||
        l.cells ||
        (SENTENCE_END.test(prev.text) && (!layoutMarksParagraphs || right - prev.x1 > prev.size * 0.5)) ||
        NUMBERED_START.test(l.text) ||
        indented(l) || // indented first line, or a centred title
        endedShort(prev, l) ||
        Math.abs(l.size - prev.size) > 1 || // a heading and body text differ in size
        gapBefore(prev, l); // space between paragraphs
    }
    if (fresh) {
      out.push(l.text);
      origins.push({ line: l.lineOnPage, page: l.page });
    } else {
      const last = out[out.length - 1]!;
      const joinWithSpace = !isWideChar(last.charCodeAt(last.length - 1)) && !isWideChar(l.text.charCodeAt(0));
      out[out.length - 1] = last + (joinWithSpace ? " " : "") + l.text;
    }
    prev = l;
  }
  return { text: out.join("\n"), lineOrigins: origins };
}
