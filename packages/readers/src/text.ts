import type { Origin } from "@fazhi/core";

/** Characters core's normalization treats as line ends besides CR and LF; a text file's editor does not. */
const EXTRA_BREAKS = /[\u2028\u2029\u0085]/;

/**
 * For plain text, core assumes line n of the normalized text is line n of the file. That holds unless the
 * text contains U+2028/U+2029/U+0085, which core also turns into line ends: then give each normalized line
 * its file line explicitly. Returns undefined in the usual case.
 */
export function textLineOrigins(text: string): Origin[] | undefined {
  if (!EXTRA_BREAKS.test(text)) return undefined;
  const origins: Origin[] = [];
  let fileLine = 1;
  origins.push({ line: 1 });
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      origins.push({ line: ++fileLine });
    } else if (c === 10) origins.push({ line: ++fileLine });
    else if (c === 0x2028 || c === 0x2029 || c === 0x85) origins.push({ line: fileLine });
  }
  return origins;
}

/** 1-based line (CRLF, CR, LF each end one line) of a UTF-16 offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) line++;
    else if (c === 0x2028 || c === 0x2029 || c === 0x85) line++;
  }
  return line;
}

/** The line of `text` (any line endings) that contains `offset`, without its line end. */
export function lineTextAt(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
}
