import type { Evidence } from "@fazhi/core";
import { defineRule } from "@fazhi/rule-kit";
import { allHeadings, bodyLines, documentHead, findAllIn, quote, topHeadings, type TextLine } from "./support.js";
import {
  ANNUAL_REPORT_MIN_SIGNALS,
  ANNUAL_REPORT_SIGNALS,
  DOCUMENT_KINDS,
  EVALUATION_OPENING_STRICT,
  EVALUATORS,
  INFO_DISCLOSURE_MIN_SECTIONS,
  INFO_DISCLOSURE_SECTIONS,
  INTERPRETATION_HEADINGS,
  INTERPRETATION_MIN_HEADINGS,
  KIND_NAMES,
  LABEL_LINE,
  NEWS_MIN_REPORTED_SPEECH,
  NEWS_REPORTED_SPEECH,
  NEWS_TITLE_EXCEPTIONS,
  NEWS_TITLE_TOPIC,
  OPENING_CUES,
  PLACEHOLDER_G,
  PLAN_HEADINGS,
  PLAN_MAX_RESULT_NUMBERS,
  PLAN_MIN_HEADINGS,
  PLAN_MIN_TASK_LINES,
  PLAN_REPORTED_ON,
  PLAN_TASK_LABELS,
  RECONSIDERATION_HEADING,
  RECONSIDERATION_MIN_SHARE,
  REPORT_TOPICS,
  REPORT_WORDS,
  TITLE_CUES,
  type DocumentKind,
} from "./vocabulary.js";

export interface DocumentKindOptions {
  /** Placeholders (某县, XX, ××, x年, （略）) in the body from which a document counts as a template or masked sample. */
  placeholderThreshold: number;
  /** Look-alike kinds not to flag (e.g. ["template"] for an office that scores masked samples on purpose). */
  ignore: DocumentKind[];
}

interface Verdict {
  kind: DocumentKind;
  via: "title" | "opening" | "shape";
  evidence: Evidence[];
}

const MAX_EVIDENCE = 3;
const RESULT_KINDS = new Set(["count", "rate", "money"]);

/**
 * Is this document an annual rule-of-law report at all? DOMAIN §6 lists the look-alikes that are not: a 政策解读
 * of a report, a 政府信息公开工作年度报告 (another statutory report), a work plan (工作要点/工作安排/实施方案/工作计划),
 * a template or heavily masked sample ("某县2025年度…", XX, （略）), a third-party 评估报告 (by a university or
 * institute), a 行政复议应诉分析报告, and news about a report. Judged, in this order, from
 *  1. the title (core's title, or the short lines above the first paragraph),
 *  2. the opening paragraphs ("本报讯", "受…委托", "根据《政府信息公开条例》…编制本报告", "特制定本方案"),
 *  3. the body's shape: 信息公开 sections (主动公开/依申请公开…), a plan's task lists (牵头单位/责任单位) or aims
 *     (总体要求/重点任务) without a year's results, headings that are all about 复议/应诉 cases, reported speech
 *     ("报告显示"), and placeholders throughout.
 * Mentions in the body never decide: an annual report that cites a 工作要点 or reports on 政府信息公开 stays 1, and
 * shape cues are not used at all when the title is an annual report's or the body has the outline's parts.
 * Score 1 for an annual report; 0 with a finding naming the look-alike.
 */
export const documentKind = defineRule<DocumentKindOptions>({
  meta: {
    id: "document-kind",
    type: "disclosure",
    title: { zh: "文件属于法治政府建设年度报告", en: "Document is an annual rule-of-law report" },
    description: {
      zh: "判断文件是不是法治政府建设年度报告本身，而非政策解读、政府信息公开工作年度报告、工作要点/实施方案等计划、带“某县”“XX”“（略）”的模板、高校或研究院的第三方评估报告、行政复议应诉分析报告或关于报告的新闻。依据标题、开头段和正文结构判断；正文只是提到这些文件不影响结果。",
      en: "Whether the document is an annual rule-of-law report itself, not a policy interpretation, a government information disclosure report, a work plan (工作要点/实施方案), a template with placeholders (某县, XX, （略）), a third-party evaluation by a university or institute, a reconsideration/litigation analysis, or news about a report. Judged from the title, the opening and the body's shape; mere mentions of such documents in the body do not count.",
    },
    schema: {
      type: "object",
      properties: {
        placeholderThreshold: { type: "integer", minimum: 1, description: "Placeholders in the body from which the document is a template." },
        ignore: {
          type: "array",
          items: { type: "string", enum: [...DOCUMENT_KINDS] },
          uniqueItems: true,
          description: "Look-alike kinds not to flag.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { placeholderThreshold: 5, ignore: [] },
    messages: {
      policyInterpretation: {
        zh: "这是一篇政策解读（对报告的解读说明），不是法治政府建设年度报告本身，请评报告原文。",
        en: "This is a policy interpretation (解读) of a report, not the annual rule-of-law report itself; score the report's own text.",
      },
      infoDisclosureReport: {
        zh: "这是政府信息公开工作年度报告（另一种法定年度报告，含主动公开、依申请公开等部分），不是法治政府建设年度报告。",
        en: "This is a government information disclosure annual report (a different statutory report, with sections on proactive and on-request disclosure), not the annual rule-of-law report.",
      },
      workPlan: {
        zh: "这是一份工作计划（工作要点、工作安排或实施方案），列的是要做的任务而不是一年的工作成效，不是年度报告。",
        en: "This is a work plan (工作要点, 工作安排 or 实施方案): it lists tasks to be done rather than a year's results; it is not the annual report.",
      },
      template: {
        zh: "文中有{count}处占位符或隐去内容（如“某县”“XX”“x年”“（略）”），这是模板或隐去名称的范文，不是某一地方的真实报告。",
        en: "The text has {count} placeholders or masked passages (such as “某县”, “XX”, “x年”, “（略）”); it is a template or masked sample, not a real government's report.",
      },
      thirdPartyEvaluation: {
        zh: "这是第三方（高校、研究院等）出具的评估报告，不是政府自己的法治政府建设年度报告。",
        en: "This is an evaluation report by a third party (a university or institute), not the government's own annual rule-of-law report.",
      },
      reconsiderationAnalysis: {
        zh: "这是行政复议、应诉案件分析报告，只讲案件情况，不是法治政府建设年度报告。",
        en: "This is an analysis of administrative reconsideration and litigation cases, not the annual rule-of-law report.",
      },
      newsAboutReport: {
        zh: "这是一篇关于报告的新闻报道，不是报告原文，请取得报告全文再评。",
        en: "This is a news item about a report, not the report itself; obtain the full report to score it.",
      },
      policyDocument: {
        zh: "这是一份政策文件（规划、意见、指引或办法，或印发它的通知），规定的是要求和任务，不是法治政府建设年度报告。",
        en: "This is a policy document (a plan, opinion, guideline or measures, or the notice issuing it): it sets requirements and tasks; it is not the annual rule-of-law report.",
      },
    },
    version: "1.0.0",
  },
  evaluate(context) {
    const { model, options } = context;
    const head = documentHead(model);
    // Pinyin glosses ("發(fā)布") and watermarks, masked as \0 in core's folded view, are dropped so cues match;
    // a gloss is never evidence, so offsets need not hold.
    const unglossed = (l: TextLine): TextLine => (l.folded.includes("\0") ? { ...l, folded: l.folded.replace(/\0+/g, "") } : l);
    const titleLines = head.titleLines.filter((l) => !LABEL_LINE.test(l.folded) && !/^\s*#?\s*source\s*:|https?:\/\//iu.test(l.folded)).map(unglossed);
    const opening = head.opening.map(unglossed);
    const body = bodyLines(model);
    const allowed = (k: DocumentKind) => !options.ignore.includes(k);
    const placeholders = findAllIn(body, PLACEHOLDER_G);

    // Looks like an annual report: its title says so, or it has two of the outline's signs.
    const reportLike = isAnnualReportTitle(titleLines) || annualReportSignals(model, titleLines, opening) >= ANNUAL_REPORT_MIN_SIGNALS;
    const verdict =
      fromTitle(titleLines, allowed) ??
      fromOpening(opening, titleLines, reportLike, allowed) ??
      fromPlaceholders(placeholders, options.placeholderThreshold, allowed) ??
      (reportLike ? null : fromShape(model, body, allowed));

    if (!verdict) {
      const name = KIND_NAMES.annualReport;
      const evidence = titleLines[0] ? [quote(titleLines[0])] : opening[0] ? [quote(opening[0])] : [];
      return { score: 1, value: "annualReport", displayValue: name, evidence };
    }
    const data = verdict.kind === "template" ? { count: placeholders.length } : undefined;
    context.report({ messageId: verdict.kind, ...(data ? { data } : {}), evidence: verdict.evidence.slice(0, MAX_EVIDENCE) });
    return { score: 0, value: verdict.kind, displayValue: KIND_NAMES[verdict.kind] };
  },
});

function fromTitle(titleLines: TextLine[], allowed: (k: DocumentKind) => boolean): Verdict | null {
  for (const l of titleLines) {
    for (const { kind, pattern } of TITLE_CUES) {
      if (!allowed(kind)) continue;
      const m = pattern.exec(l.folded);
      if (!m) continue;
      if (kind === "newsAboutReport" && (NEWS_TITLE_EXCEPTIONS.test(l.folded) || !NEWS_TITLE_TOPIC.test(l.folded))) continue;
      if (kind === "workPlan" && PLAN_REPORTED_ON.test(l.folded)) continue;
      if (kind === "reconsiderationAnalysis" && REPORT_TOPICS.some((t) => l.folded.includes(t))) continue;
      return { kind, via: "title", evidence: [quote(l)] };
    }
    if (allowed("template")) {
      const m = new RegExp(PLACEHOLDER_G.source, "u").exec(l.folded);
      if (m) return { kind: "template", via: "title", evidence: [quote(l)] };
    }
  }
  return null;
}

function fromOpening(opening: TextLine[], titleLines: TextLine[], reportLike: boolean, allowed: (k: DocumentKind) => boolean): Verdict | null {
  for (const l of opening) {
    for (const { kind, pattern } of OPENING_CUES) {
      if (!allowed(kind)) continue;
      const m = pattern.exec(l.folded);
      if (!m) continue;
      // An evaluation names its evaluator (a university, an institute) near the top.
      if (kind === "thirdPartyEvaluation") {
        if (![...titleLines, ...opening].some((x) => EVALUATORS.test(x.folded))) continue;
        // A report that says it invited a university to evaluate it is still the government's report.
        if (reportLike && !EVALUATION_OPENING_STRICT.test(l.folded)) continue;
      }
      return { kind, via: "opening", evidence: [quote(l, m.index, m[0].length)] };
    }
  }
  return null;
}

function fromPlaceholders(
  placeholders: ReturnType<typeof findAllIn>,
  threshold: number,
  allowed: (k: DocumentKind) => boolean,
): Verdict | null {
  if (!allowed("template") || placeholders.length < threshold) return null;
  return { kind: "template", via: "shape", evidence: placeholders.map((p) => p.evidence) };
}

/** A title that names an annual rule-of-law report ("关于2023年法治政府建设情况的报告", "…工作报告"). */
function isAnnualReportTitle(titleLines: TextLine[]): boolean {
  return titleLines.some((l) => REPORT_TOPICS.some((t) => l.folded.includes(t)) && REPORT_WORDS.some((w) => l.folded.includes(w)));
}

/** How many of the annual report's signs (DOMAIN §2 outline) the title, opening and headings show. */
function annualReportSignals(model: Parameters<typeof allHeadings>[0], titleLines: TextLine[], opening: TextLine[]): number {
  const texts = [...titleLines.map((l) => l.folded), ...opening.map((l) => l.folded), ...allHeadings(model).map((h) => h.text)];
  return ANNUAL_REPORT_SIGNALS.filter((p) => texts.some((t) => p.test(t))).length;
}

function fromShape(model: Parameters<typeof allHeadings>[0], body: TextLine[], allowed: (k: DocumentKind) => boolean): Verdict | null {
  const short = body.filter((l) => l.folded.trim().length <= 40);
  const headings = allHeadings(model);
  const headingLines = new Set(headings.map((h) => h.line));
  const structural = body.filter((l) => headingLines.has(l.line) || l.folded.trim().length <= 40);

  // 政府信息公开工作年度报告: its statutory sections, on distinct lines.
  if (allowed("infoDisclosureReport")) {
    const lines = structural.filter((l) => INFO_DISCLOSURE_SECTIONS.some((s) => l.folded.replace(/\s+/gu, "").includes(s)));
    if (lines.length >= INFO_DISCLOSURE_MIN_SECTIONS) return { kind: "infoDisclosureReport", via: "shape", evidence: lines.map((l) => quote(l)) };
  }
  // 行政复议应诉分析: most top-level headings are about cases.
  if (allowed("reconsiderationAnalysis")) {
    const level1 = topHeadings(model);
    const top = level1.length >= 3 ? level1 : headings;
    const about = top.filter((h) => RECONSIDERATION_HEADING.test(h.text));
    if (top.length >= 3 && about.length / top.length >= RECONSIDERATION_MIN_SHARE) {
      return { kind: "reconsiderationAnalysis", via: "shape", evidence: about.map((h) => ({ line: h.line, text: h.raw.trim() })) };
    }
  }
  // Work plan: task lists (牵头单位/责任单位/完成时限), or a plan's headings without a year's results.
  if (allowed("workPlan")) {
    const tasks = body.filter((l) => PLAN_TASK_LABELS.test(l.folded));
    if (tasks.length >= PLAN_MIN_TASK_LINES) return { kind: "workPlan", via: "shape", evidence: tasks.map((l) => quote(l)) };
    const planHeadings = headings.filter((h) => PLAN_HEADINGS.test(h.text));
    const results = model.numbers.filter((n) => RESULT_KINDS.has(n.kind)).length;
    if (new Set(planHeadings.map((h) => h.text)).size >= PLAN_MIN_HEADINGS && results <= PLAN_MAX_RESULT_NUMBERS) {
      return { kind: "workPlan", via: "shape", evidence: planHeadings.map((h) => ({ line: h.line, text: h.raw.trim() })) };
    }
  }
  // 解读: background / main content / significance headings.
  if (allowed("policyInterpretation")) {
    const parts = headings.filter((h) => INTERPRETATION_HEADINGS.test(h.text));
    const lines = parts.length > 0 ? parts.map((h) => ({ line: h.line, text: h.raw.trim() })) : short.filter((l) => INTERPRETATION_HEADINGS.test(l.folded)).map((l) => quote(l));
    if (lines.length >= INTERPRETATION_MIN_HEADINGS) return { kind: "policyInterpretation", via: "shape", evidence: lines };
  }
  // News: speaks about the report ("报告显示…", "报告指出…").
  if (allowed("newsAboutReport")) {
    const speech = findAllIn(body, NEWS_REPORTED_SPEECH);
    if (speech.length >= NEWS_MIN_REPORTED_SPEECH) return { kind: "newsAboutReport", via: "shape", evidence: speech.map((s) => s.evidence) };
  }
  return null;
}
