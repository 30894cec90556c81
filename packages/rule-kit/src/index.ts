export type * from "./types.js";
export { defineFact, definePlugin, defineRule, formatMessage, localize, PluginSchema, RuleModuleSchema, toEvidence } from "./define.js";
export { compactFold } from "@fazhi/core";
export { literalMatcher, TextQuery, type LabelMatcher, type LabelRole, type LabelledRole, type LabelledNumber, type LabelledNumberOptions, type NearOptions, type PhraseHit, type Scope } from "./text-query.js";
export { runRule, type RunRuleInput, type RunRuleOutput } from "./run-rule.js";
export { FactError, MissingFactError, NoOutlineError, type FactErrorKind } from "./errors.js";
export { factProviders, ReportSession, type FactProviders, type SessionOptions } from "./facts.js";
