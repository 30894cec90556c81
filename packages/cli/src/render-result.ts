import type { Level } from "@fazhi/core";
import type { Result } from "@fazhi/engine";
import type { Lang } from "./i18n.js";
import { padEnd, padStart, truncate } from "./text-width.js";

export const LEVEL_NAMES: Record<Level | "unknown", { zh: string; en: string }> = {
  province: { zh: "省级", en: "province" },
  city: { zh: "市级", en: "city" },
  county: { zh: "县级", en: "county" },
  township: { zh: "乡镇级", en: "township" },
  department: { zh: "部门", en: "department" },
  unknown: { zh: "层级不明", en: "level unknown" },
};

/** The ranked scorecard as plain text: one table per cohort, then unreadable files. No escapes. */
export function renderResultText(result: Result, lang: Lang): string {
  const out: string[] = [];
  const zh = lang === "zh";
  const byFile = new Map(result.reports.map((r) => [r.file, r]));
  for (const ranking of result.rankings) {
    const level = ranking.cohort.level ?? "unknown";
    const title = LEVEL_NAMES[level][lang] + (ranking.cohort.reportYear ? ` · ${ranking.cohort.reportYear}` : "");
    out.push(zh ? `【${title}】 ${ranking.entries.length} 份报告` : `[${title}] ${ranking.entries.length} report(s)`);
    out.push(`  ${padEnd(zh ? "名次" : "Rank", 6)}${padEnd(zh ? "发文机关" : "Issuer", 28)}${padEnd(zh ? "年度" : "Year", 6)}${padStart(zh ? "总分" : "Total", 7)}  ${zh ? "等级" : "Grade"}`);
    for (const entry of ranking.entries) {
      const report = byFile.get(entry.file);
      const position = entry.position === null ? (entry.flag === "error" ? (zh ? "出错" : "error") : zh ? "未完成" : "incompl.") : String(entry.position);
      const score = entry.score === null ? "—" : entry.score.toFixed(1);
      const grade = report?.total.grade ?? "—";
      out.push(
        `  ${padEnd(position, 6)}${padEnd(truncate(entry.issuer ?? entry.file, 27), 28)}${padEnd(String(report?.meta.reportYear ?? "—"), 6)}${padStart(score, 7)}  ${grade}`,
      );
    }
    for (const notice of ranking.notices) out.push(`  ⚠ ${notice.message[lang]}`);
    out.push("");
  }
  const failed = result.reports.filter((r) => r.error);
  if (failed.length) {
    out.push(zh ? `无法评分的文件（${failed.length}）：` : `Files that could not be scored (${failed.length}):`);
    for (const r of failed) out.push(`  ✖ ${r.file}: ${r.error!.message[lang]}`);
    out.push("");
  }
  const s = result.summary;
  out.push(
    zh
      ? `共 ${s.reports} 份报告，已评分 ${s.scored} 份，出错 ${s.errors} 份，使用缓存 ${s.cached} 份。方案：${result.profile.id} ${result.profile.version}`
      : `${s.reports} report(s): ${s.scored} scored, ${s.errors} with errors, ${s.cached} from cache. Scheme: ${result.profile.id} ${result.profile.version}`,
  );
  return out.join("\n") + "\n";
}
