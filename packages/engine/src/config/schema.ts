/**
 * The published JSON Schema of `fazhi.config.yaml` (`fazhi schema config`). It checks the shape of what a
 * user writes; what the shape cannot express (unknown rule ids, overlapping grades…) is in semantic-checks.ts.
 * A preset is validated with the same schema.
 */

export const RULE_LEVELS = ["off", "info", "warn", "error"] as const;

function describe(zh: string, en: string): { title: string; description: string } {
  return { title: zh, description: `${zh} / ${en}` };
}

const localizedText = {
  ...describe("文字：一个字符串（中英文共用），或 { zh, en }", "Text: one string (used for both languages) or { zh, en }"),
  if: { type: "string" },
  then: { type: "string", minLength: 1 },
  else: {
    type: "object",
    additionalProperties: false,
    required: ["zh", "en"],
    properties: { zh: { type: "string", minLength: 1 }, en: { type: "string", minLength: 1 } },
  },
};

/** One string or a list of strings (`extends: example/recommended` or `extends: [a, b]`). */
function stringOrList(zh: string, en: string): object {
  return {
    ...describe(zh, en),
    if: { type: "string" },
    then: { type: "string", minLength: 1 },
    else: { type: "array", items: { type: "string", minLength: 1 } },
  };
}

const positiveWeight = (zh: string, en: string) => ({ type: "number", exclusiveMinimum: 0, ...describe(zh, en) });
const score01 = { type: "number", minimum: 0, maximum: 1, ...describe("得分（0 到 1）", "Score from 0 to 1") };

const ruleLevel = {
  ...describe("规则级别：off 不运行，info 提示，warn 警告，error 错误", "Rule level: off (not run), info, warn, error"),
  enum: [...RULE_LEVELS],
};

const ruleSetting = {
  ...describe("规则级别，或 { level, options }", "A level, or { level, options }"),
  if: { type: "string" },
  then: ruleLevel,
  else: {
    type: "object",
    additionalProperties: false,
    properties: {
      level: ruleLevel,
      options: { type: "object", ...describe("规则选项（按规则自身的选项格式校验）", "Rule options (validated against the rule's own schema)") },
    },
  },
};

const valueScoring = {
  ...describe(
    "把规则给出的数值换算成 0–1 得分：bands（分档）、linear（线性）或 target（目标值）三选一",
    "Turns the rule's value into a 0–1 score: exactly one of bands, linear or target",
  ),
  type: "object",
  additionalProperties: false,
  properties: {
    bands: {
      ...describe("分档：从上往下取第一个达到 min（或不超过 max）的档", "Bands: the first band whose min is reached (or max not exceeded)"),
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["score"],
        properties: {
          min: { type: "number", ...describe("该档下限（含）", "Inclusive lower bound") },
          max: { type: "number", ...describe("该档上限（含），用于越低越好的指标", "Inclusive upper bound, for lower-is-better values") },
          score: score01,
        },
      },
    },
    linear: {
      ...describe("线性：zeroAt 得 0 分，fullAt 得满分，中间按比例", "Linear from zeroAt (0) to fullAt (1), clamped"),
      type: "object",
      additionalProperties: false,
      required: ["zeroAt", "fullAt"],
      properties: {
        zeroAt: { type: "number", ...describe("得 0 分的数值", "Value scoring 0") },
        fullAt: { type: "number", ...describe("得满分的数值", "Value scoring 1") },
      },
    },
    target: {
      ...describe("目标值：与 value 相差不超过 tolerance 得满分，再偏离 falloff 降到 0", "Target: 1 within tolerance of value, 0 at tolerance + falloff"),
      type: "object",
      additionalProperties: false,
      required: ["value", "tolerance", "falloff"],
      properties: {
        value: { type: "number", ...describe("目标值", "Target value") },
        tolerance: { type: "number", minimum: 0, ...describe("容差（≥ 0）", "Tolerance (≥ 0)") },
        falloff: { type: "number", exclusiveMinimum: 0, ...describe("降到 0 分所需的额外偏离（> 0）", "Extra distance over which the score falls to 0 (> 0)") },
      },
    },
  },
};

const check = {
  ...describe("评分项：引用一条规则", "A check: a rule that counts towards the category"),
  type: "object",
  additionalProperties: false,
  required: ["rule"],
  properties: {
    rule: { type: "string", minLength: 1, ...describe("规则编号，如 example/min-length", "Rule id, e.g. example/min-length") },
    weight: positiveWeight("在本类别中的权重（正数，默认 1）", "Weight within the category (positive, default 1)"),
    scoring: valueScoring,
    whenMissing: {
      ...describe("规则没有给出数值或得分时：zero 记 0 分（默认），notApplicable 不计入", "When the rule yields no value: zero (default) or notApplicable (weight 0)"),
      enum: ["zero", "notApplicable"],
    },
    levels: {
      ...describe(
        "本项适用的报告层级（meta.level）；其他已知层级的报告本项“不适用”（权重 0，并注明原因）。不写则适用于所有层级",
        "Report levels (meta.level) the check applies to; for a report of another known level it is not applicable (weight 0, with the reason shown). Absent: every level",
      ),
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { enum: ["province", "city", "county", "township", "department"] },
    },
  },
};

const category = {
  ...describe("评分类别", "A scoring category"),
  type: "object",
  additionalProperties: false,
  required: ["id", "weight", "checks"],
  properties: {
    id: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9_-]*$", ...describe("类别编号（字母开头，可含数字、-、_）", "Category id (a letter, then letters, digits, - or _)") },
    title: { ...localizedText, ...describe("类别名称", "Category title") },
    weight: positiveWeight("类别权重（正数）", "Category weight (positive)"),
    checks: { type: "array", minItems: 1, items: check, ...describe("本类别的评分项", "The checks of this category") },
  },
};

const grade = {
  ...describe("等级：总分达到 min（含）即为该等级", "A grade: totals at or above min (inclusive)"),
  type: "object",
  additionalProperties: false,
  required: ["name", "min"],
  properties: {
    name: { type: "string", minLength: 1, ...describe("等级名称，如 优秀", "Grade name, e.g. 优秀") },
    min: { type: "number", ...describe("下限（0–100，含）", "Inclusive lower bound (0–100)") },
  },
};

const ranking = {
  ...describe("排名方式", "How reports are ranked"),
  type: "object",
  additionalProperties: false,
  properties: {
    cohortBy: {
      ...describe("分组依据：同组才比较排名（默认 [level]，乡镇不与县区比）", "Cohort keys: reports are ranked only within a cohort (default [level])"),
      type: "array",
      uniqueItems: true,
      items: { enum: ["level", "reportYear"] },
    },
    precision: { type: "integer", minimum: 0, maximum: 4, ...describe("总分显示的小数位数，并列按此判断（默认 1）", "Decimal places of the displayed total; ties judged at this precision (default 1)") },
    tieBreakers: {
      ...describe("并列时依次比较的类别得分", "Categories whose scores break ties, in order"),
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["category"],
        properties: { category: { type: "string", minLength: 1, ...describe("类别编号", "Category id") } },
      },
    },
  },
};

const scoring = {
  ...describe("评分方案：类别、权重、等级和排名", "The scoring scheme: categories, weights, grades and ranking"),
  type: "object",
  additionalProperties: false,
  properties: {
    id: { type: "string", minLength: 1, ...describe("方案编号（默认 custom）", "Scheme id (default custom)") },
    version: { type: "string", minLength: 1, ...describe("方案版本", "Scheme version") },
    title: { ...localizedText, ...describe("方案名称", "Scheme title") },
    categories: { type: "array", items: category, ...describe("评分类别", "Categories") },
    grades: { type: "array", minItems: 1, items: grade, ...describe("等级（默认 优秀 ≥ 90，良好 ≥ 80，合格 ≥ 60，不合格）", "Grades (default 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格)") },
    ranking,
  },
};

export const configJsonSchema: object = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://fazhi.dev/schema/config.json",
  ...describe("fazhi 配置文件（fazhi.config.yaml）", "fazhi configuration file (fazhi.config.yaml)"),
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string", ...describe("编辑器用的 JSON Schema 地址（忽略）", "JSON Schema URL for editors (ignored)") },
    extends: stringOrList("继承的预设，如 example/recommended（按顺序合并，本文件最后）", "Presets to extend, e.g. example/recommended (merged in order, this file last)"),
    plugins: stringOrList("插件：npm 包名（从配置文件所在目录查找）或相对路径", "Plugins: npm package names (resolved from the config's folder) or relative paths"),
    rulesDir: stringOrList("声明式规则目录：其中每个 .yaml/.yml 文件是一条规则", "Declarative rule folders: every .yaml/.yml file in them is one rule"),
    files: { type: "array", items: { type: "string", minLength: 1 }, ...describe("要读取的报告文件（glob）", "Report files to read (globs)") },
    ignores: { type: "array", items: { type: "string", minLength: 1 }, ...describe("忽略的文件（glob，附加在默认值之后）", "Files to ignore (globs, added to the defaults)") },
    rules: {
      ...describe("规则级别和选项：规则编号 → 级别 或 { level, options }", "Rule levels and options: rule id → level or { level, options }"),
      type: "object",
      additionalProperties: ruleSetting,
    },
    settings: { type: "object", ...describe("共享设置，传给所有规则", "Shared settings passed to every rule") },
    scoring,
  },
};
