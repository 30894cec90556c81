import type { ParseContext } from "../context.js";
import type { Paragraph, Sentence } from "../model.js";
import { lineAt } from "../text.js";
import { sentenceBreaks } from "./punctuation.js";

/**
 * Sentences of each paragraph: split after 。！？；!?… (and a newline), quote-aware, never across
 * paragraphs. Spans leave out surrounding whitespace; pieces that are only whitespace or masked
 * watermark characters are dropped.
 */
export function splitSentences(ctx: ParseContext, paragraphs: Paragraph[]): Sentence[] {
  const { text, folded } = ctx;
  const out: Sentence[] = [];
  const push = (p: Paragraph, a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    let content = false;
    for (let i = a; i < b && !content; i++) content = folded[i] !== "\0" && !/\s/.test(folded[i]!);
    if (!content) return;
    out.push({
      index: out.length,
      paragraph: p.index,
      span: [a, b],
      line: p.line === p.endLine ? p.line : lineAt(ctx.lines, a),
      raw: text.slice(a, b),
    });
  };
  for (const p of paragraphs) {
    const [s, e] = p.span;
    let start = s;
    for (const br of sentenceBreaks(folded, s, e)) {
      push(p, start, br.end);
      start = br.end;
    }
    if (start < e) push(p, start, e);
  }
  return out;
}
