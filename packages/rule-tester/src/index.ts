export {
  caseName,
  checkRuleModule,
  RuleTester,
  RuleTesterError,
  runCase,
  type ExpectedFinding,
  type InvalidCase,
  type RuleTesterDefaults,
  type RuleTests,
  type RunCaseInput,
  type ValidCase,
} from "./rule-tester.js";
export { canonicalJson, deepFreeze, structuralHash } from "./freeze.js";
