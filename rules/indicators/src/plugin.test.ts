import { describe, expect, it } from "vitest";
import { PluginSchema } from "@fazhi/rule-kit";
import plugin from "./index.js";

describe("@fazhi/rules-indicators", () => {
  it("matches PluginSchema", () => {
    const parsed = PluginSchema.safeParse(plugin);
    expect(parsed.success, parsed.error?.message).toBe(true);
  });
  it("keys every rule by its meta.id and provides the facts they require", () => {
    for (const [key, rule] of Object.entries(plugin.rules)) {
      expect(key).toBe(rule.meta.id);
      for (const f of rule.meta.requires ?? []) expect(Object.keys(plugin.facts)).toContain(f);
    }
    expect(Object.keys(plugin.facts)).toEqual(["indicators"]);
  });
});
