import type { Heading, ReportModel } from "@fazhi/core";
import type { Lang } from "./i18n.js";
import { lineLabel } from "@fazhi/result";
import { LEVEL_NAMES } from "./tui/labels.js";

const LABELS = {
  issuer: { zh: "发文机关", en: "Issuer" },
  level: { zh: "层级", en: "Level" },
  reportYear: { zh: "报告年度", en: "Report year" },
  addressee: { zh: "主送机关", en: "Addressee" },
  documentNumber: { zh: "文号", en: "Document no." },
  signedDate: { zh: "成文日期", en: "Signed" },
  publishedDate: { zh: "发布日期", en: "Published" },
  script: { zh: "字形", en: "Script" },
  pageChrome: { zh: "网页框架", en: "Page chrome" },
  encodingDamage: { zh: "编码损坏", en: "Encoding damage" },
  truncated: { zh: "文本截断", en: "Truncated" },
  headings: { zh: "标题结构", en: "Headings" },
  numbers: { zh: "数字", en: "Numbers" },
  diagnostics: { zh: "解析提示", en: "Diagnostics" },
} as const;

const SCRIPT = { simplified: { zh: "简体", en: "Simplified" }, traditional: { zh: "繁体", en: "Traditional" }, mixed: { zh: "繁简混排", en: "mixed" } };

/** A readable account of one parsed report: metadata, the heading tree (two levels) and diagnostics. */
export function renderModelText(model: ReportModel, lang: Lang, maxDepth = 2): string {
  // Chinese labels are padded with ideographic spaces so the values line up in a terminal.
  const L = (k: keyof typeof LABELS) => (lang === "zh" ? LABELS[k].zh.padEnd(4, "\u3000") : LABELS[k].en.padEnd(14));
  const none = "—";
  const yes = lang === "zh" ? "是" : "yes";
  const no = lang === "zh" ? "否" : "no";
  const line = (n: number) => lineLabel(n, lang);
  const { meta, metaDetails: d } = model;
  const out: string[] = [];
  out.push(`${model.file}  (${model.source.format}, ${model.source.encoding})`);
  const issuer =
    meta.issuer && d.issuerAsWritten && d.issuerAsWritten !== meta.issuer
      ? `${meta.issuer}（${lang === "zh" ? "原文" : "as written"}：${d.issuerAsWritten}）`
      : (meta.issuer ?? none);
  const level = meta.level
    ? LEVEL_NAMES[meta.level][lang] +
      (meta.level === "department" && d.departmentLevel
        ? ` (${d.departmentLevel === "national" ? (lang === "zh" ? "国家级" : "national") : LEVEL_NAMES[d.departmentLevel][lang]})`
        : "")
    : none;
  // Inferred or guessed fields say so (the note is among the diagnostics).
  const mark = (field: "issuer" | "level" | "reportYear") => (d.inferred?.some((i) => i.field === field) ? (lang === "zh" ? "（推定）" : " (inferred)") : "");
  const rows: Array<[keyof typeof LABELS, string]> = [
    ["issuer", issuer + (meta.issuer ? mark("issuer") : "")],
    ["level", level + (meta.level ? mark("level") : "")],
    ["reportYear", meta.reportYear !== null ? `${meta.reportYear}${mark("reportYear")}` : none],
    ["addressee", meta.addressee ?? none],
    ["documentNumber", meta.documentNumber ?? none],
    ["signedDate", meta.signedDate ?? none],
    ["publishedDate", meta.publishedDate ?? none],
    ["script", SCRIPT[meta.script][lang]],
    [
      "pageChrome",
      meta.pageChrome
        ? `${yes}（${lang === "zh" ? "已剔除" : "set aside"} ${d.chromeLines.length} ${lang === "zh" ? "行" : "lines"}: ${compactRanges(d.chromeLines)}）`
        : no,
    ],
    ["encodingDamage", meta.encodingDamage.length ? meta.encodingDamage.map((e) => `${line(e.line)} “${e.text}”`).join("; ") : no],
    ["truncated", meta.truncated ? yes : no],
  ];
  for (const [k, v] of rows) out.push(`  ${L(k)}  ${v}`);
  out.push(`  ${LABELS.headings[lang]}`);
  const walk = (hs: Heading[], indent: string) => {
    for (const h of hs) {
      if (h.depth > maxDepth) continue;
      const deeper = countBelow(h, maxDepth);
      const more = deeper > 0 && h.depth === maxDepth ? (lang === "zh" ? `  (+${deeper} 个下级标题)` : `  (+${deeper} sub-headings)`) : "";
      out.push(`${indent}${h.text}  [${line(h.line)}]${more}`);
      walk(h.children, indent + "  ");
    }
  };
  if (model.headings.length === 0) out.push(`    ${none}`);
  walk(model.headings, "    ");
  const kinds = new Map<string, number>();
  for (const n of model.numbers) kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
  out.push(`  ${L("numbers")}  ${model.numbers.length}  (${[...kinds].map(([k, c]) => `${k} ${c}`).join(", ")})`);
  if (model.diagnostics.length) {
    out.push(`  ${LABELS.diagnostics[lang]}`);
    for (const dg of model.diagnostics) {
      const mark = dg.severity === "error" ? "✖" : dg.severity === "warning" ? "⚠" : "ℹ";
      out.push(`    ${mark} ${dg.message[lang]}${dg.line ? `  [${line(dg.line)}]` : ""}`);
    }
  }
  return out.join("\n") + "\n";
}

function countBelow(h: Heading, maxDepth: number): number {
  let n = 0;
  for (const c of h.children) n += (c.depth > maxDepth ? 1 : 0) + countBelow(c, maxDepth);
  return n;
}

/** [1,2,3,5,7,8] → "1–3, 5, 7–8" */
export function compactRanges(ns: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < ns.length; ) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    parts.push(j > i ? `${ns[i]}–${ns[j]}` : `${ns[i]}`);
    i = j + 1;
  }
  return parts.join(", ");
}
