import { flattenHeadings, foldedLinesOf, type Evidence, type FoldedLine, type Heading, type ReportModel } from "@fazhi/core";

/** A line of the report with its folded view: core's `FoldedLine`. */
export type TextLine = FoldedLine;

/** Longest quote taken from a line (a finding stays readable). */
export const MAX_QUOTE = 60;

/** Every line of the report with its folded view, from core (computed once per model). */
export const textLines = foldedLinesOf;

/** Non-blank lines of the report body (page chrome left out). */
export function bodyLines(model: ReportModel): TextLine[] {
  return textLines(model).filter((l) => !l.chrome && l.raw.trim() !== "");
}

export function lineOf(model: ReportModel, line: number): TextLine | undefined {
  return textLines(model)[line - 1];
}

/** A line of running text: long enough and punctuated like a sentence. */
export function isProse(l: TextLine): boolean {
  const f = l.folded.trim();
  return f.length >= 20 && /[,，。;；]/u.test(f);
}

/** Quote a line, or the part of it around `[index, index + length)`, as evidence. */
export function quote(l: TextLine, index = 0, length = l.raw.length, max = MAX_QUOTE): Evidence {
  const raw = l.raw;
  if (raw.trim().length <= max) return { line: l.line, text: raw.trim() };
  const pad = Math.max(0, Math.floor((max - length) / 2));
  let start = Math.max(0, index - pad);
  const end = Math.min(raw.length, Math.max(index + length, start + max));
  start = Math.max(0, Math.min(start, end - max));
  const text = raw.slice(start, end).trim();
  return { line: l.line, text: text || raw.trim() };
}

/** The first match of `pattern` in the folded lines, quoted from the original. */
export function findIn(lines: readonly TextLine[], pattern: RegExp): { line: TextLine; match: RegExpExecArray; evidence: Evidence } | null {
  for (const l of lines) {
    const m = pattern.exec(l.folded);
    if (m) return { line: l, match: m, evidence: quote(l, m.index, m[0].length) };
  }
  return null;
}

/** All matches of a global pattern in the folded lines. */
export function findAllIn(lines: readonly TextLine[], pattern: RegExp): Array<{ line: TextLine; text: string; evidence: Evidence }> {
  const g = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  const out: Array<{ line: TextLine; text: string; evidence: Evidence }> = [];
  for (const l of lines) {
    for (const m of l.folded.matchAll(g)) {
      if (m[0].length === 0) continue;
      out.push({ line: l, text: m[0], evidence: quote(l, m.index, m[0].length, 30) });
    }
  }
  return out;
}

/**
 * The head of the document: the title (core's, or short unpunctuated lines before the first prose line)
 * and the opening (the first prose lines before the body's first level-1 heading, at most `maxProse`).
 */
export function documentHead(model: ReportModel, maxProse = 3): { titleLines: TextLine[]; opening: TextLine[] } {
  const body = bodyLines(model);
  const titleLines: TextLine[] = [];
  const title = model.metaDetails.title;
  if (title) {
    const l = lineOf(model, title.line);
    // A title core read out of a chrome line (a mirror's "《…报告》是…发布的通知。") is only the words it quotes.
    const at = l?.chrome ? l.raw.indexOf(title.text) : -1;
    if (l && at >= 0 && title.text.length < l.raw.trim().length) {
      const end = at + title.text.length;
      titleLines.push({ ...l, raw: l.raw.slice(at, end), folded: l.folded.slice(at, end), span: [l.span[0] + at, l.span[0] + end] });
    } else if (l) titleLines.push(l);
  }
  const headingLines = new Set(flattenHeadings(model.headings).map((h) => h.line));
  const opening: TextLine[] = [];
  let seenProse = false;
  for (const l of body.slice(0, 12)) {
    if (isProse(l)) {
      seenProse = true;
      if (headingLines.has(l.line) && opening.length > 0) break;
      opening.push(l);
      if (opening.length >= maxProse) break;
      continue;
    }
    if (seenProse) {
      if (headingLines.has(l.line)) break;
      continue;
    }
    // Before the first prose line: short lines are the title block (title, issuer line, 文号, addressee).
    const f = l.folded.trim();
    if (headingLines.has(l.line) || HEADING_NUMBER.test(f)) continue;
    if (f.length <= 80 && !f.includes("。") && !titleLines.some((t) => t.line === l.line) && titleLines.length < 4) titleLines.push(l);
  }
  return { titleLines, opening };
}

/** Numbering that starts a heading: 一、 (一) 1. 第一章. */
export const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+[章部节])/u;

/** The headings at the top level of the body, flattened tree order. */
export function topHeadings(model: ReportModel): Heading[] {
  return model.headings.filter((h) => !lineOf(model, h.line)?.chrome);
}

export function allHeadings(model: ReportModel): Heading[] {
  return flattenHeadings(model.headings).filter((h) => !lineOf(model, h.line)?.chrome);
}

/** Evidence of a meta field, if core recorded where it found it and the quote is in the text. */
export function fieldEvidence(model: ReportModel, field: string): Evidence | null {
  const e = model.metaDetails.evidence[field];
  if (!e || !e.text || !model.text.includes(e.text)) return null;
  return { line: e.line, text: e.text };
}

/** Whether a string contains a mask character. */
export function hasMask(s: string, maskChars: string): boolean {
  return Array.from(s).some((c) => maskChars.includes(c));
}
