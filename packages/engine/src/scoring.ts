/**
 * How fazhi turns rule runs into scores — the whole model in one file (after Lighthouse core/scoring.js).
 *
 * 1. Check score (0–1) from one rule run and the scheme's reference to it:
 *      the rule crashed / timed out / lacked a fact     → score null, mode "error"
 *      the rule said the report is not applicable       → score null, mode "notApplicable"
 *      the reference has `scoring` (bands/linear/target) → that function of the rule's numeric `value`
 *      the rule has evaluate()                          → its outcome score
 *      the rule has only visitors                       → 1 with no findings, 0 with any ("binary")
 *      no value / no score where one was needed         → `whenMissing`: 0, or not applicable
 *    A rule that is enabled but in no category is "informative": listed, never scored.
 * 2. Category score (0–1) = Σ score × weight / Σ weight over its checks. A not-applicable check keeps its
 *    weight on display but counts with effectiveWeight 0. A check in error makes the category
 *    "incomplete" (score null) — it is never quietly left out. All checks not applicable → "notApplicable".
 * 3. Total (0–100) = 100 × Σ categoryScore × categoryWeight / Σ categoryWeight over scored categories,
 *    rounded to 2 decimals. Null when any category is incomplete or none is scored.
 * 4. Grade = the grade with the highest `min` that the total reaches.
 */
import type { Level } from "@fazhi/core";
import type { Localized, RuleOutcome } from "@fazhi/rule-kit";
import type { CategoryResult, CheckResult, ReportResult } from "@fazhi/result";
import type { CheckRef, Grade, Scheme, ValueScoring } from "./types.js";

/** A check counts as passed at this score (as Lighthouse's PASS_THRESHOLD). */
export const PASS_THRESHOLD = 0.9;

export type ScoreMode = CheckResult["scoreMode"];

/** What the runner knows about one rule's run on one report. */
export interface RuleRun {
  /** The rule has evaluate(); otherwise it is visitor-only and scored "binary". */
  hasEvaluate: boolean;
  findingCount: number;
  outcome: RuleOutcome | null;
  /** Set when the rule crashed, timed out or lacked a fact. */
  failed: boolean;
}

export interface CheckScore {
  score: number | null;
  scoreMode: ScoreMode;
}

/** Round half away from zero at `decimals`, ignoring binary floating-point noise (84.999999999 → 85). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(Number((value * factor).toPrecision(15))) / factor;
}

/** Turn a numeric value into a 0–1 score with a scheme's bands, linear ramp or target. */
export function applyValueScoring(value: number, scoring: ValueScoring): number {
  if ("bands" in scoring) {
    // The most specific band the value falls in: the highest `min`, then the lowest `max` (lower is better).
    let best: { min: number; max: number; score: number } | null = null;
    for (const band of scoring.bands) {
      const min = band.min ?? -Infinity;
      const max = band.max ?? Infinity;
      if (value < min || value > max) continue;
      if (!best || min > best.min || (min === best.min && max < best.max)) best = { min, max, score: band.score };
    }
    return best?.score ?? 0;
  }
  if ("linear" in scoring) {
    const { zeroAt, fullAt } = scoring.linear;
    if (zeroAt === fullAt) return (fullAt >= zeroAt ? value >= fullAt : value <= fullAt) ? 1 : 0;
    return clamp01((value - zeroAt) / (fullAt - zeroAt)); // fullAt < zeroAt flips the sign: lower is better
  }
  const { value: target, tolerance, falloff } = scoring.target;
  const distance = Math.abs(value - target);
  if (distance <= tolerance) return 1;
  if (falloff <= 0) return 0;
  return clamp01(1 - (distance - tolerance) / falloff);
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** Step 1: the score of one check under one category reference (or none: informative). */
export function scoreCheck(run: RuleRun, ref: CheckRef | undefined, level: Level | null = null): CheckScore {
  if (run.failed) return { score: null, scoreMode: "error" };
  if (!ref) return { score: null, scoreMode: "informative" };
  // The scheme's level profile: a check that does not apply to this kind of report (never silently dropped).
  if (!appliesToLevel(ref, level)) return { score: null, scoreMode: "notApplicable" };
  if (run.outcome?.notApplicable) return { score: null, scoreMode: "notApplicable" };
  let score: number | null;
  if (ref.scoring) {
    const value = run.outcome?.value;
    score = typeof value === "number" && Number.isFinite(value) ? applyValueScoring(value, ref.scoring) : null;
  } else if (run.hasEvaluate) {
    score = run.outcome?.score ?? null;
  } else {
    return { score: run.findingCount === 0 ? 1 : 0, scoreMode: "binary" };
  }
  if (score !== null) return { score, scoreMode: "numeric" };
  return ref.whenMissing === "notApplicable" ? { score: null, scoreMode: "notApplicable" } : { score: 0, scoreMode: "numeric" };
}

/**
 * Does the check apply to a report of `level`? A report of unknown level is checked as a government's (never
 * exempted for lack of a level): checks for any government level apply, department-only checks do not.
 */
export function appliesToLevel(ref: CheckRef, level: Level | null): boolean {
  if (!ref.levels) return true;
  return level === null ? ref.levels.some((l) => l !== "department") : ref.levels.includes(level);
}

/** Step 2: one category from the scores of its checks. */
export function scoreCategory(category: Scheme["categories"][number], scoreOf: (ref: CheckRef) => CheckScore): CategoryResult {
  const refs = category.checks.map((ref) => {
    const check = scoreOf(ref);
    const applicable = check.scoreMode !== "notApplicable";
    return { ref, check, effectiveWeight: applicable ? ref.weight : 0 };
  });
  const applicable = refs.filter((r) => r.check.scoreMode !== "notApplicable");
  const incomplete = applicable.some((r) => r.check.score === null);
  const weightSum = applicable.reduce((sum, r) => sum + r.effectiveWeight, 0);
  const status: CategoryResult["status"] = incomplete ? "incomplete" : applicable.length === 0 || weightSum === 0 ? "notApplicable" : "scored";
  const weightedSum = status === "scored" ? applicable.reduce((sum, r) => sum + (r.check.score as number) * r.effectiveWeight, 0) : 0;
  return {
    title: category.title,
    weight: category.weight,
    score: status === "scored" ? weightedSum / weightSum : null,
    status,
    passed: applicable.filter((r) => r.check.score !== null && r.check.score >= PASS_THRESHOLD).length,
    total: applicable.length,
    checkRefs: refs.map((r) => ({
      id: r.ref.rule,
      weight: r.ref.weight,
      effectiveWeight: r.effectiveWeight,
      contribution: status === "scored" ? ((r.check.score ?? 0) * r.effectiveWeight) / weightSum : null,
    })),
  };
}

/** Steps 3 and 4: the 0–100 total and its grade. */
export function scoreTotal(categories: Record<string, CategoryResult>, grades: Grade[]): ReportResult["total"] {
  const all = Object.values(categories);
  const scored = all.filter((c) => c.status === "scored" && c.weight > 0);
  const weightSum = scored.reduce((sum, c) => sum + c.weight, 0);
  if (all.some((c) => c.status === "incomplete") || weightSum === 0) return { score: null, grade: null };
  const mean = scored.reduce((sum, c) => sum + (c.score as number) * c.weight, 0) / weightSum;
  const score = roundTo(mean * 100, 2);
  return { score, grade: gradeFor(score, grades) };
}

/** The grade with the highest `min` ≤ total; null when none applies. */
export function gradeFor(total: number, grades: Grade[]): string | null {
  let best: Grade | null = null;
  for (const g of grades) if (total >= g.min && (!best || g.min > best.min)) best = g;
  return best?.name ?? null;
}

/** The first reference to each rule across the scheme's categories (its score in `checks` uses this one). */
export function firstRefs(scheme: Scheme): Map<string, CheckRef> {
  const refs = new Map<string, CheckRef>();
  for (const category of scheme.categories) for (const ref of category.checks) if (!refs.has(ref.rule)) refs.set(ref.rule, ref);
  return refs;
}

/**
 * Score a report: fills each check's `score`/`scoreMode`, the categories and the total. `runs` holds every
 * rule that ran; a category reference to a rule that did not run (disabled) is "error" — the config loader
 * rejects that, so it is only reachable with a hand-built config.
 */
export function scoreReport(
  scheme: Scheme,
  runs: Map<string, RuleRun>,
  level: Level | null = null,
): { checkScores: Map<string, CheckScore>; categories: Record<string, CategoryResult>; total: ReportResult["total"] } {
  const refs = firstRefs(scheme);
  const checkScores = new Map<string, CheckScore>();
  for (const [id, run] of runs) checkScores.set(id, scoreCheck(run, refs.get(id), level));
  const notRun: RuleRun = { hasEvaluate: false, findingCount: 0, outcome: null, failed: true };
  const categories: Record<string, CategoryResult> = {};
  for (const category of scheme.categories) {
    categories[category.id] = scoreCategory(category, (ref) => scoreCheck(runs.get(ref.rule) ?? notRun, ref, level));
  }
  return { checkScores, categories, total: scoreTotal(categories, scheme.grades) };
}

// ---------------------------------------------------------------------------------------------------
// `fazhi explain`: the same arithmetic, written out.

export interface ExplainTerm {
  /** Check id (category line) or category id (total line). */
  id: string;
  score: number | null;
  weight: number;
  effectiveWeight: number;
  /** "notApplicable" terms count with weight 0; "error" terms make the result null. */
  status: "scored" | "notApplicable" | "error";
}

export interface ExplainLine {
  kind: "category" | "total";
  /** Category id, or "total". */
  id: string;
  terms: ExplainTerm[];
  /** Σ score × effectiveWeight (null when the result is null). */
  numerator: number | null;
  /** Σ effectiveWeight. */
  denominator: number;
  /** The category's 0–1 score or the 0–100 total. */
  result: number | null;
  grade?: string | null;
  /** The arithmetic as one readable line. */
  text: Localized;
}

const fmt = (x: number, decimals = 4): string => String(roundTo(x, decimals));

/** The arithmetic behind a report's category scores and total, one line per category and one for the total. */
export function explainReport(report: ReportResult, scheme: Scheme): ExplainLine[] {
  if (report.error) {
    return [{ kind: "total", id: "total", terms: [], numerator: null, denominator: 0, result: null, grade: null, text: { zh: `未评分：${report.error.message.zh}`, en: `Not scored: ${report.error.message.en}` } }];
  }
  const lines: ExplainLine[] = [];
  const checkTitle = (id: string): Localized => report.checks[id]?.title ?? { zh: id, en: id };
  for (const category of scheme.categories) {
    const result = report.categories[category.id];
    if (!result) continue;
    const terms = result.checkRefs.map((ref): ExplainTerm => {
      const check = report.checks[ref.id];
      const status = check?.scoreMode === "notApplicable" ? "notApplicable" : check?.score == null ? "error" : "scored";
      // A rule referenced by several categories shows its score under this reference, recovered from the contribution.
      const score = ref.contribution !== null && ref.effectiveWeight > 0 ? (ref.contribution * sumWeights(result)) / ref.effectiveWeight : (check?.score ?? null);
      return { id: ref.id, score: status === "notApplicable" ? null : score, weight: ref.weight, effectiveWeight: ref.effectiveWeight, status };
    });
    lines.push(meanLine("category", category.id, result.title, terms, checkTitle, result.score, result.status, 1));
  }
  const totalTerms = scheme.categories.flatMap((category): ExplainTerm[] => {
    const c = report.categories[category.id];
    if (!c) return [];
    const status = c.status === "scored" ? "scored" : c.status === "notApplicable" ? "notApplicable" : "error";
    return [{ id: category.id, score: c.score, weight: c.weight, effectiveWeight: status === "notApplicable" ? 0 : c.weight, status }];
  });
  const total = report.total.score;
  const status = totalTerms.some((t) => t.status === "error") ? "incomplete" : total === null ? "notApplicable" : "scored";
  const categoryTitle = (id: string): Localized => report.categories[id]?.title ?? { zh: id, en: id };
  const line = meanLine("total", "total", { zh: "总分", en: "total" }, totalTerms, categoryTitle, total, status, 100);
  line.grade = report.total.grade;
  if (total !== null) {
    line.text = { zh: `${line.text.zh}，等级 ${report.total.grade ?? "—"}`, en: `${line.text.en}, grade ${report.total.grade ?? "—"}` };
  }
  lines.push(line);
  return lines;
}

function sumWeights(category: CategoryResult): number {
  return category.checkRefs.reduce((sum, r) => sum + r.effectiveWeight, 0);
}

/** One line of arithmetic, written with titles (of the category or "total", and of each term): ids stay in `id` and `terms`. */
function meanLine(kind: ExplainLine["kind"], id: string, label: Localized, terms: ExplainTerm[], titleOf: (id: string) => Localized, result: number | null, status: string, scale: number): ExplainLine {
  const counted = terms.filter((t) => t.status !== "notApplicable");
  const denominator = counted.reduce((sum, t) => sum + t.effectiveWeight, 0);
  const numerator = result === null ? null : counted.reduce((sum, t) => sum + (t.score ?? 0) * t.effectiveWeight, 0);
  const formula = (lang: "zh" | "en") => {
    const products = terms.map((t) => {
      const name = titleOf(t.id)[lang].trim() || t.id;
      if (t.status === "notApplicable") return `${name}: ${lang === "zh" ? "不适用" : "n/a"}×0`;
      if (t.status === "error") return `${name}: ${lang === "zh" ? "出错" : "error"}×${t.effectiveWeight}`;
      return `${name}: ${fmt(t.score as number)}×${t.effectiveWeight}`;
    });
    return `${scale === 100 ? "100 × " : ""}(${products.join(" + ") || "—"}) / ${fmt(denominator)}`;
  };
  const value = result === null ? null : scale === 100 ? String(result) : fmt(result);
  const text: Localized =
    value !== null
      ? { zh: `${label.zh}：${formula("zh")} = ${value}`, en: `${label.en}: ${formula("en")} = ${value}` }
      : status === "incomplete"
        ? { zh: `${label.zh}：不完整（有检查出错，不计分）：${formula("zh")}`, en: `${label.en}: incomplete (a check failed, so no score): ${formula("en")}` }
        : { zh: `${label.zh}：不适用（没有可计分的项）`, en: `${label.en}: not applicable (nothing to score)` };
  return { kind, id, terms, numerator, denominator, result, text };
}
