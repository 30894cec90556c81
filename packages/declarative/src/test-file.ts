import { readFileSync } from "node:fs";
import { parseText } from "@fazhi/core";
import { NoOutlineError, ReportSession, runRule, type FactProviders, type Localized } from "@fazhi/rule-kit";
import { parseUserFile, UserFileErrors, type LocatedFile, type UserFileError } from "@fazhi/user-files";
import { compileRuleSource, type CompiledRule } from "./compile.js";

export interface RuleFileTestCase {
  kind: "pass" | "fail";
  /** 0-based index in `examples.pass` / `examples.fail`. */
  index: number;
  ok: boolean;
  /** Line of the example in the rule file. */
  line: number;
  message: Localized;
}

export interface RuleFileTestResult {
  file: string;
  id: string | null;
  ok: boolean;
  /** Mistakes in the file itself (nothing was run when there are any). */
  errors: UserFileError[];
  cases: RuleFileTestCase[];
}

export interface TestRuleFileOptions {
  /**
   * The facts of the loaded plugins (see `factProviders`), computed for each example as the engine would;
   * `scope.part` needs the fact that fills the outline. `fazhi rules test` passes the config's plugins here.
   */
  providers?: FactProviders;
  /** The config's shared settings. */
  settings?: Readonly<Record<string, unknown>>;
}

/**
 * Validate and compile a rule file, then run its own examples: each `pass` text must give no finding and
 * score 1 (not applicable is not a pass), each `fail` text must give a finding or a score below 1.
 */
export async function testRuleFile(file: string, options: TestRuleFileOptions = {}): Promise<RuleFileTestResult> {
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    return {
      file,
      id: null,
      ok: false,
      errors: [{ file, line: 1, column: 1, path: "", message: { zh: `无法读取规则文件 ${file}（${code}）`, en: `Cannot read rule file ${file} (${code})` } }],
      cases: [],
    };
  }
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  let compiled: CompiledRule;
  let located: LocatedFile;
  try {
    compiled = compileRuleSource(file, source);
    located = parseUserFile(file, source);
  } catch (error) {
    if (!(error instanceof UserFileErrors)) throw error;
    return { file, id: idOf(file, source), ok: false, errors: error.errors, cases: [] };
  }
  const cases: RuleFileTestCase[] = [];
  for (const kind of ["pass", "fail"] as const) {
    const texts = compiled.examples[kind];
    for (let index = 0; index < texts.length; index++) {
      const line = located.locate(["examples", kind, index]).line;
      cases.push({ kind, index, line, ...(await runCase(compiled, kind, index, texts[index]!, options)) });
    }
  }
  return { file, id: compiled.id, ok: cases.every((c) => c.ok), errors: [], cases };
}

async function runCase(compiled: CompiledRule, kind: "pass" | "fail", index: number, text: string, options: TestRuleFileOptions): Promise<{ ok: boolean; message: Localized }> {
  const n = index + 1;
  const label = kind === "pass" ? { zh: `正例第 ${n} 条`, en: `Pass example ${n}` } : { zh: `反例第 ${n} 条`, en: `Fail example ${n}` };
  const model = parseText(text, `${compiled.file}#examples.${kind}[${index}]`);
  let result;
  try {
    const session = new ReportSession(model, { ...(options.providers ? { providers: options.providers } : {}), ...(options.settings ? { settings: options.settings } : {}) });
    result = await runRule({ id: compiled.id, rule: compiled.rule, session });
  } catch (error) {
    const why = (error as Error).message;
    return {
      ok: false,
      message: error instanceof NoOutlineError
        ? {
            zh: `${label.zh}无法运行：按提纲部分限定范围（scope.part）需要提纲，而已加载的插件中没有提供提纲的事实；请在配置加载了提纲插件的环境里运行（fazhi rules test 会加载配置中的插件）`,
            en: `${label.en} could not run: scope.part needs the outline, and no loaded plugin has a fact that fills it; run it where the config loads an outline plugin (fazhi rules test loads the config's plugins)`,
          }
        : { zh: `${label.zh}运行出错：${why}`, en: `${label.en} crashed: ${why}` },
    };
  }
  const { findings, outcome } = result;
  const score = outcome?.score ?? (findings.length > 0 ? 0 : 1);
  const notApplicable = outcome?.notApplicable === true || (outcome !== null && outcome.score === null);
  const first = findings[0]?.message;
  if (kind === "pass") {
    if (notApplicable) {
      return {
        ok: false,
        message: {
          zh: `${label.zh}没有通过：规则对这段文字“不适用”（没有可判断的内容）。正例要写出规则真正检查的内容并得满分，不适用不算通过`,
          en: `${label.en} did not pass: the rule was not applicable to it (nothing to judge). A pass example must give the rule something to check and score 1; not applicable is not a pass`,
        },
      };
    }
    if (findings.length > 0 || score < 1) {
      return {
        ok: false,
        message: {
          zh: `${label.zh}没有通过：得分 ${fmt(score)}${first ? `，提示“${first.zh}”` : ""}。正例应当不触发规则`,
          en: `${label.en} did not pass: score ${fmt(score)}${first ? `, finding "${first.en}"` : ""}. A pass example must not trigger the rule`,
        },
      };
    }
    return { ok: true, message: { zh: `${label.zh}通过（得分 1）`, en: `${label.en} passed (score 1)` } };
  }
  if (findings.length > 0 || (!notApplicable && score < 1)) {
    return {
      ok: true,
      message: {
        zh: `${label.zh}按预期触发了规则（得分 ${notApplicable ? "不适用" : fmt(score)}${first ? `，提示“${first.zh}”` : ""}）`,
        en: `${label.en} triggered the rule as expected (score ${notApplicable ? "n/a" : fmt(score)}${first ? `, "${first.en}"` : ""})`,
      },
    };
  }
  if (notApplicable) {
    return {
      ok: false,
      message: {
        zh: `${label.zh}没有触发规则：规则对这段文字“不适用”。反例要写出规则能判断、且判断为不合格的内容，否则规则可能永远匹配不到`,
        en: `${label.en} did not trigger the rule: the rule was not applicable to it. A fail example must give the rule something to judge and fail; otherwise the rule may never match anything`,
      },
    };
  }
  return {
    ok: false,
    message: {
      zh: `${label.zh}没有触发规则：规则可能永远匹配不到（得分 ${fmt(score)}，没有提示）`,
      en: `${label.en} did not trigger the rule: the rule may never match anything (score ${fmt(score)}, no finding)`,
    },
  };
}

function fmt(score: number): string {
  return String(Math.round(score * 1000) / 1000);
}

function idOf(file: string, source: string): string | null {
  try {
    const data = parseUserFile(file, source).data as { id?: unknown } | null;
    return data && typeof data.id === "string" ? data.id : null;
  } catch {
    return null;
  }
}
