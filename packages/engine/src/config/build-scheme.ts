import type { Localized } from "@fazhi/rule-kit";
import type { Category, CheckRef, Grade, RankingOptions, Scheme, ValueScoring } from "../types.js";
import { DEFAULT_GRADES, DEFAULT_RANKING, DEFAULT_SCHEME_ID, DEFAULT_SCHEME_TITLE, DEFAULT_SCHEME_VERSION } from "./defaults.js";
import { isRecord } from "./located.js";

/**
 * The scheme from a `scoring` block that passed validation, with defaults filled in. Grades are sorted from the
 * highest `min` down. No `scoring` anywhere: a scheme with no categories and the default grades and ranking.
 */
export function buildScheme(data: Record<string, unknown> | null): Scheme {
  const scoring = data ?? {};
  const ranking = isRecord(scoring.ranking) ? scoring.ranking : {};
  return {
    id: typeof scoring.id === "string" ? scoring.id : DEFAULT_SCHEME_ID,
    version: typeof scoring.version === "string" ? scoring.version : DEFAULT_SCHEME_VERSION,
    title: localized(scoring.title, DEFAULT_SCHEME_TITLE),
    categories: Array.isArray(scoring.categories) ? scoring.categories.filter(isRecord).map(buildCategory) : [],
    grades: (Array.isArray(scoring.grades) ? (scoring.grades.filter(isRecord) as unknown as Grade[]).map((g) => ({ name: g.name, min: g.min })) : DEFAULT_GRADES.map((g) => ({ ...g }))).sort(
      (a, b) => b.min - a.min,
    ),
    ranking: {
      cohortBy: Array.isArray(ranking.cohortBy) ? (ranking.cohortBy as RankingOptions["cohortBy"]) : [...DEFAULT_RANKING.cohortBy],
      precision: typeof ranking.precision === "number" ? ranking.precision : DEFAULT_RANKING.precision,
      tieBreakers: Array.isArray(ranking.tieBreakers) ? ranking.tieBreakers.filter(isRecord).map((t) => ({ category: String(t.category) })) : [],
    },
  };
}

function buildCategory(category: Record<string, unknown>): Category {
  const id = String(category.id);
  return {
    id,
    title: localized(category.title, { zh: id, en: id }),
    weight: Number(category.weight),
    checks: Array.isArray(category.checks) ? category.checks.filter(isRecord).map(buildCheck) : [],
  };
}

function buildCheck(check: Record<string, unknown>): CheckRef {
  const ref: CheckRef = {
    rule: String(check.rule),
    weight: typeof check.weight === "number" ? check.weight : 1,
    whenMissing: check.whenMissing === "notApplicable" ? "notApplicable" : "zero",
  };
  if (isRecord(check.scoring)) ref.scoring = structuredClone(check.scoring) as ValueScoring;
  if (Array.isArray(check.levels)) ref.levels = check.levels.map(String) as CheckRef["levels"];
  return ref;
}

function localized(value: unknown, fallback: Localized): Localized {
  if (typeof value === "string") return { zh: value, en: value };
  if (isRecord(value) && typeof value.zh === "string" && typeof value.en === "string") return { zh: value.zh, en: value.en };
  return { ...fallback };
}
