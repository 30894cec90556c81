import { createContext } from "./context.js";
import { detectChrome, extractMeta } from "./meta/index.js";
import type { Diagnostic, Line, ReportModel, SourceDocument } from "./model.js";
import { extractNumbers } from "./numbers/index.js";
import { parseHeadings, segmentParagraphs, splitSentences } from "./structure/index.js";
import { findWatermarks, foldText, normalizeText, splitLines } from "./text.js";

// The folded view computed while parsing, kept beside the model (not in it: it is derived, and the JSON
// stays the original text) so rules and queries never fold the same text twice.
const foldedViews = new WeakMap<ReportModel, string>();

/**
 * The model's folded matching view (Traditional→Simplified, full→half width, watermarks masked with \0),
 * same length as `model.text`. Free for models from `parseDocument`; computed once otherwise.
 */
export function foldedTextOf(model: ReportModel): string {
  let folded = foldedViews.get(model);
  if (folded === undefined) {
    folded = foldText(model.text, findWatermarks(model.text));
    foldedViews.set(model, folded);
  }
  return folded;
}

/** A line of the report with its folded view (same length as `raw`, so match offsets quote the original). */
export interface FoldedLine extends Line {
  /** 繁→简, full-width → half-width, watermarks masked with \0; same length as `raw`. */
  folded: string;
}

const foldedLineViews = new WeakMap<ReportModel, FoldedLine[]>();

/** Every line of the report with its slice of `foldedTextOf`; computed once per model. */
export function foldedLinesOf(model: ReportModel): FoldedLine[] {
  let lines = foldedLineViews.get(model);
  if (lines === undefined) {
    const folded = foldedTextOf(model);
    lines = model.lines.map((l) => ({ ...l, folded: folded.slice(l.span[0], l.span[1]) }));
    foldedLineViews.set(model, lines);
  }
  return lines;
}

/** Turn what a reader produced into the report model every rule works on. Pure and synchronous. */
export function parseDocument(doc: SourceDocument): ReportModel {
  const text = normalizeText(doc.text);
  const lines = splitLines(text, doc.lineOrigins, doc.chromeLines);
  const watermarks = findWatermarks(text);
  const ctx = createContext(doc.file, text, foldText(text, watermarks), lines, watermarks);
  for (const n of detectChrome(ctx)) {
    const line = lines[n - 1];
    if (line) line.chrome = true;
  }
  const headings = parseHeadings(ctx);
  const paragraphs = segmentParagraphs(ctx, headings);
  const sentences = splitSentences(ctx, paragraphs);
  const numbers = extractNumbers(ctx, sentences);
  const { meta, details, diagnostics } = extractMeta(ctx, headings);
  const all: Diagnostic[] = [...(doc.diagnostics ?? []), ...diagnostics];
  if (watermarks.length > 0) {
    all.push({
      code: "watermark",
      severity: "info",
      message: {
        zh: `发现 ${watermarks.length} 处网站水印（如“${text.slice(...watermarks[0]!)}”），匹配时已忽略。`,
        en: `Found ${watermarks.length} site watermark(s) (e.g. "${text.slice(...watermarks[0]!)}"); ignored when matching.`,
      },
      line: lines.find((l) => l.span[1] >= watermarks[0]![0])?.line ?? 1,
    });
  }
  if (headings.length === 0) {
    all.push({
      code: "no-headings",
      severity: "warning",
      message: { zh: "未识别出任何标题（一、（一）1. 等），报告结构无法判断。", en: "No headings (一、 （一） 1. …) were recognised; the report's structure cannot be judged." },
    });
  }
  const model: ReportModel = {
    file: doc.file,
    source: doc.source,
    text,
    lines,
    meta,
    metaDetails: details,
    headings,
    paragraphs,
    sentences,
    numbers,
    diagnostics: all,
  };
  foldedViews.set(model, ctx.folded);
  return model;
}

/** Parse text held in memory (tests, tools): a UTF-8 plain-text source. */
export function parseText(text: string, file = "<text>"): ReportModel {
  return parseDocument({
    file,
    text,
    source: { format: "txt", encoding: "utf-8", encodingConfidence: 100, bytes: Buffer.byteLength(text), sha256: "" },
  });
}
