import type { ParseContext } from "../context.js";
import type { Heading, Paragraph } from "../model.js";
import { flattenHeadings } from "./headings.js";

/**
 * One paragraph per non-blank, non-chrome line; the span leaves out the line's leading indentation and
 * trailing whitespace. `headingId` is the innermost heading whose start is at or before the paragraph's
 * start (a heading line is a paragraph too, under its own heading).
 */
export function segmentParagraphs(ctx: ParseContext, headings: Heading[]): Paragraph[] {
  const { text } = ctx;
  const flat = flattenHeadings(headings); // pre-order = document order of starts
  const out: Paragraph[] = [];
  let h = -1;
  for (const line of ctx.lines) {
    if (line.chrome) continue;
    let [s, e] = line.span;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (s >= e) continue;
    while (h + 1 < flat.length && flat[h + 1]!.span[0] <= s) h++;
    out.push({
      index: out.length,
      span: [s, e],
      line: line.line,
      endLine: line.line,
      raw: text.slice(s, e),
      origin: line.origin,
      headingId: h >= 0 ? flat[h]!.id : null,
    });
  }
  return out;
}

/** Whitespace as String.prototype.trim sees it (incl. U+3000 and NBSP). */
function isBlank(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
  );
}
