/**
 * A plugin written for the engine's tests: each rule exercises one path of the runner or the scorer.
 * Rules are triggered by marker words in the test reports (see reports.ts), so one run can mix outcomes.
 */
import { definePlugin, defineRule, type RuleModule } from "@fazhi/rule-kit";

const t = (zh: string, en = zh) => ({ zh, en });

/** How many times each fact was computed (tests read and reset it). */
export const factCalls = { stats: 0 };

function numberAfter(text: string, pattern: RegExp): number | null {
  const m = pattern.exec(text);
  return m ? Number(m[1]) : null;
}

const rules: Record<string, RuleModule> = {
  /** Visitor-only: one finding per sentence that says 草稿 (draft) → scored binary. */
  "no-draft": defineRule({
    meta: { id: "no-draft", type: "custom", title: t("不得含草稿字样", "No draft marks"), description: t("d"), messages: { draft: t("含“草稿”", "says draft") }, version: "1.0.0" },
    create: (context) => ({
      sentence(sentence) {
        if (sentence.raw.includes("草稿")) context.report({ messageId: "draft", evidence: sentence });
      },
    }),
  }),
  /** The stated mediation success rate (…成功率98%) as a fraction; the scheme scores it. */
  "success-rate": defineRule({
    meta: { id: "success-rate", type: "indicator", title: t("调解成功率", "Mediation success rate"), description: t("d"), messages: {}, version: "1.0.0" },
    evaluate: (context) => {
      const percent = numberAfter(context.model.text, /成功率(\d+(?:\.\d+)?)%/);
      return percent === null ? { score: null } : { score: null, value: percent / 100, displayValue: `${percent}%` };
    },
  }),
  /** Complaints received (投诉N件): lower is better. */
  complaints: defineRule({
    meta: { id: "complaints", type: "indicator", title: t("投诉件数", "Complaints"), description: t("d"), messages: {}, version: "1.0.0" },
    evaluate: (context) => {
      const n = numberAfter(context.model.text, /投诉(\d+)件/);
      return n === null ? { score: null } : { score: null, value: n };
    },
  }),
  /** The report's own score (自评N分 → N/100): lets a test set a report's total directly. */
  "self-score": defineRule({
    meta: { id: "self-score", type: "custom", title: t("自评分", "Self score"), description: t("d"), messages: {}, version: "1.0.0" },
    evaluate: (context) => {
      const n = numberAfter(context.model.text, /自评(\d+(?:\.\d+)?)分/);
      return { score: n === null ? null : n / 100 };
    },
  }),
  /** Second self score (副评N分), for tie-breaker categories. */
  "second-score": defineRule({
    meta: { id: "second-score", type: "custom", title: t("副评分", "Second score"), description: t("d"), messages: {}, version: "1.0.0" },
    evaluate: (context) => {
      const n = numberAfter(context.model.text, /副评(\d+(?:\.\d+)?)分/);
      return { score: n === null ? null : n / 100 };
    },
  }),
  /** Applies only to townships. */
  "township-only": defineRule({
    meta: { id: "township-only", type: "custom", title: t("乡镇专项", "Township only"), description: t("d"), messages: {}, version: "1.0.0" },
    evaluate: (context) => (context.model.meta.level === "township" ? { score: 1 } : { score: null, notApplicable: true }),
  }),
  /** Throws on reports that say 崩溃. */
  crash: defineRule({
    meta: { id: "crash", type: "custom", title: t("会崩溃的规则", "Crashing rule"), description: t("d"), messages: {}, version: "1.0.0" },
    evaluate: (context) => {
      if (context.model.text.includes("崩溃")) throw new Error("boom");
      return { score: 1 };
    },
  }),
  /** Never settles on reports that say 慢 (an async hang). */
  "slow-async": defineRule({
    meta: { id: "slow-async", type: "custom", title: t("慢规则", "Slow rule"), description: t("d"), messages: {}, version: "1.0.0", timeLimitMs: 100 },
    evaluate: async (context) => {
      if (context.model.text.includes("慢")) await new Promise(() => {});
      return { score: 1 };
    },
  }),
  /** Spins forever on reports that say 死循环 (a synchronous hang). */
  hang: defineRule({
    meta: { id: "hang", type: "custom", title: t("死循环规则", "Hanging rule"), description: t("d"), messages: {}, version: "1.0.0", timeLimitMs: 300 },
    evaluate: (context) => {
      if (context.model.text.includes("死循环")) for (;;) {}
      return { score: 1 };
    },
  }),
  /** Busy for 250 ms on reports that say 很久 — over its 50 ms limit, but it does finish. */
  "slow-sync": defineRule({
    meta: { id: "slow-sync", type: "custom", title: t("慢同步规则", "Slow sync rule"), description: t("d"), messages: {}, version: "1.0.0", timeLimitMs: 50 },
    evaluate: (context) => {
      if (context.model.text.includes("很久")) for (const end = Date.now() + 250; Date.now() < end; );
      return { score: 1 };
    },
  }),
  /** Quick itself, with a 50 ms limit, but it requires a fact that is busy for 250 ms on reports that say 很久. */
  "slow-fact-user": defineRule({
    meta: { id: "slow-fact-user", type: "custom", title: t("用慢事实的规则", "Slow fact user"), description: t("d"), messages: {}, version: "1.0.0", timeLimitMs: 50, requires: ["t-slow"] },
    evaluate: (context) => ({ score: 1, value: context.fact<number>("t-slow") }),
  }),
  "stats-a": defineRule({
    meta: { id: "stats-a", type: "custom", title: t("事实甲", "Fact user A"), description: t("d"), messages: {}, version: "1.0.0", requires: ["t-stats"] },
    evaluate: (context) => ({ score: 1, value: context.fact<{ sentences: number }>("t-stats").sentences }),
  }),
  "stats-b": defineRule({
    meta: { id: "stats-b", type: "custom", title: t("事实乙", "Fact user B"), description: t("d"), messages: {}, version: "1.0.0", requires: ["t-stats"] },
    evaluate: (context) => ({ score: 1, value: context.fact<{ sentences: number }>("t-stats").sentences }),
  }),
  "needs-missing": defineRule({
    meta: { id: "needs-missing", type: "custom", title: t("缺事实", "Missing fact"), description: t("d"), messages: {}, version: "1.0.0", requires: ["no-such-fact"] },
    evaluate: () => ({ score: 1 }),
  }),
  /** Reads a fact it did not declare: runRule's MissingFactError. */
  "undeclared-fact": defineRule({
    meta: { id: "undeclared-fact", type: "custom", title: t("未声明事实", "Undeclared fact"), description: t("d"), messages: {}, version: "1.0.0" },
    evaluate: (context) => ({ score: 1, value: context.fact("t-stats") }),
  }),
  "cycle-user": defineRule({
    meta: { id: "cycle-user", type: "custom", title: t("循环事实", "Cyclic fact"), description: t("d"), messages: {}, version: "1.0.0", requires: ["cyc-a"] },
    evaluate: (context) => ({ score: 1, value: context.fact("cyc-a") }),
  }),
  /** Enabled but in no category in most tests: informative. */
  "info-only": defineRule({
    meta: { id: "info-only", type: "custom", title: t("仅提示", "Info only"), description: t("d"), messages: { note: t("提示") }, version: "1.0.0" },
    create: (context) => ({ "report:exit": () => context.report({ messageId: "note" }) }),
  }),
};

export const testPlugin = definePlugin({
  meta: { name: "fazhi-plugin-test", version: "1.0.0", namespace: "t" },
  rules,
  facts: {
    "t-stats": {
      version: "1.0.0",
      compute: ({ model }) => {
        factCalls.stats++;
        return { sentences: model.sentences.length };
      },
    },
    "t-slow": {
      version: "1.0.0",
      compute: ({ model }) => {
        if (model.text.includes("很久")) for (const end = Date.now() + 250; Date.now() < end; );
        return model.sentences.length;
      },
    },
    "cyc-a": { version: "1.0.0", requires: ["cyc-b"], compute: ({ fact }) => fact("cyc-b") },
    "cyc-b": { version: "1.0.0", requires: ["cyc-a"], compute: ({ fact }) => fact("cyc-a") },
    /** A fact that fills the result's indicators section by declaring it (its id says nothing), exposing `toResult()`. */
    "t-indicators": {
      version: "1.0.0",
      fills: "indicators",
      compute: ({ model }) => ({
        toResult: () => {
          const m = /成功率(\d+(?:\.\d+)?)%/.exec(model.text);
          if (!m) return [];
          const line = model.text.slice(0, m.index).split("\n").length;
          return [{ id: "mediation.successRate", value: Number(m[1]) / 100, unit: "ratio", basis: "stated", approx: false, evidence: { line, text: m[0] } }];
        },
      }),
    },
  },
});
