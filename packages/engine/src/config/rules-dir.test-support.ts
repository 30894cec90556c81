/** A stand-in for @fazhi/declarative's compileRuleFile, for tests of the rulesDir plumbing (not part of the engine's API). */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { RuleLevel, RuleModule } from "@fazhi/rule-kit";
import { UserFileErrors } from "@fazhi/user-files";
import type { RuleFileCompiler } from "./rules-dir.js";

/** Reads `id: namespace/name` from the file; a file containing `broken` fails like a bad rule file would. */
export const fakeRuleFileCompiler: RuleFileCompiler = (file) => {
  const text = readFileSync(file, "utf8");
  if (text.includes("broken")) {
    throw new UserFileErrors([{ file, line: 2, column: 7, path: "kind", message: { zh: "未知的规则类型", en: "Unknown rule kind" } }]);
  }
  const id = /^id:\s*(\S+)/m.exec(text)?.[1] ?? "local/unnamed";
  const name = id.slice(id.indexOf("/") + 1);
  const rule: RuleModule = {
    meta: { id: name, type: "custom", title: { zh: name, en: name }, description: { zh: name, en: name }, messages: {}, version: "1.0.0" },
    evaluate: () => ({ score: 1 }),
  };
  const level = /^level:\s*(off|info|warn|error)/m.exec(text)?.[1] as RuleLevel | undefined;
  return { id, rule, sha256: createHash("sha256").update(text).digest("hex"), ...(level ? { level } : {}) };
};
