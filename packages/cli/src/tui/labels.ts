import type { Level } from "@fazhi/core";
import type { Lang, Localized } from "../i18n.js";

/** Words of the terminal UI, Chinese first. */
export const LABELS = {
  rank: { zh: "名次", en: "Rank" },
  issuer: { zh: "发文机关", en: "Issuer" },
  level: { zh: "层级", en: "Level" },
  year: { zh: "年度", en: "Year" },
  total: { zh: "总分", en: "Total" },
  grade: { zh: "等级", en: "Grade" },
  error: { zh: "出错", en: "error" },
  incomplete: { zh: "未完成", en: "incompl" },
  duplicate: { zh: "重复", en: "dup" },
  scoring: { zh: "评分中", en: "Scoring" },
  errorsSoFar: { zh: "出错", en: "errors" },
  reports: { zh: "份报告", en: "report(s)" },
  noMatch: { zh: "没有发文机关包含“{text}”的报告", en: "No report's issuer contains \"{text}\"" },
  filter: { zh: "筛选", en: "Filter" },
  sortBy: { zh: "排序", en: "Sort" },
  unreadable: { zh: "无法评分的文件", en: "Files that could not be scored" },
  weight: { zh: "权重", en: "weight" },
  effectiveWeight: { zh: "有效权重", en: "effective weight" },
  contribution: { zh: "贡献", en: "contribution" },
  score: { zh: "得分", en: "score" },
  passed: { zh: "通过", en: "passed" },
  notApplicable: { zh: "不适用", en: "n/a" },
  notScored: { zh: "不计分", en: "not scored" },
  otherChecks: { zh: "其他检查（不计入总分）", en: "Other checks (not in the total)" },
  noFindings: { zh: "无问题", en: "no findings" },
  positionOf: { zh: "第 {position} 名 / 共 {of} 份", en: "#{position} of {of}" },
  unranked: { zh: "未排名", en: "not ranked" },
  scoredAlone: { zh: "单独评分，未排名次（--among 文件夹 可看名次）", en: "scored alone, unranked (--among FOLDER gives its rank)" },
  checkError: { zh: "检查出错", en: "check failed" },
  diagnostics: { zh: "解析提示", en: "Diagnostics" },
} satisfies Record<string, Localized>;

export type LabelKey = keyof typeof LABELS;

/** A label with `{name}` placeholders filled. */
export function label(lang: Lang, key: LabelKey, data: Record<string, string | number> = {}): string {
  return LABELS[key][lang].replace(/\{(\w+)\}/g, (whole, k: string) => (k in data ? String(data[k]) : whole));
}

/** Level names: the result contract's one list (also what the reporters print). */
export { LEVEL_NAMES } from "@fazhi/result";

/** The keys shown in the footer of each screen. */
export const KEY_HINTS = {
  list: {
    zh: "↑↓/jk 移动  Enter 查看评分卡  / 按发文机关筛选  s 排序：{sort}  q 退出",
    en: "↑↓/jk move  Enter scorecard  / filter by issuer  s sort: {sort}  q quit",
  },
  filtering: { zh: "输入发文机关  Enter 应用  Esc 清除筛选", en: "type an issuer  Enter apply  Esc clear the filter" },
  scorecard: { zh: "↑↓/jk 滚动  PgUp/PgDn 翻页  Esc/← 返回列表  q 退出", en: "↑↓/jk scroll  PgUp/PgDn page  Esc/← back to the list  q quit" },
  scoring: { zh: "正在评分… Ctrl+C 中断", en: "scoring… Ctrl+C to stop" },
} satisfies Record<string, Localized>;

export const SEVERITY_MARK = { error: "✖", warn: "⚠", info: "ℹ" } as const;
