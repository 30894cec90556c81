import { failedCheckLines, reportsInRankOrder, summaryLine, type CheckResult, type Ranking, type ReportHead, type ReportResult, type ResultHeads, type ResultSource } from "@fazhi/result";
import { histogram, scoreBar } from "./html-charts.js";
import { html, type SafeHtml, trusted } from "./html-escape.js";
import { CONTENT_SECURITY_POLICY, HTML_SCRIPT } from "./html-script.js";
import { HTML_STYLE } from "./html-style.js";
import {
  FLAG_LABELS,
  LABELS,
  langOf,
  type Lang,
  levelLabel,
  lineLabel,
  type ReporterOptions,
  SCORE_MODE_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from "./labels.js";
import { type CategoryColumn, categoryColumns, type CohortTable, cohortTables, formatScore, rankingRowsOf, reportErrors, score100, tieBreakerText } from "./table-rows.js";

/**
 * One self-contained HTML file: inline CSS and one small inline script, no network requests. The ranking
 * per cohort (sortable), a score histogram per cohort, a scorecard per report with category bars and
 * drill-down (<details>) to each check and finding with its quoted evidence and line, notices, and the
 * files that could not be scored. Every text from the result is escaped by the `html` template; a strict
 * Content-Security-Policy lets only the reporter's own script run (by hash).
 */
export function htmlReport(result: ResultSource, options?: ReporterOptions): string {
  return [...htmlPieces(result, options)].join("");
}

/** The same text as `htmlReport`, a scorecard at a time: the whole page is never one string. */
export function* htmlPieces(result: ResultSource, options?: ReporterOptions): Generator<string> {
  const lang = langOf(options);
  const columns = categoryColumns(result);
  const tables = cohortTables(result);
  const anchors = new Map(result.reports.map((r, i) => [r.file, `r${i + 1}`]));
  const failed = result.reports.filter((r) => r.error);
  const s = result.summary;
  yield html`<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${trusted(CONTENT_SECURITY_POLICY)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${result.tool.name} ${result.tool.version}">
<title>${LABELS.title[lang]}</title>
<style>${trusted(HTML_STYLE)}</style>
</head>
<body>
<main>
<header>
<h1>${LABELS.title[lang]}</h1>
<p class="meta"><span>${LABELS.scheme[lang]}: ${result.profile.id} ${result.profile.version}</span><span title="${result.profile.hash}">${LABELS.schemeHash[lang]}: <code>${result.profile.hash.slice(0, 12)}</code></span><span>${LABELS.tool[lang]}: ${result.tool.name} ${result.tool.version}</span></p>
<p class="meta">${summaryLine(s)[lang]}${lang === "zh" ? "。" : "."}</p>${failedCheckLines(s).map((l) => html`<p class="meta error-text">✖ ${l[lang]}</p>`)}
</header>
<nav aria-label="${LABELS.ranking[lang]}"><ul>${tables.map(
    (t, i) => html`<li><a href="#cohort-${i + 1}">${t.title[lang]} ${LABELS.ranking[lang]} (${t.rows.length})</a></li>`,
  )}${failed.length ? html`<li><a href="#errors">${LABELS.errorReports[lang]} (${failed.length})</a></li>` : ""}<li><a href="#scorecards">${LABELS.scorecards[lang]}</a></li></ul></nav>
${tables.map((table, i) => cohortSection(table, i + 1, columns, anchors, lang))}
${failed.length ? errorsSection(failed, anchors, lang) : ""}
<section id="scorecards">
<h2>${LABELS.scorecards[lang]}</h2>
`.value;
  // Scorecards cohort by cohort, in rank order: printed, they follow the ranking tables above.
  for (const report of reportsInRankOrder(result)) yield scorecard(report, anchors.get(report.file)!, lang).value;
  yield html`
</section>
<footer><p>${LABELS.generatedFrom[lang]}</p></footer>
</main>
<script>${trusted(HTML_SCRIPT)}</script>
</body>
</html>
`.value;
}

function cohortSection(table: CohortTable, n: number, columns: CategoryColumn[], anchors: Map<string, string>, lang: Lang): SafeHtml {
  const { ranking } = table;
  const rows = rankingRowsOf(table, lang, columns);
  const scores = rows.filter((r) => r.flag === null && r.total !== null).map((r) => r.total!);
  const title = `${table.title[lang]} ${LABELS.ranking[lang]}`;
  return html`<section class="cohort" id="cohort-${n}">
<h2>${title} <span class="status">(${rows.length} ${LABELS.reportsCount[lang]})</span></h2>
${table.notices.map((notice) => html`<p class="notice" role="note">⚠ ${notice[lang]}</p>`)}
${
  scores.length
    ? html`<figure>${histogram(scores, `${table.title[lang]} ${LABELS.distribution[lang]}`)}<figcaption>${LABELS.distribution[lang]} (${scores.length})</figcaption></figure>`
    : ""
}
<table class="sortable ranking">
<thead><tr><th class="num">${LABELS.rank[lang]}</th><th>${LABELS.issuer[lang]}</th><th class="num">${LABELS.year[lang]}</th><th class="num">${LABELS.total[lang]}</th><th>${LABELS.grade[lang]}</th>${columns.map(
    (c) => html`<th class="num">${c.title[lang]}</th>`,
  )}</tr></thead>
<tbody>
${rows.map(
  (row) => html`<tr class="${row.flag ? "unranked" : "ranked"}"><td class="num" data-sort="${row.position ?? 1e9}">${row.rankText}</td><td data-sort="${row.issuer || row.file}"><a href="#${anchors.get(row.file) ?? ""}">${row.issuer || row.file}</a><div class="file">${row.file}</div></td><td class="num">${row.year ?? "—"}</td><td class="num" data-sort="${row.total ?? -1}">${formatScore(row.total)}</td><td>${row.grade || "—"}</td>${row.categories.map(
    (c) => html`<td class="num" data-sort="${c ?? -1}">${formatScore(c)}</td>`,
  )}</tr>
`,
)}</tbody>
</table>
<p class="meta no-print">${LABELS.sortHint[lang]}${ranking.tieBreakers.length ? html` · ${LABELS.tieBreakers[lang]}: ${tieBreakerText(columns, ranking, lang)}` : ""}</p>
</section>
`;
}

function errorsSection(failed: readonly ReportHead[], anchors: Map<string, string>, lang: Lang): SafeHtml {
  return html`<section id="errors">
<h2>${LABELS.errorReports[lang]} (${failed.length})</h2>
<ul>${failed.map((r) => html`<li><a href="#${anchors.get(r.file)!}"><code>${r.file}</code></a>: <span class="error-text">${r.error!.code}: ${r.error!.message[lang]}</span></li>`)}</ul>
</section>
`;
}

function scorecard(report: ReportResult, anchor: string, lang: Lang): SafeHtml {
  const zh = lang === "zh";
  const meta = report.meta;
  const rank = report.rank
    ? zh
      ? `第 ${report.rank.position} 名 / 共 ${report.rank.of} 名`
      : `rank ${report.rank.position} of ${report.rank.of}`
    : report.error
      ? FLAG_LABELS.error[lang]
      : report.total.score === null
        ? FLAG_LABELS.incomplete[lang]
        : "";
  const categories = Object.entries(report.categories);
  const inCategory = new Set(categories.flatMap(([, c]) => c.checkRefs.map((r) => r.id)));
  const others = Object.keys(report.checks).filter((id) => !inCategory.has(id));
  return html`<article class="card" id="${anchor}">
<header>
<div><h3>${meta.issuer ?? report.file}</h3>
<p class="meta"><span>${LABELS.file[lang]}: <code>${report.file}</code></span><span>${levelLabel(meta.level, lang)}</span><span>${LABELS.year[lang]}: ${meta.reportYear ?? "—"}</span>${
    meta.documentNumber ? html`<span>${LABELS.documentNumber[lang]}: ${meta.documentNumber}</span>` : ""
  }${meta.addressee ? html`<span>${LABELS.addressee[lang]}: ${meta.addressee}</span>` : ""}${meta.publishedDate ? html`<span>${LABELS.publishedDate[lang]}: ${meta.publishedDate}</span>` : ""}</p></div>
<div class="headline"><div><span class="total">${formatScore(report.total.score)}</span>${report.total.grade ? html`<span class="grade">${report.total.grade}</span>` : ""}</div><div class="meta">${rank}</div></div>
</header>
${reportErrors(report, lang).map((e) => html`<p class="error-text">✖ ${e}</p>`)}
${
  categories.length
    ? html`<div class="bars">${categories.map(([, c]) => {
        const s = score100(c.score);
        const label = c.status === "scored" ? formatScore(s) : STATUS_LABELS[c.status][lang];
        return html`<span>${c.title[lang]}</span>${scoreBar(c.status === "scored" ? s : null, `${c.title[lang]}: ${label}`)}<span class="num">${label}</span>`;
      })}</div>`
    : ""
}
${categories.map(([, c]) => {
  const label = c.status === "scored" ? formatScore(score100(c.score)) : STATUS_LABELS[c.status][lang];
  const passed = zh ? `${c.passed}/${c.total} 项达标` : `${c.passed}/${c.total} checks passed`;
  return html`<details class="category"><summary><strong>${c.title[lang]}</strong> — ${label} <span class="status">(${LABELS.weight[lang]} ${c.weight}; ${passed})</span></summary>
${c.checkRefs.map((ref) => checkDetails(ref.id, report.checks[ref.id], lang, ref))}
</details>
`;
})}
${
  others.length
    ? html`<details class="category"><summary><strong>${LABELS.otherChecks[lang]}</strong> <span class="status">(${others.length})</span></summary>
${others.map((id) => checkDetails(id, report.checks[id], lang))}
</details>
`
    : ""
}
${
  report.diagnostics.length
    ? html`<details class="category"><summary><strong>${LABELS.diagnostics[lang]}</strong> <span class="status">(${report.diagnostics.length})</span></summary><ul>${report.diagnostics.map(
        (d) => html`<li><span class="sev sev-${d.severity}">${SEVERITY_LABELS[d.severity][lang]}</span>${d.message[lang]}${d.line ? html` <cite>${lineLabel(d.line, lang)}</cite>` : ""}</li>`,
      )}</ul></details>`
    : ""
}
</article>
`;
}

function checkDetails(id: string, check: CheckResult | undefined, lang: Lang, ref?: { weight: number; effectiveWeight: number }): SafeHtml {
  if (!check) return html`<p class="check-body" data-rule="${id}">—</p>`;
  const scored = check.score !== null && check.scoreMode !== "notApplicable" && check.scoreMode !== "error";
  const value = check.displayValue === undefined ? "" : typeof check.displayValue === "string" ? check.displayValue : check.displayValue[lang];
  const score = scored ? formatScore(score100(check.score)) : check.scoreMode === "informative" && value ? value : SCORE_MODE_LABELS[check.scoreMode][lang];
  const weight = ref ? (ref.effectiveWeight === ref.weight ? `${ref.weight}` : `${ref.effectiveWeight}/${ref.weight}`) : "";
  const count = check.findings.length;
  // A check with nothing to report shows its line only, when printed (print CSS: details.clean).
  return html`<details class="check${count || check.error ? "" : " clean"}"><summary>${check.title[lang]} — ${score}${weight ? html` <span class="status">(${LABELS.weight[lang]} ${weight})</span>` : ""}${
    count ? html` <span class="sev sev-${worstSeverity(check)}">${count}</span>` : ""
  }</summary>
<div class="check-body">
<p class="meta" data-rule="${id}"><span>${SCORE_MODE_LABELS[check.scoreMode][lang]}</span>${value ? html`<span>${LABELS.value[lang]}: ${value}</span>` : ""}</p>
${check.error ? html`<p class="error-text">✖ ${check.error.code}: ${check.error.message}</p>` : ""}
${
  count
    ? html`<ul class="findings">${check.findings.map(
        (f) => html`<li><span class="sev sev-${f.severity}">${SEVERITY_LABELS[f.severity][lang]}</span>${f.message[lang]}${f.evidence.map(
          (e) => html`<blockquote>${e.text}</blockquote><cite>${lineLabel(e.line, lang, e.column)}</cite>`,
        )}</li>`,
      )}</ul>`
    : html`<p class="meta">${LABELS.noFindings[lang]}</p>`
}
${checkEvidence(check).map((e) => html`<blockquote>${e.text}</blockquote><cite>${lineLabel(e.line, lang, e.column)}</cite>`)}
</div>
</details>
`;
}

/** The check's own evidence that its findings do not already quote (a quote is shown once). */
function checkEvidence(check: CheckResult): CheckResult["evidence"] {
  const quoted = new Set(check.findings.flatMap((f) => f.evidence.map((e) => `${e.line}:${e.text}`)));
  return check.evidence.filter((e) => !quoted.has(`${e.line}:${e.text}`));
}

function worstSeverity(check: CheckResult): "error" | "warn" | "info" {
  const severities = check.findings.map((f) => f.severity);
  return severities.includes("error") ? "error" : severities.includes("warn") ? "warn" : "info";
}
