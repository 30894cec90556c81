import type { ReportModel } from "@fazhi/core";
import { localize, toEvidence } from "./define.js";
import { TextQuery } from "./text-query.js";
import type { Finding, OutlinePart, OutlineScopes, RuleContext, RuleModule, RuleOutcome, Severity } from "./types.js";

export interface RunRuleInput {
  /** Full id `namespace/id`. */
  id: string;
  rule: RuleModule;
  model: ReportModel;
  /** Already validated options; merged over `meta.defaultOptions`. */
  options?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  /** Supplies the facts the rule `requires` (the engine computes them once per report). */
  fact?: (id: string) => unknown;
  level?: Severity;
  /** A shared query object for the report (built once per report by the engine). */
  query?: TextQuery;
}

export interface RunRuleOutput {
  findings: Finding[];
  /** The rule's own outcome from evaluate(); null for visitor-only rules. */
  outcome: RuleOutcome | null;
  /** Evidence quoted from the outcome. */
  outcomeEvidence: ReturnType<typeof toEvidence>[];
}

export class MissingFactError extends Error {
  constructor(readonly ruleId: string, readonly factId: string, readonly declared: boolean) {
    super(
      declared
        ? `rule ${ruleId} requires fact "${factId}", but no loaded plugin provides it`
        : `rule ${ruleId} reads fact "${factId}" without listing it in meta.requires`,
    );
  }
}

/** Build a rule's query, resolving outline-part scopes through the `outline` fact when the rule requires it. */
export function queryFor(model: ReportModel, fact?: (id: string) => unknown): TextQuery {
  return new TextQuery(model, (part: OutlinePart) => {
    const outline = fact?.("outline") as OutlineScopes | undefined;
    if (!outline?.parts) throw new Error("scope.part needs the `outline` fact (rules/outline) in meta.requires");
    return outline.parts[part]?.spans ?? [];
  });
}

/**
 * Run one rule on one report: visitors in document order, then `evaluate`. This is the whole contract
 * between a rule and whoever runs it (the engine, the RuleTester, `fazhi rules test`); errors propagate.
 */
export async function runRule(input: RunRuleInput): Promise<RunRuleOutput> {
  const { rule, model, id } = input;
  const findings: Finding[] = [];
  const requires = new Set(rule.meta.requires ?? []);
  const fact = <T>(factId: string): T => {
    if (!requires.has(factId)) throw new MissingFactError(id, factId, false);
    if (!input.fact) throw new MissingFactError(id, factId, true);
    return input.fact(factId) as T;
  };
  const query = input.query ?? queryFor(model, (f) => fact(f));
  const context: RuleContext = {
    id,
    model,
    options: { ...(rule.meta.defaultOptions ?? {}), ...(input.options ?? {}) },
    settings: input.settings ?? {},
    fact,
    query,
    evidence: (e) => toEvidence(model, e),
    report(descriptor) {
      const template = rule.meta.messages[descriptor.messageId];
      if (!template) throw new Error(`rule ${id} reported unknown messageId "${descriptor.messageId}"`);
      const evidence = descriptor.evidence === undefined ? [] : Array.isArray(descriptor.evidence) && typeof descriptor.evidence[0] !== "number" ? descriptor.evidence : [descriptor.evidence];
      const finding: Finding = {
        ruleId: id,
        messageId: descriptor.messageId,
        message: localize(template, descriptor.data),
        severity: input.level ?? "warn",
        evidence: (evidence as Parameters<typeof toEvidence>[1][]).map((e) => toEvidence(model, e)),
      };
      if (descriptor.data) finding.data = descriptor.data;
      findings.push(finding);
    },
  };
  const visitors = rule.create?.(context);
  if (visitors) {
    if (visitors.heading) {
      const walk = (hs: typeof model.headings) => {
        for (const h of hs) {
          visitors.heading!(h);
          walk(h.children);
        }
      };
      walk(model.headings);
    }
    if (visitors.paragraph) for (const p of model.paragraphs) visitors.paragraph(p);
    if (visitors.sentence) for (const s of model.sentences) visitors.sentence(s);
    if (visitors.number) for (const n of model.numbers) visitors.number(n);
    visitors["report:exit"]?.();
  }
  const outcome = rule.evaluate ? ((await rule.evaluate(context)) ?? null) : null;
  return { findings, outcome, outcomeEvidence: (outcome?.evidence ?? []).map((e) => toEvidence(model, e)) };
}
