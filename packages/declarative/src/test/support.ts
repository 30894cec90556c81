import { parseText } from "@fazhi/core";
import { runRule, type OutlineScopes } from "@fazhi/rule-kit";
import { UserFileErrors, type UserFileError } from "@fazhi/user-files";
import { compileRuleSource } from "../compile.js";

/** Compile a rule written in the test and run it on a text written in the test. */
export async function run(yaml: string, text: string, fact?: (id: string) => unknown) {
  const compiled = compileRuleSource("rule.yaml", yaml);
  const model = parseText(text, "report.txt");
  const out = await runRule({ id: compiled.id, rule: compiled.rule, model, ...(fact ? { fact } : {}) });
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

/** A fake `outline` fact: the part's spans are the lines containing a marker. */
export function outlineFact(text: string, part: string, marker: string): OutlineScopes {
  const start = text.indexOf(marker);
  const end = text.indexOf("\n", start);
  return { parts: start < 0 ? {} : { [part]: { spans: [[start, end < 0 ? text.length : end]] } } } as OutlineScopes;
}

export const EXAMPLES = `examples:
  pass: ["占位"]
  fail: ["占位"]
`;
