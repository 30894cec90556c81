import type { ParseContext } from "../context.js";
import { findDate, WEEKDAY } from "./dates.js";
import { labelShape } from "./fields.js";
import { BREADCRUMB_STARTS, BULLETS, CHROME_PHRASES, MENU_TOKENS } from "./vocabulary.js";

/**
 * Page chrome in plain text copied from a web page. A line is chrome when it is not prose (no 。, few
 * commas) and is one of: a breadcrumb, a navigation menu, a metadata row (it starts with a label, or carries
 * two labels, or one label and a date), a date widget (date + weekday), a line carrying a chrome phrase
 * (share bars, print/close, footers, ICP, font-size widgets, "相关阅读"), or part of a run of ≥ 3 short
 * bullet rows. Lines the reader already marked stay chrome; blank lines are never listed.
 */

const PHRASES = CHROME_PHRASES.map((p) => p.toLowerCase());
const BULLET_START = new RegExp(`^[\\s\\0]*[${BULLETS}]`, "u");
const BULLET_STRIP = new RegExp(`^[\\s\\0${BULLETS}|[【]+`, "u");
const TOKEN_SPLIT = new RegExp(`[\\s\\0|${BULLETS}/]+`, "u");
const CRUMB_SEPARATOR = /\s*[>»›]\s*/gu;
const HAN = /\p{Script=Han}/gu;

/** Prose: a sentence stop, or a comma-rich text — chrome rows are neither. */
function isProse(f: string): boolean {
  if (f.includes("。")) return true;
  let commas = 0;
  for (const c of f) if (c === "," || c === ";") commas++;
  return commas >= 3;
}

function isMenuToken(t: string): boolean {
  const lower = t.toLowerCase();
  return MENU_TOKENS.some((m) => lower.includes(m));
}

/**
 * An encyclopedia or mirror site's line about the page rather than the report: the lead sentence that defines it
 * ("《…报告》是2019年某市人民政府发布的通知。"), or a page title gluing the document number to the title
 * ("某政〔2024〕3号《…报告》"). A report's own title or number stands alone on its line.
 */
const ENCYCLOPEDIA_LEAD = /^《[^《》]{4,80}》是[^。,;]{0,40}(?:发布|印发|公布|出台|制定|发表)的[^。,;]{0,12}。?$/u;
const NUMBER_AND_TITLE = /^\p{Script=Han}{1,12}\s*[〔[(【]\s*(?:19|20)\d{2}\s*[〕\])】]\s*第?\s*\d{1,5}\s*号\s*《[^《》]{4,80}》$/u;

function isMenu(f: string): boolean {
  const tokens = f.split(TOKEN_SPLIT).filter(Boolean);
  if (tokens.length === 0 || f.length > 80) return false;
  if (tokens.some((t) => t.length > 8)) return false;
  const menu = tokens.filter(isMenuToken).length;
  if (tokens.length <= 2) return menu === tokens.length;
  return menu >= 2 && menu * 2 >= tokens.length;
}

function isBreadcrumb(f: string): boolean {
  const crumbs = f.match(CRUMB_SEPARATOR)?.length ?? 0;
  if (crumbs === 0) return false;
  const start = f.replace(BULLET_STRIP, "");
  if (BREADCRUMB_STARTS.some((b) => start.startsWith(b))) return true;
  return crumbs >= 2 && f.split(CRUMB_SEPARATOR).every((seg) => seg.length <= 20);
}

/**
 * The report title a page-title line quotes ("《…报告》是…发布的通知。"): its offsets within the folded line, or
 * null. The line is chrome, but its 《》 may be the only place the report's title is written.
 */
export function pageTitleIn(folded: string): [number, number] | null {
  if (chromeKind(folded) !== "page-title") return null;
  const m = /《([^《》]{4,80})》/u.exec(folded);
  return m ? [m.index + 1, m.index + 1 + m[1]!.length] : null;
}

/** Why a (folded, non-blank) line is chrome, or null. Exported for tests and diagnostics. */
export function chromeKind(folded: string): string | null {
  const f = folded.replace(/\0+/gu, "").trim();
  if (f === "") return null;
  const lower = f.toLowerCase();
  const prose = isProse(f);
  if (ENCYCLOPEDIA_LEAD.test(f) || NUMBER_AND_TITLE.test(f)) return "page-title";
  if (!prose || f.length < 40) {
    if (isBreadcrumb(f)) return "breadcrumb";
    const labels = labelShape(f);
    if (labels.leading || labels.count >= 2) return "metadata";
    const date = findDate(f);
    if (date && labels.count >= 1) return "metadata";
    if (date && WEEKDAY.test(f) && f.length <= 60) return "date-widget";
    if (PHRASES.some((p) => lower.includes(p))) {
      // "今天是" is a widget only on a short line; elsewhere a phrase suffices on a non-prose line.
      if (!lower.includes("今天是") || f.length <= 40 || date) return "phrase";
    }
    if (isMenu(f)) return "menu";
  }
  return null;
}

function isShortBullet(folded: string): boolean {
  if (!BULLET_START.test(folded)) return false;
  const f = folded.replace(BULLET_STRIP, "").trim();
  return !isProse(f) && (f.match(HAN)?.length ?? 0) <= 20 && f.length <= 40;
}

export function detectChrome(ctx: ParseContext): number[] {
  const out = new Set<number>();
  const lines = ctx.lines;
  const folded = lines.map((l) => ctx.folded.slice(l.span[0], l.span[1]));
  const blank = lines.map((l) => l.raw.trim() === "");
  for (let i = 0; i < lines.length; i++) {
    if (blank[i]) continue;
    if (lines[i]!.chrome || chromeKind(folded[i]!) !== null) out.add(i + 1);
  }
  // Runs of short bullet rows (menus, bullet metadata rows): three or more in a row, blank lines between allowed.
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3) for (const n of run) out.add(n);
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (blank[i]) continue;
    if (isShortBullet(folded[i]!)) run.push(i + 1);
    else flush();
  }
  flush();
  return [...out].sort((a, b) => a - b);
}
