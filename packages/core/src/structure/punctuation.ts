/**
 * Sentence-ending punctuation and quote pairing on the folded view (full-width ASCII is already
 * half-width there: ！？； appear as !?;). Shared by heading titles and sentence splitting.
 */

/** Characters that end a sentence. ASCII "." is not one (decimals, 1.5万). */
export const TERMINATORS: ReadonlySet<string> = new Set(["。", "!", "?", ";", "…", "\n"]);

/** Opening quote/title mark → its closing mark. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = { "“": "”", "‘": "’", "《": "》", "「": "」", "『": "』" };
const CLOSERS: ReadonlySet<string> = new Set(Object.values(QUOTE_PAIRS));
/** Closing marks that stay with the sentence they end ("…。”", "…。)"). */
const TRAILING_CLOSERS: ReadonlySet<string> = new Set([...CLOSERS, ")", "]", "〕", "】"]);

export function isSpaceOrMask(c: string): boolean {
  return c === " " || c === "\t" || c === "\0" || c === "\u200b" || c === "\r" || c === "\n";
}

/**
 * Positions in [from, to) of opening and closing quote marks that pair up with each other.
 * An unmatched opener (the quote never closes in this range) is ignored, so one stray “ cannot swallow
 * the rest of a paragraph.
 */
function matchedQuotes(folded: string, from: number, to: number): { open: Set<number>; close: Set<number> } {
  const open = new Set<number>();
  const close = new Set<number>();
  const stack: { pos: number; closer: string }[] = [];
  for (let i = from; i < to; i++) {
    const c = folded[i]!;
    const closer = QUOTE_PAIRS[c];
    if (closer !== undefined) {
      stack.push({ pos: i, closer });
    } else if (CLOSERS.has(c)) {
      // Close the innermost matching opener; openers above it were never closed.
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k]!.closer === c) {
          open.add(stack[k]!.pos);
          close.add(i);
          stack.length = k;
          break;
        }
      }
    }
  }
  return { open, close };
}

export interface SentenceBreak {
  /** Offset of the first terminator character. */
  terminator: number;
  /** Offset just after the terminator run and any closing marks that belong to the sentence. */
  end: number;
}

/**
 * Sentence ends in [from, to), quote-aware: a terminator inside “…” or 《…》 does not end the sentence
 * unless the quote closes right after it ("他说:“好。”然后" breaks after ”). Stops after `max` breaks.
 */
export function sentenceBreaks(folded: string, from: number, to: number, max = Infinity): SentenceBreak[] {
  const out: SentenceBreak[] = [];
  const { open, close } = matchedQuotes(folded, from, to);
  let depth = 0;
  for (let i = from; i < to && out.length < max; i++) {
    const c = folded[i]!;
    if (open.has(i)) depth++;
    else if (close.has(i)) depth = Math.max(0, depth - 1);
    else if (TERMINATORS.has(c)) {
      let j = i + 1;
      while (j < to && TERMINATORS.has(folded[j]!)) j++;
      let d = depth;
      while (j < to && TRAILING_CLOSERS.has(folded[j]!)) {
        if (close.has(j)) d = Math.max(0, d - 1);
        else if (CLOSERS.has(folded[j]!)) break; // an unmatched closer belongs to nothing: leave it
        j++;
      }
      depth = d;
      if (d === 0) out.push({ terminator: i, end: j });
      i = j - 1;
    }
  }
  return out;
}

/** The end of the first sentence in [from, to), or null when the range has no sentence end. */
export function firstSentenceEnd(folded: string, from: number, to: number): SentenceBreak | null {
  return sentenceBreaks(folded, from, to, 1)[0] ?? null;
}
