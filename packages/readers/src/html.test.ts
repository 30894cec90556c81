import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SourceDocument } from "@fazhi/core";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readReportBytes } from "./index.js";
import { CHROME_ALWAYS, CHROME_NEVER, type GovPageTemplate, reportParagraphs, wrapAsGovPage } from "./test-fixtures/gov-page.js";

const seedsDir = fileURLToPath(new URL("../../../seeds/", import.meta.url));
const seed = (prefix: string) => readFileSync(seedsDir + readdirSync(seedsDir).find((f) => f.startsWith(prefix))!, "utf8");

function lines(doc: SourceDocument) {
  const chrome = new Set(doc.chromeLines);
  return doc.text.split("\n").map((text, i) => ({ text, chrome: chrome.has(i + 1), origin: doc.lineOrigins![i]! }));
}

const bodyOf = (doc: SourceDocument) => lines(doc).filter((l) => !l.chrome).map((l) => l.text);
const chromeOf = (doc: SourceDocument) => lines(doc).filter((l) => l.chrome).map((l) => l.text);

const TITLE = "商城县人民政府关于2022年法治政府建设情况的报告";
const templates: GovPageTemplate[] = ["trs", "legacy", "ucap"];

describe("HTML: the report comes out as body lines, the page around it as chrome lines", () => {
  for (const template of templates) {
    for (const prefix of ["001_", "002_", "004_"]) {
      it(`${template} page around seed ${prefix}`, () => {
        const report = seed(prefix);
        const html = wrapAsGovPage(report, { template, title: TITLE, publishedDate: "2023-03-07" });
        const doc = readReportBytes(`page-${template}.html`, new TextEncoder().encode(html));
        expect(doc.source).toMatchObject({ format: "html", encoding: "utf-8", encodingConfidence: 100 });
        expect(doc.lineOrigins).toHaveLength(doc.text.split("\n").length);
        // Title line, then every paragraph in order, nothing else, none marked chrome.
        expect(bodyOf(doc)).toEqual([TITLE, ...reportParagraphs(report)]);
        // Menus, breadcrumb, metadata, share bar and footer are chrome, and still in the text.
        const chrome = chromeOf(doc);
        for (const c of CHROME_ALWAYS) expect(chrome.some((l) => l.includes(c)), c).toBe(true);
        expect(chrome.some((l) => /首页\s*>+\s*政/.test(l)), "breadcrumb").toBe(true);
        expect(chrome.some((l) => l.includes("索引号") || l.includes("索 引 号")), "metadata").toBe(true);
        expect(chrome.some((l) => l.includes("2023-03-07")), "publication date").toBe(true);
        if (template !== "ucap") expect(chrome.some((l) => /字体[:：]【大 中 小】/.test(l)), "font size widget").toBe(true);
        // Script, style, noscript, template and hidden text never appear.
        for (const t of CHROME_NEVER) expect(doc.text).not.toContain(t);
        // Chrome around the report's paragraphs (after the title line): some before, some after, none between.
        const all = lines(doc);
        const firstBody = all.findIndex((l, i) => !l.chrome && i > all.findIndex((t) => !t.chrome));
        const lastBody = all.length - 1 - [...all].reverse().findIndex((l) => !l.chrome);
        expect(firstBody).toBeGreaterThan(0);
        expect(lastBody).toBeLessThan(all.length - 1);
        expect(all.slice(firstBody, lastBody + 1).every((l) => !l.chrome)).toBe(true);
      });
    }
  }

  it("the metadata table's rows become one line each, cells joined by ' | '", () => {
    const doc = readReportBytes("p.html", new TextEncoder().encode(wrapAsGovPage(seed("001_"), { template: "trs", publisher: "县司法局", signedDate: "2023-03-01", publishedDate: "2023-03-07" })));
    const chrome = chromeOf(doc);
    expect(chrome).toContain("索 引 号： | 011043217/2023-07888 | 主题分类： | 综合政务");
    expect(chrome).toContain("发布机构： | 县司法局 | 成文日期： | 2023-03-01");
    // an empty value cell keeps labels and values aligned
    expect(chrome).toContain("文 号： |  | 发布日期： | 2023-03-07");
  });

  it("breadcrumb, menus and the page <title> are chrome", () => {
    const doc = readReportBytes("p.html", new TextEncoder().encode(wrapAsGovPage(seed("001_"), { template: "trs", title: TITLE, site: "商城县人民政府" })));
    const chrome = chromeOf(doc);
    expect(chrome[0]).toBe(`${TITLE}_商城县人民政府`);
    expect(chrome).toContain("当前位置：首页 > 政务公开 > 法治政府建设 > 年度报告");
    expect(chrome).toContain("政务公开");
    expect(chrome).toContain("商城县人民政府"); // the site logo, not the report title
  });
});

describe("HTML: lineOrigins point into the HTML source", () => {
  for (const template of templates) {
    it(`${template}: each body line's origin line holds its element's start tag and text`, () => {
      const report = seed("002_");
      const html = wrapAsGovPage(report, { template, title: TITLE });
      const src = html.split("\n");
      const doc = readReportBytes("p.html", new TextEncoder().encode(html));
      const body = lines(doc).filter((l) => !l.chrome);
      const paragraphs = reportParagraphs(report);
      body.slice(1).forEach((l, i) => {
        const sourceLine = src[l.origin.line - 1]!;
        if (template === "legacy" && i === 0) {
          // first line of a <br>-separated cell: the cell's start tag
          expect(sourceLine).toContain('<td class="zw">');
          return;
        }
        expect(sourceLine.replace(/&nbsp;/g, " ").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/\s+/g, " ")).toContain(paragraphs[i]!.slice(0, 20));
        if (template === "trs") expect(l.origin.element).toBe(`div#zoom>p:nth-of-type(${i + 1})`);
        if (template === "ucap") expect(l.origin.element).toBe(`div#UCAP-CONTENT>p:nth-of-type(${i + 1})`);
      });
      // The title line points at the heading's line.
      expect(src[body[0]!.origin.line - 1]).toContain(TITLE);
      // Chrome lines point at their elements too.
      const footer = lines(doc).find((l) => l.text.startsWith("CopyRight"))!;
      expect(src[footer.origin.line - 1]).toContain("CopyRight");
    });
  }

  it("CRLF and CR-only HTML sources count lines the same way", () => {
    const html = wrapAsGovPage(seed("001_"), { template: "trs" });
    const lf = readReportBytes("a.html", new TextEncoder().encode(html));
    const crlf = readReportBytes("b.html", new TextEncoder().encode(html.replace(/\n/g, "\r\n")));
    const cr = readReportBytes("c.html", new TextEncoder().encode(html.replace(/\n/g, "\r")));
    expect(crlf.text).toBe(lf.text);
    expect(cr.text).toBe(lf.text);
    expect(crlf.lineOrigins).toEqual(lf.lineOrigins);
    expect(cr.lineOrigins).toEqual(lf.lineOrigins);
  });
});

describe("HTML: encodings", () => {
  it('a <meta charset="gb2312"> page in GB18030 bytes', () => {
    const report = seed("004_");
    const html = wrapAsGovPage(report, { template: "trs", charset: "gb2312", title: "常州市武进区人民政府2020年法治政府建设工作报告" });
    const doc = readReportBytes("wj.htm", iconv.encode(html, "gb18030"));
    expect(doc.source.encoding).toBe("gb18030");
    expect(bodyOf(doc)).toEqual(["常州市武进区人民政府2020年法治政府建设工作报告", ...reportParagraphs(report)]);
  });

  it("an http-equiv gb2312 legacy page in GB18030 bytes", () => {
    const report = seed("002_");
    const doc = readReportBytes("sc.html", iconv.encode(wrapAsGovPage(report, { template: "legacy", charset: "gb2312", title: TITLE }), "gb18030"));
    expect(doc.source.encoding).toBe("gb18030");
    expect(bodyOf(doc)).toEqual([TITLE, ...reportParagraphs(report)]);
  });

  it("a Big5 page around the Traditional seed", () => {
    const report = seed("003_");
    const title = "呂梁市2023年法治政府建設年度報告";
    const doc = readReportBytes("ll.html", iconv.encode(wrapAsGovPage(report, { template: "ucap", charset: "big5", title }), "big5"));
    expect(doc.source.encoding).toBe("big5");
    expect(bodyOf(doc)).toEqual([title, ...reportParagraphs(report)]);
    expect(doc.diagnostics ?? []).toEqual([]);
  });

  it("a page declared gb2312 but saved as UTF-8 is read as UTF-8", () => {
    const report = seed("001_");
    const doc = readReportBytes("x.html", new TextEncoder().encode(wrapAsGovPage(report, { charset: "gb2312", title: TITLE })));
    expect(doc.source.encoding).toBe("utf-8");
    expect(bodyOf(doc)).toEqual([TITLE, ...reportParagraphs(report)]);
  });
});

describe("HTML: lines from markup", () => {
  const read = (html: string) => readReportBytes("t.html", new TextEncoder().encode(html));

  it("br breaks lines, entities are decoded, spaces collapse, &nbsp; indents go", () => {
    const doc = read(`<html><body><div id="zoom"><p>&nbsp;&nbsp;一、总体情况<br>  二、主要举措&amp;成效   （一）加强   领导</p><p>&lt;附件&gt;&#x6CD5;&#27835;</p></div></body></html>`);
    expect(doc.text).toBe("一、总体情况\n二、主要举措&成效 （一）加强 领导\n<附件>法治");
  });

  it("a line break in the source between Han characters joins them (no stray space mid-word)", () => {
    const doc = read(`<html><body><div id="zoom"><p>全年共办理行\n政复议案件 56 件，\nincluding 3 cases</p></div></body></html>`);
    expect(doc.text).toBe("全年共办理行政复议案件 56 件， including 3 cases");
  });

  it("a layout table holding the report is not flattened into one row", () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `第${i + 1}段：深入推进依法行政，全面建设法治政府，切实加强行政执法监督，持续提升依法行政水平。`);
    const doc = read(
      `<html><body><table><tr><td><a href="/">首页</a></td><td><a>政务公开</a></td></tr></table><table><tr><td><table><tr><td>菜单</td></tr></table></td><td>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</td></tr></table></body></html>`,
    );
    expect(bodyOf(doc)).toEqual(paragraphs);
    expect(chromeOf(doc)).toEqual(["首页 | 政务公开", "菜单"]);
    expect(doc.diagnostics?.map((d) => d.code)).toEqual(["html-content-guessed"]);
  });

  it("hidden elements, comments and head are dropped", () => {
    const doc = read(
      `<html><head><meta charset="utf-8"><style>p{}</style></head><body><!-- 注释 --><div id="zoom"><p hidden>甲</p><p aria-hidden="true">乙</p><p style="color:red;display:none">丙</p><p>丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁</p></div></body></html>`,
    );
    expect(doc.text).toBe("丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁");
  });

  it("a container inside a wider one holding most of its text is preferred", () => {
    const p = "<p>全面推进依法行政，加快建设法治政府，切实加强行政执法监督工作。</p>".repeat(5);
    const doc = read(`<html><body><div id="zoom"><div class="crumb">首页 > 政务公开</div><h1>某县2023年法治政府建设年度报告</h1><div class="TRS_Editor">${p}</div><div class="share">扫一扫在手机打开当前页</div></div></body></html>`);
    expect(chromeOf(doc)).toEqual(["首页 > 政务公开", "扫一扫在手机打开当前页"]);
    expect(bodyOf(doc)[0]).toBe("某县2023年法治政府建设年度报告");
    expect(doc.lineOrigins![2]!.element).toBe("div.TRS_Editor>p:nth-of-type(1)");
  });

  it("a link to another report in a sidebar is not taken for the title", () => {
    const p = "<p>全面推进依法行政，加快建设法治政府，切实加强行政执法监督工作。</p>".repeat(5);
    const doc = read(
      `<html><body><h1>县人民政府关于法治政府建设情况的报告</h1><div id="zoom">${p}</div><div class="side"><h3 class="title"><a href="/x">某县2021年法治政府建设年度报告</a></h3></div></body></html>`,
    );
    expect(bodyOf(doc)[0]).toBe("县人民政府关于法治政府建设情况的报告");
    expect(chromeOf(doc)).toEqual(["某县2021年法治政府建设年度报告"]);
  });

  it("a <body> hidden until a script runs is still read", () => {
    const doc = read(`<html><body style="display:none"><div id="zoom"><p>法治政府建设年度报告正文第一段。</p></div></body></html>`);
    expect(doc.text).toBe("法治政府建设年度报告正文第一段。");
  });

  it("a page with no body text at all is an empty-file error", () => {
    expect(() => read(`<html><head><title></title><script>var a = "文字";</script></head><body> </body></html>`)).toThrow(
      expect.objectContaining({ code: "empty" }),
    );
  });

  it("unknown extension starting with <!doctype is read as HTML", () => {
    const doc = readReportBytes("page.asp", new TextEncoder().encode(`\n  <!DOCTYPE html><html><body><div id="zoom"><p>法治政府建设年度报告正文第一段内容内容内容</p></div></body></html>`));
    expect(doc.source.format).toBe("html");
    expect(doc.text).toBe("法治政府建设年度报告正文第一段内容内容内容");
  });
});
