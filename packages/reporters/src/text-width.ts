import stringWidth from "string-width";
/** Terminal and spreadsheet text width, one place for both: the CLI imports it as `@fazhi/reporters/text-width`. */

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
export { stringWidth };
/** Display width in columns: a Han (or other wide) character counts 2, anything else 1. */
export const displayWidth: (text: string) => number = stringWidth;
