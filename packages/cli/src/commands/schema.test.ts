import { describe, expect, it } from "vitest";
import { createAjv } from "@fazhi/user-files";
import { runMain } from "../test-support.js";

const schemaOf = async (which: string) => {
  const r = await runMain(["schema", which]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as object;
};

describe("fazhi schema", () => {
  it("prints a config schema that accepts a config staff would write and refuses a misspelt level", async () => {
    const validate = createAjv().compile(await schemaOf("config"));
    expect(validate({ extends: ["recommended/recommended"], rules: { "outline/measures": "error" }, settings: { region: "青禾县" } })).toBe(true);
    expect(validate({ rules: { "outline/measures": "warning" } })).toBe(false);
  });

  it("prints a rule-file schema that accepts a presence rule and refuses one without examples", async () => {
    const validate = createAjv().compile(await schemaOf("rule"));
    const rule = { id: "qinghe/first-responsible", kind: "presence", title: "写明第一责任人职责", message: "没有写到 {phrases}", phrases: ["第一责任人职责"], examples: { pass: ["县长履行第一责任人职责。"], fail: ["县长履行职责。"] } };
    expect(validate(rule)).toBe(true);
    const { examples: _examples, ...withoutExamples } = rule;
    expect(validate(withoutExamples)).toBe(false);
  });

  it("prints the result schema, and refuses an unknown schema with a did-you-mean (exit 2)", async () => {
    expect(await schemaOf("result")).toMatchObject({ type: "object" });
    const r = await runMain(["schema", "reslt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("是不是“result”？");
    expect(r.stdout).toBe("");
  });
});
