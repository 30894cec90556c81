import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PluginSchema } from "@fazhi/rule-kit";
import { checkRuleModule } from "@fazhi/rule-tester";
import plugin from "./index.js";

describe("@fazhi/rules-disclosure", () => {
  it("matches PluginSchema", () => {
    const parsed = PluginSchema.safeParse(plugin);
    expect(parsed.success, parsed.error?.message).toBe(true);
  });

  it("keys every rule by its meta.id, all of type disclosure, each well-formed with a schema and defaults", () => {
    for (const [key, rule] of Object.entries(plugin.rules)) {
      expect(key).toBe(rule.meta.id);
      expect(rule.meta.type).toBe("disclosure");
      expect(rule.meta.schema).toBeDefined();
      expect(rule.meta.defaultOptions).toBeDefined();
      checkRuleModule(`disclosure/${key}`, rule);
    }
  });

  it("every rule has its test beside it", () => {
    const files = readdirSync(new URL("./", import.meta.url));
    for (const id of Object.keys(plugin.rules)) expect(files).toContain(`${id}.test.ts`);
  });

  it("the README documents every rule", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    for (const id of Object.keys(plugin.rules)) expect(readme).toContain(`disclosure/${id}`);
    expect(readme).not.toMatch(/第二十五条|UNVERIFIED/u);
  });
});
