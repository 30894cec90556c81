/**
 * The JSON Schema of a declarative rule file (`fazhi schema rule`). Every title/description is in Chinese
 * and English because assessment staff read it in their editor's hover help. The schema is also what
 * `compileRuleSource` validates against first; checks a schema cannot express (placeholders, bands,
 * regexes, the id's namespace) follow in `semantic.ts`.
 */

export const KINDS = ["presence", "absence", "occurrence", "outline-part", "indicator", "arithmetic", "conditional"] as const;
export type RuleKind = (typeof KINDS)[number];

export const OUTLINE_PARTS = ["measures", "shortcomings", "firstResponsible", "nextYearPlan", "other"] as const;
/** Number kinds an indicator may take; `change` (同比上升 X%) is never a level and is never taken. */
export const INDICATOR_NUMBER_KINDS = ["count", "rate", "money", "score", "other"] as const;

const zhEn = (zh: string, en: string) => ({ title: zh, description: `${zh}\n${en}` });
const doc = (zh: string, en: string) => ({ description: `${zh}\n${en}` });

/** Text shown to people: one string (used for both languages) or `{ zh, en }`. */
const LOCALIZED = {
  if: { type: "string" },
  then: { type: "string", minLength: 1 },
  else: {
    type: "object",
    properties: { zh: { type: "string", minLength: 1 }, en: { type: "string", minLength: 1 } },
    required: ["zh", "en"],
    additionalProperties: false,
  },
};

/** A phrase, or `{ regex: "..." }` where a literal cannot serve. */
const PATTERN = {
  ...doc(
    "要找的短语（按简体书写即可，繁体、全角半角、空格都会自动对上）；只有普通短语做不到时才写 { regex: \"…\" }。",
    "A phrase (write it in Simplified Chinese; Traditional, full/half-width and spaces are matched too); only where a phrase cannot serve, { regex: \"…\" }.",
  ),
  if: { type: "string" },
  then: { type: "string", minLength: 1 },
  else: {
    type: "object",
    properties: {
      regex: {
        type: "string",
        minLength: 1,
        ...doc(
          "正则表达式（JavaScript 语法，u 标志）。它匹配的是规整后的文字：繁体已转简体、全角已转半角、空白已去掉。会引起灾难性回溯的写法（如 (a+)+）会被拒绝。",
          "A regular expression (JavaScript, u flag) matched against the folded text: Simplified, half-width, no whitespace. Patterns that can backtrack catastrophically (e.g. (a+)+) are rejected.",
        ),
      },
    },
    required: ["regex"],
    additionalProperties: false,
  },
};

const PATTERNS = (zh: string, en: string) => ({ type: "array", minItems: 1, items: PATTERN, ...doc(zh, en) });
/** One label, or a list of alternative labels. */
const ONE_OR_MANY = (zh: string, en: string) => ({
  ...doc(zh, en),
  if: { type: "array" },
  then: { type: "array", minItems: 1, items: PATTERN },
  else: PATTERN,
});

const THRESHOLD = {
  ...doc("一个数，或百分数写法如 \"95%\"（等于 0.95）。比率按小数比较。", "A number, or a percentage such as \"95%\" (= 0.95). Rates compare as fractions."),
  if: { type: "string" },
  then: { type: "string", pattern: "^-?\\d+(\\.\\d+)?%$" },
  else: { type: "number" },
};

const SCORE = { type: "number", minimum: 0, maximum: 1 };

const WITHIN = (values: string[], zh: string, en: string) => ({ enum: values, ...doc(zh, en) });

/** Keys every kind accepts. */
const COMMON = {
  id: {
    type: "string",
    minLength: 1,
    ...zhEn("规则编号", "Rule id"),
    description:
      "规则编号，写成“命名空间/名称”，只用小写字母、数字和连字符，如 myoffice/first-responsible。\nRule id as \"namespace/name\" in lower-case letters, digits and dashes, e.g. myoffice/first-responsible.",
  },
  kind: {
    enum: [...KINDS],
    ...zhEn("规则类型", "Rule kind"),
    description:
      "presence 必须写到；absence 不得出现；occurrence 出现次数；outline-part 提纲部分；indicator 指标数值；arithmetic 数字核算；conditional 写了甲就要写乙。\npresence / absence / occurrence / outline-part / indicator / arithmetic / conditional.",
  },
  title: { ...LOCALIZED, ...zhEn("规则名称（一句话）", "Rule title (one line)") },
  description: { ...LOCALIZED, ...zhEn("规则说明：依据哪条规定、为什么要查", "What the rule checks and on what authority") },
  message: {
    ...LOCALIZED,
    ...zhEn(
      "发现问题时给评估人员看的提示，可用 {占位符}",
      "Message shown with a finding; may use {placeholders} the kind provides",
    ),
  },
  level: { enum: ["off", "info", "warn", "error"], ...doc("默认级别（默认 warn）；配置文件可以改。", "Default level (warn); a config may change it.") },
  version: {
    type: "string",
    pattern: "^\\d+\\.\\d+\\.\\d+$",
    ...doc("规则版本，改动规则的判断时加一（默认 1.0.0）；用于缓存。", "Bump when the rule's judgement changes (default 1.0.0); part of the cache key."),
  },
  scope: {
    type: "object",
    ...zhEn("查找范围（可选，不写就查全文）", "Where to look (optional; the whole report when omitted)"),
    properties: {
      part: {
        enum: [...OUTLINE_PARTS],
        ...doc(
          "只在提纲的某一部分里找：measures 主要举措和成效、shortcomings 存在的不足和原因、firstResponsible 第一责任人职责、nextYearPlan 下一年度主要安排、other 其他需要报告的情况（需要加载提供提纲的插件，如 outline 插件）。",
          "Only inside one outline part (needs a loaded plugin whose fact fills the outline, such as the outline plugin).",
        ),
      },
      heading: {
        ...doc("只在标题含有这个短语的那一节里找（含其下各小节）。", "Only inside sections whose heading contains the phrase (and their subsections)."),
        if: { type: "string" },
        then: { type: "string", minLength: 1 },
        else: { type: "array", minItems: 1, items: PATTERN },
      },
    },
    additionalProperties: false,
  },
  examples: {
    type: "object",
    ...zhEn("例子（必填）：规则的自测", "Examples (required): the rule's own tests"),
    description:
      "pass 是应当通过的报告片段，fail 是应当被规则查出的片段，各至少一条。`fazhi rules test` 会逐条运行；反例查不出问题说明规则可能永远匹配不到。\npass: texts the rule must accept; fail: texts it must flag; at least one each. `fazhi rules test` runs them, so a rule that can never match is caught.",
    properties: {
      pass: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, ...doc("应当通过的文字", "Texts that must pass") },
      fail: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, ...doc("应当被查出的文字", "Texts that must be flagged") },
    },
    required: ["pass", "fail"],
    additionalProperties: false,
  },
};

const PER_KIND: Record<RuleKind, { properties: Record<string, unknown>; required: string[] }> = {
  presence: {
    properties: {
      phrases: PATTERNS("报告中必须写到的短语", "Phrases the report must contain"),
      match: WITHIN(["any", "all"], "any：写到其中任一个即可（默认）；all：每一个都要写到", "any: one of them is enough (default); all: every one is needed"),
    },
    required: ["phrases"],
  },
  absence: {
    properties: { phrases: PATTERNS("不得出现的短语，每出现一次记一条问题", "Forbidden phrases; each occurrence is a finding") },
    required: ["phrases"],
  },
  occurrence: {
    properties: {
      phrases: PATTERNS("要数的短语", "Phrases to count"),
      min: { type: "integer", minimum: 0, ...doc("至少出现几次", "At least this many") },
      max: { type: "integer", minimum: 0, ...doc("至多出现几次", "At most this many") },
      countBy: WITHIN(
        ["occurrence", "phrase"],
        "occurrence：每出现一次算一次（默认）；phrase：每个不同的短语只算一次",
        "occurrence: every occurrence counts (default); phrase: each distinct phrase counts once",
      ),
    },
    required: ["phrases"],
  },
  "outline-part": {
    properties: {
      part: { enum: [...OUTLINE_PARTS], ...doc("提纲部分", "The outline part") },
      headingPhrases: PATTERNS("标题中含有其一即算“有专门标题”", "A heading containing one of these = the part has its own heading"),
      inlinePhrases: PATTERNS("没有标题时，正文中含有其一即算“在正文中提到”", "Without a heading, body text containing one of these = mentioned inline"),
      scores: {
        type: "object",
        ...doc("三种情况各得几分（默认 heading 1、inline 0.5、absent 0）", "Score per status (default heading 1, inline 0.5, absent 0)"),
        properties: { heading: SCORE, inline: SCORE, absent: SCORE },
        additionalProperties: false,
      },
    },
    required: ["part", "headingPhrases"],
  },
  indicator: {
    properties: {
      labels: PATTERNS("指标名称，数字前面或数字所属的名称含有其一即可，如 出庭应诉率", "Indicator labels, e.g. 出庭应诉率"),
      unit: {
        ...doc("只取这个单位的数，如 \"%\"、\"件\"（可写一个或一组）", "Only numbers in this unit, e.g. \"%\" or \"件\" (one or a list)"),
        if: { type: "string" },
        then: { type: "string", minLength: 1 },
        else: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
      },
      kinds: {
        type: "array",
        minItems: 1,
        items: { enum: [...INDICATOR_NUMBER_KINDS] },
        ...doc("只取这些类型的数：rate 比率、count 数量、money 金额、score 分数。同比变化（同比上升 X%）永远不取。", "Number kinds to take; changes (同比上升 X%) are never taken."),
      },
      window: { type: "integer", minimum: 1, maximum: 200, ...doc("名称与数字之间最多隔几个字（默认 30）", "Max characters between label and number (default 30)") },
      approx: WITHIN(["accept", "reject"], "accept：“98%以上”“约24%”也算（默认）；reject：不取约数和上下限", "accept approximate/bounded numbers (default) or reject them"),
      missingMessage: {
        ...LOCALIZED,
        ...zhEn(
          "报告没写这个指标、按 whenMissing: zero 记 0 分时的提示，可用 {labels}（不写则用通用提示）",
          "Message when the indicator is not stated and whenMissing is zero; may use {labels} (a generic one otherwise)",
        ),
      },
      whenMissing: WITHIN(
        ["zero", "notApplicable", "ignore"],
        "报告没写这个指标时：zero 记 0 分并提示（默认）；notApplicable 不适用、不计权重；ignore 不评分",
        "When the report does not state it: zero (default), notApplicable (weight 0) or ignore (no score)",
      ),
      bands: {
        type: "array",
        minItems: 1,
        ...doc(
          "评分档：{ min: 95%, score: 1 } 表示达到 95% 得 1 分（取达到的最高一档）；{ max: 10%, score: 1 } 表示不超过 10% 得 1 分（取最低一档）；同时写 min 和 max 表示区间。各档不得重叠；不在任何一档得 0 分。",
          "Bands: { min, score } = at least min (the highest reached applies); { max, score } = at most max (the lowest applies); both = a range. Bands must not overlap; a value in no band scores 0.",
        ),
        items: {
          type: "object",
          properties: { min: THRESHOLD, max: THRESHOLD, score: SCORE },
          required: ["score"],
          additionalProperties: false,
        },
      },
    },
    required: ["labels"],
  },
  arithmetic: {
    properties: {
      whole: ONE_OR_MANY("总数的名称，如 收到行政复议申请（几种说法时写成列表）", "Label of the total (a list for alternatives)"),
      parts: {
        type: "array",
        minItems: 2,
        items: ONE_OR_MANY("一个分项的名称（几种说法时写成列表）", "Label of one part (a list for alternatives)"),
        ...doc("各分项的名称，如 [受理, 不予受理]；各分项相加应等于总数", "Labels of the parts, e.g. [受理, 不予受理]; they must add up to the whole"),
      },
      rate: {
        type: "object",
        ...doc("比率核算：写明的比率应等于 分子 ÷ 分母", "Rate check: the stated rate must equal numerator ÷ denominator"),
        properties: {
          numerator: ONE_OR_MANY("分子的名称", "Numerator label(s)"),
          denominator: ONE_OR_MANY("分母的名称", "Denominator label(s)"),
          stated: ONE_OR_MANY("写明的比率的名称，如 纠错率", "Label(s) of the stated rate"),
        },
        required: ["numerator", "denominator", "stated"],
        additionalProperties: false,
      },
      tolerance: {
        ...doc(
          "允许误差：auto 按写明数字的末位算半个单位（写 98% 时 97.5%–98.5% 都算对，默认）；也可写数或 \"0.5%\"",
          "Tolerance: auto = half a unit of the stated number's last digit (default); or a number, or \"0.5%\"",
        ),
        if: { type: "string" },
        then: { anyOf: [{ const: "auto" }, { pattern: "^\\d+(\\.\\d+)?%$" }] },
        else: { type: "number", minimum: 0 },
      },
      within: WITHIN(["sentence", "paragraph"], "各数字须在同一句（sentence）或同一段（paragraph，默认）", "Numbers must share a sentence or a paragraph (default)"),
    },
    required: [],
  },
  conditional: {
    properties: {
      if: {
        type: "object",
        ...doc("条件：报告写到这些短语之一时…", "Condition: when the report mentions one of these…"),
        properties: { phrases: PATTERNS("条件短语", "Condition phrases") },
        required: ["phrases"],
        additionalProperties: false,
      },
      then: {
        type: "object",
        ...doc("…就必须在同一范围内写到这些短语之一", "…one of these must appear in the same unit"),
        properties: { phrases: PATTERNS("必须跟着写到的短语", "Required phrases") },
        required: ["phrases"],
        additionalProperties: false,
      },
      within: WITHIN(
        ["sentence", "paragraph", "section", "report"],
        "“同一范围”指同一句、同一段（默认）、同一节或全文",
        "The unit: sentence, paragraph (default), section or the whole report",
      ),
    },
    required: ["if", "then"],
  },
};

function kindBranch(kind: RuleKind) {
  const spec = PER_KIND[kind];
  return {
    if: { properties: { kind: { const: kind } }, required: ["kind"] },
    then: {
      properties: { ...COMMON, ...spec.properties },
      required: spec.required,
      additionalProperties: false,
    },
  };
}

export const ruleFileJsonSchema: object = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://fazhi.dev/schema/rule-file.json",
  title: "fazhi 声明式规则文件 / fazhi declarative rule file",
  description:
    "一个文件写一条规则，读起来应当像它所执行的规定。每条规则都要带正例和反例。\nOne rule per file; it should read like the policy it enforces. Every rule carries pass and fail examples.",
  type: "object",
  properties: COMMON,
  required: ["id", "kind", "title", "message", "examples"],
  allOf: KINDS.map(kindBranch),
};

/** Keys a kind accepts (common + its own), for messages. */
export function keysOf(kind: RuleKind): string[] {
  return [...Object.keys(COMMON), ...Object.keys(PER_KIND[kind].properties)];
}

// ---- The rule file as TypeScript sees it after validation ----

export type LocalizedInput = string | { zh: string; en: string };
export type PatternInput = string | { regex: string };
export type ThresholdInput = number | string;
export type OneOrMany = PatternInput | PatternInput[];

export interface RuleFileBase {
  id: string;
  kind: RuleKind;
  title: LocalizedInput;
  description?: LocalizedInput;
  message: LocalizedInput;
  level?: "off" | "info" | "warn" | "error";
  version?: string;
  scope?: { part?: (typeof OUTLINE_PARTS)[number]; heading?: string | PatternInput[] };
  examples: { pass: string[]; fail: string[] };
}

export interface PresenceFile extends RuleFileBase {
  kind: "presence";
  phrases: PatternInput[];
  match?: "any" | "all";
}
export interface AbsenceFile extends RuleFileBase {
  kind: "absence";
  phrases: PatternInput[];
}
export interface OccurrenceFile extends RuleFileBase {
  kind: "occurrence";
  phrases: PatternInput[];
  min?: number;
  max?: number;
  countBy?: "occurrence" | "phrase";
}
export interface OutlinePartFile extends RuleFileBase {
  kind: "outline-part";
  part: (typeof OUTLINE_PARTS)[number];
  headingPhrases: PatternInput[];
  inlinePhrases?: PatternInput[];
  scores?: { heading?: number; inline?: number; absent?: number };
}
export interface BandInput {
  min?: ThresholdInput;
  max?: ThresholdInput;
  score: number;
}
export interface IndicatorFile extends RuleFileBase {
  kind: "indicator";
  labels: PatternInput[];
  unit?: string | string[];
  kinds?: Array<(typeof INDICATOR_NUMBER_KINDS)[number]>;
  window?: number;
  approx?: "accept" | "reject";
  whenMissing?: "zero" | "notApplicable" | "ignore";
  missingMessage?: LocalizedInput;
  bands?: BandInput[];
}
export interface ArithmeticFile extends RuleFileBase {
  kind: "arithmetic";
  whole?: OneOrMany;
  parts?: OneOrMany[];
  rate?: { numerator: OneOrMany; denominator: OneOrMany; stated: OneOrMany };
  tolerance?: "auto" | number | string;
  within?: "sentence" | "paragraph";
}
export interface ConditionalFile extends RuleFileBase {
  kind: "conditional";
  if: { phrases: PatternInput[] };
  then: { phrases: PatternInput[] };
  within?: "sentence" | "paragraph" | "section" | "report";
}

export type RuleFile = PresenceFile | AbsenceFile | OccurrenceFile | OutlinePartFile | IndicatorFile | ArithmeticFile | ConditionalFile;
