/**
 * Dates as written in reports and on their pages: "2021-01-25", "2021/1/25", "2021.01.25", "2023年2月27日",
 * "2023 年 2 月 27 日", "二〇二三年二月二十七日". Matched on folded (half-width) text.
 */

const CN_DIGIT: Record<string, number> = {
  "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
};

/** An Arabic or Chinese-numeral date anywhere in a string. Group 1–3: Arabic y/m/d; 4–6: Chinese y/m/d. */
export const DATE_PATTERN =
  /(?<![0-9xX*])(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)\s*日?|([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/u;
const DATE_PATTERN_G = new RegExp(DATE_PATTERN.source, "gu");

/** "二十七" → 27, "十" → 10, "九" → 9. */
function cnSmall(s: string): number {
  if (s === "十") return 10;
  const ten = s.indexOf("十");
  if (ten === -1) return CN_DIGIT[s] ?? NaN;
  const hi = ten === 0 ? 1 : (CN_DIGIT[s[0]!] ?? NaN);
  const lo = ten === s.length - 1 ? 0 : (CN_DIGIT[s[ten + 1]!] ?? NaN);
  return hi * 10 + lo;
}

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1949 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

function fromMatch(m: RegExpMatchArray): FoundDate | null {
  let date: string | null;
  if (m[1] !== undefined) date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  else {
    const y = Number(Array.from(m[4]!, (c) => CN_DIGIT[c] ?? 0).join(""));
    date = iso(y, cnSmall(m[5]!), cnSmall(m[6]!));
  }
  return date === null ? null : { iso: date, index: m.index ?? 0, length: m[0].length };
}

/** The first valid date in `s`, as ISO "YYYY-MM-DD". */
export function findDate(s: string): FoundDate | null {
  for (const m of s.matchAll(DATE_PATTERN_G)) {
    const d = fromMatch(m);
    if (d) return d;
  }
  return null;
}

/** Every valid date in `s`. */
export function findDates(s: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of s.matchAll(DATE_PATTERN_G)) {
    const d = fromMatch(m);
    if (d) out.push(d);
  }
  return out;
}

const LONE_DATE = new RegExp(`^[\\s\\0]*(?:${DATE_PATTERN.source})[\\s\\0]*$`, "u");
/** A line that is only a date (signature date at the end of a report), possibly after lots of whitespace. */
export function loneDate(s: string): string | null {
  const m = LONE_DATE.exec(s);
  return m ? (fromMatch(m)?.iso ?? null) : null;
}

/** Date widgets: a date with a weekday ("2019年12月3日星期二", "今天是:2019年10月31日 星期三"). */
export const WEEKDAY = /(?:星期|礼拜|周)[一二三四五六日天]/u;
