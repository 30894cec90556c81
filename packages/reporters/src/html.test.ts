import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { histogramBins } from "./html-charts.js";
import { escapeHtml, html, trusted } from "./html-escape.js";
import { HTML_SCRIPT } from "./html-script.js";
import { htmlReport } from "./html.js";
import { CSV_INJECTION, fixtureResult, TRADITIONAL, XSS_IMG, XSS_SCRIPT } from "./test-fixtures/result.js";

describe("html template", () => {
  it("escapes every interpolated value, in text and in attributes", () => {
    const evil = `"><script>x</script>'`;
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe(
      "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;&#39;\">&quot;&gt;&lt;script&gt;x&lt;/script&gt;&#39;</p>",
    );
    expect(html`${[1, "<b>", null, false, html`<i>${"&"}</i>`]}`.value).toBe("1&lt;b&gt;<i>&amp;</i>");
    expect(html`${trusted("<b>")}`.value).toBe("<b>");
    expect(escapeHtml("a&b")).toBe("a&amp;b");
  });

  it("bins scores for the histogram, 100 in the last bin", () => {
    expect(histogramBins([0, 9.9, 10, 44, 90, 100])).toEqual([2, 1, 0, 0, 1, 0, 0, 0, 0, 2]);
  });
});

describe("html reporter", () => {
  const page = htmlReport(fixtureResult);

  it("is one document with a strict CSP that allows only its own inline script, by hash", () => {
    expect(page.startsWith("<!doctype html>\n<html lang=\"zh-CN\">")).toBe(true);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    expect(csp).toBeDefined();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).not.toContain("script-src 'unsafe-inline'");
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toBe("");
    expect(scripts[0]![2]).toBe(HTML_SCRIPT);
    const hash = createHash("sha256").update(scripts[0]![2]!, "utf8").digest("base64");
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
  });

  it("shows hostile report text literally: no tag, handler or link comes from the data", () => {
    expect(page).toContain(escapeHtml(XSS_SCRIPT));
    expect(page).toContain(escapeHtml(XSS_IMG));
    expect(page).toContain(escapeHtml("reports/<b>坏</b>=1+1.pdf"));
    expect(page).toContain(CSV_INJECTION.replace(/'/g, "&#39;"));
    expect(page.match(/<script\b/gi)).toHaveLength(1);
    expect(page).not.toMatch(/<img\b/i);
    expect(page).not.toMatch(/<b>/);
    // no event-handler attribute anywhere inside a tag
    for (const tag of page.match(/<[a-z][^>]*>/gi) ?? []) expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it("requests nothing from the network: every src/href is a local anchor", () => {
    const refs = [...page.matchAll(/\s(?:src|href|action|xlink:href|srcset|poster|data)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref).toMatch(/^#/);
      expect(ref).not.toMatch(/^(https?:)?\/\//i);
    }
    expect(page).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(page).not.toMatch(/@import|url\(/i);
    expect(page).not.toMatch(/<link\b|<iframe\b|<object\b|<embed\b/i);
  });

  it("renders the rankings, the tie, notices, histograms, scorecards and error reports", () => {
    expect(page.match(/<table class="sortable ranking">/g)).toHaveLength(3);
    expect(page.match(/<svg class="histogram"/g)).toHaveLength(2); // no histogram for a cohort with nothing scored
    expect(page.match(/<tr class="ranked"><td class="num" data-sort="1">1<\/td>/g)).toHaveLength(3); // tie + township
    expect(page).toContain("本组包含不同年度的报告（2022、2023）");
    expect(page.match(/<article class="card"/g)).toHaveLength(fixtureResult.reports.length);
    expect(page).toContain('<span class="total">90.0</span><span class="grade">优秀</span>');
    expect(page).toContain('style="width:75.0%"');
    expect(page).toContain("行政复议纠错率 — 不适用");
    expect(page).toContain("<strong>指标</strong> — 未完成（有检查出错）");
    expect(page).toContain(TRADITIONAL);
    expect(page).toContain('<section id="errors">');
    expect(page).toContain("<cite>第 41 行</cite>");
    expect(page).toContain("@media print");
  });

  it("orders the scorecards cohort by cohort and by rank within each, whatever the order of the reports", () => {
    const reversed = { ...fixtureResult, reports: [...fixtureResult.reports].reverse() };
    const issuers = [...htmlReport(reversed).matchAll(/<article class="card" id="r\d+">\n<header>\n<div><h3>([^<]*)<\/h3>/g)].map((m) => m[1]);
    const ranked = fixtureResult.rankings.flatMap((r) => r.entries.map((e) => e.issuer ?? e.file.replace(/</g, "&lt;").replace(/>/g, "&gt;")));
    expect(issuers).toEqual(ranked);
    expect(issuers[0]).not.toBe(reversed.reports[0]!.meta.issuer);
  });

  it("gives the column of a quote from a long line, and shows a check's evidence once when a finding quotes it", () => {
    expect(page).toContain("<cite>第 1 行第 215 字</cite>");
    expect(htmlReport(fixtureResult, { lang: "en" })).toContain("<cite>line 1, column 215</cite>");
    const copy = structuredClone(fixtureResult);
    const check = Object.values(copy.reports[1]!.checks).find((c) => c.findings.length > 0)!;
    check.evidence = [...check.findings[0]!.evidence];
    const quote = escapeHtml(check.findings[0]!.evidence[0]!.text);
    const card = htmlReport(copy).split('<article class="card"').find((c) => c.includes(quote))!;
    expect(card.split(`<blockquote>${quote}</blockquote>`)).toHaveLength(2);
  });

  it("prints on A4, each scorecard from a new page, a check with nothing to report as its line only", () => {
    expect(page).toContain("@page{size:A4;");
    expect(page).toContain(".card+.card{break-before:page}");
    expect(page).toMatch(/<details class="check clean"><summary>/);
    expect(page).toMatch(/<details class="check"><summary>[^<]*<span class="status">[^<]*<\/span> <span class="sev/);
  });

  it("has balanced <details>, <section>, <article> and <table> tags", () => {
    for (const tag of ["details", "section", "article", "table", "ul", "svg"]) {
      const open = page.match(new RegExp(`<${tag}[\\s>]`, "g"))?.length ?? 0;
      const close = page.match(new RegExp(`</${tag}>`, "g"))?.length ?? 0;
      expect({ tag, open }).toEqual({ tag, open: close });
    }
  });

  it("uses English labels with lang: en", () => {
    const en = htmlReport(fixtureResult, { lang: "en" });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("County Ranking");
    expect(en).toContain("<cite>line 41</cite>");
  });

  it("is deterministic", () => {
    expect(htmlReport(structuredClone(fixtureResult))).toBe(page);
  });
});
