import { ResultSchema } from "@fazhi/result";
import { describe, expect, it } from "vitest";
import { json } from "./json.js";
import { fixtureResult } from "./test-fixtures/result.js";

describe("json reporter", () => {
  it("prints the result as pretty JSON that parses back to the same valid result", () => {
    const text = json(fixtureResult);
    expect(text.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
    const parsed = JSON.parse(text);
    expect(parsed).toEqual(fixtureResult);
    expect(ResultSchema.safeParse(parsed).success).toBe(true);
  });

  it("is deterministic: the same input gives byte-identical output, also after a JSON round trip", () => {
    const a = json(fixtureResult);
    expect(json(fixtureResult)).toBe(a);
    expect(json(JSON.parse(a))).toBe(a);
    expect(json(structuredClone(fixtureResult), { lang: "en" })).toBe(a);
  });
});
