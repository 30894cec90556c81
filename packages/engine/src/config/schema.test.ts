import { describe, expect, it } from "vitest";
import { createAjv, parseUserFile, validateUserData } from "@fazhi/user-files";
import { configJsonSchema } from "./index.js";

describe("configJsonSchema", () => {
  it("is a valid draft-07 schema with Chinese and English descriptions", () => {
    const ajv = createAjv();
    expect(ajv.validateSchema(configJsonSchema)).toBe(true);
    const schema = configJsonSchema as { $schema: string; title: string; description: string; properties: Record<string, { description?: string }> };
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    for (const [key, property] of Object.entries(schema.properties)) {
      expect(property.description, key).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    }
  });

  it("accepts the documented example", () => {
    const example = [
      'extends: ["example/recommended"]',
      'plugins: ["@fazhi/rules-example", "./plugins/my-plugin.ts"]',
      "rulesDir: ./rules",
      'files: ["**/*.txt", "**/*.html", "**/*.htm"]',
      'ignores: ["**/node_modules/**"]',
      "rules:",
      "  example/has-first-responsible: error",
      "  example/min-length: { level: warn, options: { minChars: 3000 } }",
      "settings: {}",
      "scoring:",
      "  id: my-office-2025",
      '  version: "1"',
      "  title: 某市法治政府建设年度报告评分方案",
      "  categories:",
      "    - id: structure",
      "      title: { zh: 结构完整性, en: Structure }",
      "      weight: 40",
      "      checks:",
      "        - rule: example/has-first-responsible",
      "          weight: 2",
      "        - rule: example/head-appearance-rate",
      "          weight: 3",
      "          scoring: { bands: [ { min: 0.9, score: 1 }, { min: 0.8, score: 0.7 }, { min: 0, score: 0.3 } ] }",
      "          whenMissing: notApplicable",
      "        - rule: example/a",
      "          scoring: { linear: { zeroAt: 0, fullAt: 0.95 } }",
      "        - rule: example/b",
      "          scoring: { target: { value: 1, tolerance: 0, falloff: 0.5 } }",
      "  grades: [ { name: 优秀, min: 90 }, { name: 良好, min: 80 }, { name: 合格, min: 60 }, { name: 不合格, min: 0 } ]",
      "  ranking: { cohortBy: [level, reportYear], precision: 1, tieBreakers: [ { category: structure } ] }",
    ].join("\n");
    expect(validateUserData(parseUserFile("fazhi.config.yaml", example), configJsonSchema)).toEqual([]);
  });
});
