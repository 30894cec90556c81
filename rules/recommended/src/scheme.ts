import type { PresetConfig } from "@fazhi/rule-kit";

/**
 * The recommended scheme: the preset `fazhi score` uses when no config is given. Every weight and band is
 * explained in this package's README (DOMAIN §4: national weights are unpublished, so these are our
 * judgement — made visible, and changed by editing a config, not code).
 */
/** Local governments (not departments): village legal advisers and people's mediation are their work. */
const GOVERNMENTS = ["province", "city", "county", "township"];

export const recommendedScheme: PresetConfig = {
  plugins: ["@fazhi/rules-outline", "@fazhi/rules-indicators", "@fazhi/rules-consistency", "@fazhi/rules-disclosure"],
  rules: {
    "disclosure/page-chrome": "info",
    "indicators/reconsideration-correction-rate": "info",
  },
  scoring: {
    id: "fazhi-recommended",
    version: "1.0.0",
    title: { zh: "fazhi 推荐评分方案", en: "fazhi recommended scheme" },
    categories: [
      {
        id: "structure",
        title: { zh: "结构完整性", en: "Structure" },
        weight: 35,
        checks: [
          { rule: "outline/measures", weight: 3 },
          { rule: "outline/shortcomings", weight: 3 },
          { rule: "outline/first-responsible", weight: 3 },
          { rule: "outline/next-year-plan", weight: 2 },
          { rule: "outline/causes-analysed", weight: 2 },
          { rule: "outline/canonical-titles", weight: 1 },
          { rule: "outline/other", weight: 0.5 },
        ],
      },
      {
        id: "indicators",
        title: { zh: "指标披露与水平", en: "Indicators" },
        weight: 30,
        checks: [
          // Department profile (DOMAIN §5.14): governments and departments are asked for the figures their work produces.
          { rule: "indicators/disclosed", weight: 4, levels: GOVERNMENTS },
          { rule: "recommended/department-disclosed", weight: 4, levels: ["department"] },
          {
            rule: "indicators/head-appearance-rate",
            weight: 2,
            scoring: { bands: [{ min: 0.9, score: 1 }, { min: 0.8, score: 0.8 }, { min: 0.6, score: 0.6 }, { min: 0, score: 0.3 }] },
            whenMissing: "notApplicable",
          },
          {
            rule: "indicators/mediation-success-rate",
            weight: 1,
            levels: GOVERNMENTS,
            scoring: { bands: [{ min: 0.98, score: 1 }, { min: 0.95, score: 0.8 }, { min: 0.9, score: 0.6 }, { min: 0, score: 0.3 }] },
            whenMissing: "notApplicable",
          },
          {
            rule: "indicators/certified-rate",
            weight: 1,
            scoring: { bands: [{ min: 0.95, score: 1 }, { min: 0.9, score: 0.8 }, { min: 0, score: 0.4 }] },
            whenMissing: "notApplicable",
          },
          {
            rule: "indicators/litigation-loss-rate",
            weight: 1,
            scoring: { bands: [{ max: 0.05, score: 1 }, { max: 0.12, score: 0.6 }, { max: 1, score: 0.2 }] },
            whenMissing: "notApplicable",
          },
        ],
      },
      {
        id: "consistency",
        title: { zh: "数据一致性", en: "Data consistency" },
        weight: 15,
        checks: [
          { rule: "consistency/rates-match-counts", weight: 2 },
          { rule: "consistency/totals-match-parts", weight: 2 },
          { rule: "consistency/impossible-values", weight: 1 },
        ],
      },
      {
        id: "disclosure",
        title: { zh: "公开与形式", en: "Disclosure and form" },
        weight: 20,
        checks: [
          { rule: "disclosure/document-kind", weight: 3 },
          { rule: "disclosure/published-on-time", weight: 3 },
          { rule: "disclosure/issuer-identifiable", weight: 1 },
          { rule: "disclosure/report-year-stated", weight: 1 },
          { rule: "disclosure/dates", weight: 1 },
          { rule: "disclosure/document-number", weight: 1 },
          { rule: "disclosure/text-complete", weight: 1 },
          { rule: "disclosure/addressee", weight: 0.5 },
        ],
      },
    ],
    grades: [
      { name: "优秀", min: 90 },
      { name: "良好", min: 80 },
      { name: "合格", min: 60 },
      { name: "不合格", min: 0 },
    ],
    ranking: { cohortBy: ["level"], precision: 1, tieBreakers: [{ category: "structure" }, { category: "indicators" }] },
  },
};
