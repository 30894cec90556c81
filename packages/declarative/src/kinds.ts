import { statedTolerance, type NumberKind, type NumericFact } from "@fazhi/core";
import type { EvidenceInput, OutlinePart, RuleContext, RuleOutcome, RuleType } from "@fazhi/rule-kit";
import { bandOf, type Band } from "./bands.js";
import { findHits, inside, labelledNumbers, resolveScope, type CompiledScope, type Hit, type LabelRole, type Ranges } from "./matching.js";
import type { CompiledPattern } from "./patterns.js";

/** What each kind turns a validated rule file into: how it runs, and which {placeholders} its message may use. */
export interface KindRuntime {
  type: RuleType;
  evaluate(context: RuleContext): RuleOutcome;
}

/** Placeholders each kind fills in its message (the semantic check rejects any other). */
export const PLACEHOLDERS = {
  presence: ["phrases", "missing", "scope"],
  absence: ["phrase", "text", "count"],
  occurrence: ["count", "min", "max", "phrases"],
  "outline-part": ["part", "status"],
  indicator: ["label", "labels", "value", "score"],
  "indicator-missing": ["labels"],
  "arithmetic-sum": ["whole", "sum", "parts"],
  "arithmetic-rate": ["stated", "computed", "numerator", "denominator"],
  conditional: ["if", "then", "within"],
} as const;

const MESSAGE = "default";
/** Indicators: the message when the value is not stated (whenMissing: zero). */
export const MISSING_MESSAGE = "missing";
export const DEFAULT_MISSING: { zh: string; en: string } = { zh: "报告没有写明{labels}", en: "The report does not state {labels}" };
const list = (ps: readonly CompiledPattern[]) => ps.map((p) => p.display).join("、");
const scopeLabel = (scope: CompiledScope | null) => (scope === null ? "全文" : "part" in scope ? scope.part : list(scope.heading));

// ---------------------------------------------------------------- presence

export function presence(spec: { phrases: CompiledPattern[]; match: "any" | "all"; scope: CompiledScope | null }): KindRuntime {
  return {
    type: "custom",
    evaluate(context) {
      const ranges = resolveScope(context, spec.scope);
      const hits = findHits(context, spec.phrases, ranges);
      const found = new Set(hits.map((h) => h.pattern));
      const missing = spec.phrases.filter((p) => !found.has(p.display));
      const ok = spec.match === "any" ? hits.length > 0 : missing.length === 0;
      if (ok) return { score: 1, evidence: hits.slice(0, 3).map((h) => h.span) };
      context.report({
        messageId: MESSAGE,
        data: { phrases: list(spec.phrases), missing: list(missing), scope: scopeLabel(spec.scope) },
        evidence: hits.map((h) => h.span),
      });
      return { score: 0 };
    },
  };
}

// ---------------------------------------------------------------- absence

export function absence(spec: { phrases: CompiledPattern[]; scope: CompiledScope | null }): KindRuntime {
  return {
    type: "custom",
    evaluate(context) {
      const hits = findHits(context, spec.phrases, resolveScope(context, spec.scope));
      for (const h of hits) {
        context.report({ messageId: MESSAGE, data: { phrase: h.pattern, text: h.text, count: hits.length }, evidence: h.span });
      }
      return { score: hits.length === 0 ? 1 : 0, value: hits.length };
    },
  };
}

// ---------------------------------------------------------------- occurrence

export function occurrence(spec: {
  phrases: CompiledPattern[];
  min: number | null;
  max: number | null;
  countBy: "occurrence" | "phrase";
  scope: CompiledScope | null;
}): KindRuntime {
  return {
    type: "custom",
    evaluate(context) {
      const hits = findHits(context, spec.phrases, resolveScope(context, spec.scope));
      const count = spec.countBy === "phrase" ? new Set(hits.map((h) => h.pattern)).size : hits.length;
      const ok = (spec.min === null || count >= spec.min) && (spec.max === null || count <= spec.max);
      if (!ok) {
        context.report({
          messageId: MESSAGE,
          data: { count, min: spec.min ?? "-", max: spec.max ?? "-", phrases: list(spec.phrases) },
          // Too many: show where; too few: show what there is.
          evidence: hits.slice(0, 10).map((h) => h.span),
        });
      }
      return { score: ok ? 1 : 0, value: count, displayValue: String(count) };
    },
  };
}

// ---------------------------------------------------------------- outline-part

export function outlinePart(spec: {
  part: OutlinePart;
  headingPhrases: CompiledPattern[];
  inlinePhrases: CompiledPattern[];
  scores: { heading: number; inline: number; absent: number };
  scope: CompiledScope | null;
}): KindRuntime {
  return {
    type: "structure",
    evaluate(context) {
      const ranges = resolveScope(context, spec.scope);
      const headingSpans = flatHeadingSpans(context).filter((s) => inside(s, ranges));
      const heading = findHits(context, spec.headingPhrases, headingSpans)[0];
      if (heading) {
        const score = spec.scores.heading;
        if (score < 1) context.report({ messageId: MESSAGE, data: { part: spec.part, status: "heading" }, evidence: heading.span });
        return { score, value: "heading", evidence: [lineSpan(context, heading)] };
      }
      const inline = spec.inlinePhrases.length > 0 ? findHits(context, spec.inlinePhrases, ranges)[0] : undefined;
      if (inline) {
        const score = spec.scores.inline;
        if (score < 1) context.report({ messageId: MESSAGE, data: { part: spec.part, status: "inline" }, evidence: sentenceOf(context, inline) });
        return { score, value: "inline", evidence: [sentenceOf(context, inline)] };
      }
      const score = spec.scores.absent;
      if (score < 1) context.report({ messageId: MESSAGE, data: { part: spec.part, status: "absent" } });
      return { score, value: "absent" };
    },
  };
}

function flatHeadingSpans(context: RuleContext) {
  const out: Array<[number, number]> = [];
  const walk = (hs: typeof context.model.headings) => {
    for (const h of hs) {
      out.push(h.span);
      walk(h.children);
    }
  };
  walk(context.model.headings);
  return out;
}

function lineSpan(context: RuleContext, hit: Hit): EvidenceInput {
  const line = context.model.lines[hit.line - 1];
  return line ? line.span : hit.span;
}

function sentenceOf(context: RuleContext, hit: Hit): EvidenceInput {
  return context.model.sentences[hit.sentence] ?? hit.span;
}

// ---------------------------------------------------------------- indicator

export function indicator(spec: {
  labels: CompiledPattern[];
  units: string[] | null;
  kinds: NumberKind[];
  window: number;
  approx: "accept" | "reject";
  whenMissing: "zero" | "notApplicable" | "ignore";
  bands: Band[] | null;
  scope: CompiledScope | null;
}): KindRuntime {
  const roles: Array<LabelRole<"value">> = [{ role: "value", patterns: spec.labels, kinds: spec.kinds, ...(spec.units ? { units: spec.units } : {}) }];
  return {
    type: "indicator",
    evaluate(context) {
      const found = labelledNumbers(context, roles, spec.window, resolveScope(context, spec.scope)).filter(
        (n) => spec.approx === "accept" || (!n.number.approx && n.number.bound === null),
      );
      const first = found[0];
      if (!first) {
        if (spec.whenMissing === "notApplicable") return { score: null, notApplicable: true };
        if (spec.whenMissing === "ignore") return { score: null };
        context.report({ messageId: MISSING_MESSAGE, data: { labels: list(spec.labels) } });
        return { score: 0 };
      }
      const { number } = first;
      const band = spec.bands ? bandOf(spec.bands, number.value) : null;
      const score = spec.bands ? (band?.score ?? 0) : 1;
      if (score < 1) {
        context.report({
          messageId: MESSAGE,
          data: { label: first.label, labels: list(spec.labels), value: number.raw, score },
          evidence: number,
        });
      }
      return { score, value: number.value, displayValue: number.raw, evidence: [number] };
    },
  };
}

// ---------------------------------------------------------------- arithmetic

const COUNTS: NumberKind[] = ["count", "money"];

export type Tolerance = { auto: true } | { auto: false; value: number };

export function arithmeticSum(spec: {
  whole: CompiledPattern[];
  parts: CompiledPattern[][];
  tolerance: Tolerance;
  within: "sentence" | "paragraph";
  scope: CompiledScope | null;
}): KindRuntime {
  const roles: Array<LabelRole<number>> = [
    { role: -1, patterns: spec.whole, kinds: COUNTS },
    ...spec.parts.map((patterns, i) => ({ role: i, patterns, kinds: COUNTS })),
  ];
  const wholeLabel = list(spec.whole);
  return {
    type: "consistency",
    evaluate(context) {
      const numbers = labelledNumbers(context, roles, 30, resolveScope(context, spec.scope));
      const unitOf = (n: NumericFact) => unitKey(context, n, spec.within);
      let checked = 0;
      let inconsistent = 0;
      let firstDisplay: string | undefined;
      const evidence: EvidenceInput[] = [];
      const used = new Set<NumericFact>();
      for (const w of numbers.filter((n) => n.role === -1)) {
        const parts: NumericFact[] = [];
        for (let i = 0; i < spec.parts.length; i++) {
          const candidates = numbers.filter((n) => n.role === i && unitOf(n.number) === unitOf(w.number) && !used.has(n.number));
          const pick = nearest(candidates.map((c) => c.number), w.number);
          if (!pick) break;
          parts.push(pick);
        }
        if (parts.length < spec.parts.length) continue; // a part is missing: cannot judge this total
        if ([w.number, ...parts].some((n) => n.approx || n.bound !== null)) continue; // 余/以上: not checkable
        parts.forEach((p) => used.add(p));
        checked++;
        const sum = parts.reduce((s, p) => s + p.value, 0);
        // Stated precision of the total as written (1.23万件 → ±50), the one tolerance core gives.
        const tol = spec.tolerance.auto ? statedTolerance(w.number) : spec.tolerance.value;
        const display = `${parts.map((p) => p.raw).join(" + ")} = ${formatNumber(sum)}，${w.number.raw}`;
        firstDisplay ??= display;
        if (Math.abs(sum - w.number.value) > tol + 1e-9) {
          inconsistent++;
          context.report({
            messageId: MESSAGE,
            data: { whole: w.number.raw, sum: formatNumber(sum), parts: parts.map((p) => p.raw).join(" + ") },
            evidence: [w.number, ...parts],
          });
        } else {
          evidence.push(w.number, ...parts);
        }
      }
      if (checked === 0) return { score: null, notApplicable: true, displayValue: { zh: `没有找到完整的“${wholeLabel}”及其分项`, en: `No complete total and parts for "${wholeLabel}"` } };
      return { score: inconsistent > 0 ? 0 : 1, value: { checked, inconsistent }, ...(firstDisplay ? { displayValue: firstDisplay } : {}), evidence };
    },
  };
}

export function arithmeticRate(spec: {
  numerator: CompiledPattern[];
  denominator: CompiledPattern[];
  stated: CompiledPattern[];
  tolerance: Tolerance;
  within: "sentence" | "paragraph";
  scope: CompiledScope | null;
}): KindRuntime {
  const roles: Array<LabelRole<"n" | "d" | "s">> = [
    { role: "s", patterns: spec.stated, kinds: ["rate"] },
    { role: "n", patterns: spec.numerator, kinds: COUNTS },
    { role: "d", patterns: spec.denominator, kinds: COUNTS },
  ];
  return {
    type: "consistency",
    evaluate(context) {
      const numbers = labelledNumbers(context, roles, 30, resolveScope(context, spec.scope));
      const unitOf = (n: NumericFact) => unitKey(context, n, spec.within);
      let checked = 0;
      let inconsistent = 0;
      let firstDisplay: string | undefined;
      const evidence: EvidenceInput[] = [];
      for (const s of numbers.filter((n) => n.role === "s")) {
        const same = (role: "n" | "d") => numbers.filter((n) => n.role === role && unitOf(n.number) === unitOf(s.number)).map((n) => n.number);
        const num = nearest(same("n"), s.number);
        const den = nearest(same("d"), s.number);
        // Never judge a rate whose denominator (or numerator) the report does not state (DOMAIN §3.2).
        if (!num || !den || den.value === 0) continue;
        if (num.approx || den.approx || num.bound !== null || den.bound !== null) continue;
        checked++;
        const computed = num.value / den.value;
        const stated = s.number.value;
        const tol = spec.tolerance.auto ? statedTolerance(s.number) : spec.tolerance.value;
        const ok =
          s.number.bound === "lower" ? computed >= stated - tol - 1e-9 : s.number.bound === "upper" ? computed <= stated + tol + 1e-9 : Math.abs(computed - stated) <= tol + 1e-9;
        const computedText = formatPercent(computed, s.number.decimals + 2);
        const display = `${num.raw} ÷ ${den.raw} = ${computedText}，${s.number.raw}`;
        firstDisplay ??= display;
        if (!ok) {
          inconsistent++;
          context.report({
            messageId: MESSAGE,
            data: { stated: s.number.raw, computed: computedText, numerator: num.raw, denominator: den.raw },
            evidence: [s.number, num, den],
          });
        } else {
          evidence.push(s.number, num, den);
        }
      }
      if (checked === 0) return { score: null, notApplicable: true, displayValue: { zh: "没有找到可核算的比率（分子、分母须都写明）", en: "No rate with both its numerator and denominator stated" } };
      return { score: inconsistent > 0 ? 0 : 1, value: { checked, inconsistent }, ...(firstDisplay ? { displayValue: firstDisplay } : {}), evidence };
    },
  };
}

function unitKey(context: RuleContext, n: NumericFact, within: "sentence" | "paragraph"): number {
  if (within === "sentence") return n.sentence;
  return context.model.sentences[n.sentence]?.paragraph ?? n.sentence;
}

/** The candidate closest to `anchor`; one after it wins a tie (totals usually come first). */
function nearest(candidates: NumericFact[], anchor: NumericFact): NumericFact | undefined {
  let best: NumericFact | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === anchor) continue;
    const d = c.span[0] >= anchor.span[1] ? c.span[0] - anchor.span[1] : anchor.span[0] - c.span[1] + 0.5;
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}

function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
}

function formatPercent(v: number, decimals: number): string {
  return `${(v * 100).toFixed(Math.min(6, decimals))}%`;
}

// ---------------------------------------------------------------- conditional

export function conditional(spec: {
  when: CompiledPattern[];
  then: CompiledPattern[];
  within: "sentence" | "paragraph" | "section" | "report";
  scope: CompiledScope | null;
}): KindRuntime {
  return {
    type: "custom",
    evaluate(context) {
      const ranges: Ranges = resolveScope(context, spec.scope);
      const ifHits = findHits(context, spec.when, ranges);
      if (ifHits.length === 0) {
        return { score: null, notApplicable: true, displayValue: { zh: `报告没有写到 ${list(spec.when)}，本规则不适用`, en: `The report does not mention ${list(spec.when)}; not applicable` } };
      }
      const thenHits = findHits(context, spec.then, ranges);
      const unit = (h: Hit): string =>
        spec.within === "sentence" ? `s${h.sentence}` : spec.within === "paragraph" ? `p${h.paragraph}` : spec.within === "section" ? `h${context.query.sectionAt(h.span[0])?.id ?? ""}` : "r";
      const satisfied = new Set(thenHits.map(unit));
      const reported = new Set<string>();
      for (const h of ifHits) {
        const u = unit(h);
        if (satisfied.has(u) || reported.has(u)) continue;
        reported.add(u);
        context.report({
          messageId: MESSAGE,
          data: { if: h.text, then: list(spec.then), within: spec.within },
          evidence: spec.within === "sentence" ? (context.model.sentences[h.sentence] ?? h.span) : h.span,
        });
      }
      return { score: reported.size === 0 ? 1 : 0, evidence: thenHits.slice(0, 3).map((h) => h.span) };
    },
  };
}
