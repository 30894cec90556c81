import { closeCandidates } from "@fazhi/user-files";
import { configJsonSchema, resultJsonSchema } from "@fazhi/engine";
import { ruleFileJsonSchema } from "@fazhi/declarative";
import type { Lang } from "../i18n.js";
import { EXIT, UsageError, type CliIO } from "../io.js";

export const SCHEMA_HELP = {
  zh: `用法: fazhi schema <config|rule|result>

输出 JSON Schema：config 为配置文件（fazhi.config.yaml），rule 为 YAML 规则文件，result 为评分结果（--format json）。
编辑器（如 VS Code）可据此给出提示和校验。
`,
  en: `Usage: fazhi schema <config|rule|result>

Prints a JSON Schema: config for fazhi.config.yaml, rule for YAML rule files, result for the score output (--format json).
Editors such as VS Code use it for completion and validation.
`,
};

export async function runSchema(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const args = argv.filter((a) => !a.startsWith("--lang") && a !== "zh" && a !== "en");
  if (args.includes("-h") || args.includes("--help")) {
    io.stdout(SCHEMA_HELP[lang]);
    return EXIT.ok;
  }
  const schemas: Record<string, () => object> = { config: () => configJsonSchema, rule: () => ruleFileJsonSchema, result: resultJsonSchema };
  const which = args[0];
  const make = which === undefined ? undefined : schemas[which];
  if (!make || args.length > 1) {
    throw new UsageError({ zh: "请指明 config、rule 或 result 之一。", en: "Name one of config, rule or result." }, which === undefined ? [] : closeCandidates(which, Object.keys(schemas)));
  }
  io.stdout(JSON.stringify(make(), null, 2) + "\n");
  return EXIT.ok;
}
