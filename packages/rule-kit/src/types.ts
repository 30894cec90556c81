import type { Evidence, Heading, Localized, NumericFact, Paragraph, ReportModel, Sentence, Span } from "@fazhi/core";
import type { TextQuery } from "./text-query.js";

/** Every text a user reads exists in Chinese and English: core's `Localized`. */
export type { Localized };

/** A rule's level in a config: `off` does not run it; `error` findings make `fazhi score` exit 1. */
export type RuleLevel = "off" | "info" | "warn" | "error";
export type Severity = Exclude<RuleLevel, "off">;

/** What a rule judges; categories of a scoring scheme usually follow these. */
export type RuleType = "structure" | "indicator" | "consistency" | "disclosure" | "custom";

/** A JSON Schema (draft 2020-12 / draft-07 subset ajv understands) describing a rule's options object. */
export type JsonSchema = { [key: string]: unknown };

export interface RuleMeta<Options = Record<string, unknown>> {
  /** Short id inside its plugin ("head-appearance-rate"); the full id is `namespace/id`. */
  id: string;
  type: RuleType;
  title: Localized;
  description: Localized;
  /** JSON Schema of the options object; options are validated against it before the rule runs. */
  schema?: JsonSchema;
  /** Options used where the config gives none; merged under the user's options. */
  defaultOptions?: Options;
  /** Messages keyed by messageId; `{name}` placeholders are filled from a finding's `data`. */
  messages: Record<string, Localized>;
  /** Fact ids this rule reads with `context.fact(id)`; computed once per report and shared. */
  requires?: string[];
  /** Bump when the rule's behaviour changes: part of the cache key. */
  version: string;
  /** Per-report time limit in milliseconds (default: the engine's, 2000). */
  timeLimitMs?: number;
}

/** Anything that points into the report: a model node with a span, a bare span, or ready evidence. */
export type EvidenceInput = Evidence | { span: Span } | Span | Heading | Paragraph | Sentence | NumericFact;

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  evidence?: EvidenceInput | EvidenceInput[];
}

export interface Finding {
  ruleId: string;
  messageId: string;
  message: Localized;
  severity: Severity;
  evidence: Evidence[];
  data?: Record<string, string | number>;
}

/** What `evaluate` returns. score ∈ [0,1], or null when the rule could not judge. */
export interface RuleOutcome {
  score: number | null;
  /** A value worth showing (an indicator's rate, a count). */
  value?: unknown;
  displayValue?: string | Localized;
  /** The check does not apply to this report (weight 0 in its category, shown as such). */
  notApplicable?: boolean;
  /** Evidence for the outcome itself (not tied to a finding). */
  evidence?: EvidenceInput[];
}

export interface RuleContext<Options = Record<string, unknown>> {
  /** Full rule id, `namespace/id`. */
  readonly id: string;
  readonly model: ReportModel;
  /** The rule's options: defaults merged with the user's, validated against `meta.schema`. */
  readonly options: Options;
  /** Shared settings from the config's `settings`. */
  readonly settings: Readonly<Record<string, unknown>>;
  /** A fact listed in `meta.requires`, computed once per report. */
  fact<T = unknown>(id: string): T;
  /** Record a finding with its evidence. */
  report(descriptor: ReportDescriptor): void;
  /** Phrase and number queries over the report, optionally scoped to a section or an outline part. */
  readonly query: TextQuery;
  /** Turn a node or span into quoted evidence `{ line, text }`. */
  evidence(input: EvidenceInput): Evidence;
}

/** Visitor callbacks, called in document order; `report:exit` once at the end. */
export interface Visitors {
  heading?(heading: Heading): void;
  paragraph?(paragraph: Paragraph): void;
  sentence?(sentence: Sentence): void;
  number?(fact: NumericFact): void;
  "report:exit"?(): void;
}

export interface RuleModule<Options = any> {
  meta: RuleMeta<Options>;
  /** Visitors that report findings. Without `evaluate`, the check scores 1 with no findings and 0 with any. */
  create?(context: RuleContext<Options>): Visitors;
  /** Judges the whole report and returns its score (runs after the visitors). */
  evaluate?(context: RuleContext<Options>): RuleOutcome | void | Promise<RuleOutcome | void>;
}

export interface FactContext {
  readonly model: ReportModel;
  readonly settings: Readonly<Record<string, unknown>>;
  /** Another fact this one `requires`. */
  fact<T = unknown>(id: string): T;
  readonly query: TextQuery;
}

/** The sections of a report's result that a fact can fill (the result contract, `@fazhi/result`). */
export const RESULT_SECTIONS = ["outline", "indicators", "consistency"] as const;
export type ResultSection = (typeof RESULT_SECTIONS)[number];

/** A value computed once per report and shared by every rule that `requires` it (e.g. `indicators`). */
export interface FactModule<T = unknown> {
  version: string;
  requires?: string[];
  compute(context: FactContext): T;
  /**
   * The result section this fact fills, whatever its id: the value's `toResult()` (or its `result`) becomes that
   * section of the report's result, checked against the contract. The first loaded fact that fills a section wins.
   */
  fills?: ResultSection;
}

/** A preset: part of a config that users can `extends` ("namespace/preset"). Validated like a config. */
export type PresetConfig = Record<string, unknown>;

export interface PluginMeta {
  /** npm-style package name, e.g. "@fazhi/rules-outline" or "fazhi-plugin-myoffice". */
  name: string;
  version: string;
  /** Prefix of its rule ids and presets, e.g. "outline" → "outline/first-responsible". */
  namespace: string;
}

export interface Plugin {
  meta: PluginMeta;
  rules?: Record<string, RuleModule>;
  /** Facts keyed by fact id; ids are global, so use the namespace as a prefix where clashes are possible. */
  facts?: Record<string, FactModule>;
  presets?: Record<string, PresetConfig>;
}

/** Outline parts as DOMAIN §2 names them; scopes and the fact that fills the outline use these keys. */
export type OutlinePart = "measures" | "shortcomings" | "firstResponsible" | "nextYearPlan" | "other";

/** What scoped queries read from the fact that fills the outline (`fills: "outline"`): where each part's text lies. */
export interface OutlineScopes {
  parts: Partial<Record<OutlinePart, { spans: Span[] }>>;
}
