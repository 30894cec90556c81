import { expect } from "vitest";
import { contextFromText, type ParseContext } from "../context.js";
import type { Heading, Paragraph, Sentence } from "../model.js";
import { flattenHeadings, parseHeadings } from "./headings.js";
import { segmentParagraphs } from "./paragraphs.js";
import { splitSentences } from "./sentences.js";

/** Test-only: parse a text fully and check the model invariants on every node. */
export function parseAll(raw: string, file = "<text>", chromeLines?: readonly number[]) {
  const ctx = contextFromText(raw, file, chromeLines);
  const headings = parseHeadings(ctx);
  const flat = flattenHeadings(headings);
  const paragraphs = segmentParagraphs(ctx, headings);
  const sentences = splitSentences(ctx, paragraphs);
  expectInvariants(ctx, headings, paragraphs, sentences);
  return { ctx, headings, flat, paragraphs, sentences };
}

export function expectInvariants(ctx: ParseContext, headings: Heading[], paragraphs: Paragraph[], sentences: Sentence[]): void {
  const { text } = ctx;
  const checkTree = (nodes: Heading[], parent: Heading | null, depth: number) => {
    nodes.forEach((h, i) => {
      expect(text.slice(h.span[0], h.span[1])).toBe(h.raw);
      expect(h.span[0]).toBeLessThan(h.span[1]);
      expect(h.depth).toBe(depth);
      expect(h.id).toBe(parent ? `${parent.id}.${i + 1}` : `h${i + 1}`);
      expect(h.text).not.toContain("\0");
      expect(h.title).not.toContain("\0");
      expect(h.text.endsWith("。")).toBe(false);
      expect(ctx.lines[h.line - 1]!.chrome).toBe(false);
      expect(h.origin).toEqual(ctx.lines[h.line - 1]!.origin);
      const line = ctx.lines[h.line - 1]!;
      expect(h.span[0]).toBeGreaterThanOrEqual(line.span[0]);
      expect(h.span[1]).toBeLessThanOrEqual(line.span[1]);
      if (parent) expect(h.span[0]).toBeGreaterThan(parent.span[0]);
      checkTree(h.children, h, depth + 1);
    });
  };
  checkTree(headings, null, 1);
  const flat = flattenHeadings(headings);
  for (let i = 1; i < flat.length; i++) expect(flat[i]!.span[0]).toBeGreaterThanOrEqual(flat[i - 1]!.span[1]);

  paragraphs.forEach((p, i) => {
    expect(p.index).toBe(i);
    expect(text.slice(p.span[0], p.span[1])).toBe(p.raw);
    expect(p.raw).toBe(p.raw.trim());
    expect(p.raw.length).toBeGreaterThan(0);
    if (i > 0) expect(p.span[0]).toBeGreaterThan(paragraphs[i - 1]!.span[1]);
    expect(ctx.lines[p.line - 1]!.chrome).toBe(false);
  });
  sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(text.slice(s.span[0], s.span[1])).toBe(s.raw);
    expect(s.raw).toBe(s.raw.trim());
    const p = paragraphs[s.paragraph]!;
    expect(s.span[0]).toBeGreaterThanOrEqual(p.span[0]);
    expect(s.span[1]).toBeLessThanOrEqual(p.span[1]);
    if (i > 0) {
      expect(s.span[0]).toBeGreaterThanOrEqual(sentences[i - 1]!.span[1]);
      expect(s.paragraph).toBeGreaterThanOrEqual(sentences[i - 1]!.paragraph);
    }
  });
}

/** "text" of every heading, indented by depth: a readable snapshot of the tree. */
export function outline(headings: Heading[]): string[] {
  return flattenHeadings(headings).map((h) => `${"  ".repeat(h.depth - 1)}${h.text}`);
}
