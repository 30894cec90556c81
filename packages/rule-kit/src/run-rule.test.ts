import { parseText } from "@fazhi/core";
import { describe, expect, it } from "vitest";
import { MissingFactError } from "./errors.js";
import { ReportSession } from "./facts.js";
import { runRule } from "./run-rule.js";
import type { RuleModule } from "./types.js";

const REPORT = "青禾县2024年法治政府建设情况报告\n一、主要举措\n县长履行推进法治建设第一责任人职责。\n全年办理行政复议案件41件，调解成功率97.5%。\n二、下一步工作打算\n明年继续推进。\n";
const model = parseText(REPORT, "qinghe.txt");

const meta = (extra: Partial<RuleModule["meta"]> = {}): RuleModule["meta"] => ({
  id: "numbers",
  type: "custom",
  title: { zh: "数字", en: "Numbers" },
  description: { zh: "数字", en: "Numbers" },
  messages: { seen: { zh: "第{n}个数字：{raw}", en: "number {n}: {raw}" } },
  version: "1.0.0",
  ...extra,
});

describe("runRule", () => {
  it("calls the visitors in document order, then report:exit, then evaluate; findings quote the report", async () => {
    const calls: string[] = [];
    const rule: RuleModule = {
      meta: meta({ defaultOptions: { limit: 1, unit: "件" } }),
      create(context) {
        let n = 0;
        return {
          heading: (h) => void calls.push(`heading ${h.text}`),
          number(fact) {
            n++;
            calls.push(`number ${fact.raw}`);
            if (n <= (context.options.limit as number)) context.report({ messageId: "seen", data: { n, raw: fact.raw }, evidence: fact });
          },
          "report:exit": () => void calls.push("exit"),
        };
      },
      evaluate(context) {
        calls.push(`evaluate limit=${String(context.options.limit)} unit=${String(context.options.unit)}`);
        return { score: 0.5, evidence: [model.sentences[0]!] };
      },
    };
    const out = await runRule({ id: "qinghe/numbers", rule, model, options: { limit: 2 }, level: "error" });
    expect(calls.filter((c) => c.startsWith("heading"))).toEqual(["heading 一、主要举措", "heading 二、下一步工作打算"]);
    expect(calls.slice(-2)).toEqual(["exit", "evaluate limit=2 unit=件"]);
    expect(out.findings.map((f) => [f.ruleId, f.severity, f.message.zh, f.evidence[0]!.line])).toEqual([
      ["qinghe/numbers", "error", `第1个数字：${out.findings[0]!.data!.raw}`, 1],
      ["qinghe/numbers", "error", `第2个数字：${out.findings[1]!.data!.raw}`, 4],
    ]);
    expect(out.findings[1]!.evidence[0]!.text).toBe("41件");
    expect(out.outcome?.score).toBe(0.5);
    expect(out.outcomeEvidence).toEqual([{ line: 1, text: model.text.slice(model.sentences[0]!.span[0], model.sentences[0]!.span[1]) }]);
  });

  it("a visitor-only rule has no outcome; an unknown messageId is an error that names the rule", async () => {
    const quiet: RuleModule = { meta: meta(), create: () => ({}) };
    expect(await runRule({ id: "qinghe/quiet", rule: quiet, model })).toEqual({ findings: [], outcome: null, outcomeEvidence: [] });
    const wrong: RuleModule = { meta: meta(), create: (c) => ({ "report:exit": () => c.report({ messageId: "nope" }) }) };
    await expect(runRule({ id: "qinghe/wrong", rule: wrong, model })).rejects.toThrow('rule qinghe/wrong reported unknown messageId "nope"');
  });

  it("gives a rule only the facts it lists in meta.requires, and says which is missing", async () => {
    const reads = (requires: string[] | undefined): RuleModule => ({ meta: meta(requires ? { requires } : {}), evaluate: (c) => ({ score: c.fact<number>("count") }) });
    const session = new ReportSession(model, { providers: new Map([["count", { version: "1.0.0", compute: () => 1 }]]) });
    expect((await runRule({ id: "q/r", rule: reads(["count"]), session })).outcome).toEqual({ score: 1 });
    const undeclared = await runRule({ id: "q/r", rule: reads(undefined), session }).catch((e: unknown) => e);
    expect(undeclared).toBeInstanceOf(MissingFactError);
    expect(undeclared).toMatchObject({ ruleId: "q/r", factId: "count", declared: false, message: 'rule q/r reads fact "count" without listing it in meta.requires' });
    const unprovided = await runRule({ id: "q/r", rule: reads(["count"]), model }).catch((e: unknown) => e);
    expect(unprovided).toMatchObject({ declared: true, message: 'rule q/r requires fact "count", but no loaded plugin provides it' });
  });
});
