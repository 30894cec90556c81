import type { Evidence } from "@fazhi/core";
import { defineRule } from "@fazhi/rule-kit";
import { allHeadings, documentHead, fieldEvidence, findIn, quote, type TextLine } from "./support.js";
import { MASKED_YEAR, STATED_YEAR, YEAR_CONTEXT } from "./vocabulary.js";

export interface ReportYearStatedOptions {
  /** Accept a year written only in the first heading ("一、2023年度推进法治政府建设的主要举措及成效"). */
  acceptFirstHeading: boolean;
}

const CN_DIGITS = "〇零○一二三四五六七八九";
function yearValue(m: RegExpExecArray): number {
  if (m[1] !== undefined) return Number(m[1]);
  return Number(Array.from(m[2]!, (c) => String(Math.max(0, CN_DIGITS.indexOf(c) - 2))).join(""));
}

/**
 * The report says which year it covers, in its title or first paragraph (DOMAIN §1.2: report year =
 * publication year − 1; a report that does not say so leaves the reader to guess from a date). Uses core's
 * evidence for `reportYear`: when core found the year only by subtracting one from a publication or signing
 * date, it has no evidence, and this rule looks for the year in the title and the opening itself.
 * 1 stated; 0.5 stated but later than the report's own date (a re-posting site may have rewritten the years,
 * DOMAIN §5.8); 0 only inferred from a date, only in the first heading when `acceptFirstHeading` is false, masked
 * ("20XX年") or absent.
 */
export const reportYearStated = defineRule<ReportYearStatedOptions>({
  meta: {
    id: "report-year-stated",
    type: "disclosure",
    title: { zh: "写明报告年度", en: "Report year stated" },
    description: {
      zh: "报告应在标题或开头段写明所报告的年度（如“关于2023年法治政府建设情况的报告”“2023年，我县……”），而不是让读者从发布日期推算。",
      en: "The report should state the year it covers in its title or opening paragraph (e.g. “关于2023年法治政府建设情况的报告”, “2023年，我县……”) instead of leaving readers to work it out from the publication date.",
    },
    schema: {
      type: "object",
      properties: {
        acceptFirstHeading: {
          type: "boolean",
          description: "Count a year written only in the first heading (一、2023年度…主要举措及成效) as stated.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { acceptFirstHeading: true },
    messages: {
      inferred: {
        zh: "标题和开头段都没有写明报告年度，{year}年只是根据发布或成文日期推定的。",
        en: "Neither the title nor the opening paragraph states the report year; {year} is only inferred from the publication or signing date.",
      },
      guessed: {
        zh: "标题和开头段都没有写明报告年度，{year}年是推定的（{how}）。",
        en: "Neither the title nor the opening paragraph states the report year; {year} is only inferred ({how}).",
      },
      headingOnly: {
        zh: "报告年度（{year}年）只写在正文第一个标题中，标题和开头段没有写明。",
        en: "The report year ({year}) is written only in the body's first heading, not in the title or the opening paragraph.",
      },
      masked: {
        zh: "报告年度被隐去（“{text}”），无法确定是哪一年的报告。",
        en: "The report year is masked (“{text}”); it cannot be told which year the report covers.",
      },
      missing: {
        zh: "报告没有写明所报告的年度，也没有可供推定的日期。",
        en: "The report states no report year, and there is no date to infer it from.",
      },
      laterThanDate: {
        zh: "报告写明的年度（{year}年）晚于其发布或成文日期所在年份，年份可能被转载网站改写，请核对原件。",
        en: "The stated report year ({year}) is later than the year of its publication or signing date; a re-posting site may have rewritten the years — check the original.",
      },
    },
    version: "1.0.0",
  },
  evaluate(context) {
    const { model, options } = context;
    const { reportYear } = model.meta;
    const { titleLines, opening } = documentHead(model);
    const firstHeadingLine = allHeadings(model)[0]?.line;

    // Core's evidence: the title, the first sentence or the first heading — all written in the report.
    let stated: { year: number; evidence: Evidence; where: "title" | "opening" | "heading" } | null = null;
    let headingOnly: Evidence | null = null;
    // A year core only guessed ("2024年以来", next year's plan, a date) is not stated, whatever its evidence.
    const guess = model.metaDetails.inferred?.find((i) => i.field === "reportYear");
    const core = guess ? null : fieldEvidence(model, "reportYear");
    if (core && reportYear !== null) {
      const where = titleLines.some((l) => l.line === core.line) ? "title" : core.line === firstHeadingLine && !opening.some((l) => l.line === core.line) ? "heading" : "opening";
      if (where !== "heading" || options.acceptFirstHeading) stated = { year: reportYear, evidence: core, where };
      else headingOnly = core;
    }
    // Otherwise look ourselves: any year in the title, a year tied to the work in the opening ("现将2023年…报告如下").
    if (!stated) {
      const inTitle = findIn(titleLines, STATED_YEAR);
      if (inTitle) stated = { year: yearValue(inTitle.match), evidence: inTitle.evidence, where: "title" };
    }
    if (!stated) {
      const tied = opening.filter((l: TextLine) => YEAR_CONTEXT.some((w) => l.folded.includes(w)));
      const inOpening = findIn(tied, STATED_YEAR);
      if (inOpening) stated = { year: yearValue(inOpening.match), evidence: inOpening.evidence, where: "opening" };
    }

    if (stated) {
      const where = { title: { zh: "标题", en: "title" }, opening: { zh: "开头段", en: "opening" }, heading: { zh: "第一个标题", en: "first heading" } }[stated.where];
      const displayValue = { zh: `${stated.year}年（见${where.zh}）`, en: `${stated.year} (in the ${where.en})` };
      const conflict = model.diagnostics.some((d) => d.code === "report-year-conflict");
      if (conflict) {
        context.report({ messageId: "laterThanDate", data: { year: stated.year }, evidence: stated.evidence });
        return { score: 0.5, value: stated.year, displayValue };
      }
      return { score: 1, value: stated.year, displayValue, evidence: [stated.evidence] };
    }

    const masked = findIn([...titleLines, ...opening], MASKED_YEAR);
    if (masked) {
      context.report({ messageId: "masked", data: { text: masked.match[0].trim() }, evidence: masked.evidence });
      return { score: 0, value: null };
    }
    if (headingOnly && reportYear !== null) {
      context.report({ messageId: "headingOnly", data: { year: reportYear }, evidence: headingOnly });
      return { score: 0, value: reportYear };
    }
    if (reportYear !== null && guess && guess.basis !== "date") {
      context.report({ messageId: "guessed", data: { year: reportYear, how: guess.note.zh }, evidence: guess.evidence });
      return { score: 0, value: reportYear, displayValue: { zh: `${reportYear}年（推定）`, en: `${reportYear} (inferred)` } };
    }
    if (reportYear !== null) {
      const dateField = fieldEvidence(model, "publishedDate") ?? fieldEvidence(model, "signedDate");
      context.report({ messageId: "inferred", data: { year: reportYear }, evidence: dateField ?? (titleLines[0] ? quote(titleLines[0]) : []) });
      return { score: 0, value: reportYear, displayValue: { zh: `${reportYear}年（推定）`, en: `${reportYear} (inferred)` } };
    }
    context.report({ messageId: "missing", evidence: titleLines[0] ? quote(titleLines[0]) : [] });
    return { score: 0, value: null };
  },
});
