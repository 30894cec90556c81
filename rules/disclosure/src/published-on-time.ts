import { defineRule } from "@fazhi/rule-kit";
import { usableDate } from "./dates.js";

export interface PublishedOnTimeOptions {
  /** Month and day of the deadline in the year after the report year, "MM-DD" (national: "04-01"). */
  deadline: string;
  /** Fall back to the signing date when the publication date is unknown. */
  useSignedDate: boolean;
}

const DAY_MS = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS);

/**
 * Published by the deadline: Art. 24 of 《法治政府建设与责任落实督察工作规定》 — "每年4月1日之前…应当通过报刊、网站等
 * 新闻媒体向社会公开" (DOMAIN §1.1; §4.3 "on time"). The deadline falls in the year after the report year; a local
 * office whose rule is 1 March sets `deadline: "03-01"` (DOMAIN §1.2). A date on the deadline day counts as on time
 * ("4月1日之前" read as "by 1 April"). Uses the publication date; when there is none and `useSignedDate` is true, the
 * signing date (the report cannot have been published before it was signed, so a late signing date is late; an
 * early one only shows the report was ready in time) — the outcome says which date was used. Never a date widget.
 * 1 on time; 0 late; not applicable when no date or no report year is known.
 */
export const publishedOnTime = defineRule<PublishedOnTimeOptions>({
  meta: {
    id: "published-on-time",
    type: "disclosure",
    title: { zh: "按时公开", en: "Published on time" },
    description: {
      zh: "报告应在报告年度次年的4月1日之前公开（《法治政府建设与责任落实督察工作规定》第二十四条）；执行3月1日地方规定的可设 deadline: \"03-01\"。用发布日期判断，没有发布日期时用成文日期（useSignedDate），并注明用的是哪个日期；都没有则不评。",
      en: "The report should be public by 1 April of the year after the report year (Art. 24 of the 2019 督察工作规定); offices applying a local 1 March rule set deadline: \"03-01\". Judged on the publication date, or the signing date when there is none (useSignedDate), saying which was used; not judged when neither is known.",
    },
    schema: {
      type: "object",
      properties: {
        deadline: {
          type: "string",
          pattern: "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
          description: "Month-day of the deadline in the year after the report year, e.g. \"04-01\" or \"03-01\".",
        },
        useSignedDate: { type: "boolean", description: "Use the signing date when the publication date is unknown." },
      },
      additionalProperties: false,
    },
    defaultOptions: { deadline: "04-01", useSignedDate: true },
    messages: {
      latePublished: {
        zh: "发布日期为{date}，晚于{deadline}的公开期限{days}天。",
        en: "The publication date is {date}, {days} day(s) after the {deadline} deadline.",
      },
      lateSigned: {
        zh: "没有发布日期；成文日期为{date}，已晚于{deadline}的公开期限{days}天，报告不可能按时公开。",
        en: "No publication date is known; the signing date {date} is already {days} day(s) after the {deadline} deadline, so the report cannot have been published on time.",
      },
      beforeReportYear: {
        zh: "所用日期{date}早于报告年度（{year}年）本身，日期或年度有误，无法判断是否按时公开。",
        en: "The date used, {date}, is before the report year ({year}) itself; the date or the year is wrong, so timeliness cannot be judged.",
      },
    },
    version: "1.0.0",
  },
  evaluate(context) {
    const { model, options } = context;
    const year = model.meta.reportYear;
    const published = usableDate(model, "publishedDate");
    const signed = options.useSignedDate ? usableDate(model, "signedDate") : null;
    const used = published ? { ...published, kind: "published" as const } : signed ? { ...signed, kind: "signed" as const } : null;
    if (year === null) {
      return { score: null, notApplicable: true, displayValue: { zh: "报告年度不明，不评", en: "Report year unknown; not judged" } };
    }
    if (!used) {
      return {
        score: null,
        notApplicable: true,
        displayValue: options.useSignedDate
          ? { zh: "无发布日期和成文日期，不评", en: "No publication or signing date; not judged" }
          : { zh: "无发布日期，不评", en: "No publication date; not judged" },
      };
    }
    const deadline = `${year + 1}-${options.deadline}`;
    const dateKind = used.kind === "published" ? "发布日期" : "成文日期（无发布日期）";
    const dateKindEn = used.kind === "published" ? "publication date" : "signing date (no publication date known)";
    const evidence = used.evidence ? [used.evidence] : [];
    const value = { date: used.iso, dateUsed: used.kind, deadline };
    if (used.iso < `${year}-01-01`) {
      context.report({ messageId: "beforeReportYear", data: { date: used.iso, year }, evidence });
      return { score: null, value };
    }
    const late = days(used.iso, deadline);
    if (late > 0) {
      context.report({ messageId: used.kind === "published" ? "latePublished" : "lateSigned", data: { date: used.iso, deadline, days: late }, evidence });
      return { score: 0, value, displayValue: { zh: `逾期${late}天（${dateKind} ${used.iso}）`, en: `${late} day(s) late (${dateKindEn} ${used.iso})` } };
    }
    return {
      score: 1,
      value,
      displayValue: { zh: `按时（${dateKind} ${used.iso}，期限 ${deadline}）`, en: `On time (${dateKindEn} ${used.iso}, deadline ${deadline})` },
      evidence,
    };
  },
});
