import { parseText } from "@fazhi/core";
import { describe, expect, it } from "vitest";
import { FactError, NoOutlineError } from "./errors.js";
import { factProviders, ReportSession } from "./facts.js";
import { runRule } from "./run-rule.js";
import type { FactModule, OutlineScopes, Plugin, RuleModule } from "./types.js";

const REPORT = "青禾县2024年法治政府建设情况报告\n一、主要举措\n全面推进依法行政。\n二、下一步工作打算\n明年继续推进。\n";
const model = parseText(REPORT, "qinghe.txt");
const fact = (compute: FactModule["compute"], extra: Partial<FactModule> = {}): FactModule => ({ version: "1.0.0", compute, ...extra });
const plugin = (namespace: string, facts: Record<string, FactModule>): Plugin => ({ meta: { name: namespace, version: "1.0.0", namespace }, facts });

/** An outline fact written for the test: the plan is everything from "明年" on. */
const plan = (): OutlineScopes => ({ parts: { nextYearPlan: { spans: [[REPORT.indexOf("明年"), REPORT.length]] } } });

describe("ReportSession facts", () => {
  it("computes a fact once, after the facts it requires, and shares it", () => {
    let computed = 0;
    const providers = factProviders([
      plugin("a", {
        "a/count": fact(() => ++computed),
        "a/double": fact(({ fact: get }) => get<number>("a/count") * 2, { requires: ["a/count"] }),
      }),
    ]);
    const session = new ReportSession(model, { providers });
    expect(session.fact("a/double")).toBe(2);
    expect(session.fact("a/count")).toBe(1);
    expect(computed).toBe(1);
  });

  it("names a cycle, says which fact is missing, remembers a failure and names the fact that needed it", () => {
    let tries = 0;
    const providers = factProviders([
      plugin("c", {
        "c/a": fact(({ fact: get }) => get("c/b"), { requires: ["c/b"] }),
        "c/b": fact(({ fact: get }) => get("c/a"), { requires: ["c/a"] }),
        "c/broken": fact(() => {
          tries++;
          throw new Error("表格无法读取");
        }),
        "c/user": fact(({ fact: get }) => get("c/broken"), { requires: ["c/broken"] }),
        "c/sly": fact(({ fact: get }) => get("c/broken")),
      }),
    ]);
    const session = new ReportSession(model, { providers });
    expect(() => session.fact("c/b")).toThrowError(/c\/b → c\/a → c\/b/);
    expect(() => session.fact("nothing")).toThrowError(FactError);
    expect(() => session.fact("c/user")).toThrowError('fact "c/user" depends on fact "c/broken": fact "c/broken" failed: 表格无法读取');
    expect(() => session.fact("c/broken")).toThrowError("表格无法读取");
    expect(tries).toBe(1);
    expect(() => session.fact("c/sly")).toThrowError('fact "c/sly" reads fact "c/broken" without listing it in requires');
  });

  it("the first plugin to provide a fact id wins", () => {
    const providers = factProviders([plugin("first", { shared: fact(() => "first") }), plugin("second", { shared: fact(() => "second") })]);
    expect(new ReportSession(model, { providers }).fact("shared")).toBe("first");
  });

  it("seals each value it computes (the RuleTester freezes them)", () => {
    const providers = factProviders([plugin("s", { "s/list": fact(() => [1, 2]) })]);
    const session = new ReportSession(model, { providers, seal: (v) => Object.freeze(v) });
    expect(Object.isFrozen(session.fact("s/list"))).toBe(true);
  });
});

describe("ReportSession outline parts", () => {
  it("finds the fact that fills a section by its declaration, never by its id", () => {
    const providers = factProviders([plugin("office", { outline: fact(() => null), "office/parts": fact(plan, { fills: "outline" }) })]);
    const session = new ReportSession(model, { providers });
    expect(session.filling("outline")).toBe("office/parts");
    expect(session.filling("consistency")).toBeUndefined();
    expect(session.sectionFacts()).toEqual(["office/parts"]);
    expect(session.query().findPhrases(["推进"], { part: "nextYearPlan" }).map((h) => h.span[0])).toEqual([REPORT.lastIndexOf("推进")]);
    expect(session.query().findPhrases(["推进"])).toHaveLength(2);
    expect(session.query().partSpans("measures")).toEqual([]);
  });

  it("a part scope with no fact filling the outline is a missing-fact error that says what to load", () => {
    const session = new ReportSession(model, { providers: factProviders([plugin("x", { outline: fact(plan) })]) });
    const error = (() => {
      try {
        session.query().findPhrases(["推进"], { part: "nextYearPlan" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(NoOutlineError);
    expect(error).toMatchObject({ kind: "missing", message: expect.stringContaining('fills: "outline"') });
  });

  it("a rule that scopes by part needs no fact id: the session answers from whichever fact fills the outline", async () => {
    const rule: RuleModule = {
      meta: { id: "plan", type: "custom", title: { zh: "计划", en: "Plan" }, description: { zh: "计划", en: "Plan" }, messages: {}, version: "1.0.0" },
      evaluate: (context) => ({ score: context.query.hasPhrase(["推进"], { part: "nextYearPlan" }) ? 1 : 0 }),
    };
    const session = new ReportSession(model, { providers: factProviders([plugin("mine", { "mine/outline": fact(plan, { fills: "outline" }) })]) });
    expect((await runRule({ id: "t/plan", rule, session })).outcome).toEqual({ score: 1 });
    await expect(runRule({ id: "t/plan", rule, model })).rejects.toBeInstanceOf(NoOutlineError);
  });
});
