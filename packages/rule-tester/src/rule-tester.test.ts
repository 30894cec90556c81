import { describe, expect, it } from "vitest";
import { defineFact, definePlugin, defineRule, type RuleModule } from "@fazhi/rule-kit";
import { caseName, RuleTester, runCase, type RuleTesterDefaults } from "./index.js";
import { deepFreeze, structuralHash } from "./freeze.js";

/** A small correct rule: reports every sentence that mentions 败诉 (lost cases). */
const lossMentioned = defineRule({
  meta: {
    id: "loss-mentioned",
    type: "custom",
    title: { zh: "提及败诉", en: "Lost cases mentioned" },
    description: { zh: "标出提到败诉的句子。", en: "Marks sentences that mention lost cases." },
    schema: { type: "object", properties: { max: { type: "integer", minimum: 0 } }, additionalProperties: false },
    defaultOptions: { max: 0 },
    messages: { lost: { zh: "提到败诉（第{n}处）。", en: "Lost cases mentioned (#{n})." } },
    version: "1.0.0",
  },
  create(context) {
    let n = 0;
    return {
      "report:exit"() {
        const hits = context.query.findPhrases(["败诉"]);
        if (hits.length <= (context.options.max as number)) return;
        for (const hit of hits) context.report({ messageId: "lost", data: { n: ++n }, evidence: context.model.sentences[hit.sentence]! });
      },
    };
  },
});

const TEXT_LOST = "一、主要举措和成效\n全年行政诉讼案件12件，败诉1件。\n";
const TEXT_CLEAN = "一、主要举措和成效\n全年行政诉讼案件12件，全部胜诉。\n";

function withRule(overrides: Partial<RuleModule>): RuleModule {
  return { ...lossMentioned, ...overrides, meta: { ...lossMentioned.meta, ...(overrides.meta ?? {}) } } as RuleModule;
}

const run = (rule: RuleModule, kind: "valid" | "invalid", testCase: Parameters<typeof runCase>[0]["testCase"], defaults?: RuleTesterDefaults) =>
  runCase({ ruleId: `test/${rule.meta.id}`, rule, kind, testCase, ...(defaults ? { defaults } : {}) });

describe("runCase: a correct rule passes", () => {
  it("valid case: no findings, score 1", async () => {
    const out = await runCase({ ruleId: "test/loss-mentioned", rule: lossMentioned, kind: "valid", testCase: TEXT_CLEAN });
    expect(out.findings).toEqual([]);
  });
  it("invalid case: messageId, line, evidence, data", async () => {
    const out = await runCase({
      ruleId: "test/loss-mentioned",
      rule: lossMentioned,
      kind: "invalid",
      testCase: { text: TEXT_LOST, errors: [{ messageId: "lost", line: 2, evidence: "败诉1件", data: { n: 1 } }], score: 0 },
    });
    expect(out.findings[0]?.message.zh).toBe("提到败诉（第1处）。");
  });
  it("Traditional text, evidence quoted as written", async () => {
    await runCase({
      ruleId: "test/loss-mentioned",
      rule: lossMentioned,
      kind: "invalid",
      testCase: { text: "一、主要舉措和成效\n全年行政訴訟案件12件，敗訴1件。\n", errors: [{ messageId: "lost", evidence: "敗訴1件" }] },
    });
  });
  it("valid options make an invalid case valid", async () => {
    await runCase({ ruleId: "test/loss-mentioned", rule: lossMentioned, kind: "valid", testCase: { text: TEXT_LOST, options: { max: 1 } } });
  });
});

describe("runCase: the tester fails what it should", () => {
  it("a rule that mutates the model", async () => {
    const mutating = withRule({
      create: undefined,
      evaluate(context) {
        (context.model.sentences as unknown[]).reverse();
        return { score: 1 };
      },
    });
    await expect(run(mutating, "valid", TEXT_CLEAN)).rejects.toThrow(/modified the report model/);
    const assigning = withRule({
      create: undefined,
      evaluate(context) {
        (context.model.meta as { issuer: string | null }).issuer = "某某县人民政府";
        return { score: 1 };
      },
    });
    await expect(run(assigning, "valid", TEXT_CLEAN)).rejects.toThrow(/modified the report model.*read-only/s);
  });

  it("a nondeterministic rule", async () => {
    let calls = 0;
    const flaky = withRule({ create: undefined, evaluate: () => ({ score: 1, value: ++calls }) });
    await expect(run(flaky, "valid", TEXT_CLEAN)).rejects.toThrow(/not deterministic/);
  });

  it("a rule that reports an unknown messageId", async () => {
    const unknown = withRule({
      create: (context) => ({ "report:exit": () => context.report({ messageId: "lostt", evidence: context.model.sentences[1]! }) }),
    });
    await expect(run(unknown, "invalid", { text: TEXT_LOST, errors: 1 })).rejects.toThrow(/unknown messageId "lostt"/);
  });

  it("a case that expects an unknown messageId", async () => {
    await expect(run(lossMentioned, "invalid", { text: TEXT_LOST, errors: [{ messageId: "lose" }] })).rejects.toThrow(
      /unknown messageId "lose".*has: lost/,
    );
  });

  it("a case with invalid options fails with the ajv message", async () => {
    await expect(run(lossMentioned, "valid", { text: TEXT_CLEAN, options: { max: -1 } })).rejects.toThrow(/invalid options.*options\/max must be >= 0/);
    await expect(run(lossMentioned, "valid", { text: TEXT_CLEAN, options: { maxx: 1 } })).rejects.toThrow(/must NOT have additional properties/);
  });

  it("options on a rule without a schema", async () => {
    const noSchema = withRule({});
    delete (noSchema.meta as { schema?: unknown }).schema;
    delete (noSchema.meta as { defaultOptions?: unknown }).defaultOptions;
    await expect(run(noSchema, "valid", { text: TEXT_CLEAN, options: { max: 1 } })).rejects.toThrow(/no meta.schema/);
  });

  it("a message without English", async () => {
    const zhOnly = withRule({ meta: { ...lossMentioned.meta, messages: { lost: { zh: "提到败诉。", en: "" } } } });
    await expect(run(zhOnly, "valid", TEXT_CLEAN)).rejects.toThrow(/RuleModuleSchema|zh and en/);
  });

  it("a module that fails RuleModuleSchema", async () => {
    const badVersion = withRule({ meta: { ...lossMentioned.meta, version: "v1" } });
    await expect(run(badVersion, "valid", TEXT_CLEAN)).rejects.toThrow(/meta\.version/);
  });

  it("a required fact the tester was not given", async () => {
    const needy = withRule({ meta: { ...lossMentioned.meta, requires: ["test/cases"] }, create: undefined, evaluate: (c) => ({ score: c.fact<number>("test/cases") > 0 ? 1 : 0 }) });
    await expect(run(needy, "valid", TEXT_CLEAN)).rejects.toThrow(/requires fact "test\/cases" but none of the RuleTester's plugins provides it/);
    const cases = definePlugin({ meta: { name: "test-cases", version: "1.0.0", namespace: "test" }, facts: { "test/cases": defineFact({ version: "1.0.0", compute: (c) => c.model.numbers.length }) } });
    await run(needy, "valid", TEXT_CLEAN, { plugins: [cases] });
  });

  it("findings in a valid case, wrong count, line, evidence or data in an invalid one", async () => {
    await expect(run(lossMentioned, "valid", TEXT_LOST)).rejects.toThrow(/expected no findings but got 1:\n.*lost \(line 2/);
    await expect(run(lossMentioned, "invalid", { text: TEXT_LOST, errors: 2 })).rejects.toThrow(/expected 2 finding\(s\) but got 1/);
    await expect(run(lossMentioned, "invalid", { text: TEXT_LOST, errors: [{ messageId: "lost", line: 3 }] })).rejects.toThrow(/expected line 3.*line 2/);
    await expect(run(lossMentioned, "invalid", { text: TEXT_LOST, errors: [{ messageId: "lost", evidence: "胜诉" }] })).rejects.toThrow(/evidence containing "胜诉"/);
    await expect(run(lossMentioned, "invalid", { text: TEXT_LOST, errors: [{ messageId: "lost", data: { n: 2 } }] })).rejects.toThrow(/data\.n = 2 but got 1/);
    await expect(run(lossMentioned, "invalid", { text: TEXT_CLEAN, errors: 0 })).rejects.toThrow(/at least one finding/);
  });

  it("a wrong expected score", async () => {
    const half = withRule({ create: undefined, evaluate: () => ({ score: 0.5 }) });
    await expect(run(half, "valid", TEXT_CLEAN)).rejects.toThrow(/expected outcome score 1 but got 0.5/);
    await run(half, "valid", { text: TEXT_CLEAN, score: 0.5 });
    const outOfRange = withRule({ create: undefined, evaluate: () => ({ score: 1.5 }) });
    await expect(run(outOfRange, "valid", { text: TEXT_CLEAN, score: 1.5 })).rejects.toThrow(/\[0, 1\] or null/);
  });

  it("unfilled placeholders and evidence that is not in the report", async () => {
    const noData = withRule({ create: (c) => ({ "report:exit": () => c.report({ messageId: "lost", evidence: c.model.sentences[1]! }) }) });
    await expect(run(noData, "invalid", { text: TEXT_LOST, errors: 1 })).rejects.toThrow(/leaves \{n\} unfilled/);
    const invented = withRule({ create: (c) => ({ "report:exit": () => c.report({ messageId: "lost", data: { n: 1 }, evidence: { line: 2, text: "败诉99件" } }) }) });
    await expect(run(invented, "invalid", { text: TEXT_LOST, errors: 1 })).rejects.toThrow(/not in the report text/);
  });

  it("a rule tested under another id", async () => {
    await expect(runCase({ ruleId: "test/other", rule: lossMentioned, kind: "valid", testCase: TEXT_CLEAN })).rejects.toThrow(/meta.id is "loss-mentioned"/);
  });
});

describe("helpers", () => {
  it("case names default to the first 30 characters", () => {
    expect(caseName("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十多余的字")).toBe("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十");
    expect(caseName({ text: "a\nb", name: "named" })).toBe("named");
    expect(caseName("a\n\nb")).toBe("a b");
  });
  it("structural hash ignores key order and sees changes", () => {
    expect(structuralHash({ a: 1, b: [1, 2] })).toBe(structuralHash({ b: [1, 2], a: 1 }));
    expect(structuralHash({ a: 1, b: [1, 2] })).not.toBe(structuralHash({ a: 1, b: [2, 1] }));
    const frozen = deepFreeze({ a: { b: [1] } });
    expect(Object.isFrozen(frozen.a.b)).toBe(true);
  });
  it("computes a plugin's facts the way the engine does: following their requires, sealed against mutation", async () => {
    const plugin = definePlugin({
      meta: { name: "test-plugin", version: "1.0.0", namespace: "test" },
      facts: {
        "test/numbers": defineFact({ version: "1.0.0", compute: (c) => ({ count: c.model.numbers.length }) }),
        "test/double": defineFact({ version: "1.0.0", requires: ["test/numbers"], compute: (c) => ({ count: c.fact<{ count: number }>("test/numbers").count * 2 }) }),
      },
    });
    const reads = withRule({ meta: { ...lossMentioned.meta, requires: ["test/double"] }, create: undefined, evaluate: (c) => ({ score: 1, value: c.fact<{ count: number }>("test/double").count }) });
    await run(reads, "valid", { text: TEXT_LOST, value: 4 }, { plugins: [plugin] });
    const mutates = withRule({
      meta: { ...lossMentioned.meta, requires: ["test/numbers"] },
      create: undefined,
      evaluate: (c) => {
        c.fact<{ count: number }>("test/numbers").count = 0;
        return { score: 1 };
      },
    });
    await expect(run(mutates, "valid", TEXT_LOST, { plugins: [plugin] })).rejects.toThrow(/modified the report model \(or a fact\)/);
  });
});

// RuleTester.run itself, registering real vitest blocks for the correct rule.
new RuleTester().run("test/loss-mentioned", lossMentioned, {
  valid: [TEXT_CLEAN, { text: TEXT_LOST, name: "tolerated with max: 1", options: { max: 1 } }],
  invalid: [
    { text: TEXT_LOST, errors: [{ messageId: "lost", line: 2, evidence: "败诉" }] },
    { text: "一、主要舉措和成效\n敗訴1件，再審敗訴1件。\n", errors: [{ messageId: "lost", data: { n: 1 } }, { messageId: "lost", data: { n: 2 } }] },
  ],
});
