import type { Diagnostic, Evidence } from "../model.js";

/**
 * The year a report covers. In order: the title ("关于2022年法治政府建设情况的报告", "XX2020年…工作报告"),
 * the opening of the first sentence ("2023年,…"), the first heading ("一、2023年度推进…"), and last the
 * publication (or signing) year − 1 (reports are due by 1 April of the following year).
 * Masked years ("x013年") and range ends ("2015—2020年") are not years of the report.
 */

const CN = "〇零○一二三四五六七八九";
const YEAR =
  /(?<![0-9xX*×＊\-—–~至到])((?:19|20)\d{2})(?!\d)\s*年(?!\s*[-—–~至到]\s*\d)|(?<![〇零○一二三四五六七八九xX*×])([〇零○一二三四五六七八九]{4})\s*年/u;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

function yearOf(m: RegExpExecArray): number {
  if (m[1] !== undefined) return Number(m[1]);
  return Number(Array.from(m[2]!, (c) => String(CN.indexOf(c) === 0 || CN.indexOf(c) === 1 || CN.indexOf(c) === 2 ? 0 : CN.indexOf(c) - 2)).join(""));
}

/** The first plausible year written in `s` (and its offset), or null. */
export function yearIn(s: string, within = Infinity): { year: number; index: number } | null {
  const m = YEAR.exec(s);
  if (!m || m.index > within) return null;
  const y = yearOf(m);
  return y >= MIN_YEAR && y <= MAX_YEAR ? { year: y, index: m.index } : null;
}

interface Source {
  /** Folded text to search. */
  text: string;
  line: number;
  /** The literal line for evidence. */
  quote: string;
}

export function findReportYear(input: {
  title: Source | null;
  firstSentence: Source | null;
  firstHeading: Source | null;
  publishedDate: string | null;
  signedDate: string | null;
}): { year: number | null; evidence: Evidence | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const tries: [Source | null, number][] = [
    [input.title, Infinity],
    [input.firstSentence, 12],
    [input.firstHeading, Infinity],
  ];
  const dateYear = Number((input.publishedDate ?? input.signedDate ?? "").slice(0, 4)) || null;
  for (const [src, within] of tries) {
    if (!src) continue;
    const y = yearIn(src.text, within);
    if (!y) continue;
    if (dateYear !== null && y.year > dateYear) {
      diagnostics.push({
        code: "report-year-conflict",
        severity: "warning",
        message: {
          zh: `报告所写年度(${y.year}年)晚于其发布或成文日期(${dateYear}年),年份可能被转载网站改写。`,
          en: `The year written in the report (${y.year}) is later than its publication or signing date (${dateYear}); a re-posting site may have rewritten the years.`,
        },
        line: src.line,
      });
    }
    return { year: y.year, evidence: { line: src.line, text: src.quote }, diagnostics };
  }
  if (dateYear !== null) {
    diagnostics.push({
      code: "report-year-from-date",
      severity: "info",
      message: {
        zh: `报告未写明所属年度,按发布或成文日期推定为${dateYear - 1}年。`,
        en: `The report does not state its year; ${dateYear - 1} is inferred from its publication or signing date.`,
      },
    });
    return { year: dateYear - 1, evidence: null, diagnostics };
  }
  return { year: null, evidence: null, diagnostics };
}
