import { isDeepStrictEqual } from "node:util";
import { AssertionError, deepStrictEqual } from "node:assert";
import { describe, it } from "vitest";
import { parseText, type Evidence, type ReportModel } from "@fazhi/core";
import { factProviders, ReportSession, runRule, RuleModuleSchema, type Finding, type Plugin, type RuleModule, type RunRuleOutput } from "@fazhi/rule-kit";
import { createAjv } from "@fazhi/user-files";
import { canonicalJson, deepFreeze, structuralHash } from "./freeze.js";

export interface RuleTesterDefaults {
  /** Settings every case sees (a case's own `settings` are merged over them). */
  settings?: Record<string, unknown>;
  /**
   * The plugins whose facts the rule reads: those in its `meta.requires`, and the one that fills the outline
   * when it scopes a query by `part`. They run as the engine runs them (one `ReportSession` per case).
   */
  plugins?: Plugin[];
}

export interface ValidCase {
  /** The report text, parsed with `parseText` from @fazhi/core. */
  text: string;
  /** Test title; defaults to the first 30 characters of the text. */
  name?: string;
  /** The rule's options; merged over `meta.defaultOptions` and validated against `meta.schema`. */
  options?: object;
  /** Merged over the tester's settings. */
  settings?: object;
  /**
   * Expected outcome score. Valid cases default to 1 (a visitor-only rule with no findings scores 1);
   * give `null` for a rule whose outcome leaves scoring to the scheme (`{ score: null, value }`).
   */
  score?: number | null;
  /** Expected outcome `value` (numbers compared to within 1e-6). */
  value?: unknown;
  /** Run only this case (vitest `it.only`), while debugging. */
  only?: boolean;
}

export interface ExpectedFinding {
  messageId: string;
  /** Line of the finding's first evidence. */
  line?: number;
  /** Some evidence of the finding quotes text containing this string (as written: Traditional stays Traditional). */
  evidence?: string;
  /** Each key given must equal the finding's `data[key]`. */
  data?: Record<string, unknown>;
}

export interface InvalidCase extends ValidCase {
  /** How many findings, or the findings in order (sorted by the line of their first evidence). */
  errors: number | ExpectedFinding[];
}

export interface RuleTests {
  valid: Array<string | ValidCase>;
  invalid: InvalidCase[];
}

export interface RunCaseInput {
  /** Full rule id, `namespace/id` (or the bare id). */
  ruleId: string;
  rule: RuleModule;
  kind: "valid" | "invalid";
  testCase: string | ValidCase | InvalidCase;
  defaults?: RuleTesterDefaults;
}

/** A test case or a rule module failed one of the tester's checks. */
export class RuleTesterError extends Error {
  override name = "RuleTesterError";
}

const ajv = createAjv();
const validators = new WeakMap<object, ReturnType<typeof ajv.compile>>();
const TOLERANCE = 1e-6;

/**
 * RuleTester for vitest, after ESLint's: `run()` registers a `describe` block with one `it` per case.
 * Every case is parsed, its options validated, and the rule run twice on a deep-frozen model; mutation,
 * nondeterminism, unknown messageIds, unfilled placeholders and evidence that does not quote the report
 * all fail the case.
 */
export class RuleTester {
  constructor(private readonly defaults: RuleTesterDefaults = {}) {}

  run(name: string, rule: RuleModule, tests: RuleTests): void {
    if (!tests || !Array.isArray(tests.valid) || !Array.isArray(tests.invalid)) {
      throw new RuleTesterError(`${name}: run() needs { valid: [...], invalid: [...] } (both arrays, possibly empty)`);
    }
    describe(name, () => {
      it("rule module is well-formed", () => checkRuleModule(name, rule));
      describe("valid", () => {
        for (const testCase of tests.valid) {
          const test = typeof testCase === "object" && testCase.only ? it.only : it;
          test(caseName(testCase), async () => {
            await runCase({ ruleId: name, rule, kind: "valid", testCase, defaults: this.defaults });
          });
        }
      });
      describe("invalid", () => {
        for (const testCase of tests.invalid) {
          const test = testCase.only ? it.only : it;
          test(caseName(testCase), async () => {
            await runCase({ ruleId: name, rule, kind: "invalid", testCase, defaults: this.defaults });
          });
        }
      });
    });
  }
}

/** The test title of a case: its `name`, or the first 30 characters of its text on one line. */
export function caseName(testCase: string | ValidCase): string {
  if (typeof testCase === "object" && testCase.name) return testCase.name;
  const text = typeof testCase === "string" ? testCase : String(testCase?.text ?? "");
  const head = Array.from(text.replace(/\s+/g, " ").trim()).slice(0, 30).join("");
  return head || "(empty text)";
}

/**
 * Check a rule module's shape once (memoized per module): RuleModuleSchema, the id against the name it
 * is tested under, zh + en for every message with the same placeholders, a schema ajv can compile, and
 * default options that satisfy it.
 */
export function checkRuleModule(ruleId: string, rule: RuleModule): void {
  const done = checkedRules.get(rule as object);
  if (done === ruleId) return;
  const fail = (msg: string): never => {
    throw new RuleTesterError(`${ruleId}: ${msg}`);
  };
  const parsed = RuleModuleSchema.safeParse(rule);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(rule)"}: ${i.message}`);
    fail(`the rule module does not match RuleModuleSchema:\n  ${issues.join("\n  ")}`);
  }
  const tail = ruleId.includes("/") ? ruleId.slice(ruleId.lastIndexOf("/") + 1) : ruleId;
  if (tail !== rule.meta.id) fail(`tested as "${ruleId}" but meta.id is "${rule.meta.id}" (the full id is namespace/meta.id)`);
  for (const [messageId, message] of Object.entries(rule.meta.messages)) {
    if (!message?.zh?.trim() || !message?.en?.trim()) fail(`message "${messageId}" needs both zh and en text`);
    const zh = placeholders(message.zh);
    const en = placeholders(message.en);
    if (zh.join() !== en.join()) fail(`message "${messageId}": zh uses {${zh.join("}, {")}} but en uses {${en.join("}, {")}} — they must match`);
  }
  if (rule.meta.defaultOptions !== undefined && rule.meta.schema === undefined) {
    fail("meta.defaultOptions is given without meta.schema: options must be described by a JSON Schema");
  }
  if (rule.meta.schema !== undefined) {
    const validate = validatorFor(ruleId, rule.meta.schema);
    if (rule.meta.defaultOptions !== undefined && !validate(rule.meta.defaultOptions)) {
      fail(`meta.defaultOptions do not satisfy meta.schema: ${ajv.errorsText(validate.errors, { dataVar: "defaultOptions" })}`);
    }
  }
  checkedRules.set(rule as object, ruleId);
}
const checkedRules = new WeakMap<object, string>();

/**
 * Run one case and check it; throws RuleTesterError with a message naming the rule, the case and what
 * went wrong. Returns the first run's output so tests of the tester can look at it.
 */
export async function runCase(input: RunCaseInput): Promise<RunRuleOutput> {
  const { ruleId, rule, kind } = input;
  const testCase: ValidCase | InvalidCase = typeof input.testCase === "string" ? { text: input.testCase } : input.testCase;
  const where = `${ruleId} › ${kind} › "${caseName(testCase)}"`;
  const fail = (msg: string, cause?: unknown): never => {
    throw new RuleTesterError(`${where}: ${msg}`, cause === undefined ? undefined : { cause });
  };

  checkRuleModule(ruleId, rule);
  if (typeof testCase.text !== "string") fail("the case has no `text` string");
  if (kind === "invalid") {
    const errors = (testCase as InvalidCase).errors;
    if (errors === undefined) fail("an invalid case needs `errors` (a count or a list of expected findings)");
    if (typeof errors === "number" ? !(Number.isInteger(errors) && errors >= 1) : !Array.isArray(errors) || errors.length === 0) {
      fail("an invalid case must expect at least one finding; put cases without findings under `valid`");
    }
    if (Array.isArray(errors)) {
      for (const e of errors) {
        if (!e || typeof e.messageId !== "string") fail("every expected finding needs a `messageId`");
        if (!(e.messageId in rule.meta.messages)) {
          fail(`unknown messageId "${e.messageId}" in the expected findings; meta.messages has: ${Object.keys(rule.meta.messages).join(", ")}`);
        }
      }
    }
  } else if ("errors" in testCase) {
    fail("a valid case must not have `errors`; move it to `invalid`");
  }

  // Options: defaults merged with the case's, validated like the engine does before a rule runs.
  const options = { ...(rule.meta.defaultOptions ?? {}), ...(testCase.options ?? {}) } as Record<string, unknown>;
  if (testCase.options !== undefined && rule.meta.schema === undefined) {
    fail("the case gives options but the rule has no meta.schema to validate them against");
  }
  if (rule.meta.schema !== undefined) {
    const validate = validatorFor(ruleId, rule.meta.schema);
    if (!validate(options)) fail(`invalid options ${JSON.stringify(testCase.options ?? {})}: ${ajv.errorsText(validate.errors, { dataVar: "options" })}`);
  }

  // Facts: every required fact must come from one of the tester's plugins.
  const providers = providersOf(input.defaults?.plugins ?? []);
  for (const factId of rule.meta.requires ?? []) {
    if (!providers.has(factId)) {
      fail(`the rule requires fact "${factId}" but none of the RuleTester's plugins provides it; pass new RuleTester({ plugins: [thePluginThatProvidesIt] })`);
    }
  }

  const settings = deepFreeze(structuredClone({ ...(input.defaults?.settings ?? {}), ...((testCase.settings ?? {}) as Record<string, unknown>) }));
  const model = deepFreeze(parseText(testCase.text, `${ruleId}.test.txt`));
  const before = structuralHash(model);

  const once = async (): Promise<RunRuleOutput> => {
    // A fresh session per run, so the second run cannot reuse what the first one computed.
    const session = new ReportSession(model, { providers, settings, seal: deepFreeze });
    try {
      return await runRule({ id: ruleId, rule, session, options: structuredClone(options) });
    } catch (error) {
      if (error instanceof RuleTesterError) throw error;
      if (error instanceof TypeError && /read[- ]only|frozen|not extensible|Cannot (assign|add|delete|define|redefine)/i.test(error.message)) {
        fail(`the rule modified the report model (or a fact); rules must treat them as read-only — ${error.message}`, error);
      }
      const message = error instanceof Error ? error.message : String(error);
      return fail(`the rule threw: ${message}`, error);
    }
  };

  const first = await once();
  if (structuralHash(model) !== before) fail("the rule modified the report model (its structural hash changed during the run)");
  const second = await once();
  if (structuralHash(model) !== before) fail("the rule modified the report model on its second run (its structural hash changed)");
  try {
    deepStrictEqual(normalizeOutput(second), normalizeOutput(first));
  } catch (error) {
    const diff = error instanceof AssertionError ? error.message : String(error);
    fail(`the rule is not deterministic: two runs on the same report gave different results\n${diff}`);
  }

  checkOutput(first, model, fail);
  const findings = sortFindings(first.findings);
  const score = first.outcome ? first.outcome.score : findings.length === 0 ? 1 : 0;

  if (kind === "valid") {
    if (findings.length > 0) fail(`expected no findings but got ${findings.length}:\n${listFindings(findings)}`);
    const expected = testCase.score === undefined ? 1 : testCase.score;
    if (!sameScore(score, expected)) fail(`expected outcome score ${String(expected)} but got ${String(score)}${first.outcome ? ` (outcome ${JSON.stringify(first.outcome)})` : ""}`);
  } else {
    const errors = (testCase as InvalidCase).errors;
    const count = typeof errors === "number" ? errors : errors.length;
    if (findings.length !== count) fail(`expected ${count} finding(s) but got ${findings.length}${findings.length ? `:\n${listFindings(findings)}` : ""}`);
    if (Array.isArray(errors)) {
      errors.forEach((want, i) => checkFinding(want, findings[i]!, i, fail));
    }
    if (testCase.score !== undefined && !sameScore(score, testCase.score)) {
      fail(`expected outcome score ${String(testCase.score)} but got ${String(score)}`);
    }
  }
  if ("value" in testCase && !sameValue(first.outcome?.value, testCase.value)) {
    fail(`expected outcome value ${JSON.stringify(testCase.value)} but got ${JSON.stringify(first.outcome?.value)}`);
  }
  return first;
}

const providersByPlugins = new WeakMap<Plugin[], ReturnType<typeof factProviders>>();
function providersOf(plugins: Plugin[]): ReturnType<typeof factProviders> {
  let providers = providersByPlugins.get(plugins);
  if (!providers) providersByPlugins.set(plugins, (providers = factProviders(plugins)));
  return providers;
}

function validatorFor(ruleId: string, schema: object): ReturnType<typeof ajv.compile> {
  let validate = validators.get(schema);
  if (!validate) {
    try {
      validate = ajv.compile(schema);
    } catch (error) {
      throw new RuleTesterError(`${ruleId}: meta.schema is not a valid JSON Schema: ${error instanceof Error ? error.message : String(error)}`);
    }
    validators.set(schema, validate);
  }
  return validate;
}

function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (m) => m[1]!))].sort();
}

/** Output as plain data, so two runs compare by value. */
function normalizeOutput(output: RunRuleOutput): unknown {
  return JSON.parse(JSON.stringify({ findings: output.findings, outcome: output.outcome && { ...output.outcome, evidence: undefined }, outcomeEvidence: output.outcomeEvidence }) ?? "null");
}

function checkOutput(output: RunRuleOutput, model: ReportModel, fail: (msg: string) => never): void {
  for (const f of output.findings) {
    for (const lang of ["zh", "en"] as const) {
      const left = placeholders(f.message[lang]);
      if (left.length) fail(`finding "${f.messageId}" leaves {${left.join("}, {")}} unfilled in its ${lang} message; pass them in \`data\``);
    }
    checkEvidence(f.evidence, model, `finding "${f.messageId}"`, fail);
  }
  checkEvidence(output.outcomeEvidence, model, "the outcome", fail);
  const outcome = output.outcome;
  if (outcome) {
    const s = outcome.score;
    if (!(s === null || (typeof s === "number" && Number.isFinite(s) && s >= 0 && s <= 1))) {
      fail(`the outcome score must be a number in [0, 1] or null, got ${String(s)}`);
    }
  }
}

function checkEvidence(evidence: Evidence[], model: ReportModel, who: string, fail: (msg: string) => never): void {
  for (const e of evidence) {
    if (!Number.isInteger(e.line) || e.line < 1 || e.line > model.lines.length) fail(`${who} has evidence on line ${e.line}, outside the report (1–${model.lines.length})`);
    if (!e.text) fail(`${who} has evidence with empty text (line ${e.line}); quote the words that show the problem`);
    if (!model.text.includes(e.text)) fail(`${who} quotes "${e.text}", which is not in the report text; evidence must quote the original`);
  }
}

function checkFinding(want: ExpectedFinding, got: Finding, i: number, fail: (msg: string) => never): void {
  const at = `finding #${i + 1}`;
  if (got.messageId !== want.messageId) fail(`${at}: expected messageId "${want.messageId}" but got "${got.messageId}" (${got.message.zh})`);
  if (want.line !== undefined) {
    const line = got.evidence[0]?.line;
    if (line !== want.line) fail(`${at} (${got.messageId}): expected line ${want.line} but its first evidence is on ${line === undefined ? "no line (no evidence)" : `line ${line}`}`);
  }
  if (want.evidence !== undefined && !got.evidence.some((e) => e.text.includes(want.evidence!))) {
    fail(`${at} (${got.messageId}): expected evidence containing "${want.evidence}" but it quotes ${got.evidence.map((e) => `"${e.text}"`).join(", ") || "nothing"}`);
  }
  if (want.data !== undefined) {
    for (const [key, value] of Object.entries(want.data)) {
      if (!isDeepStrictEqual(got.data?.[key], value)) fail(`${at} (${got.messageId}): expected data.${key} = ${JSON.stringify(value)} but got ${JSON.stringify(got.data?.[key])}`);
    }
  }
}

function sortFindings(findings: Finding[]): Finding[] {
  const line = (f: Finding) => f.evidence[0]?.line ?? Number.POSITIVE_INFINITY;
  return findings.map((f, i) => ({ f, i })).sort((a, b) => line(a.f) - line(b.f) || a.i - b.i).map((x) => x.f);
}

function listFindings(findings: Finding[]): string {
  return findings
    .map((f, i) => `  #${i + 1} ${f.messageId}${f.evidence[0] ? ` (line ${f.evidence[0].line}: "${f.evidence[0].text}")` : ""} — ${f.message.zh} / ${f.message.en}`)
    .join("\n");
}

function sameScore(actual: number | null, expected: number | null): boolean {
  if (actual === null || expected === null) return actual === expected;
  return Math.abs(actual - expected) <= TOLERANCE;
}

function sameValue(actual: unknown, expected: unknown): boolean {
  if (typeof actual === "number" && typeof expected === "number") return Math.abs(actual - expected) <= TOLERANCE;
  return canonicalJson(actual) === canonicalJson(expected);
}
