/**
 * The indicator catalogue (DOMAIN §3): data in catalogue.data.ts, validated here at module load.
 * Other packages import `CATALOGUE` / `catalogueEntry()` (e.g. rules/consistency for formulas and units).
 */
import { NonEmptyLocalizedSchema } from "@fazhi/core";
import { z } from "zod";
import type { IndicatorDefinition } from "./types.js";
import * as data from "./catalogue.data.js";

const Phrase = z.string().min(1).refine((s) => !/^\s|\s$/.test(s), "no leading or trailing spaces");
const Id = z.string().regex(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/, 'an id like "mediation.successRate"');

export const CatalogueEntrySchema = z
  .object({
    id: Id,
    name: NonEmptyLocalizedSchema,
    domain: z.string().min(1),
    labels: z.array(Phrase).min(1),
    implied: z
      .array(
        z.object({
          phrases: z.array(Phrase.refine((s) => !s.startsWith("…") && !s.endsWith("…"), "a gap … only between two parts")).min(1),
          value: z.number().finite(),
        }),
      )
      .optional(),
    unit: z.enum(["ratio", "count", "money", "score"]),
    formula: z.object({ numerator: z.array(Id).min(1), denominator: Id, compute: z.boolean().optional() }).optional(),
    direction: z.enum(["higher", "lower", "context"]),
    countUnits: z.array(z.string().min(1)).min(1).optional(),
    sumOf: z.array(Phrase).min(1).optional(),
    zeroWhenAccounted: z.object({ total: Id, parts: z.array(Phrase).min(1) }).optional(),
    /** Counts this one is a part of: a label naming both ("审结行政复议申请") gives this, the narrower one. */
    refines: z.array(Id).min(1).optional(),
    /** Labels of a broader count that give this one when they follow that count in one statement ("受理…件，调处…件"). */
    afterTotal: z.array(Phrase).min(1).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.formula && e.unit !== "ratio") ctx.addIssue({ code: "custom", message: "a formula is only for rates (unit ratio)" });
    if ((e.sumOf || e.zeroWhenAccounted || e.countUnits) && e.unit !== "count") {
      ctx.addIssue({ code: "custom", message: "sumOf / zeroWhenAccounted / countUnits are only for counts" });
    }
    for (const i of e.implied ?? []) {
      if (e.unit === "ratio" && (i.value < 0 || i.value > 1)) ctx.addIssue({ code: "custom", message: `implied value ${i.value} is not a fraction 0..1` });
    }
  });

/** One catalogue entry: an IndicatorDefinition plus how extraction finds it. */
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema> & IndicatorDefinition;

export interface CatalogueData {
  domains: Record<string, { name: { zh: string; en: string }; cues: string[] }>;
  entries: Array<z.input<typeof CatalogueEntrySchema>>;
}

/** Thrown when the catalogue data is wrong; the message names the entry. */
export class CatalogueError extends Error {
  override name = "CatalogueError";
}

/**
 * Validate catalogue data: every entry against the schema, unique ids, known domains, formulas that name
 * existing indicators of the right units. Throws CatalogueError naming the first bad entry's id.
 */
export function validateCatalogue(input: CatalogueData): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  const seen = new Set<string>();
  input.entries.forEach((raw, index) => {
    const label = typeof (raw as { id?: unknown })?.id === "string" ? (raw as { id: string }).id : `#${index}`;
    const parsed = CatalogueEntrySchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(entry)"}: ${i.message}`).join("; ");
      throw new CatalogueError(`indicator catalogue: entry "${label}" is invalid — ${issues}`);
    }
    const e = parsed.data as CatalogueEntry;
    if (seen.has(e.id)) throw new CatalogueError(`indicator catalogue: entry "${e.id}" is listed twice`);
    if (!input.domains[e.domain]) throw new CatalogueError(`indicator catalogue: entry "${e.id}" names an unknown domain "${e.domain}"`);
    seen.add(e.id);
    entries.push(e);
  });
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const e of entries) {
    const refs = [...(e.formula ? [...e.formula.numerator, e.formula.denominator] : []), ...(e.zeroWhenAccounted ? [e.zeroWhenAccounted.total] : []), ...(e.refines ?? [])];
    for (const ref of refs) {
      const target = byId.get(ref);
      if (!target) throw new CatalogueError(`indicator catalogue: entry "${e.id}" refers to unknown indicator "${ref}"`);
      if (target.unit !== "count") throw new CatalogueError(`indicator catalogue: entry "${e.id}" refers to "${ref}", which is not a count`);
    }
  }
  return entries;
}

/** The catalogue, validated at load (a bad entry throws here, naming it). */
export const CATALOGUE: readonly CatalogueEntry[] = Object.freeze(validateCatalogue({ domains: data.DOMAINS, entries: data.ENTRIES }));
export const DOMAINS = data.DOMAINS;

const BY_ID = new Map(CATALOGUE.map((e) => [e.id, e]));
/** The entry of an id, or undefined. */
export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return BY_ID.get(id);
}
export const INDICATOR_IDS: readonly string[] = CATALOGUE.map((e) => e.id);
