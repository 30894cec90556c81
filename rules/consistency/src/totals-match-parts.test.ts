import { RuleTester } from "@fazhi/rule-tester";
import indicatorsPlugin from "@fazhi/rules-indicators";
import plugin from "./index.js";
import { totalsMatchParts } from "./totals-match-parts.js";

const tester = new RuleTester({ plugins: [indicatorsPlugin, plugin] });

tester.run("consistency/totals-match-parts", totalsMatchParts, {
  valid: [
    {
      name: "收到33件 = 受理25 + 不予受理8; 受理25 = 办结24 + 正在审理1",
      text: "2022年以来，收到行政复议申请33件，其中受理25件，不予受理8件，已办结24件，有1件正在审理；收到行政应诉案件60件，其中一审案件27件，二审案件26件，再审申请案件7件，已裁判结案54件，有6件正在审理。\n",
      value: {
        consistent: 4,
        inconsistent: 0,
        unverifiable: 0,
        checks: [
          { claim: "收到行政复议申请33件，其中受理25件，不予受理8件", computedFrom: "25+8", computed: 33, verdict: "consistent", explanation: { zh: "33件 与 25+8 = 33 相符", en: "33件 agrees with 25+8 = 33" } },
          { claim: "受理25件 … 已办结24件，有1件正在审理", computedFrom: "24+1", computed: 25, verdict: "consistent", explanation: { zh: "25件 与 24+1 = 25 相符", en: "25件 agrees with 24+1 = 25" } },
          { claim: "收到行政应诉案件60件，其中一审案件27件，二审案件26件，再审申请案件7件", computedFrom: "27+26+7", computed: 60, verdict: "consistent", explanation: { zh: "60件 与 27+26+7 = 60 相符", en: "60件 agrees with 27+26+7 = 60" } },
          { claim: "收到行政应诉案件60件 … 已裁判结案54件，有6件正在审理", computedFrom: "54+6", computed: 60, verdict: "consistent", explanation: { zh: "60件 与 54+6 = 60 相符", en: "60件 agrees with 54+6 = 60" } },
        ],
      },
    },
    { name: "parts in the next sentence", text: "目前已审结59件。其中维持和驳回复议申请44件，调解、和解等终止处理6件，确认违法1件，撤销或责令8件。\n" },
    { name: "Traditional", text: "全年鄉鎮（街道）獨立開展執法9661次，其中行政檢查9073次，行政強制217次，行政處罰371次；與縣直部門開展協作執法727次。\n" },
    { name: "nested counts are not parts", text: "受理投诉200件，其中办结180件，满意170件。\n", score: null },
    { name: "a single part is not a sum", text: "申领发放执法证562人，其中乡镇街道152人。\n", score: null },
    { name: "approximate: unverifiable, not applicable", text: "审核各类文件280余件，其中政府规范性文件12件，各类协议和合同65件，会议纪要30余件，其他各类文件近200件。\n", score: null },
  ],
  invalid: [
    {
      name: "parts above the total",
      text: "全年独立开展执法9661次，其中行政检查9073次，行政强制217次，行政处罚400次。\n",
      errors: [{ messageId: "inconsistent", line: 1, evidence: "执法9661次", data: { computedFrom: "9073+217+400", computed: "9690", stated: "9661次" } }],
      score: 0,
    },
    {
      name: "a complete partition below its total",
      text: "收到行政复议申请33件，其中受理25件，不予受理7件。\n",
      errors: [{ messageId: "inconsistent", data: { computedFrom: "25+7", computed: "32" } }],
      score: 0,
    },
    {
      name: "办结 + 正在审理 short of 受理",
      text: "全区共收到行政复议申请48件，受理45件，不予受理3件，已办结40件，有2件正在审理。\n",
      errors: [{ messageId: "inconsistent", evidence: "已办结40件，有2件正在审理", data: { computedFrom: "40+2" } }],
      score: 0.5,
    },
  ],
});
