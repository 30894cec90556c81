import { didYouMean, type UserFileError } from "@fazhi/user-files";
import { at, describeWhere, errorAt, isRecord, type Where } from "./located.js";
import type { MergedConfig } from "./merge.js";
import { mayBeUnloaded, type AvailableRule, type UnloadedSources } from "./rule-catalogue.js";

/**
 * What the JSON Schema cannot say. Each check reads the merged (already shape-checked) data defensively: a value
 * of the wrong type was reported by the schema and is skipped here, never reported twice.
 */

/** A check of the scheme as written, with its place. */
export interface SchemeCheckRef {
  rule: string;
  where: Where;
}

/** Every `scoring.categories[i].checks[j].rule` with its place. */
export function schemeCheckRefs(scoring: MergedConfig["scoring"]): SchemeCheckRef[] {
  if (!scoring) return [];
  return categoriesOf(scoring).flatMap(({ category, where }) =>
    Array.isArray(category.checks)
      ? category.checks.flatMap((check, j) => (isRecord(check) && typeof check.rule === "string" ? [{ rule: check.rule, where: at(where, "checks", j, "rule") }] : []))
      : [],
  );
}

function categoriesOf(scoring: NonNullable<MergedConfig["scoring"]>): Array<{ category: Record<string, unknown>; where: Where }> {
  const categories = scoring.data.categories;
  if (!Array.isArray(categories)) return [];
  return categories.flatMap((category, i) => (isRecord(category) ? [{ category, where: at(scoring.where, "categories", i) }] : []));
}

/**
 * A config that ends up with no scheme (no `scoring` with categories in the file or any preset it extends) would
 * score every report as nothing: an error at the file, saying what to add.
 */
export function checkHasScheme(scoring: MergedConfig["scoring"], file: Where): UserFileError[] {
  const categories = scoring?.data.categories;
  if (Array.isArray(categories) && categories.length > 0) return [];
  const add = { zh: `要用推荐方案，请在文件中加上这两行：\n    plugins: ["@fazhi/rules-recommended"]\n    extends: ["recommended/default"]\n  或者写自己的方案（scoring: 下的 categories，可用 fazhi init 生成示例）`, en: `To use the recommended scheme, add these two lines to the file:\n    plugins: ["@fazhi/rules-recommended"]\n    extends: ["recommended/default"]\n  or write your own scheme (categories under scoring:; fazhi init writes an example)` };
  if (scoring) {
    return [errorAt(at(scoring.where, "categories"), { zh: `评分方案没有任何类别（scoring.categories），所有报告都将没有分数。${add.zh}`, en: `The scoring scheme has no categories (scoring.categories), so no report would get a score. ${add.en}` })];
  }
  return [errorAt(file, { zh: `配置中没有评分方案：既没有 scoring，也没有继承带评分方案的预设（extends），所有报告都将没有分数。${add.zh}`, en: `The config has no scoring scheme: no scoring block and no preset (extends) that brings one, so no report would get a score. ${add.en}` })];
}

/** Duplicate category ids, bands without bounds, empty linear ranges, grades, tie-breakers. */
export function checkScheme(scoring: MergedConfig["scoring"]): UserFileError[] {
  if (!scoring) return [];
  const errors: UserFileError[] = [];
  const categories = categoriesOf(scoring);

  const firstById = new Map<string, Where>();
  for (const { category, where } of categories) {
    if (typeof category.id !== "string") continue;
    const first = firstById.get(category.id);
    if (first) {
      errors.push(
        errorAt(at(where, "id"), {
          zh: `类别编号“${category.id}”重复（第一次出现在 ${describeWhere(first)}）。每个类别的编号必须不同`,
          en: `Category id "${category.id}" is used twice (first at ${describeWhere(first)}). Category ids must be unique`,
        }),
      );
    } else firstById.set(category.id, at(where, "id"));
    if (Array.isArray(category.checks)) category.checks.forEach((check, j) => isRecord(check) && errors.push(...checkValueScoring(check.scoring, at(where, "checks", j, "scoring"))));
  }

  errors.push(...checkGrades(scoring.data.grades, at(scoring.where, "grades")));

  const ranking = scoring.data.ranking;
  if (isRecord(ranking) && Array.isArray(ranking.tieBreakers)) {
    const ids = [...firstById.keys()];
    ranking.tieBreakers.forEach((tieBreaker, i) => {
      if (!isRecord(tieBreaker) || typeof tieBreaker.category !== "string" || firstById.has(tieBreaker.category)) return;
      const suggestion = didYouMean(tieBreaker.category, ids);
      errors.push(
        errorAt(
          at(scoring.where, "ranking", "tieBreakers", i, "category"),
          {
            zh: `并列比较用的类别“${tieBreaker.category}”不存在${suggestion ? `，是不是“${suggestion}”？` : `。已有的类别：${ids.join("、") || "（无）"}`}`,
            en: `Tie-breaker category "${tieBreaker.category}" does not exist${suggestion ? `; did you mean "${suggestion}"?` : `. Categories: ${ids.join(", ") || "(none)"}`}`,
          },
          { suggestion },
        ),
      );
    });
  }
  return errors;
}

function checkValueScoring(scoring: unknown, where: Where): UserFileError[] {
  if (!isRecord(scoring)) return [];
  const errors: UserFileError[] = [];
  const kinds = ["bands", "linear", "target"].filter((k) => k in scoring);
  if (kinds.length !== 1 && Object.keys(scoring).every((k) => ["bands", "linear", "target"].includes(k))) {
    errors.push(
      errorAt(where, {
        zh: `scoring 需要 bands（分档）、linear（线性）、target（目标值）三者之一${kinds.length > 1 ? `，现在写了 ${kinds.join("、")}，请只保留一个` : ""}`,
        en: `scoring needs exactly one of bands, linear or target${kinds.length > 1 ? `; it has ${kinds.join(", ")}: keep one` : ""}`,
      }),
    );
  }
  if (Array.isArray(scoring.bands)) {
    scoring.bands.forEach((band, i) => {
      if (isRecord(band) && band.min === undefined && band.max === undefined) {
        errors.push(
          errorAt(at(where, "bands", i), {
            zh: `分档需要 min（下限）或 max（上限，用于越低越好的指标）`,
            en: `A band needs min (lower bound) or max (upper bound, for lower-is-better values)`,
          }),
        );
      }
    });
  }
  if (isRecord(scoring.linear) && typeof scoring.linear.zeroAt === "number" && scoring.linear.zeroAt === scoring.linear.fullAt) {
    errors.push(
      errorAt(at(where, "linear"), {
        zh: `linear 的 zeroAt 与 fullAt 都是 ${scoring.linear.zeroAt}，无法换算得分。请让两者不同（fullAt 较小表示越低越好）`,
        en: `linear has zeroAt = fullAt = ${scoring.linear.zeroAt}; they must differ (fullAt below zeroAt means lower is better)`,
      }),
    );
  }
  return errors;
}

/** Grades must cover 0–100 without ambiguity: every min in 0–100, no two with the same min or name, one at 0. */
function checkGrades(grades: unknown, where: Where): UserFileError[] {
  if (!Array.isArray(grades)) return [];
  const errors: UserFileError[] = [];
  const byMin = new Map<number, { name: string; where: Where }>();
  const byName = new Map<string, Where>();
  grades.forEach((grade, i) => {
    if (!isRecord(grade) || typeof grade.min !== "number" || typeof grade.name !== "string") return;
    const gradeWhere = at(where, i);
    if (grade.min < 0 || grade.min > 100) {
      errors.push(
        errorAt(at(gradeWhere, "min"), {
          zh: `等级“${grade.name}”的下限 ${grade.min} 超出 0–100（总分是 0–100 分）`,
          en: `Grade "${grade.name}" has min ${grade.min}, outside 0–100 (totals are on a 0–100 scale)`,
        }),
      );
    }
    const sameMin = byMin.get(grade.min);
    if (sameMin) {
      errors.push(
        errorAt(at(gradeWhere, "min"), {
          zh: `等级“${grade.name}”与“${sameMin.name}”（${describeWhere(sameMin.where)}）的下限都是 ${grade.min}，两者重叠。每个等级的下限必须不同`,
          en: `Grades "${grade.name}" and "${sameMin.name}" (${describeWhere(sameMin.where)}) both start at ${grade.min} and overlap. Each grade needs its own min`,
        }),
      );
    } else byMin.set(grade.min, { name: grade.name, where: at(gradeWhere, "min") });
    const sameName = byName.get(grade.name);
    if (sameName) {
      errors.push(
        errorAt(at(gradeWhere, "name"), {
          zh: `等级名称“${grade.name}”重复（第一次出现在 ${describeWhere(sameName)}）`,
          en: `Grade name "${grade.name}" is used twice (first at ${describeWhere(sameName)})`,
        }),
      );
    } else byName.set(grade.name, at(gradeWhere, "name"));
  });
  if (byMin.size > 0 && !byMin.has(0)) {
    const lowest = Math.min(...byMin.keys());
    errors.push(
      errorAt(where, {
        zh: `没有下限为 0 的等级：总分低于 ${lowest} 的报告将没有等级。请加一个 min: 0 的等级（如 { name: 不合格, min: 0 }）`,
        en: `No grade starts at 0: totals below ${lowest} would get no grade. Add a grade with min: 0 (e.g. { name: 不合格, min: 0 })`,
      }),
    );
  }
  return errors;
}

/** Unknown rule ids in `rules` and in the scheme's checks (with did-you-mean), and rules that are off but scored. */
export function checkRuleReferences(merged: MergedConfig, checks: SchemeCheckRef[], catalogue: Map<string, AvailableRule>, unloaded: UnloadedSources): UserFileError[] {
  const errors: UserFileError[] = [];
  const known = [...catalogue.keys()];
  const namespaces = new Set([...catalogue.keys()].map((id) => id.split("/")[0]!));

  const unknown = (id: string, where: Where, key: boolean) => {
    if (mayBeUnloaded(id, unloaded, namespaces)) return; // its plugin's or rule file's own error says why
    const suggestion = didYouMean(id, known);
    const namespace = id.includes("/") ? id.slice(0, id.indexOf("/")) : "";
    const why =
      suggestion !== undefined
        ? { zh: `是不是“${suggestion}”？`, en: `Did you mean "${suggestion}"?` }
        : !id.includes("/")
          ? { zh: `规则编号应写成“命名空间/规则名”，如 example/min-length`, en: `Write rule ids as "namespace/rule", e.g. example/min-length` }
          : !namespaces.has(namespace)
            ? { zh: `没有加载命名空间为“${namespace}”的插件或规则文件：请把插件加入 plugins，或检查 rulesDir`, en: `No plugin or rule file with namespace "${namespace}" is loaded: add the plugin to plugins, or check rulesDir` }
            : { zh: `该命名空间中的规则：${known.filter((k) => k.startsWith(`${namespace}/`)).join("、")}`, en: `Rules in that namespace: ${known.filter((k) => k.startsWith(`${namespace}/`)).join(", ")}` };
    errors.push(errorAt(where, { zh: `未知的规则“${id}”。${why.zh}`, en: `Unknown rule "${id}". ${why.en}` }, { suggestion, key }));
  };

  for (const [id, setting] of merged.rules) if (!catalogue.has(id)) unknown(id, setting.where, true);
  for (const check of checks) {
    if (!catalogue.has(check.rule)) {
      unknown(check.rule, check.where, false);
      continue;
    }
    const setting = merged.rules.get(check.rule);
    const available = catalogue.get(check.rule)!;
    const level = setting?.level ?? available.defaultLevel;
    if (level === "off") {
      const offAt = setting?.level === "off" ? describeWhere(setting.levelWhere ?? setting.where) : available.source;
      errors.push(
        errorAt(check.where, {
          zh: `规则“${check.rule}”在 ${offAt} 被设为 off（不运行），却在评分方案中计分。请改为 info/warn/error，或从评分方案中删去这一项`,
          en: `Rule "${check.rule}" is off (${offAt}) but scored here. Set it to info/warn/error, or remove this check`,
        }),
      );
    }
  }
  return errors;
}
