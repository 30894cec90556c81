/**
 * Chinese numerals → numbers: 十 → 10, 一千二百零五 → 1205, 三十五万 → 350000, 两万余 → 20000,
 * 二〇二三 → 2023 (digit by digit), 九十五点五 → 95.5, 一万亿 → 1e12, 一千二 → 1200 (colloquial).
 * Financial forms (壹贰叁…拾佰仟) and Traditional 萬/億/兩 are read too.
 */

const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, "○": 0, 洞: 0,
  一: 1, 壹: 1, 幺: 1,
  二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2,
  三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters a Chinese numeral is made of (for building patterns). */
export const CHINESE_NUMERAL_CHARS = "〇○零一二两兩三四五六七八九十百千万萬亿億壹贰貳叁肆伍陆陸柒捌玖拾佰仟";
/** Of those, the ones that are digits (a numeral with none of these is a bare multiplier: 百, 千, 万). */
export const CHINESE_DIGIT_CHARS = "〇○零一二两兩三四五六七八九壹贰貳叁肆伍陆陸柒捌玖";

/** Trailing approximation words the caller interprets (余/多/来); the value ignores them. */
const APPROX_TAIL = /[余餘多来來]+$/;

function parseInteger(s: string): number | null {
  if (s.length === 0) return null;
  // Digit by digit (二〇二三, 一二三四五): only digits, more than one, and a zero or no 两 used as a count.
  if (s.length > 1 && [...s].every((c) => c in DIGIT)) {
    let n = 0;
    for (const c of s) n = n * 10 + DIGIT[c]!;
    return n;
  }
  let total = 0; // completed 亿 groups and 万 groups
  let section = 0; // below 万
  let pending: number | null = null; // a digit waiting for its unit
  let lastUnit = 0; // last unit applied (small or big), for 一千二 = 1200
  let lastSmall = Infinity; // small units must decrease inside a section
  let zeroSeen = false;
  let prevNonZeroDigit = false;
  let lastBig = Infinity;
  for (const c of s) {
    const d = DIGIT[c];
    if (d !== undefined) {
      if (d !== 0 && prevNonZeroDigit) return null; // 一二 mixed with units: not a numeral
      if (d === 0) zeroSeen = true;
      else pending = d;
      prevNonZeroDigit = d !== 0;
      continue;
    }
    prevNonZeroDigit = false;
    const small = SMALL_UNIT[c];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      section += (pending ?? 1) * small;
      pending = null;
      lastSmall = small;
      lastUnit = small;
      zeroSeen = false;
      continue;
    }
    const big = BIG_UNIT[c];
    if (big !== undefined) {
      const group = section + (pending ?? 0);
      if (big === 1e8) {
        total = (total + group) * 1e8;
      } else {
        if (big >= lastBig && lastBig < 1e8) return null; // 万…万
        total += (group === 0 ? 1 : group) * big;
      }
      if (group === 0 && big === 1e8 && total === 0) total = 1e8; // 亿 alone
      lastBig = big;
      section = 0;
      pending = null;
      lastSmall = Infinity;
      lastUnit = big;
      zeroSeen = false;
      continue;
    }
    return null;
  }
  if (pending !== null) {
    // 十五 → 15; 一千二 → 1200; 三万五 → 35000; 一千零五 → 1005
    const place = !zeroSeen && lastUnit >= 100 ? lastUnit / 10 : 1;
    section += pending * place;
  }
  return total + section;
}

/**
 * The value of a Chinese numeral, or null when `s` is not one. A trailing 余/多/来 is ignored (the caller
 * marks the value approximate); a decimal part follows 点 (九十五点五 → 95.5).
 */
export function parseChineseNumeral(s: string): number | null {
  const t = s.trim().replace(APPROX_TAIL, "");
  if (t.length === 0) return null;
  const dot = t.indexOf("点");
  const intPart = dot === -1 ? t : t.slice(0, dot);
  const fracPart = dot === -1 ? "" : t.slice(dot + 1);
  const whole = intPart === "" && dot !== -1 ? 0 : parseInteger(intPart);
  if (whole === null) return null;
  if (dot === -1) return whole;
  if (fracPart.length === 0) return null;
  let digits = "";
  for (const c of fracPart) {
    const d = DIGIT[c];
    if (d === undefined) return null;
    digits += String(d);
  }
  return Number(`${whole}.${digits}`);
}

/** Decimal places written after 点 (九十五点五 → 1), 0 when none. */
export function chineseDecimals(s: string): number {
  const dot = s.indexOf("点");
  return dot === -1 ? 0 : s.length - dot - 1;
}
