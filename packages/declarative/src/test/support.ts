import { parseText } from "@fazhi/core";
import { defineFact, ReportSession, runRule, type FactProviders, type OutlineScopes } from "@fazhi/rule-kit";
import { UserFileErrors, type UserFileError } from "@fazhi/user-files";
import { compileRuleSource } from "../compile.js";

/** Compile a rule written in the test and run it on a text written in the test. */
export async function run(yaml: string, text: string, providers?: FactProviders) {
  const compiled = compileRuleSource("rule.yaml", yaml);
  const model = parseText(text, "report.txt");
  const session = new ReportSession(model, providers ? { providers } : {});
  const out = await runRule({ id: compiled.id, rule: compiled.rule, session });
  return { ...out, compiled, model };
}

/** The errors a rule file gives, or [] when it compiles. */
export function errorsOf(yaml: string): UserFileError[] {
  try {
    compileRuleSource("rule.yaml", yaml);
    return [];
  } catch (error) {
    if (error instanceof UserFileErrors) return error.errors;
    throw error;
  }
}

/**
 * A stand-in outline, as a plugin would provide it: a fact (under an id of its own) that fills the outline,
 * whose part is the first line of the report containing the marker (no part when no line has it).
 */
export function fakeOutline(part: string, marker: (text: string) => string): FactProviders {
  const fact = defineFact<OutlineScopes>({
    version: "1.0.0",
    fills: "outline",
    compute: ({ model }) => {
      const start = model.text.indexOf(marker(model.text));
      const end = model.text.indexOf("\n", start);
      return { parts: start < 0 ? {} : { [part]: { spans: [[start, end < 0 ? model.text.length : end]] } } } as OutlineScopes;
    },
  });
  return new Map([["test-outline", fact]]);
}

export const EXAMPLES = `examples:
  pass: ["占位"]
  fail: ["占位"]
`;
