export { ruleFileJsonSchema, KINDS, OUTLINE_PARTS, type RuleFile, type RuleKind } from "./schema.js";
export { compileRuleFile, compileRuleSource, type CompiledRule } from "./compile.js";
export { testRuleFile, type RuleFileTestCase, type RuleFileTestResult, type TestRuleFileOptions } from "./test-file.js";
export { PLACEHOLDERS } from "./kinds.js";
