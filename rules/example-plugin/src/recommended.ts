import type { PresetConfig } from "@fazhi/rule-kit";

/**
 * `extends: ["example/recommended"]` — a partial config in the same shape as fazhi.config.yaml:
 * which rules run at which level, and a scoring scheme that weighs them. `example/min-length` runs at
 * `info` and is not scored: no national rule sets a length (DOMAIN §1.5), so a scheme should weigh it
 * only where a local rule does.
 */
export const recommended: PresetConfig = {
  rules: {
    "example/first-responsible-mentioned": "warn",
    "example/head-appearance-rate": "warn",
    "example/min-length": { level: "info", options: { minChars: 3000 } },
  },
  scoring: {
    title: { zh: "示例评分方案", en: "Example scheme" },
    categories: [
      {
        id: "structure",
        title: { zh: "结构", en: "Structure" },
        weight: 50,
        checks: [{ rule: "example/first-responsible-mentioned", weight: 1 }],
      },
      {
        id: "indicators",
        title: { zh: "指标", en: "Indicators" },
        weight: 50,
        checks: [
          {
            rule: "example/head-appearance-rate",
            weight: 1,
            scoring: { bands: [{ min: 0.9, score: 1 }, { min: 0.6, score: 0.6 }, { min: 0, score: 0.2 }] },
            whenMissing: "zero",
          },
        ],
      },
    ],
    grades: [
      { name: "优秀", min: 90 },
      { name: "良好", min: 80 },
      { name: "合格", min: 60 },
      { name: "不合格", min: 0 },
    ],
    ranking: { cohortBy: ["level"], precision: 1, tieBreakers: [] },
  },
};
