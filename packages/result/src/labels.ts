/** The names every renderer and the TUI print the same way: levels, cohorts, places in a report. */
import type { Level, Localized } from "@fazhi/core";
import type { Ranking } from "./schema.js";

/** The name of each level, and of a report whose level could not be read: one list for every renderer and the TUI. */
export const LEVEL_NAMES: Record<Level | "unknown", Localized> = {
  province: { zh: "省级", en: "Province" },
  city: { zh: "市级", en: "City" },
  county: { zh: "县级", en: "County" },
  township: { zh: "乡镇级", en: "Township" },
  department: { zh: "部门", en: "Department" },
  unknown: { zh: "层级不明", en: "Level unknown" },
};

export function levelLabel(level: Level | null | undefined, lang: keyof Localized): string {
  return LEVEL_NAMES[level ?? "unknown"][lang];
}

/** A cohort's name: its level, and its year when the cohort is by year ("县级 · 2023"). */
export function cohortTitle(ranking: Pick<Ranking, "cohort">): Localized {
  const { level, reportYear } = ranking.cohort;
  const name = LEVEL_NAMES[level ?? "unknown"];
  return reportYear ? { zh: `${name.zh} · ${reportYear}`, en: `${name.en} · ${reportYear}` } : name;
}

/** Where a quote stands: "第 12 行" / "line 12"; with a column (a quote from a long line), "第 12 行第 37 字" / "line 12, column 37". */
export function lineLabel(line: number, lang: keyof Localized, column?: number): string {
  if (column === undefined) return lang === "zh" ? `第 ${line} 行` : `line ${line}`;
  return lang === "zh" ? `第 ${line} 行第 ${column} 字` : `line ${line}, column ${column}`;
}
