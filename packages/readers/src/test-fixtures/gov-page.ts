/**
 * Realistic government web pages around a report's text, for tests of anything that reads HTML.
 * Three layouts seen on real sites:
 * - "trs":    a TRS/Hanweb article page — nav menu, breadcrumb, h1 title, metadata table, `#zoom` body of <p>s;
 * - "legacy": an older table-layout page with no known body container — menus as table rows, body as one
 *             cell of `<br>`-separated lines with `&nbsp;` indents (exercises the text-density fallback);
 * - "ucap":   a UCAP page — bullet menus, bracketed metadata list, `#UCAP-CONTENT` body.
 * Every page carries script, style and hidden text that must never reach the output (see CHROME_NEVER).
 */

export type GovPageTemplate = "trs" | "legacy" | "ucap";

export interface GovPageOptions {
  /** The report's title, shown as the page's heading and in the metadata. */
  title?: string;
  /** The declared charset (`<meta charset>` for trs/ucap, `http-equiv` for legacy). Default utf-8. Encoding the bytes is up to the caller. */
  charset?: string;
  /** 发布日期, e.g. "2023-03-07" (blank when not given). */
  publishedDate?: string;
  /** 成文日期, e.g. "2023-03-01" (blank when not given). */
  signedDate?: string;
  /** 发布机构, e.g. "某县人民政府办公室" (blank when not given). */
  publisher?: string;
  /** 索引号, e.g. "011043217/2023-07888". */
  indexNumber?: string;
  /** 文号, e.g. "商政〔2023〕5号". */
  documentNumber?: string;
  /** Site name used in header, breadcrumb and footer. */
  site?: string;
  template?: GovPageTemplate;
}

/** Texts the fixture hides in script, style, noscript, template and hidden elements: none may appear in a reader's output. */
export const CHROME_NEVER: readonly string[] = ["脚本里的文字不应出现", "样式里的文字", "noscript里的文字", "隐藏的文字不应出现", "模板里的文字"];

/** Texts of page chrome every template shows (each must come out as a chrome line). */
export const CHROME_ALWAYS: readonly string[] = ["首页", "扫一扫在手机打开当前页", "CopyRight", "ICP备"];

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The report's paragraphs as the page shows them: one per non-blank line, whitespace collapsed. */
export function reportParagraphs(reportText: string): string[] {
  return reportText
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

const HIDDEN_BITS = `
<script type="text/javascript">var tip = "脚本里的文字不应出现"; document.write("<p>脚本里的文字不应出现</p>");</script>
<style>.zoom p { font-family: "宋体"; } .x:after { content: "样式里的文字"; }</style>
<noscript><p>noscript里的文字</p></noscript>
<template><p>模板里的文字</p></template>
<div style="display: none">隐藏的文字不应出现</div>`;

/** Wrap a report's text in a government web page. Returns the HTML as a string (encode it with `charset` yourself). */
export function wrapAsGovPage(reportText: string, options: GovPageOptions = {}): string {
  const o = {
    title: options.title ?? "关于2022年法治政府建设情况的报告",
    charset: options.charset ?? "utf-8",
    // Fields not given stay blank (as on many real pages): a made-up date or publisher would change what a reader finds.
    publishedDate: options.publishedDate ?? "",
    signedDate: options.signedDate ?? "",
    publisher: options.publisher ?? "",
    indexNumber: options.indexNumber ?? "011043217/2023-07888",
    documentNumber: options.documentNumber ?? "",
    site: options.site ?? "某某县人民政府",
  };
  const paragraphs = reportParagraphs(reportText).map(escapeHtml);
  const t = escapeHtml(o.title);
  const site = escapeHtml(o.site);
  switch (options.template ?? "trs") {
    case "trs":
      return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="${o.charset}">
<meta name="ArticleTitle" content="${t}">
<title>${t}_${site}</title>
<link rel="stylesheet" href="/css/style.css">${HIDDEN_BITS}
</head>
<body>
<div class="top-bar"><span>今天是：2019年10月31日 星期三</span> <a href="/wza">无障碍浏览</a> <a href="/elder">长者模式</a> <a href="/fanti">繁體版</a></div>
<div class="header"><h1 class="logo"><a href="/">${site}</a></h1></div>
<div class="nav">
  <ul>
    <li><a href="/">首页</a></li>
    <li><a href="/zwgk/">政务公开</a></li>
    <li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
  </ul>
</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzf/">法治政府建设</a> &gt; 年度报告</div>
<div class="main">
  <table class="xxgk_table">
    <tr><td>索&nbsp;引&nbsp;号：</td><td>${escapeHtml(o.indexNumber)}</td><td>主题分类：</td><td>综合政务</td></tr>
    <tr><td>发布机构：</td><td>${escapeHtml(o.publisher)}</td><td>成文日期：</td><td>${o.signedDate}</td></tr>
    <tr><td>标　　题：</td><td colspan="3">${t}</td></tr>
    <tr><td>文　　号：</td><td>${escapeHtml(o.documentNumber)}</td><td>发布日期：</td><td>${o.publishedDate}</td></tr>
  </table>
  <div class="article">
    <div class="title"><h2>${t}</h2></div>
    <div class="info">${o.publishedDate ? `发布时间：${o.publishedDate} ` : ""}${o.publisher ? `来源：${escapeHtml(o.publisher)} ` : ""}浏览次数：<span id="hits">1024</span> 字体:【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
    <div class="pages_content">
      <div id="zoom">
${paragraphs.map((p) => `        <p style="text-indent: 2em;">${p}</p>`).join("\n")}
      </div>
    </div>
    <div class="share"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a> <span>扫一扫在手机打开当前页</span></div>
    <div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
</div>
<div class="footer">
  <p>主办：${site} 承办：县大数据中心</p>
  <p>CopyRight © 2023 ${site} All Rights Reserved. 豫ICP备05012345号-1 豫公网安备 41152402000123号</p>
</div>
<script src="/js/common.js"></script>
</body>
</html>
`;
    case "legacy":
      return `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${o.charset}">
<title>${t}</title>${HIDDEN_BITS}
</head>
<body topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td><a href="/index.html">首页</a></td><td><a href="/zwgk/">政务公开</a></td><td><a href="/bsfw/">办事服务</a></td><td><a href="/gzhd/">公众互动</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center">
  <tr><td class="dqwz">您现在的位置：<a href="/">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&gt;&nbsp;年度报告</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="200" valign="top" class="left">
      <table><tr><td><a href="/zwgk/zfxxgkzn/">政府信息公开指南</a></td></tr><tr><td><a href="/zwgk/ndbg/">政府信息公开年报</a></td></tr></table>
    </td>
    <td width="800" valign="top">
      <table width="100%" class="xxgk">
        <tr><td>[ 索引号 ]</td><td>${escapeHtml(o.indexNumber)}</td><td>[ 发布机构 ]</td><td>${escapeHtml(o.publisher)}</td></tr>
        <tr><td>[ 成文日期 ]</td><td>${o.signedDate}</td><td>[ 发布日期 ]</td><td>${o.publishedDate}</td></tr>
      </table>
      <table width="100%">
        <tr><td align="center" class="biaoti"><strong>${t}</strong></td></tr>
        <tr><td align="center">字体：【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
        <tr>
          <td class="zw">
${paragraphs.map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${p}<br>`).join("\n")}
          </td>
        </tr>
      </table>
      <div align="center">扫一扫在手机打开当前页</div>
    </td>
  </tr>
</table>
<table width="1000" align="center"><tr><td>CopyRight 2005-2023 ${site} 版权所有 ICP备案号：苏ICP备12345678号</td></tr></table>
</body>
</html>
`;
    case "ucap":
      return `<!doctype html>
<html>
<head>
<meta charset="${o.charset}">
<title>${t}-${site}</title>${HIDDEN_BITS}
</head>
<body>
<header class="head">
  <ul class="menu">
    <li>首页</li><li>政务动态</li><li>政府信息公开</li><li>政民互动</li>
  </ul>
</header>
<nav class="crumb">首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 其他</nav>
<section class="detail">
  <ul class="meta">
    <li>[ 索引号 ] ${escapeHtml(o.indexNumber)}</li>
    <li>[ 发布机构 ] ${escapeHtml(o.publisher)}</li>
    <li>[ 发布日期 ] ${o.publishedDate}</li>
  </ul>
  <h1 class="article-title">${t}</h1>
  <div id="UCAP-CONTENT">
${paragraphs.map((p) => `    <p>${p}</p>`).join("\n")}
  </div>
  <div class="tools">扫一扫在手机打开当前页 <a>【打印】</a></div>
</section>
<footer><p>CopyRight ${site} 网站标识码 1234567890 ICP备2023000001号</p></footer>
</body>
</html>
`;
  }
}
