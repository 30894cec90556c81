import graphemeWidth from "string-width";
/** Terminal and spreadsheet text width, one place for both: the CLI imports it as `@fazhi/reporters/text-width`. */

/**
 * The width string-width gives each character of the common ranges (ASCII, Latin-1, general punctuation, box
 * drawing and blocks, CJK punctuation, ideographs, full-width forms): 1 or 2, and 0 where only string-width's
 * grapheme and emoji analysis can tell (combining marks, emoji, controls, everything else). A text made only of
 * known characters is one character per grapheme, so its width is the sum; any other text goes to string-width.
 */
const KNOWN = new Uint8Array(0x10000);
for (const [from, to, width] of [
  [0x20, 0x7e, 1],
  [0xa0, 0xff, 1],
  [0x2010, 0x2027, 1],
  [0x2030, 0x203b, 1],
  [0x2500, 0x259f, 1],
  [0x3000, 0x3029, 2], // 302A–302F are combining tone marks
  [0x3030, 0x303e, 2],
  [0x3400, 0x4dbf, 2],
  [0x4e00, 0x9fff, 2],
  [0xff01, 0xff60, 2],
  [0xffe0, 0xffe6, 2],
] as const) {
  KNOWN.fill(width, from, to + 1);
}
for (const c of [0xa9, 0xad, 0xae]) KNOWN[c] = 0; // ©, soft hyphen, ®: string-width's own answers

/** Display width in terminal columns, exactly as string-width counts it (Han characters take two). */
export function stringWidth(s: string): number {
  let width = 0;
  for (let i = 0; i < s.length; i++) {
    const w = KNOWN[s.charCodeAt(i)]!;
    if (w === 0) return graphemeWidth(s);
    width += w;
  }
  return width;
}

/** Pad to a display width: Han characters take two terminal columns. */
export function padEnd(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - stringWidth(s)));
}
export function padStart(s: string, width: number): string {
  return " ".repeat(Math.max(0, width - stringWidth(s))) + s;
}
/** Cut to a display width, ending in … when cut. */
export function truncate(s: string, width: number): string {
  if (stringWidth(s) <= width) return s;
  let out = "";
  for (const ch of s) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + "…";
}
/** Display width in columns: a Han (or other wide) character counts 2, anything else 1. */
export const displayWidth: (text: string) => number = stringWidth;
