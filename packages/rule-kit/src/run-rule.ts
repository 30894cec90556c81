import type { ReportModel } from "@fazhi/core";
import { localize, toEvidence } from "./define.js";
import { MissingFactError } from "./errors.js";
import { ReportSession } from "./facts.js";
import type { Finding, RuleContext, RuleModule, RuleOutcome, Severity } from "./types.js";

export type RunRuleInput = {
  /** Full id `namespace/id`. */
  id: string;
  rule: RuleModule;
  /** Already validated options; merged over `meta.defaultOptions`. */
  options?: Record<string, unknown>;
  level?: Severity;
} & (
  | {
      /** The report's session: its query and the facts of the loaded plugins, shared by every rule run on it. */
      session: ReportSession;
    }
  | {
      /** A report run on its own, with no plugin's facts (a session of its own is opened for it). */
      model: ReportModel;
      settings?: Record<string, unknown>;
    }
);

export interface RunRuleOutput {
  findings: Finding[];
  /** The rule's own outcome from evaluate(); null for visitor-only rules. */
  outcome: RuleOutcome | null;
  /** Evidence quoted from the outcome. */
  outcomeEvidence: ReturnType<typeof toEvidence>[];
}

/**
 * Run one rule on one report: visitors in document order, then `evaluate`. This is the whole contract
 * between a rule and whoever runs it (the engine, the RuleTester, `fazhi rules test`); errors propagate.
 */
export async function runRule(input: RunRuleInput): Promise<RunRuleOutput> {
  const { rule, id } = input;
  const session = "session" in input ? input.session : new ReportSession(input.model, { settings: input.settings ?? {} });
  const { model } = session;
  const findings: Finding[] = [];
  const requires = new Set(rule.meta.requires ?? []);
  const fact = <T>(factId: string): T => {
    if (!requires.has(factId)) throw new MissingFactError(id, factId, false);
    if (!session.has(factId)) throw new MissingFactError(id, factId, true);
    return session.fact(factId) as T;
  };
  const context: RuleContext = {
    id,
    model,
    options: { ...(rule.meta.defaultOptions ?? {}), ...(input.options ?? {}) },
    settings: session.settings,
    fact,
    query: session.query(),
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
