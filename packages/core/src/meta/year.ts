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

/** How the year was found: stated in the text, or guessed from other evidence. */
export type YearBasis = "title" | "first-sentence" | "reporting-sentence" | "heading" | "since-year" | "next-year-plan" | "date";
export const GUESSED_YEAR_BASES: readonly YearBasis[] = ["since-year", "next-year-plan", "date"];

/** "2018年,在全市考评中名列第二": a past year's ranking, not the year reported on. */
const RANKING = /考评|考核中|排名|名列|评为|获评|荣获|被评/u;
/** "现将2023年法治政府建设情况报告如下", "现对2023年所做工作总结如下". */
const REPORTING = /现(?:将|对|就)[^。]{0,24}?((?:19|20)\d{2})\s*年度?[^。]{0,40}?(?:报告|总结|汇报)(?:如下|于后)/u;
/** "2024年以来": the year so far — the report's year only if written that same year. */
const SINCE = /^[\s\0]*((?:19|20)\d{2})\s*年(?:度)?以来/u;
/** "三、2025年工作安排", "2021年工作打算": next year's plan, one year after the report. */
const PLAN_YEAR = /((?:19|20)\d{2})\s*年度?\s*(?:(?:法治政府建设|依法行政)?\s*(?:工作)?\s*(?:主要)?(?:安排|打算|计划|思路|重点工作))/u;
const CLAUSE_YEAR_G = /[,，;；]\s*((?:19|20)\d{2})\s*年度?\s*[,，]/gu;

export function findReportYear(input: {
  title: Source | null;
  firstSentence: Source | null;
  /** The first prose lines of the body (the reporting sentence "现将…报告如下" may stand in any). */
  opening?: Source[];
  firstHeading: Source | null;
  /** Every heading, for a next-year plan's year. */
  headings?: Source[];
  publishedDate: string | null;
  signedDate: string | null;
}): { year: number | null; evidence: Evidence | null; basis: YearBasis | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const dateYear = Number((input.publishedDate ?? input.signedDate ?? "").slice(0, 4)) || null;
  const found = (year: number, src: Source, basis: YearBasis) => {
    if (dateYear !== null && year > dateYear) {
      diagnostics.push({
        code: "report-year-conflict",
        severity: "warning",
        message: {
          zh: `报告所写年度(${year}年)晚于其发布或成文日期(${dateYear}年),年份可能被转载网站改写。`,
          en: `The year written in the report (${year}) is later than its publication or signing date (${dateYear}); a re-posting site may have rewritten the years.`,
        },
        line: src.line,
      });
    }
    return { year, evidence: { line: src.line, text: src.quote }, basis, diagnostics };
  };
  const guessed = (year: number, src: Source | null, basis: YearBasis, why: { zh: string; en: string }) => {
    diagnostics.push({
      code: basis === "date" ? "report-year-from-date" : "report-year-guessed",
      severity: "info",
      message: {
        zh: `报告未写明所属年度,${why.zh}推定为${year}年。`,
        en: `The report does not state its year; ${year} is inferred ${why.en}.`,
      },
      ...(src ? { line: src.line, text: src.quote } : {}),
    });
    return { year, evidence: src ? { line: src.line, text: src.quote } : null, basis, diagnostics };
  };

  if (input.title) {
    const y = yearIn(input.title.text);
    if (y) return found(y.year, input.title, "title");
  }
  const fs = input.firstSentence;
  let since: number | null = null;
  if (fs) {
    const stop = fs.text.search(/[。!！?？]/u);
    const sentence = stop === -1 ? fs.text : fs.text.slice(0, stop);
    const s = SINCE.exec(sentence);
    if (s) since = Number(s[1]);
    else {
      const y = yearIn(sentence, 12);
      if (y && !RANKING.test(sentence.slice(y.index, y.index + 30))) return found(y.year, fs, "first-sentence");
      // "根据…的部署,2023年,XX街道…": a year that opens a clause of the first sentence.
      for (const m of sentence.matchAll(CLAUSE_YEAR_G)) {
        const year = Number(m[1]);
        if (year >= MIN_YEAR && year <= MAX_YEAR && !RANKING.test(sentence.slice(m.index, m.index + 30))) return found(year, fs, "first-sentence");
      }
    }
  }
  for (const src of input.opening ?? []) {
    const m = REPORTING.exec(src.text);
    if (m) return found(Number(m[1]), src, "reporting-sentence");
  }
  if (input.firstHeading) {
    const y = yearIn(input.firstHeading.text);
    if (y && !PLAN_YEAR.test(input.firstHeading.text.slice(y.index))) return found(y.year, input.firstHeading, "heading");
  }
  if (since !== null && fs) {
    if (dateYear === null || dateYear === since) {
      return guessed(since, fs, "since-year", { zh: `按开头“${since}年以来”`, en: `from the opening “${since}年以来” (the year so far)` });
    }
  }
  for (const h of input.headings ?? []) {
    const m = PLAN_YEAR.exec(h.text);
    if (!m) continue;
    const next = Number(m[1]);
    if (next < MIN_YEAR || next > MAX_YEAR) continue;
    return guessed(next - 1, h, "next-year-plan", { zh: `按下一年度安排所写的${next}年`, en: `from the next year's plan (${next})` });
  }
  if (dateYear !== null) {
    return guessed(dateYear - 1, null, "date", { zh: "按发布或成文日期", en: "from its publication or signing date" });
  }
  return { year: null, evidence: null, basis: null, diagnostics };
}
