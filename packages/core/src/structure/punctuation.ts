/**
 * Sentence-ending punctuation and quote pairing on the folded view (full-width ASCII is already
 * half-width there: ！？； appear as !?;). Shared by heading titles and sentence splitting.
 */

/** Characters that end a sentence. ASCII "." is not one (decimals, 1.5万). */
export const TERMINATORS: ReadonlySet<string> = new Set(["。", "!", "?", ";", "…", "\n"]);

/** Opening quote/title mark → its closing mark. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = { "“": "”", "‘": "’", "《": "》", "「": "」", "『": "』" };

// The scans below run over every character of every report: they test char codes, never one-character
// strings (indexing a CJK string allocates a string per character).
const code = (c: string) => c.charCodeAt(0);
/** Opener code → its closer's code; 0 for any other character. */
const CLOSER_OF = new Map(Object.entries(QUOTE_PAIRS).map(([o, c]) => [code(o), code(c)]));
const IS_CLOSER = new Set(Object.values(QUOTE_PAIRS).map(code));
const IS_TERMINATOR = new Set([...TERMINATORS].map(code));
/** Closing marks that stay with the sentence they end ("…。”", "…。)"). */
const IS_TRAILING_CLOSER = new Set([...IS_CLOSER, ...[")", "]", "〕", "】"].map(code)]);
/** CJK ideographs (U+3400–U+FDFF; most of a report) are never marks: skipped with two comparisons. */
const isIdeograph = (c: number) => c >= 0x3400 && c < 0xfe00;

export function isSpaceOrMask(c: string): boolean {
  return c === " " || c === "\t" || c === "\0" || c === "\u200b" || c === "\r" || c === "\n";
}

/**
 * Positions in [from, to) of opening and closing quote marks that pair up with each other.
 * An unmatched opener (the quote never closes in this range) is ignored, so one stray “ cannot swallow
 * the rest of a paragraph. Returns null when the range has no pair.
 */
function matchedQuotes(folded: string, from: number, to: number): { open: Set<number>; close: Set<number> } | null {
  let open: Set<number> | null = null;
  let close: Set<number> | null = null;
  const stack: number[] = []; // pairs: position, closer code
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    if (isIdeograph(c)) continue;
    const closer = CLOSER_OF.get(c);
    if (closer !== undefined) {
      stack.push(i, closer);
    } else if (IS_CLOSER.has(c)) {
      // Close the innermost matching opener; openers above it were never closed.
      for (let k = stack.length - 2; k >= 0; k -= 2) {
        if (stack[k + 1] === c) {
          (open ??= new Set()).add(stack[k]!);
          (close ??= new Set()).add(i);
          stack.length = k;
          break;
        }
      }
    }
  }
  return open && close ? { open, close } : null;
}

export interface SentenceBreak {
  /** Offset of the first terminator character. */
  terminator: number;
  /** Offset just after the terminator run and any closing marks that belong to the sentence. */
  end: number;
}

const NO_QUOTES: ReadonlySet<number> = new Set();

/**
 * Sentence ends in [from, to), quote-aware: a terminator inside “…” or 《…》 does not end the sentence
 * unless the quote closes right after it ("他说:“好。”然后" breaks after ”). Stops after `max` breaks.
 */
export function sentenceBreaks(folded: string, from: number, to: number, max = Infinity): SentenceBreak[] {
  const out: SentenceBreak[] = [];
  const quotes = matchedQuotes(folded, from, to);
  const open = quotes?.open ?? NO_QUOTES;
  const close = quotes?.close ?? NO_QUOTES;
  let depth = 0;
  for (let i = from; i < to && out.length < max; i++) {
    const c = folded.charCodeAt(i);
    if (isIdeograph(c)) continue;
    if (open.has(i)) depth++;
    else if (close.has(i)) depth = Math.max(0, depth - 1);
    else if (IS_TERMINATOR.has(c)) {
      let j = i + 1;
      while (j < to && IS_TERMINATOR.has(folded.charCodeAt(j))) j++;
      let d = depth;
      while (j < to && IS_TRAILING_CLOSER.has(folded.charCodeAt(j))) {
        if (close.has(j)) d = Math.max(0, d - 1);
        else if (IS_CLOSER.has(folded.charCodeAt(j))) break; // an unmatched closer belongs to nothing: leave it
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
