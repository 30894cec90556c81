import { RuleTester } from "@fazhi/rule-tester";
import indicatorsPlugin from "@fazhi/rules-indicators";
import plugin from "./index.js";
import { ratesMatchCounts } from "./rates-match-counts.js";

// The rule reads the `consistency` fact, which reads `indicators`: both computed the way the engine does.
const tester = new RuleTester({ plugins: [indicatorsPlugin, plugin] });

tester.run("consistency/rates-match-counts", ratesMatchCounts, {
  valid: [
    { name: "98% for 1590/1626 = 97.8%", text: "各级人民调解组织共排查调处各类矛盾纠纷1626件次，调解成功1590件，调解成功率达98%。\n" },
    { name: "99.3% for 564/568", text: "截止12月31日，镇村共受理矛盾纠纷568件，调解成功564件，成功率达99.3%。\n" },
    {
      name: "15.3% for (1+8)/59 and a share 6/59",
      text: "目前已审结59件（含2019年度结转21件），其中维持和驳回复议申请44件，调解、和解等终止处理6件，确认违法1件，撤销或责令8件。今年直接纠错率达15.3%。积极采取调解、和解手段化解矛盾，当事人自愿撤回申请的复议案件占比达10.2%。\n",
      value: {
        consistent: 2,
        inconsistent: 0,
        unverifiable: 0,
        checks: [
          { claim: "直接纠错率达15.3%", computedFrom: "(1+8)/59", computed: 0.15254, verdict: "consistent", explanation: { zh: "15.3% 与 (1+8)/59 = 15.25% 相符", en: "15.3% agrees with (1+8)/59 = 15.25%" } },
          { claim: "当事人自愿撤回申请的复议案件占比达10.2%", computedFrom: "6/59", computed: 0.10169, verdict: "consistent", explanation: { zh: "10.2% 与 6/59 = 10.17% 相符", en: "10.2% agrees with 6/59 = 10.17%" } },
        ],
      },
    },
    {
      name: "an unverifiable rate is listed but does not lower the score",
      text: "收到行政应诉案件60件，其中一审案件27件，二审案件26件，再审申请案件7件。县政府作为被告的一审案件，行政机关负责人出庭应诉率为82.14%。全县共排查调处各类矛盾纠纷1626件次，调解成功1590件，调解成功率达98%。\n",
      score: 1,
    },
    { name: "nothing checkable: not applicable", text: "行政处罚公示率达到94%。\n", score: null },
    { name: "only an unverifiable rate: not applicable", text: "收到行政应诉案件60件。县政府作为被告的一审案件，行政机关负责人出庭应诉率为82.14%。\n", score: null },
    { name: "Traditional", text: "鎮村共受理矛盾糾紛568件，調解成功564件，成功率達99.3%。\n" },
  ],
  invalid: [
    {
      name: "增长率109% for 58/(112−58) = 107.4%",
      text: "“法律明白人”达112人，较上年增加58人，增长率109%，开展法律服务活动50余次。\n",
      errors: [{ messageId: "inconsistent", line: 1, evidence: "增长率109%", data: { computedFrom: "58/(112-58)", computed: "107.4%", stated: "109%", tolerance: "0.5" } }],
      score: 0,
    },
    {
      name: "one of two rates wrong: score is the share consistent",
      text: "镇村共受理矛盾纠纷568件，调解成功564件，成功率达99.3%。\n共受理投诉500件，按时办结450件，按时办结率98%。\n",
      errors: [{ messageId: "inconsistent", line: 2, data: { computedFrom: "450/500", computed: "90.0%" } }],
      score: 0.5,
    },
    {
      name: "scoring: all",
      text: "镇村共受理矛盾纠纷568件，调解成功564件，成功率达99.3%。\n共受理投诉500件，按时办结450件，按时办结率98%。\n",
      options: { scoring: "all" },
      errors: 1,
      score: 0,
    },
    {
      name: "reportUnverifiable lists the unverifiable rate as a finding, score unchanged",
      text: "收到行政应诉案件60件，其中一审案件27件。县政府作为被告的一审案件，行政机关负责人出庭应诉率为82.14%。镇村共受理矛盾纠纷568件，调解成功564件，成功率达99.3%。\n",
      options: { reportUnverifiable: true },
      errors: [{ messageId: "unverifiable", evidence: "出庭应诉率为82.14%" }],
      score: 1,
    },
    {
      name: "Traditional, inconsistent",
      text: "鎮村共受理矛盾糾紛568件，調解成功500件，成功率達99.3%。\n",
      errors: [{ messageId: "inconsistent", evidence: "成功率達99.3%" }],
      score: 0,
    },
  ],
});
