import { ResultSchema, type CheckResult, type ReportResult, type Result } from "@fazhi/engine";

const meta = (issuer: string | null, level: ReportResult["meta"]["level"], year: number | null): ReportResult["meta"] => ({
  issuer,
  level,
  reportYear: year,
  addressee: null,
  documentNumber: null,
  signedDate: null,
  publishedDate: null,
  script: "simplified",
  pageChrome: false,
  encodingDamage: [],
  truncated: false,
});

const check = (title: string, score: number | null, findings: CheckResult["findings"] = [], scoreMode: CheckResult["scoreMode"] = "numeric"): CheckResult => ({
  score,
  scoreMode,
  level: "warn",
  title: { zh: title, en: `${title} (en)` },
  findings,
  evidence: [],
});

const finding = (ruleId: string, zh: string, line: number, text: string): CheckResult["findings"][number] => ({
  ruleId,
  messageId: "m",
  message: { zh, en: `EN ${zh}` },
  severity: "warn",
  evidence: [{ line, text }],
});

function report(file: string, issuer: string | null, level: ReportResult["meta"]["level"], year: number, scores: [number, number, number], total: number, grade: string): ReportResult {
  const [a, b, c] = scores;
  return {
    file,
    sha256: "0".repeat(64),
    meta: meta(issuer, level, year),
    checks: {
      "demo/structure": check("结构完整", a, a < 1 ? [finding("demo/structure", "缺少“存在的不足和原因”部分", 12, "二、存在的问题")] : []),
      "demo/rate": check("行政机关负责人出庭应诉率", b, b < 1 ? [finding("demo/rate", "出庭应诉率低于要求", 40, "行政机关负责人出庭应诉率为82.14%")] : []),
      "demo/public": check("按时公开", c),
      "demo/length": check("报告篇幅", null, [], "informative"),
    },
    categories: {
      structure: { title: { zh: "结构完整性", en: "Structure" }, weight: 40, score: a, status: "scored", passed: a >= 0.9 ? 1 : 0, total: 1, checkRefs: [{ id: "demo/structure", weight: 1, effectiveWeight: 1, contribution: a }] },
      indicators: { title: { zh: "指标披露", en: "Indicators" }, weight: 40, score: b, status: "scored", passed: b >= 0.9 ? 1 : 0, total: 1, checkRefs: [{ id: "demo/rate", weight: 1, effectiveWeight: 1, contribution: b }] },
      publication: { title: { zh: "公开与形式", en: "Publication" }, weight: 20, score: c, status: "scored", passed: c >= 0.9 ? 1 : 0, total: 1, checkRefs: [{ id: "demo/public", weight: 1, effectiveWeight: 1, contribution: c }] },
    },
    total: { score: total, grade },
    rank: null,
    diagnostics: [],
    error: null,
    cached: false,
  };
}

export const LONG_ISSUER = "新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县人民政府";

/** Two cohorts, a long Han issuer, an unreadable file, an incomplete report and mixed-year notices. */
export function fixtureResult(): Result {
  const reports: ReportResult[] = [
    report("r/a.txt", "江州市东湖区人民政府", "county", 2023, [1, 0.8, 1], 92, "优秀"),
    report("r/b.txt", LONG_ISSUER, "county", 2022, [0, 0.6, 1], 44, "不合格"),
    report("r/c.txt", "西山县人民政府", "county", 2023, [1, 1, 0.5], 90, "优秀"),
    report("r/d.txt", "北塘镇人民政府", "township", 2023, [1, 1, 1], 100, "优秀"),
    { ...report("r/e.txt", "西塘镇人民政府", "township", 2024, [0.5, 0.5, 0.5], 0, "不合格"), total: { score: null, grade: null } },
    {
      ...report("r/f.txt", null, null, 2023, [0, 0, 0], 0, "不合格"),
      meta: meta(null, null, null),
      checks: {},
      categories: {},
      total: { score: null, grade: null },
      error: { code: "empty", message: { zh: "文件是空的", en: "The file is empty" } },
    },
  ];
  const result: Result = {
    schemaVersion: 1,
    tool: { name: "fazhi", version: "0.0.0-test" },
    profile: { id: "test", version: "1", hash: "x" },
    reports,
    rankings: [
      {
        key: "county",
        cohort: { level: "county" },
        tieBreakers: [],
        notices: [{ code: "mixed-years", message: { zh: "本组包含不同年度的报告（2022、2023），跨年度比较请谨慎。", en: "This cohort mixes years (2022, 2023)." } }],
        entries: [
          { file: "r/a.txt", issuer: "江州市东湖区人民政府", score: 92, position: 1, flag: null },
          { file: "r/c.txt", issuer: "西山县人民政府", score: 90, position: 2, flag: null },
          { file: "r/b.txt", issuer: LONG_ISSUER, score: 44, position: 3, flag: null },
        ],
      },
      {
        key: "township",
        cohort: { level: "township" },
        tieBreakers: [],
        notices: [],
        entries: [
          { file: "r/d.txt", issuer: "北塘镇人民政府", score: 100, position: 1, flag: null },
          { file: "r/e.txt", issuer: "西塘镇人民政府", score: null, position: null, flag: "incomplete" },
        ],
      },
      { key: "unknown", cohort: { level: null }, tieBreakers: [], notices: [], entries: [{ file: "r/f.txt", issuer: null, score: null, position: null, flag: "error" }] },
    ],
    summary: { reports: 6, scored: 5, errors: 1, cached: 0 },
  };
  return ResultSchema.parse(result);
}
