/** The report page's only stylesheet (inline; no web fonts: system CJK fonts by name). Print rules at the end. */
export const HTML_STYLE = `
:root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa;--accent:#0969da;--good:#1a7f37;--mid:#9a6700;--bad:#cf222e}
*{box-sizing:border-box}
body{margin:0;color:var(--fg);background:#fff;font:15px/1.6 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
main{max-width:1120px;margin:0 auto;padding:24px}
h1{font-size:1.6em;margin:0 0 .2em}
h2{font-size:1.3em;margin:2em 0 .6em;padding-bottom:.2em;border-bottom:2px solid var(--line)}
h3{font-size:1.15em;margin:0}
h4{font-size:1em;margin:1em 0 .3em}
a{color:var(--accent)}
.meta{color:var(--muted);font-size:.9em;margin:.2em 0}
.meta span+span::before{content:" · "}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4em 1.2em}
table{border-collapse:collapse;width:100%;margin:.4em 0 1em;font-size:.93em}
th,td{padding:.35em .6em;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:var(--soft);white-space:nowrap}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.sortable th{cursor:pointer;user-select:none}
table.sortable th[aria-sort=ascending]::after{content:" ▲"}
table.sortable th[aria-sort=descending]::after{content:" ▼"}
tr.unranked td{color:var(--muted)}
.file{color:var(--muted);font-size:.85em;word-break:break-all}
.notice{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:.5em .8em;margin:.5em 0}
.error-text{color:var(--bad)}
figure{margin:.5em 0 1em}
figcaption{color:var(--muted);font-size:.85em}
svg.histogram{width:100%;max-width:520px;height:auto;display:block}
svg.histogram rect.bin{fill:var(--accent)}
svg.histogram rect.empty{fill:var(--soft)}
svg.histogram text{font-size:11px;fill:var(--muted)}
svg.histogram line{stroke:var(--line)}
.card{border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:18px 0}
.card>header{display:flex;justify-content:space-between;align-items:flex-start;gap:1em}
.card>header>div:first-child{flex:1 1 auto;min-width:0;overflow-wrap:anywhere}
.headline{text-align:right;flex:none}
.total{font-size:2em;font-weight:700;line-height:1.1}
.grade{display:inline-block;margin-left:.4em;padding:0 .5em;border-radius:4px;background:var(--soft);border:1px solid var(--line);font-size:.95em}
.bars{display:grid;grid-template-columns:minmax(5em,max-content) minmax(8em,1fr) max-content;gap:.3em .8em;align-items:center;margin:.8em 0}
.bar{height:.85em;background:var(--soft);border:1px solid var(--line);border-radius:3px;overflow:hidden}
.bar>span{display:block;height:100%}
.s-good{background:var(--good)}.s-mid{background:var(--mid)}.s-bad{background:var(--bad)}
.status{color:var(--muted);font-size:.9em}
details{margin:.3em 0}
details>summary{cursor:pointer}
details.category{border-top:1px solid var(--line);padding-top:.3em}
details.check{margin-left:1.2em}
.check-body{margin:.2em 0 .6em 1.2em}
ul.findings{margin:.3em 0;padding-left:1.2em}
ul.findings>li{margin:.3em 0}
.sev{font-size:.8em;font-weight:600;padding:0 .35em;border-radius:3px;border:1px solid currentColor;margin-right:.4em}
.sev-error{color:var(--bad)}.sev-warn,.sev-warning{color:var(--mid)}.sev-info{color:var(--muted)}
blockquote{margin:.3em 0;padding:.3em .8em;border-left:3px solid var(--line);background:var(--soft);white-space:pre-wrap;overflow-wrap:anywhere}
cite{font-style:normal;color:var(--muted);font-size:.85em}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em;overflow-wrap:anywhere}
footer{margin-top:3em;color:var(--muted);font-size:.85em}
@page{size:A4;margin:14mm 12mm 16mm}
@media print{
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  body{font-size:10pt}
  main{max-width:none;padding:0}
  nav,.no-print{display:none}
  a{color:inherit;text-decoration:none}
  h2{break-after:avoid}
  svg.histogram{max-width:80mm}
  figure{break-inside:avoid}
  thead{display:table-header-group}
  tr,blockquote,ul.findings>li{break-inside:avoid}
  .card{border:none;border-radius:0;padding:0;margin:0}
  .card+.card{break-before:page}
  .card>header,.bars{break-inside:avoid}
  .card>header{border-bottom:2px solid #999;padding-bottom:.3em}
  table.sortable th::after{content:none}
  details>summary{list-style:none}
  details::details-content{content-visibility:visible;display:block}
  details.clean::details-content{display:none}
  details.check{break-inside:avoid}
}
`;
