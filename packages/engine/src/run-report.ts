/**
 * One report, start to finish: read (readers) → parse (core) → run every enabled rule (facts computed once
 * and shared) → score. Whatever goes wrong becomes part of the result — a read error is the report's
 * `error`, a rule that throws, hangs or lacks a fact is that check's `error` — and the run goes on.
 *
 * Facts as result sections: a fact that declares `fills: "outline"` (or "indicators", "consistency") fills
 * that section of the report's result, whatever the fact's id. The fact's value exposes the section either as
 * a `toResult()` method or a `result` field, shaped like @fazhi/result's `OutlinePartResultSchema` record,
 * `IndicatorResultSchema[]` or `ConsistencyResultSchema[]`. A section that does not match is left out and
 * said so in `diagnostics` (code "fact-result-invalid").
 */
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import { z } from "zod";
import { parseDocument, type ReportModel, type SourceDocument } from "@fazhi/core";
import { readReport, ReadError } from "@fazhi/readers";
import { FactError, factProviders, MissingFactError, ReportSession, runRule, type FactProviders, type Localized, type RuleOutcome } from "@fazhi/rule-kit";
import { decodeCached, type ResultCache } from "./cache.js";
import {
  ConsistencyResultSchema,
  IndicatorResultSchema,
  OutlinePartResultSchema,
  type CheckResult,
  type ReportResult,
} from "@fazhi/result";
import { roundTo, scoreReport, type RuleRun, appliesToLevel } from "./scoring.js";
import type { EnabledRule, ResolvedConfig } from "./types.js";

/** A rule's time limit when its `meta.timeLimitMs` says nothing. */
export const DEFAULT_RULE_TIME_LIMIT_MS = 2000;
/**
 * How far past its limit a rule may run before it counts as timed out. The pool's watch stops a worker
 * only after limit + grace, so that an async rule's own timer (at the limit) wins; a synchronous rule that
 * finishes later than that in-process is a timeout too, so both ways of running agree.
 */
export const HANG_GRACE_MS = 100;
/** Parsing one report taking longer than this is treated as a hang (pool only). */
export const DEFAULT_PARSE_TIME_LIMIT_MS = 30_000;

/** What is running now, for the worker's hang watch; null between steps. */
export type RunPhase = { kind: "parse"; limitMs: number } | { kind: "rule"; index: number; limitMs: number };

export interface RunReportOptions {
  config: ResolvedConfig;
  /** Path to read (absolute or relative to the process cwd). */
  path: string;
  /** The `file` field of the result: the path relative to the run's cwd, POSIX separators. */
  file: string;
  maxBytes?: number;
  defaultTimeLimitMs?: number;
  /** Rules already known to hang on this report: not run, their check is error/timeout. */
  timedOut?: ReadonlySet<string>;
  /** Told before and after each step (the worker writes it into shared memory for the main thread). */
  watch?: (phase: RunPhase | null) => void;
  cache?: ResultCache | null;
}

/** The enabled rules in the order they run (by id): the same in every worker, so an index names a rule. */
export function orderedRules(config: ResolvedConfig): EnabledRule[] {
  return [...config.rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function ruleTimeLimit(rule: EnabledRule, defaultTimeLimitMs = DEFAULT_RULE_TIME_LIMIT_MS): number {
  return rule.rule.meta.timeLimitMs ?? defaultTimeLimitMs;
}

export const EMPTY_META: ReportResult["meta"] = {
  issuer: null,
  level: null,
  reportYear: null,
  addressee: null,
  documentNumber: null,
  signedDate: null,
  publishedDate: null,
  script: "simplified",
  pageChrome: false,
  encodingDamage: [],
  truncated: false,
};

/** A report that could not be scored at all; it still appears in the output. */
export function errorReport(file: string, code: string, message: Localized, sha256 = ""): ReportResult {
  return {
    file,
    sha256,
    meta: EMPTY_META,
    checks: {},
    categories: {},
    total: { score: null, grade: null },
    rank: null,
    diagnostics: [],
    error: { code, message },
    cached: false,
  };
}

/** Read, parse, run and score one report file. Never throws for anything a report or a rule does. */
export async function runReport(options: RunReportOptions): Promise<ReportResult> {
  const { config, file } = options;
  const readStart = performance.now();
  let doc: SourceDocument;
  try {
    doc = await readReport(options.path, { maxBytes: options.maxBytes });
  } catch (err) {
    if (err instanceof ReadError) return errorReport(file, err.code, err.messages);
    const reason = messageOf(err);
    return errorReport(file, "read-failed", { zh: `无法读取 ${file}：${reason}`, en: `${file} could not be read: ${reason}` });
  }
  const readMs = performance.now() - readStart;

  const cached = await options.cache?.get(doc.source.sha256, file);
  if (cached) return decodeCached(cached);

  const parseStart = performance.now();
  let model: ReportModel;
  try {
    options.watch?.({ kind: "parse", limitMs: DEFAULT_PARSE_TIME_LIMIT_MS });
    model = parseDocument(doc);
  } catch (err) {
    const reason = messageOf(err);
    return errorReport(
      file,
      "parse-failed",
      { zh: `解析 ${file} 时出错：${reason}。请把该文件报告给 fazhi 的维护者。`, en: `Parsing ${file} failed: ${reason}. Please report this file to fazhi's maintainers.` },
      doc.source.sha256,
    );
  } finally {
    options.watch?.(null);
  }
  const parseMs = performance.now() - parseStart;

  const rulesStart = performance.now();
  const result = await scoreModel(model, { ...options, sha256: doc.source.sha256 });
  result.timing = { readMs: roundTo(readMs, 3), parseMs: roundTo(parseMs, 3), rulesMs: roundTo(performance.now() - rulesStart, 3) };
  await options.cache?.set(doc.source.sha256, result);
  return result;
}

const providersByConfig = new WeakMap<ResolvedConfig, FactProviders>();
/** The facts of a config's plugins, gathered once per config. */
function providersOf(config: ResolvedConfig): FactProviders {
  let providers = providersByConfig.get(config);
  if (!providers) providersByConfig.set(config, (providers = factProviders(config.plugins.map((p) => p.plugin))));
  return providers;
}

/** Run and score every enabled rule on a parsed report. */
export async function scoreModel(
  model: ReportModel,
  options: Pick<RunReportOptions, "config" | "file" | "defaultTimeLimitMs" | "timedOut" | "watch"> & { sha256: string },
): Promise<ReportResult> {
  const { config } = options;
  // One session per report: the query (it indexes the text once) and the facts, shared by every rule.
  const session = new ReportSession(model, { providers: providersOf(config), settings: config.settings });

  const runs = new Map<string, RuleRun>();
  const checks: Record<string, CheckResult> = {};
  const rules = orderedRules(config);
  prepareShared(rules, session, options.watch);
  for (let index = 0; index < rules.length; index++) {
    const enabled = rules[index]!;
    const { run, check } = await runCheck(enabled, index, session, options);
    runs.set(enabled.id, run);
    checks[enabled.id] = check;
  }

  const { checkScores, categories, total } = scoreReport(config.scheme, runs, model.meta.level);
  for (const [id, { score, scoreMode }] of checkScores) Object.assign(checks[id]!, { score, scoreMode });
  // A check the scheme does not apply to this level says so in the scorecard (the rule's own value stays).
  for (const ref of config.scheme.categories.flatMap((c) => c.checks)) {
    const check = checks[ref.rule];
    if (!check || appliesToLevel(ref, model.meta.level) || check.scoreMode !== "notApplicable") continue;
    check.displayValue = notForLevel(model.meta.level, ref.levels!);
    // Its findings (e.g. "no village legal-adviser coverage" for a bureau) would read as complaints: dropped.
    check.findings = [];
  }

  const diagnostics: ReportResult["diagnostics"] = model.diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    ...(d.line !== undefined ? { line: d.line } : {}),
  }));
  const sections = factSections(session, diagnostics);
  return {
    file: options.file,
    sha256: options.sha256,
    textSha256: createHash("sha256").update(model.text.replace(/\s+/g, "")).digest("hex"),
    meta: model.meta,
    ...sections,
    checks,
    categories,
    total,
    rank: null,
    diagnostics,
    error: null,
    cached: false,
  };
}

/**
 * The work rules share — the reading of the report and the facts the enabled rules require — done once
 * before the rules, under the parse time limit. A rule's own time limit then covers only the rule, not
 * whatever shared fact it happened to ask for first (on a very long report that alone can take seconds).
 * A failure is not reported here: the query is rebuilt, and a fact's error is remembered, for the rule
 * that asks for it.
 */
function prepareShared(rules: EnabledRule[], session: ReportSession, watch: RunReportOptions["watch"]): void {
  watch?.({ kind: "parse", limitMs: DEFAULT_PARSE_TIME_LIMIT_MS });
  try {
    session.query();
    // The facts the result's sections come from (computed for every report anyway; `scope.part` reads the
    // outline's), then those the enabled rules require.
    const ids = new Set([...session.sectionFacts(), ...rules.flatMap(({ rule }) => rule.meta.requires ?? [])]);
    for (const id of ids) {
      if (!session.has(id)) continue;
      try {
        session.fact(id);
      } catch {
        // remembered by the session; the rule that requires it reports it
      }
    }
  } catch {
    // the reading failed: each rule meets the same error and reports it
  } finally {
    watch?.(null);
  }
}

const LEVEL_ZH: Record<string, string> = { province: "省级", city: "市级", county: "县级", township: "乡镇（街道）", department: "政府部门" };
const LEVEL_EN: Record<string, string> = { province: "provincial", city: "city", county: "county", township: "township or street", department: "department" };

/** "不适用于政府部门的报告（本项只评省级、市级…报告）". */
function notForLevel(level: string | null, levels: readonly string[]): { zh: string; en: string } {
  if (level === null) {
    return {
      zh: `层级不明的报告按地方政府评，本项只评${levels.map((l) => LEVEL_ZH[l] ?? l).join("、")}报告`,
      en: `a report of unknown level is scored as a government's; this check applies to ${levels.map((l) => LEVEL_EN[l] ?? l).join(", ")} reports`,
    };
  }
  return {
    zh: `不适用于${LEVEL_ZH[level] ?? level}报告（本项只评${levels.map((l) => LEVEL_ZH[l] ?? l).join("、")}报告）`,
    en: `not applicable to a ${LEVEL_EN[level] ?? level} report (this check applies to ${levels.map((l) => LEVEL_EN[l] ?? l).join(", ")} reports)`,
  };
}

class TimeLimitError extends Error {
  constructor(readonly limitMs: number) {
    super(`time limit ${limitMs} ms exceeded`);
  }
}

async function runCheck(
  enabled: EnabledRule,
  index: number,
  session: ReportSession,
  options: Pick<RunReportOptions, "config" | "defaultTimeLimitMs" | "timedOut" | "watch">,
): Promise<{ run: RuleRun; check: CheckResult }> {
  const { rule, id, level } = enabled;
  const limitMs = ruleTimeLimit(enabled, options.defaultTimeLimitMs);
  const base = { score: null, scoreMode: "error" as const, level, title: rule.meta.title, findings: [], evidence: [] };
  const failed = (code: "crash" | "timeout" | "missing-fact", message: string, durationMs: number) => ({
    run: { hasEvaluate: rule.evaluate !== undefined, findingCount: 0, outcome: null, failed: true },
    check: { ...base, error: { code, message }, durationMs: roundTo(durationMs, 3) } satisfies CheckResult,
  });

  if (options.timedOut?.has(id)) return failed("timeout", timeoutMessage(limitMs, true), limitMs);
  const missing = (rule.meta.requires ?? []).find((f) => !session.has(f));
  if (missing) {
    return failed("missing-fact", `需要的事实“${missing}”没有插件提供 / requires fact "${missing}", but no loaded plugin provides it`, 0);
  }

  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    options.watch?.({ kind: "rule", index, limitMs });
    const running = runRule({ id, rule, session, options: enabled.options, level });
    // Only an async rule can be stopped here; a synchronous hang is the worker watch's job (pool.ts).
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeLimitError(limitMs)), limitMs);
    });
    const output = await Promise.race([running, timeout]);
    const elapsed = performance.now() - started;
    if (elapsed > limitMs + HANG_GRACE_MS) return failed("timeout", timeoutMessage(limitMs, false), elapsed);
    const outcome = output.outcome;
    const badScore = outcomeProblem(outcome);
    if (badScore) return failed("crash", badScore, performance.now() - started);
    const check: CheckResult = {
      ...base,
      scoreMode: "binary", // placeholder: scoreModel fills score and scoreMode from the scheme

      findings: output.findings,
      evidence: output.outcomeEvidence,
      durationMs: roundTo(performance.now() - started, 3),
    };
    if (outcome?.value !== undefined) check.value = outcome.value;
    if (outcome?.displayValue !== undefined) check.displayValue = outcome.displayValue;
    return { run: { hasEvaluate: rule.evaluate !== undefined, findingCount: output.findings.length, outcome, failed: false }, check };
  } catch (err) {
    const durationMs = performance.now() - started;
    if (err instanceof TimeLimitError) return failed("timeout", timeoutMessage(limitMs, false), durationMs);
    if (err instanceof MissingFactError || (err instanceof FactError && err.kind === "missing")) return failed("missing-fact", err.message, durationMs);
    return failed("crash", messageOf(err), durationMs);
  } finally {
    clearTimeout(timer);
    options.watch?.(null);
  }
}

function timeoutMessage(limitMs: number, stopped: boolean): string {
  return stopped
    ? `规则运行超过 ${limitMs} 毫秒仍未结束，已被中止 / the rule ran past its ${limitMs} ms limit and was stopped`
    : `规则未能在 ${limitMs} 毫秒内给出结果 / the rule gave no result within its ${limitMs} ms limit`;
}

function outcomeProblem(outcome: RuleOutcome | null): string | null {
  const score = outcome?.score;
  if (score === null || score === undefined) return null;
  if (typeof score !== "number" || !Number.isFinite(score) || score < 0 || score > 1) {
    return `evaluate() 返回的分数 ${String(score)} 不在 0–1 之间 / evaluate() returned score ${String(score)}, outside 0–1`;
  }
  return null;
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

const SECTION_SCHEMAS = {
  outline: z.record(z.string(), OutlinePartResultSchema),
  indicators: z.array(IndicatorResultSchema),
  consistency: z.array(ConsistencyResultSchema),
} as const;

type Sections = Partial<Pick<ReportResult, keyof typeof SECTION_SCHEMAS>>;

/** The result sections plugins provide through the facts that declare them (`fills`; see the file comment). */
function factSections(session: ReportSession, diagnostics: ReportResult["diagnostics"]): Sections {
  const sections: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(SECTION_SCHEMAS)) {
    const id = session.filling(name as keyof typeof SECTION_SCHEMAS);
    if (id === undefined) continue;
    let section: unknown;
    try {
      const value = session.fact(id) as { toResult?: () => unknown; result?: unknown } | null;
      section = typeof value?.toResult === "function" ? value.toResult() : value?.result;
    } catch (err) {
      diagnostics.push({
        code: "fact-failed",
        severity: "error",
        message: { zh: `事实“${name}”计算失败，结果中没有该部分：${messageOf(err)}`, en: `The fact "${name}" failed, so the result has no ${name} section: ${messageOf(err)}` },
      });
      continue;
    }
    if (section === undefined) continue; // the fact does not expose a result section
    const parsed = schema.safeParse(section);
    if (parsed.success) sections[name] = parsed.data;
    else {
      diagnostics.push({
        code: "fact-result-invalid",
        severity: "error",
        message: {
          zh: `事实“${name}”给出的结果不符合结果格式，已略去：${parsed.error.issues[0]?.message ?? ""}`,
          en: `The fact "${name}" gave a ${name} section that does not match the result format, so it was left out: ${parsed.error.issues[0]?.message ?? ""}`,
        },
      });
    }
  }
  return sections as Sections;
}
