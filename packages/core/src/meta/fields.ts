import type { Line } from "../model.js";
import type { ParseContext } from "../context.js";
import { FIELD_LABELS, type FieldKind } from "./vocabulary.js";

/**
 * Labelled metadata fields of web pages ("索 引 号 | 011043217/2023-07888 |", "[ 索引号 ] …",
 * "• 索引号 • lsx31/2025-00001 • 关键词", "文件编号: 武政发〔2021〕7号 发布机构: 政府办"). Labels may contain
 * spaces between their characters; a value runs from its label to the next label.
 */
export interface Field {
  kind: FieldKind;
  /** The label without spaces (Simplified), e.g. "发布日期". */
  label: string;
  /** The value in the folded view (Simplified, half-width), trimmed of separators. */
  value: string;
  /** The value as written. */
  raw: string;
  line: number;
  /** Offset of the value in `ctx.text`. */
  offset: number;
  /** Offset of the label in `ctx.text` (label + value = `ctx.text.slice(labelOffset, offset + raw.length)`). */
  labelOffset: number;
}

const spaced = (label: string) => Array.from(label, (c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*");
const byLength = [...FIELD_LABELS].sort((a, b) => b.label.length - a.label.length);
const strongAlt = byLength.filter((l) => l.strong).map((l) => spaced(l.label)).join("|");
const weakAlt = byLength.filter((l) => !l.strong).map((l) => spaced(l.label)).join("|");
/** Strong labels take any separator (or none but a space); weak labels (时间, 来源…) need a colon. */
const LABEL = new RegExp(
  `(?<!\\p{Script=Han})(?:(${strongAlt})(?=\\s*(?:[:|\\]】•·]|\\s|$))|(${weakAlt})(?=\\s*:))`,
  "gu",
);
const KIND = new Map(FIELD_LABELS.map((l) => [l.label, l.kind] as const));
const SEPARATORS_HEAD = /^[\s:|\]】•·\0]+/u;
const SEPARATORS_TAIL = /[\s|[【•·\0]+$/u;

interface LabelHit {
  kind: FieldKind;
  label: string;
  start: number;
  end: number;
}

function labelHits(folded: string): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const m of folded.matchAll(LABEL)) {
    const label = (m[1] ?? m[2] ?? "").replace(/\s+/gu, "");
    hits.push({ kind: KIND.get(label) ?? "other", label, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/** How many labels a folded line carries, and whether one stands at its start (after bullets/pipes/brackets). */
export function labelShape(folded: string): { count: number; leading: boolean } {
  const hits = labelHits(folded);
  const lead = /^[\s|[【•·▪\0]*/u.exec(folded)![0].length;
  return { count: hits.length, leading: hits.length > 0 && hits[0]!.start === lead };
}

/** Fields of one line. */
export function lineFields(ctx: ParseContext, line: Line): Field[] {
  const [s, e] = line.span;
  const folded = ctx.folded.slice(s, e);
  const hits = labelHits(folded);
  const out: Field[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const stop = i + 1 < hits.length ? hits[i + 1]!.start : folded.length;
    let a = h.end;
    let b = stop;
    const head = SEPARATORS_HEAD.exec(folded.slice(a, b));
    if (head) a += head[0].length;
    const tail = SEPARATORS_TAIL.exec(folded.slice(a, b));
    if (tail) b -= tail[0].length;
    out.push({ kind: h.kind, label: h.label, value: folded.slice(a, b), raw: ctx.text.slice(s + a, s + b), line: line.line, offset: s + a, labelOffset: s + h.start });
  }
  return out;
}

/** Fields of the given lines, in order. */
export function collectFields(ctx: ParseContext, lines: readonly Line[]): Field[] {
  return lines.flatMap((l) => lineFields(ctx, l));
}
