import type { CategoryResult, CheckResult, FindingResult, ReportResult, Result } from "@fazhi/result";

/**
 * A hand-built result for the reporters' tests. It validates against `ResultSchema` and holds what a
 * renderer must cope with: two cohorts (county, township) plus the "unknown" cohort of an unreadable file,
 * a tie (two counties at 90.0 share position 1), an error report, a not-applicable check, an incomplete
 * category (a crashed check), Traditional text, mixed report years, and hostile text in evidence, file
 * names and issuers (`<script>`, `<img onerror>`, `=cmd|' /C calc'!A0`, Markdown `|`, `[`, `*`).
 */

export const XSS_SCRIPT = "<script>window.__xss=1;alert(1)</script>";
export const XSS_IMG = `<img src=x onerror="window.__xss=2;alert(1)">`;
export const CSV_INJECTION = "=cmd|' /C calc'!A0";
export const TRADITIONAL = "本縣行政機關負責人出庭應訴率達到100%，復議糾錯率為零。";

const TITLES = {
  measures: { zh: "写明主要举措和成效", en: "Main measures and results stated" },
  shortcomings: { zh: "分析存在的不足及原因", en: "Shortcomings and their causes analysed" },
  head: { zh: "行政机关负责人出庭应诉率", en: "Rate of court appearance by agency heads" },
  correction: { zh: "行政复议纠错率", en: "Administrative reconsideration correction rate" },
  deadline: { zh: "按期（次年4月1日前）公开", en: "Published before 1 April of the following year" },
  length: { zh: "报告篇幅", en: "Report length" },
};

const RULES = {
  measures: "outline/measures-present",
  shortcomings: "outline/shortcomings-causes",
  head: "indicators/head-appearance-rate",
  correction: "indicators/reconsideration-correction-rate",
  deadline: "disclosure/published-by-deadline",
  length: "example/min-length",
} as const;

function finding(ruleId: string, zh: string, en: string, evidence: FindingResult["evidence"], severity: FindingResult["severity"] = "warn"): FindingResult {
  return { ruleId, messageId: "default", message: { zh, en }, severity, evidence };
}

function check(title: CheckResult["title"], score: number | null, extra: Partial<CheckResult> = {}): CheckResult {
  return {
    score,
    scoreMode: score === null ? "notApplicable" : "numeric",
    level: "warn",
    title,
    findings: [],
    evidence: [],
    durationMs: 1.5,
    ...extra,
  };
}

type Ref = { id: string; weight: number; score: number | null; applicable?: boolean };

/** A category computed the way engine/src/scoring.ts does, so the fixture stays self-consistent. */
function category(title: CategoryResult["title"], weight: number, refs: Ref[], crashed = false): CategoryResult {
  const applicable = refs.filter((r) => r.applicable !== false);
  const weightSum = applicable.reduce((s, r) => s + r.weight, 0);
  const status: CategoryResult["status"] = crashed ? "incomplete" : applicable.length === 0 ? "notApplicable" : "scored";
  const score = status === "scored" ? applicable.reduce((s, r) => s + (r.score ?? 0) * r.weight, 0) / weightSum : null;
  return {
    title,
    weight,
    score,
    status,
    passed: applicable.filter((r) => r.score !== null && r.score >= 0.9).length,
    total: applicable.length,
    checkRefs: refs.map((r) => {
      const effectiveWeight = r.applicable === false ? 0 : r.weight;
      return { id: r.id, weight: r.weight, effectiveWeight, contribution: status === "scored" ? ((r.score ?? 0) * effectiveWeight) / weightSum : null };
    }),
  };
}

const META = {
  addressee: null,
  documentNumber: null,
  signedDate: null,
  publishedDate: null,
  script: "simplified" as const,
  pageChrome: false,
  encodingDamage: [],
  truncated: false,
};

function report(file: string, partial: Partial<ReportResult> & Pick<ReportResult, "meta">): ReportResult {
  return {
    file,
    sha256: "0".repeat(63) + String(file.length % 10),
    checks: {},
    categories: {},
    total: { score: null, grade: null },
    rank: null,
    diagnostics: [],
    error: null,
    cached: false,
    ...partial,
  };
}

/** Three categories: structure 40, indicators 40, disclosure 20. */
function scored(s: { measures: number; shortcomings: number; head: number | null; correction: number | null; deadline: number }, crashedHead = false) {
  return {
    structure: category({ zh: "结构", en: "Structure" }, 40, [
      { id: RULES.measures, weight: 1, score: s.measures },
      { id: RULES.shortcomings, weight: 1, score: s.shortcomings },
    ]),
    indicators: category(
      { zh: "指标", en: "Indicators" },
      40,
      [
        { id: RULES.head, weight: 2, score: s.head },
        { id: RULES.correction, weight: 1, score: s.correction, applicable: s.correction !== null },
      ],
      crashedHead,
    ),
    disclosure: category({ zh: "公开", en: "Disclosure" }, 20, [{ id: RULES.deadline, weight: 1, score: s.deadline }]),
  };
}

const donghu = report("reports/county/东湖区.txt", {
  meta: { ...META, issuer: "江州市东湖区人民政府", level: "county", reportYear: 2023, addressee: "江州市人民政府", documentNumber: "东政发〔2024〕7号", publishedDate: "2024-03-20" },
  checks: {
    [RULES.measures]: check(TITLES.measures, 1, { evidence: [{ line: 3, text: "一、2023年度推进法治政府建设的主要举措和成效" }] }),
    [RULES.shortcomings]: check(TITLES.shortcomings, 0.5, {
      findings: [
        finding(RULES.shortcomings, "不足部分没有分析原因", "The shortcomings are not analysed for their causes", [
          { line: 41, text: `网页代码 ${XSS_SCRIPT} 不应执行` },
          { line: 42, text: `图片 ${XSS_IMG} 也不应执行` },
        ]),
      ],
    }),
    [RULES.head]: check(TITLES.head, 1, { value: 1, displayValue: { zh: "100%", en: "100%" }, evidence: [{ line: 20, text: "行政机关负责人出庭应诉率100%" }] }),
    [RULES.correction]: check(TITLES.correction, null, { displayValue: { zh: "本年度无复议案件", en: "No reconsideration cases this year" } }),
    [RULES.deadline]: check(TITLES.deadline, 1),
    [RULES.length]: check(TITLES.length, null, { scoreMode: "informative", level: "info", value: 5210, displayValue: { zh: "5210字", en: "5210 characters" } }),
  },
  categories: scored({ measures: 1, shortcomings: 0.5, head: 1, correction: null, deadline: 1 }),
  total: { score: 90, grade: "优秀" },
  rank: { cohort: "county", position: 1, of: 3 },
});

const xishan = report("reports/county/西山县 [2023] *终稿*.txt", {
  meta: { ...META, issuer: "西山县人民政府", level: "county", reportYear: 2023 },
  checks: {
    [RULES.measures]: check(TITLES.measures, 1),
    [RULES.shortcomings]: check(TITLES.shortcomings, 0.5, {
      findings: [
        finding(RULES.shortcomings, "不足部分过于笼统：| 表格 | 分隔 |", "Shortcomings too vague: | table | pipes |", [{ line: 12, text: CSV_INJECTION }]),
        finding(RULES.shortcomings, "存在“+1”式表述", "Contains a '+1'-style phrase", [{ line: 13, text: "+1 @SUM(A1) -2 # 标题 `代码` _强调_ [链接](https://example.gov.cn) 详见 https://example.gov.cn" }], "info"),
        // A quote from a long line (a report read as one line) gives its column.
        finding(RULES.shortcomings, "问题分析只有一句", "The analysis is one sentence", [{ line: 1, column: 215, text: "存在的问题主要是部分执法人员素质有待提高" }], "info"),
      ],
    }),
    [RULES.head]: check(TITLES.head, 1),
    [RULES.correction]: check(TITLES.correction, null),
    [RULES.deadline]: check(TITLES.deadline, 1),
    [RULES.length]: check(TITLES.length, null, { scoreMode: "informative", level: "info" }),
  },
  categories: scored({ measures: 1, shortcomings: 0.5, head: 1, correction: null, deadline: 1 }),
  total: { score: 90, grade: "优秀" },
  rank: { cohort: "county", position: 1, of: 3 },
});

const guangshan = report("reports/county/光山县.txt", {
  meta: { ...META, issuer: "光山县人民政府", level: "county", reportYear: 2022 },
  checks: {
    [RULES.measures]: check(TITLES.measures, 1),
    [RULES.shortcomings]: check(TITLES.shortcomings, 0, {
      scoreMode: "binary",
      findings: [finding(RULES.shortcomings, "没有写明存在的不足", "No shortcomings stated", [], "error")],
    }),
    [RULES.head]: check(TITLES.head, 0.5, { value: 0.5, displayValue: { zh: "50%", en: "50%" } }),
    [RULES.correction]: check(TITLES.correction, 0.8),
    [RULES.deadline]: check(TITLES.deadline, 0, {
      scoreMode: "binary",
      findings: [finding(RULES.deadline, "公开日期晚于次年4月1日", "Published after 1 April of the following year", [{ line: 2, text: "发布日期：2023-05-06" }])],
    }),
    [RULES.length]: check(TITLES.length, null, { scoreMode: "informative", level: "info" }),
  },
  categories: scored({ measures: 1, shortcomings: 0, head: 0.5, correction: 0.8, deadline: 0 }),
  total: { score: 44, grade: "不合格" },
  rank: { cohort: "county", position: 3, of: 3 },
});

const huangchuan = report("reports/county/潢川縣.txt", {
  meta: { ...META, issuer: "潢川縣人民政府", level: "county", reportYear: 2023, script: "traditional", encodingDamage: [{ line: 7, text: "��政府" }] },
  checks: {
    [RULES.measures]: check(TITLES.measures, 1, { evidence: [{ line: 5, text: TRADITIONAL }] }),
    [RULES.shortcomings]: check(TITLES.shortcomings, 1),
    [RULES.head]: check(TITLES.head, null, { scoreMode: "error", error: { code: "crash", message: "TypeError: Cannot read properties of undefined (reading 'value')" } }),
    [RULES.correction]: check(TITLES.correction, 1),
    [RULES.deadline]: check(TITLES.deadline, 1),
    [RULES.length]: check(TITLES.length, null, { scoreMode: "informative", level: "info" }),
  },
  categories: scored({ measures: 1, shortcomings: 1, head: null, correction: 1, deadline: 1 }, true),
  diagnostics: [{ code: "encoding-damage", severity: "warning", message: { zh: "第7行有乱码", en: "Garbled text on line 7" }, line: 7 }],
});

const beitang = report("reports/township/北塘镇.txt", {
  meta: { ...META, issuer: "北塘镇人民政府", level: "township", reportYear: 2023, addressee: "南江市人民政府" },
  checks: {
    [RULES.measures]: check(TITLES.measures, 1),
    [RULES.shortcomings]: check(TITLES.shortcomings, 1),
    [RULES.head]: check(TITLES.head, 1),
    [RULES.correction]: check(TITLES.correction, 1),
    [RULES.deadline]: check(TITLES.deadline, 1),
    [RULES.length]: check(TITLES.length, null, { scoreMode: "informative", level: "info" }),
  },
  categories: scored({ measures: 1, shortcomings: 1, head: 1, correction: 1, deadline: 1 }),
  total: { score: 100, grade: "优秀" },
  rank: { cohort: "township", position: 1, of: 1 },
});

const broken = report("reports/<b>坏</b>=1+1.pdf", {
  meta: { ...META, issuer: null, level: null, reportYear: null },
  error: { code: "unreadable", message: { zh: "无法读取：PDF 已损坏 <b>", en: "Could not be read: the PDF is damaged <b>" } },
});

export const fixtureResult: Result = {
  schemaVersion: 1,
  tool: { name: "fazhi", version: "0.1.0-test" },
  profile: { id: "recommended", version: "2024.1", hash: "c765db6c0874da4722b58c12e921f45cc8f09646f1545c75ae1bebbd45bb157f" },
  reports: [donghu, xishan, guangshan, huangchuan, beitang, broken],
  rankings: [
    {
      key: "county",
      cohort: { level: "county" },
      tieBreakers: [],
      notices: [
        {
          code: "mixed-years",
          message: {
            zh: "本组包含不同年度的报告（2022、2023），跨年度比较请谨慎；可在 ranking.cohortBy 中加入 reportYear 分开排名。",
            en: "This cohort mixes reports from different years (2022, 2023); compare across years with care, or add reportYear to ranking.cohortBy to rank each year separately.",
          },
        },
      ],
      entries: [
        { file: donghu.file, issuer: donghu.meta.issuer, score: 90, position: 1, flag: null },
        { file: xishan.file, issuer: xishan.meta.issuer, score: 90, position: 1, flag: null },
        { file: guangshan.file, issuer: guangshan.meta.issuer, score: 44, position: 3, flag: null },
        { file: huangchuan.file, issuer: huangchuan.meta.issuer, score: null, position: null, flag: "incomplete" },
      ],
    },
    {
      key: "township",
      cohort: { level: "township" },
      tieBreakers: [],
      notices: [],
      entries: [{ file: beitang.file, issuer: beitang.meta.issuer, score: 100, position: 1, flag: null }],
    },
    {
      key: "unknown",
      cohort: { level: null },
      tieBreakers: [],
      notices: [],
      entries: [{ file: broken.file, issuer: null, score: null, position: null, flag: "error" }],
    },
  ],
  summary: { reports: 6, scored: 5, errors: 1, cached: 0 },
};
