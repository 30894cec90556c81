import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadConfig } from "@fazhi/engine";
import { recommendedScheme } from "./scheme.js";

const here = dirname(fileURLToPath(import.meta.url));
const defaultConfig = join(here, "../../../packages/cli/defaults/fazhi.config.yaml");

describe("the recommended scheme", () => {
  it("loads as fazhi's default configuration without a mistake", async () => {
    const config = await loadConfig({ cwd: here, defaultConfigFile: defaultConfig });
    expect(config.scheme.id).toBe("fazhi-recommended");
    expect(config.scheme.categories.map((c) => c.id)).toEqual(["structure", "indicators", "consistency", "disclosure"]);
    expect(config.scheme.ranking.cohortBy).toEqual(["level"]);
    for (const category of config.scheme.categories) for (const check of category.checks) expect(config.rules.has(check.rule), check.rule).toBe(true);
  });

  it("explains every category and every scored rule in its README", () => {
    const readme = readFileSync(join(here, "../README.md"), "utf8");
    const scoring = recommendedScheme.scoring as { categories: Array<{ id: string; weight: number; checks: Array<{ rule: string }> }> };
    for (const category of scoring.categories) {
      expect(readme).toContain(category.id);
      expect(readme).toContain(`| ${category.weight} |`);
      for (const check of category.checks) expect(readme, check.rule).toContain(check.rule.split("/")[1]);
    }
  });

  it("adds up to 100 points across categories", () => {
    const scoring = recommendedScheme.scoring as { categories: Array<{ weight: number }> };
    expect(scoring.categories.reduce((s, c) => s + c.weight, 0)).toBe(100);
  });
});

describe("the department profile", () => {
  const scoring = recommendedScheme.scoring as { categories: Array<{ id: string; checks: Array<{ rule: string; weight: number; levels?: string[] }> }> };
  const checks = scoring.categories.flatMap((c) => c.checks);

  it("village legal advisers and mediation are asked of governments only; departments get their own key-indicator list", () => {
    expect(checks.find((c) => c.rule === "indicators/disclosed")?.levels).not.toContain("department");
    expect(checks.find((c) => c.rule === "indicators/mediation-success-rate")?.levels).not.toContain("department");
    expect(checks.find((c) => c.rule === "recommended/department-disclosed")?.levels).toEqual(["department"]);
    const weight = (rule: string) => checks.find((c) => c.rule === rule)!.weight;
    expect(weight("recommended/department-disclosed")).toBe(weight("indicators/disclosed"));
  });

  it("the department list asks for nothing only a local government does", async () => {
    const { DEPARTMENT_EXPECTED } = await import("./department-disclosed.js");
    const ids = DEPARTMENT_EXPECTED.flat();
    expect(ids.some((id) => id.startsWith("legalAdvisor.") || id.startsWith("mediation."))).toBe(false);
  });
});
