import { z } from "zod";
import { evidenceAt, NonEmptyLocalizedSchema, placeEvidence, type Evidence, type ReportModel, type Span } from "@fazhi/core";
import { RESULT_SECTIONS, type EvidenceInput, type FactModule, type Localized, type Plugin, type RuleModule } from "./types.js";

/** Identity helpers that give a plugin written in TypeScript completion and type errors. */
export function defineRule<Options = Record<string, unknown>>(rule: RuleModule<Options>): RuleModule<Options> {
  return rule;
}
export function defineFact<T>(fact: FactModule<T>): FactModule<T> {
  return fact;
}
export function definePlugin<P extends Plugin>(plugin: P): P {
  return plugin;
}

const SemverLike = z.string().regex(/^\d+\.\d+\.\d+([-+].*)?$/, "a version like 1.0.0");
const Id = z.string().regex(/^[a-z][a-z0-9-]*$/, "lower-case letters, digits and dashes");

export const RuleModuleSchema = z
  .object({
    meta: z.object({
      id: Id,
      type: z.enum(["structure", "indicator", "consistency", "disclosure", "custom"]),
      title: NonEmptyLocalizedSchema,
      description: NonEmptyLocalizedSchema,
      schema: z.record(z.string(), z.unknown()).optional(),
      defaultOptions: z.record(z.string(), z.unknown()).optional(),
      messages: z.record(z.string(), NonEmptyLocalizedSchema),
      requires: z.array(z.string()).optional(),
      version: SemverLike,
      timeLimitMs: z.number().positive().optional(),
    }),
    create: z.function().optional(),
    evaluate: z.function().optional(),
  })
  .refine((r) => r.create !== undefined || r.evaluate !== undefined, "a rule needs create() or evaluate()");

export const PluginSchema = z.object({
  meta: z.object({ name: z.string().min(1), version: SemverLike, namespace: Id }),
  rules: z.record(z.string(), RuleModuleSchema).optional(),
  facts: z
    .record(z.string(), z.object({ version: SemverLike, requires: z.array(z.string()).optional(), compute: z.function(), fills: z.enum(RESULT_SECTIONS).optional() }))
    .optional(),
  presets: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});

/**
 * Fill `{name}` placeholders from data; unknown placeholders stay visible so a missing value is noticed. A value
 * that differs by language is given as `name.zh` and `name.en`: the message in `lang` takes its own.
 */
export function formatMessage(template: string, data: Record<string, string | number> = {}, lang?: keyof Localized): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const own = lang === undefined ? undefined : data[`${key}.${lang}`];
    return own !== undefined ? String(own) : key in data ? String(data[key]) : whole;
  });
}

export function localize(message: Localized, data?: Record<string, string | number>): Localized {
  return { zh: formatMessage(message.zh, data, "zh"), en: formatMessage(message.en, data, "en") };
}

/** Quote a node, a span or ready evidence as `{ line, column?, text }` (core's `evidenceAt`, `placeEvidence`). */
export function toEvidence(model: ReportModel, input: EvidenceInput): Evidence {
  if (Array.isArray(input)) return evidenceAt(model, input as Span);
  if ("span" in input) return evidenceAt(model, input.span);
  return placeEvidence(model, { line: input.line, ...("column" in input && input.column !== undefined ? { column: input.column } : {}), text: input.text });
}
