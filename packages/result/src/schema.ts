import { z } from "zod";
import { EvidenceSchema, LevelSchema, LocalizedSchema, MetaSchema } from "@fazhi/core";
import type { ReportHead } from "./views.js";

/**
 * The result contract of DESIGN §5: `fazhi score --format json` prints one `Result`. Reporters, the TUI and
 * other tools read only this. Its JSON Schema is published by `fazhi schema result`.
 */

export const FindingSchema = z.object({
  ruleId: z.string(),
  messageId: z.string(),
  message: LocalizedSchema,
  severity: z.enum(["info", "warn", "error"]),
  evidence: z.array(EvidenceSchema),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const ScoreModeSchema = z.enum([
  "binary", // 1 with no findings, 0 with any (visitor-only rules)
  "numeric", // a 0–1 score from evaluate() or from scheme scoring of a value
  "informative", // runs and reports, not scored (not in any category)
  "notApplicable", // weight 0 in its category, shown as such
  "error", // the rule threw or ran out of time: its category is incomplete
]);

export const CheckResultSchema = z.object({
  score: z.number().min(0).max(1).nullable(),
  scoreMode: ScoreModeSchema,
  level: z.enum(["info", "warn", "error"]),
  title: LocalizedSchema,
  value: z.unknown().optional(),
  displayValue: z.union([z.string(), LocalizedSchema]).optional(),
  findings: z.array(FindingSchema),
  evidence: z.array(EvidenceSchema),
  error: z.object({ code: z.enum(["crash", "timeout", "missing-fact"]), message: z.string() }).optional(),
  durationMs: z.number().optional(),
});

export const CheckRefResultSchema = z.object({
  id: z.string(),
  weight: z.number(),
  /** 0 when not applicable; otherwise the weight. */
  effectiveWeight: z.number(),
  /** The check's contribution to the category: score × effectiveWeight / Σ effectiveWeight. */
  contribution: z.number().nullable(),
});

export const CategoryResultSchema = z.object({
  title: LocalizedSchema,
  weight: z.number(),
  /** 0–1 weighted mean of its scored checks; null when incomplete or nothing applies. */
  score: z.number().min(0).max(1).nullable(),
  status: z.enum(["scored", "incomplete", "notApplicable"]),
  /** Checks scoring ≥ 0.9. */
  passed: z.number().int(),
  /** Applicable checks. */
  total: z.number().int(),
  checkRefs: z.array(CheckRefResultSchema),
});

export const IndicatorResultSchema = z.object({
  id: z.string(),
  value: z.number(),
  unit: z.string(),
  basis: z.enum(["stated", "implied", "computed"]),
  approx: z.boolean(),
  evidence: EvidenceSchema,
  /** The value scored for this id (one per id); the other entries are further mentions (other years, scopes). */
  scored: z.boolean().optional(),
  /** Whole area, the body itself (本级), its subordinates, departments, the nation — when the text says so. */
  scope: z.enum(["whole", "own", "subordinate", "department", "nation"]).optional(),
  /** The year the text gives the value; "previous" for an earlier level given for comparison. */
  time: z.object({ relation: z.enum(["current", "previous", "change"]), year: z.number().int().nullable() }).optional(),
});

export const ConsistencyResultSchema = z.object({
  claim: z.string(),
  computed: z.number().nullable(),
  verdict: z.enum(["consistent", "inconsistent", "unverifiable"]),
  evidence: EvidenceSchema,
});

export const OutlinePartResultSchema = z.object({
  status: z.enum(["heading", "inline", "absent"]),
  canonicalTitle: z.boolean(),
  causesAnalysed: z.boolean().optional(),
  evidence: EvidenceSchema.nullable(),
});

export const FailedCheckSchema = z.object({
  rule: z.string(),
  title: LocalizedSchema,
  code: z.enum(["crash", "timeout", "missing-fact"]),
  /** The error of the first report (in file order) in which it failed. */
  message: z.string(),
  /** In how many reports it failed. */
  reports: z.number().int().positive(),
});

export const ReportResultSchema = z.object({
  file: z.string(),
  sha256: z.string(),
  /** A hash of the text as read, white space left out: the same report sent as .doc and .docx has one. */
  textSha256: z.string().optional(),
  meta: MetaSchema,
  /** Filled by the outline plugin's fact when loaded (issue: domain rules). */
  outline: z.record(z.string(), OutlinePartResultSchema).optional(),
  indicators: z.array(IndicatorResultSchema).optional(),
  consistency: z.array(ConsistencyResultSchema).optional(),
  checks: z.record(z.string(), CheckResultSchema),
  categories: z.record(z.string(), CategoryResultSchema),
  total: z.object({ score: z.number().min(0).max(100).nullable(), grade: z.string().nullable() }),
  rank: z.object({ cohort: z.string(), position: z.number().int().positive(), of: z.number().int().positive() }).nullable(),
  diagnostics: z.array(z.object({ code: z.string(), severity: z.enum(["info", "warning", "error"]), message: LocalizedSchema, line: z.number().optional() })),
  error: z.object({ code: z.string(), message: LocalizedSchema }).nullable(),
  cached: z.boolean(),
  timing: z.object({ readMs: z.number(), parseMs: z.number(), rulesMs: z.number() }).optional(),
});

export const RankingSchema = z.object({
  /** Stable key, e.g. "county" or "county|2023". */
  key: z.string(),
  cohort: z.object({ level: LevelSchema.nullable().optional(), reportYear: z.number().nullable().optional() }),
  tieBreakers: z.array(z.string()),
  notices: z.array(z.object({ code: z.string(), message: LocalizedSchema })),
  entries: z.array(
    z.object({
      file: z.string(),
      issuer: z.string().nullable(),
      score: z.number().nullable(),
      /** null: not ranked (error, incomplete scoring, or a second copy of a report) — listed, never silently dropped. */
      position: z.number().int().positive().nullable(),
      flag: z.enum(["error", "incomplete", "duplicate"]).nullable(),
      /** For a duplicate: the file ranked in its place (the first of the copies in file order). */
      duplicateOf: z.string().optional(),
    }),
  ),
});

export const ResultSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal("fazhi"), version: z.string() }),
  profile: z.object({ id: z.string(), version: z.string(), hash: z.string() }),
  reports: z.array(ReportResultSchema),
  rankings: z.array(RankingSchema),
  summary: z.object({
    reports: z.number().int(),
    scored: z.number().int(),
    /** Reports that could not be read or scored, or in which a check failed (`hasError`). */
    errors: z.number().int(),
    /** Each check that failed (crashed, timed out, lacked a fact) in any report, by rule; absent when none did. */
    failedChecks: z.array(FailedCheckSchema).optional(),
    cached: z.number().int(),
    durationMs: z.number().optional(),
  }),
});

export type Result = z.infer<typeof ResultSchema>;
export type ReportResult = z.infer<typeof ReportResultSchema>;
export type CheckResult = z.infer<typeof CheckResultSchema>;
export type CategoryResult = z.infer<typeof CategoryResultSchema>;
export type Ranking = z.infer<typeof RankingSchema>;
export type FindingResult = z.infer<typeof FindingSchema>;
export type FailedCheck = z.infer<typeof FailedCheckSchema>;

/** A report counts as an error when it could not be read or scored, or when one of its checks failed. */
export function hasError(report: ReportHead): boolean {
  return report.error !== null || Object.values(report.checks).some((c) => c.error !== undefined);
}

/** The checks that failed, one entry per rule (in rule-id order), over reports in the order given. */
export function failedChecks(reports: readonly ReportHead[]): FailedCheck[] {
  const byRule = new Map<string, FailedCheck>();
  for (const report of reports) {
    for (const [rule, check] of Object.entries(report.checks)) {
      if (!check.error) continue;
      const known = byRule.get(rule);
      if (known) known.reports++;
      else byRule.set(rule, { rule, title: check.title, code: check.error.code, message: check.error.message, reports: 1 });
    }
  }
  return [...byRule.values()].sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** "共 5 份报告，已评分 4 份，出错 1 份" — the summary line every renderer shows (each adds its own extras). */
export function summaryLine(summary: Result["summary"]): { zh: string; en: string } {
  return {
    zh: `共 ${summary.reports} 份报告，已评分 ${summary.scored} 份，出错 ${summary.errors} 份`,
    en: `${summary.reports} report(s): ${summary.scored} scored, ${summary.errors} with errors`,
  };
}

/** One line per failed check: its title (its id when it has none), in how many reports, and why. */
export function failedCheckLines(summary: Result["summary"]): Array<{ zh: string; en: string }> {
  const why = { crash: { zh: "运行出错", en: "crashed" }, timeout: { zh: "超时", en: "timed out" }, "missing-fact": { zh: "缺少所需事实", en: "lacked a fact it needs" } } as const;
  return (summary.failedChecks ?? []).map((f) => {
    const name = (lang: "zh" | "en") => (f.title[lang].trim() === "" ? f.rule : f.title[lang]);
    return {
      zh: `检查“${name("zh")}”${why[f.code].zh}（${f.reports} 份报告，该项及其类别未完成评分）：${f.message}`,
      en: `The check "${name("en")}" ${why[f.code].en} (in ${f.reports} report(s); it and its category are not scored): ${f.message}`,
    };
  });
}

/** The published JSON Schema of the result (`fazhi schema result`). */
export function resultJsonSchema(): object {
  return { $id: "https://fazhi.dev/schema/result.schema.json", ...z.toJSONSchema(ResultSchema, { target: "draft-7", unrepresentable: "any" }) };
}
