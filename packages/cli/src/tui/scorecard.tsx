/** @jsxRuntime automatic */
/** @jsxImportSource react */
import type { CheckResult, ExplainLine, ReportResult } from "@fazhi/engine";
import { lineLabel } from "@fazhi/result";
import type { Lang } from "../i18n.js";
import { label, LABELS, LEVEL_NAMES, SEVERITY_MARK } from "./labels.js";
import { scoreBar, wrapIndented } from "./layout.js";
import { line, scoreColor, type ScreenLine } from "./screen-line.js";

const num = (x: number, digits = 2) => String(Math.round(x * 10 ** digits) / 10 ** digits);

/** ✔ passed (≥ 0.9), ◐ partly, ✖ failed, – not applicable or not scored. */
export function checkMark(check: CheckResult | undefined): string {
  if (!check || check.scoreMode === "notApplicable" || check.scoreMode === "informative" || check.score === null) return check?.scoreMode === "error" ? "✖" : "–";
  return check.score >= 0.9 ? "✔" : check.score > 0 ? "◐" : "✖";
}

function displayValue(check: CheckResult, lang: Lang): string {
  const v = check.displayValue;
  if (v === undefined) return "";
  return typeof v === "string" ? v : v[lang];
}

/**
 * A report's scorecard as screen rows: the report's header, then each category with its checks, each check
 * with its findings and their quoted evidence (line numbers), then the checks outside the scheme.
 */
export interface ScorecardOptions {
  /** `explainReport`'s arithmetic: each category's line goes under it, the total's at the end. */
  explain?: ExplainLine[];
  /** Show only this check (and the arithmetic of the categories that use it). */
  onlyRule?: string;
  /** The report was scored by itself: its rank (1 of 1) says nothing, so say that instead. */
  alone?: boolean;
}

export function scorecardLines(report: ReportResult, width: number, lang: Lang, options: ScorecardOptions = {}): ScreenLine[] {
  const { explain, onlyRule } = options;
  const arithmetic = (kind: ExplainLine["kind"], id: string) => explain?.find((l) => l.kind === kind && l.id === id);
  const zh = lang === "zh";
  const out: ScreenLine[] = [];
  const push = (key: string, texts: string[], style: { color?: string; bold?: boolean; dim?: boolean } = {}) =>
    texts.forEach((text, i) => out.push(line(`${key}:${i}`, { text, ...style })));
  const meta = report.meta;
  push("issuer", wrapIndented(meta.issuer ?? report.file, width, ""), { bold: true });
  push("file", wrapIndented(report.file, width, ""), { dim: true });
  const facts = [
    LEVEL_NAMES[meta.level ?? "unknown"][lang],
    meta.reportYear ? (zh ? `${meta.reportYear} 年度` : `year ${meta.reportYear}`) : null,
    `${label(lang, "total")} ${report.total.score === null ? "—" : report.total.score.toFixed(1)}`,
    `${label(lang, "grade")} ${report.total.grade ?? "—"}`,
    options.alone ? label(lang, "scoredAlone") : report.rank ? label(lang, "positionOf", { position: report.rank.position, of: report.rank.of }) : label(lang, "unranked"),
  ].filter((x): x is string => x !== null);
  push("facts", wrapIndented(facts.join(" · "), width, ""), { color: scoreColor(report.total.score === null ? null : report.total.score / 100), bold: true });
  if (report.error) {
    push("error", wrapIndented(report.error.message[lang], width, "✖ "), { color: "red" });
    return out;
  }
  const inCategory = new Set<string>();
  for (const [id, category] of Object.entries(report.categories)) {
    if (onlyRule !== undefined && !category.checkRefs.some((r) => r.id === onlyRule)) {
      category.checkRefs.forEach((r) => inCategory.add(r.id));
      continue;
    }
    out.push(line(`cat:${id}:gap`));
    const score = category.score;
    const status =
      category.status === "scored" && score !== null
        ? `${scoreBar(score, 10)} ${num(score * 100, 1)}`
        : category.status === "notApplicable"
          ? label(lang, "notApplicable")
          : label(lang, "incomplete");
    const head = `■ ${category.title[lang]}  ${label(lang, "weight")} ${category.weight}  ${status}  ${label(lang, "passed")} ${category.passed}/${category.total}`;
    push(`cat:${id}`, wrapIndented(head, width, ""), { bold: true, color: scoreColor(score) });
    for (const ref of category.checkRefs) {
      inCategory.add(ref.id);
      if (onlyRule !== undefined && ref.id !== onlyRule) continue;
      const check = report.checks[ref.id];
      checkLines(out, `cat:${id}:${ref.id}`, ref.id, check, width, lang, {
        numbers: `${label(lang, "score")} ${check?.score == null ? "—" : num(check.score)} · ${label(lang, "weight")} ${ref.weight} · ${label(lang, "effectiveWeight")} ${ref.effectiveWeight} · ${label(lang, "contribution")} ${ref.contribution === null ? "—" : num(ref.contribution, 3)}`,
      });
    }
    const sum = arithmetic("category", id);
    if (sum) {
      const prefix = lang === "zh" ? "  = Σ 得分×权重 / Σ 权重：" : "  = Σ score×weight / Σ weight: ";
      push(`cat:${id}:sum`, wrapIndented(sum.text[lang], width, prefix, "    "), { color: "cyan" });
    }
  }
  const others = Object.keys(report.checks).filter((id) => !inCategory.has(id) && (onlyRule === undefined || id === onlyRule));
  if (others.length > 0) {
    out.push(line("others:gap"));
    push("others", [label(lang, "otherChecks")], { bold: true });
    for (const id of others) checkLines(out, `other:${id}`, id, report.checks[id], width, lang, { numbers: label(lang, "notScored") });
  }
  const total = arithmetic("total", "total");
  if (total) {
    out.push(line("total:gap"));
    push("total", wrapIndented(total.text[lang], width, "", "  "), { bold: true, color: "cyan" });
  }
  if (report.diagnostics.length > 0 && onlyRule === undefined) {
    out.push(line("diag:gap"));
    push("diag", [LABELS.diagnostics[lang]], { bold: true });
    report.diagnostics.forEach((d, i) => {
      const mark = d.severity === "error" ? "✖" : d.severity === "warning" ? "⚠" : "ℹ";
      push(`diag:${i}`, wrapIndented(d.message[lang] + (d.line ? `  [${lineLabel(d.line, lang)}]` : ""), width, `  ${mark} `), { dim: d.severity === "info" });
    });
  }
  return out;
}

function checkLines(out: ScreenLine[], key: string, id: string, check: CheckResult | undefined, width: number, lang: Lang, extra: { numbers: string }): void {
  const push = (k: string, texts: string[], style: { color?: string; bold?: boolean; dim?: boolean } = {}) =>
    texts.forEach((text, i) => out.push(line(`${key}:${k}:${i}`, { text, ...style })));
  const mark = checkMark(check);
  const title = check ? check.title[lang] : id;
  const value = check ? displayValue(check, lang) : "";
  push("title", wrapIndented(`${title}${value ? `  ${value}` : ""}`, width, `  ${mark} `), {
    color: mark === "✔" ? "green" : mark === "✖" ? "red" : mark === "◐" ? "yellow" : undefined,
  });
  push("numbers", wrapIndented(extra.numbers, width, "      "), { dim: true });
  if (!check) return;
  if (check.error) push("error", wrapIndented(`${label(lang, "checkError")}：${check.error.message}`, width, "      ✖ "), { color: "red" });
  check.findings.forEach((finding, i) => {
    const color = finding.severity === "error" ? "red" : finding.severity === "warn" ? "yellow" : undefined;
    push(`f${i}`, wrapIndented(finding.message[lang], width, `      ${SEVERITY_MARK[finding.severity]} `), { color });
    finding.evidence.forEach((e, j) => {
      push(`f${i}e${j}`, wrapIndented(`“${e.text}”`, width, `        ${lineLabel(e.line, lang, e.column)} `, "          "), { dim: true });
    });
  });
}
