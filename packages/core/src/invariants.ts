import type { Heading, ReportModel, Span } from "./model.js";

/**
 * The model's invariants (after textlint's ast-tester): every node quotes `text` exactly at its span,
 * spans are ordered and nested, lines match their spans. Returns the violations (empty when sound).
 */
export function checkModelInvariants(model: ReportModel): string[] {
  const problems: string[] = [];
  const { text } = model;
  const quote = (what: string, span: Span, raw: string) => {
    if (span[0] > span[1] || span[1] > text.length) problems.push(`${what}: span ${span} out of range`);
    else if (text.slice(span[0], span[1]) !== raw) problems.push(`${what}: text.slice(${span}) !== raw ${JSON.stringify(raw.slice(0, 30))}`);
  };
  const lineOf = (offset: number) => {
    for (const l of model.lines) if (offset >= l.span[0] && offset <= l.span[1]) return l.line;
    return -1;
  };
  model.lines.forEach((l, i) => {
    quote(`line ${l.line}`, l.span, l.raw);
    if (l.line !== i + 1) problems.push(`line ${i + 1} numbered ${l.line}`);
  });
  const ordered = (what: string, spans: Span[]) => {
    for (let i = 1; i < spans.length; i++) if (spans[i]![0] < spans[i - 1]![0]) problems.push(`${what} ${i} starts before ${what} ${i - 1}`);
  };
  const visit = (hs: Heading[], parent: Heading | null) => {
    ordered("heading", hs.map((h) => h.span));
    for (const h of hs) {
      quote(`heading ${h.id}`, h.span, h.raw);
      if (lineOf(h.span[0]) !== h.line) problems.push(`heading ${h.id}: line ${h.line} ≠ ${lineOf(h.span[0])}`);
      if (parent && h.span[0] < parent.span[0]) problems.push(`heading ${h.id} starts before its parent ${parent.id}`);
      if (parent && h.depth !== parent.depth + 1) problems.push(`heading ${h.id}: depth ${h.depth} under depth ${parent.depth}`);
      visit(h.children, h);
    }
  };
  visit(model.headings, null);
  for (const p of model.paragraphs) {
    quote(`paragraph ${p.index}`, p.span, p.raw);
    if (lineOf(p.span[0]) !== p.line) problems.push(`paragraph ${p.index}: line ${p.line} ≠ ${lineOf(p.span[0])}`);
  }
  ordered("paragraph", model.paragraphs.map((p) => p.span));
  for (const s of model.sentences) {
    quote(`sentence ${s.index}`, s.span, s.raw);
    const p = model.paragraphs[s.paragraph];
    if (!p || s.span[0] < p.span[0] || s.span[1] > p.span[1]) problems.push(`sentence ${s.index} outside paragraph ${s.paragraph}`);
    if (lineOf(s.span[0]) !== s.line) problems.push(`sentence ${s.index}: line ${s.line} ≠ ${lineOf(s.span[0])}`);
  }
  ordered("sentence", model.sentences.map((s) => s.span));
  for (const [i, n] of model.numbers.entries()) {
    quote(`number ${i}`, n.span, n.raw);
    const s = model.sentences[n.sentence];
    if (!s || n.span[0] < s.span[0] || n.span[1] > s.span[1]) problems.push(`number ${i} (${n.raw}) outside sentence ${n.sentence}`);
    if (lineOf(n.span[0]) !== n.line) problems.push(`number ${i}: line ${n.line} ≠ ${lineOf(n.span[0])}`);
  }
  ordered("number", model.numbers.map((n) => n.span));
  return problems;
}
