/** The terminal rows every screen is made of, and what the TUI and plain text both read from them (no Ink here). */

/** A run of text with one style. */
export interface Segment {
  text: string;
  color?: string;
  bold?: boolean;
  dim?: boolean;
}

/** One terminal row, already cut to the screen width. `file` marks a selectable report row. */
export interface ScreenLine {
  key: string;
  segments: Segment[];
  file?: string;
}

export const line = (key: string, ...segments: Array<Segment | string>): ScreenLine => ({
  key,
  segments: segments.map((s) => (typeof s === "string" ? { text: s } : s)),
});

export const lineText = (l: ScreenLine): string => l.segments.map((s) => s.text).join("");

/** Green from 0.9, yellow from 0.6, red below. */
export function scoreColor(score: number | null): string | undefined {
  if (score === null) return undefined;
  return score >= 0.9 ? "green" : score >= 0.6 ? "yellow" : "red";
}

/** The offset that keeps row `target` visible in a window of `height`, centred when possible. */
export function windowOffset(total: number, height: number, target: number): number {
  if (total <= height || target < 0) return 0;
  return Math.max(0, Math.min(total - height, target - Math.floor(height / 2)));
}
