import type { Line, Span } from "./model.js";
import { findWatermarks, foldText, MatchView, normalizeText, splitLines } from "./text.js";

/**
 * What every parsing stage reads. `text` is the normalized text every span points into; `folded` is the
 * same length (Traditional→Simplified, full-width→half-width, watermarks masked with \0) and is what
 * stages match patterns against, so a match's offsets quote `text` directly.
 */
export interface ParseContext {
  readonly file: string;
  readonly text: string;
  readonly folded: string;
  /** All lines; `chrome` is set on page-chrome lines (from the reader and from chrome detection). */
  readonly lines: Line[];
  readonly watermarks: readonly Span[];
  /** A whitespace/watermark-free matching view of a range of the folded text. */
  view(range?: Span): MatchView;
}

export function createContext(file: string, text: string, folded: string, lines: Line[], watermarks: readonly Span[]): ParseContext {
  return {
    file,
    text,
    folded,
    lines,
    watermarks,
    view: (range?: Span) => new MatchView(text, folded, range),
  };
}

/** Lines that belong to the report itself: not chrome, not blank. */
export function bodyLines(ctx: ParseContext): Line[] {
  return ctx.lines.filter((l) => !l.chrome && l.raw.trim() !== "");
}

/** Build a context straight from text (tests, and readers that have no origin information). */
export function contextFromText(raw: string, file = "<text>", chromeLines?: readonly number[]): ParseContext {
  const text = normalizeText(raw);
  const lines = splitLines(text, undefined, chromeLines);
  const watermarks = findWatermarks(text);
  return createContext(file, text, foldText(text, watermarks), lines, watermarks);
}
