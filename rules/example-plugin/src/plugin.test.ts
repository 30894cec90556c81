import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PluginSchema } from "@fazhi/rule-kit";
import { runCase } from "@fazhi/rule-tester";
import plugin from "./index.js";

describe("@fazhi/rules-example", () => {
  it("matches PluginSchema", () => {
    const parsed = PluginSchema.safeParse(plugin);
    expect(parsed.success, parsed.error?.message).toBe(true);
  });

  it("keys every rule by its meta.id", () => {
    for (const [key, rule] of Object.entries(plugin.rules)) expect(key).toBe(rule.meta.id);
  });

  it("provides every fact its rules require", () => {
    for (const rule of Object.values(plugin.rules)) for (const f of rule.meta.requires ?? []) expect(Object.keys(plugin.facts)).toContain(f);
  });

  it("the preset names only this plugin's rules, and every scored rule is enabled", () => {
    const ids = Object.keys(plugin.rules).map((id) => `${plugin.meta.namespace}/${id}`);
    const preset = plugin.presets.recommended as {
      rules: Record<string, unknown>;
      scoring: { categories: Array<{ weight: number; checks: Array<{ rule: string }> }>; ranking: { cohortBy: string[] } };
    };
    for (const id of Object.keys(preset.rules)) expect(ids).toContain(id);
    const scored = preset.scoring.categories.flatMap((c) => c.checks.map((k) => k.rule));
    for (const id of scored) expect(Object.keys(preset.rules)).toContain(id);
    expect(preset.scoring.categories.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(preset.scoring.ranking.cohortBy).toEqual(["level"]);
  });
});

/** The five sample reports against their hand-read answer key (seeds/expected/seeds.json). */
describe("on the seed reports", () => {
  const seeds = new URL("../../../seeds/", import.meta.url);
  const key = JSON.parse(readFileSync(new URL("expected/seeds.json", seeds), "utf8")) as {
    reports: Array<{
      file: string;
      outline: { firstResponsible: { status: "heading" | "inline" | "absent" } };
      indicators: Array<{ id: string; value: number }>;
    }>;
  };
  const defaults = { plugins: [plugin] };
  for (const report of key.reports) {
    const text = readFileSync(new URL(report.file, seeds), "utf8");
    const status = report.outline.firstResponsible.status;
    it(`${report.file}: first-responsible ${status}`, async () => {
      await runCase({
        ruleId: "example/first-responsible-mentioned",
        rule: plugin.rules["first-responsible-mentioned"],
        kind: status === "absent" ? "invalid" : "valid",
        testCase: status === "absent" ? { text, errors: [{ messageId: "absent" }] } : { text },
        defaults,
      });
    });
    const rate = report.indicators.find((i) => i.id === "litigation.headAppearanceRate");
    it(`${report.file}: head appearance rate ${rate?.value ?? "absent"}`, async () => {
      await runCase({
        ruleId: "example/head-appearance-rate",
        rule: plugin.rules["head-appearance-rate"],
        kind: rate ? "valid" : "invalid",
        testCase: rate ? { text, score: null, value: rate.value } : { text, errors: [{ messageId: "missing" }] },
        defaults,
      });
    });
  }
});
