import { padEnd, padStart, stringWidth, truncate } from "@fazhi/reporters/text-width";

export { padEnd, padStart, stringWidth, truncate };

const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** A 0–1 score as a bar `cells` wide, in eighths of a cell (█▉▊▋▌▍▎▏), padded with spaces. */
export function scoreBar(score: number, cells: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, score)) * cells * 8);
  const full = Math.floor(eighths / 8);
  const bar = "█".repeat(full) + EIGHTHS[eighths % 8];
  return bar + " ".repeat(cells - stringWidth(bar));
}

/** Exactly `width` display columns: cut with … when longer, padded when shorter. */
export function fit(s: string, width: number, align: "left" | "right" = "left"): string {
  const cut = truncate(s, width);
  return align === "left" ? padEnd(cut, width) : padStart(cut, width);
}

/** Break text into lines of at most `width` display columns (Han characters count two, and may break
 * anywhere; Latin words break at spaces unless longer than a line); keeps existing newlines. */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(4, width);
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    const put = (piece: string) => {
      for (const ch of piece) {
        const cw = stringWidth(ch);
        if (lineWidth + cw > w) {
          out.push(line.trimEnd());
          line = "";
          lineWidth = 0;
          if (ch === " ") continue;
        }
        line += ch;
        lineWidth += cw;
      }
    };
    // Tokens: a run of Latin letters/digits/punctuation (a word), or any single other character.
    for (const token of paragraph.match(/[\x21-\x7e]+|[\s\S]/gu) ?? []) {
      const tw = stringWidth(token);
      if (token.length > 1 && lineWidth + tw > w && tw <= w && lineWidth > 0) {
        out.push(line.trimEnd());
        line = "";
        lineWidth = 0;
      }
      put(token);
    }
    out.push(line.trimEnd());
  }
  return out;
}

/** Wrap with a first-line prefix and a hanging indent for the following lines. */
export function wrapIndented(text: string, width: number, first: string, rest = " ".repeat(stringWidth(first))): string[] {
  return wrapText(text, width - stringWidth(first)).map((l, i) => (i === 0 ? first : rest) + l);
}

export interface TableLayout {
  width: number;
  rank: number;
  issuer: number;
  level: number;
  year: number;
  total: number;
  grade: number;
  /** How many category columns are shown (the first ones; the rest did not fit). */
  categories: number;
  /** Cells of each category bar. */
  barCells: number;
  /** Whether the bar is followed by its score (0–100). */
  barNumber: boolean;
}

/** Selection marker before each row ("› "). */
export const MARKER = 2;
const ISSUER_MIN = 10;
/** The issuer gets up to this many columns before the category cells grow past their smallest form. */
const ISSUER_FIRST = 20;
const BAR_MAX = 10;

export interface LayoutInput {
  width: number;
  categoryCount: number;
  /** Widest content of each fixed column, headers included. */
  rank: number;
  issuer: number;
  level: number;
  grade: number;
  total: number;
}

/**
 * Share `width` columns: the fixed columns first, then the issuer (up to 20 columns, then up to its longest
 * name), then the category cells — a bar in eighths with its 0–100 score (`████▌  91`) when there is room, a
 * bar alone when narrower; past that, the last categories are left out.
 */
export function tableLayout(input: LayoutInput): TableLayout {
  const { width, categoryCount: n } = input;
  const year = 4;
  const fixed = MARKER + input.rank + 1 + 1 + input.level + 1 + year + 1 + input.total + 1 + input.grade;
  const avail = width - fixed;
  const base = { width, rank: input.rank, level: input.level, year, total: input.total, grade: input.grade };
  const issuerWant = Math.max(ISSUER_MIN, input.issuer);
  if (n === 0) return { ...base, issuer: Math.max(1, Math.min(issuerWant, avail)), categories: 0, barCells: 0, barNumber: false };
  // A cell of c columns, after a one-column gap: a numbered bar needs c ≥ 7 (3 cells + " 100"), a bare bar c ≥ 3.
  const cellFor = (issuer: number) => Math.floor((avail - issuer) / n) - 1;
  for (const issuerTarget of [Math.min(issuerWant, ISSUER_FIRST), ISSUER_MIN]) {
    const cell = cellFor(issuerTarget);
    if (cell < 3) continue;
    const barNumber = cell >= 7;
    let barCells = barNumber ? 3 : Math.min(BAR_MAX, cell);
    let spare = avail - issuerTarget - n * ((barNumber ? barCells + 4 : barCells) + 1);
    // Spare room: bars to 5 cells, then the rest of a long issuer name, then bars to 10 cells.
    const grow = (upTo: number) => {
      const by = Math.max(0, Math.min(upTo - barCells, Math.floor(spare / n)));
      barCells += by;
      spare -= by * n;
    };
    if (barNumber) grow(5);
    const extra = Math.max(0, Math.min(spare, issuerWant - issuerTarget));
    spare -= extra;
    if (barNumber) grow(BAR_MAX);
    return { ...base, issuer: issuerTarget + extra, categories: n, barCells, barNumber };
  }
  const cell = 4;
  const shown = Math.max(0, Math.floor((avail - ISSUER_MIN) / (cell + 1)));
  const issuer = Math.max(1, Math.min(issuerWant, avail - shown * (cell + 1)));
  return { ...base, issuer, categories: shown, barCells: cell, barNumber: false };
}

/** Display width of one category cell. */
export function categoryCellWidth(layout: TableLayout): number {
  return layout.barCells + (layout.barNumber ? 4 : 0);
}
