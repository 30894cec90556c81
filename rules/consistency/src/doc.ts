import { CLAUSE_END_CHARS, foldedTextOf, lineAt, readingOf, type NumericFact, type Reading, type ReportModel, type Span } from "@fazhi/core";
import { compactFold } from "@fazhi/rule-kit";
import type { ClaimPiece } from "./types.js";
import { RATE_UNIT_GROUPS, UNIT_GROUPS } from "./vocabulary.js";

/** A count in the report, with what the checks need to know about it. */
export interface Item {
  n: NumericFact;
  /** Index among the report's counted numbers (document order). */
  order: number;
  sentence: number;
  paragraph: number;
  /** What the number counts, folded: its label, or for an unlabelled number the rest of its clause ("有1件正在审理" → "正在审理"). */
  desc: string;
  /** Where its quote starts and ends (label + number, or the whole clause). */
  piece: Span;
  unitGroup: string;
  /** Inside a parenthetical: (含…), (其中…). */
  inParens: boolean;
}

/**
 * The report as the checks read it: folded text (same offsets as `model.text`), sentences and paragraphs
 * by offset, and the counts with their descriptions.
 */
export class Doc {
  readonly folded: string;
  readonly items: Item[];
  /** Core's reading of the report: sentence, paragraph and chrome lookups by offset. */
  readonly reading: Reading;

  constructor(readonly model: ReportModel) {
    this.folded = foldedTextOf(model);
    this.reading = readingOf(model);
    this.items = [];
    for (const n of model.numbers) {
      if (n.kind !== "count" && n.kind !== "money") continue;
      if (this.reading.inChrome(n.span[0])) continue;
      this.items.push(this.describe(n, this.items.length));
    }
  }

  private bySentence: Map<number, Item[]> | undefined;
  /** The items of one sentence, in text order (grouped once per report, not filtered per lookup). */
  itemsOf(sentence: number): readonly Item[] {
    if (!this.bySentence) {
      this.bySentence = new Map();
      for (const it of this.items) {
        const list = this.bySentence.get(it.sentence);
        if (list) list.push(it);
        else this.bySentence.set(it.sentence, [it]);
      }
    }
    return this.bySentence.get(sentence) ?? [];
  }

  sentenceAt(offset: number): number {
    return this.reading.sentenceAt(offset);
  }
  paragraphAt(offset: number): number {
    return this.reading.paragraphAt(offset);
  }

  /** The start of a number's label in its sentence, or of its clause (or its brackets) when it has none. */
  labelStart(n: NumericFact): number {
    if (n.label) {
      const at = this.reading.labelAt(n, n.span[0] - n.label.length);
      if (at !== null && n.span[0] - (at + n.label.length) <= 6) return at;
    }
    return this.reading.toText(this.clauseOf(n.span[0], n.sentence)[0]);
  }

  /** The end of the clause (or brackets) holding a text offset: for an unlabelled number, "有1件正在审理". */
  clauseEnd(offset: number, sentence = this.sentenceAt(offset)): number {
    return this.reading.toTextEnd(this.clauseOf(offset, sentence)[1]);
  }

  /**
   * Compact [start, end) of the words around a text offset: its clause from core's reading without the
   * closing punctuation, narrowed to the brackets that enclose the offset ("(含结转10件)" → "含结转10件").
   */
  private clauseOf(offset: number, sentence: number): [number, number] {
    const r = this.reading;
    const at = r.toCompact(offset);
    const clause = r.clauses[r.clauseAt(at)]!;
    let [start, end] = clause.compact;
    if (end > start && CLAUSE_END_CHARS.includes(r.compact[end - 1]!)) end--;
    const brackets = r.bracketAt(at, sentence);
    if (brackets) {
      start = Math.max(start, brackets[0] + 1);
      end = Math.min(end, brackets[1]);
    }
    return [start, end];
  }

  /** The opening bracket (compact offset) of the innermost brackets around a text offset, or null. */
  bracketAt(offset: number): number | null {
    return this.reading.bracketAt(this.reading.toCompact(offset), this.sentenceAt(offset))?.[0] ?? null;
  }

  /** The folded words of a text span without whitespace, from core's compact view. */
  compactOf(span: Span): string {
    const r = this.reading;
    return r.compact.slice(r.toCompact(span[0]), r.toCompact(span[1]));
  }

  /** A quote of the report text, with its line. */
  quote(span: Span): ClaimPiece {
    return { span, line: lineAt(this.model.lines, span[0]), text: this.model.text.slice(span[0], span[1]) };
  }

  /** A number's quote: its label and the number ("调解成功率达98%"). */
  numberPiece(n: NumericFact): ClaimPiece {
    return this.quote([this.labelStart(n), n.span[1]]);
  }

  private describe(n: NumericFact, order: number): Item {
    const start = this.labelStart(n);
    let desc = n.label ? compactFold(n.label) : "";
    let piece: Span = [start, n.span[1]];
    if (!n.label) {
      // "有1件正在审理": the description follows the number.
      const end = this.clauseEnd(n.span[0], n.sentence);
      desc = this.compactOf([start, n.span[0]]) + this.compactOf([n.span[1], end]);
      piece = [start, end];
    }
    // Inside parentheses: an annotation of the number before it ("50件（含结转10件）"), never a listed part.
    const inParens = this.reading.of(n)?.aside ?? this.bracketAt(n.span[0]) !== null;
    return {
      n,
      order,
      sentence: n.sentence,
      paragraph: this.paragraphAt(n.span[0]),
      desc,
      piece,
      unitGroup: unitGroup(n.unit),
      inParens,
    };
  }
}

export function unitGroup(unit: string | null): string {
  const u = unit ?? "";
  const group = UNIT_GROUPS.find((g) => g.includes(u));
  return group ? group[0]! : u;
}

export function rateUnitGroup(unit: string | null): string {
  const u = unit ?? "";
  const group = RATE_UNIT_GROUPS.find((g) => g.includes(u));
  return group ? group[0]! : unitGroup(u);
}

/** Join pieces in text order, merging neighbours separated only by a short connector without digits. */
export function joinPieces(doc: Doc, pieces: ClaimPiece[]): ClaimPiece[] {
  const sorted = [...pieces].sort((a, b) => a.span[0] - b.span[0]);
  const out: ClaimPiece[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.span[0] <= last.span[1]) {
      out[out.length - 1] = doc.quote([last.span[0], Math.max(last.span[1], p.span[1])]);
      continue;
    }
    if (last) {
      const gap = doc.model.text.slice(last.span[1], p.span[0]);
      if (gap.length <= 8 && !/[0-9〇零一二三四五六七八九十百千万\n。;；]/.test(gap)) {
        out[out.length - 1] = doc.quote([last.span[0], p.span[1]]);
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

export function claimOf(pieces: ClaimPiece[]): string {
  return pieces.map((p) => p.text).join(" … ");
}

/** One quote covering all pieces (they stand in one paragraph), for `evidence`. */
export function evidenceOf(doc: Doc, pieces: ClaimPiece[]): { line: number; text: string } {
  const start = Math.min(...pieces.map((p) => p.span[0]));
  const end = Math.max(...pieces.map((p) => p.span[1]));
  const q = doc.quote([start, end]);
  return { line: q.line, text: q.text };
}
