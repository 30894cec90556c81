import { RuleTester } from "@fazhi/rule-tester";
import indicatorsPlugin from "@fazhi/rules-indicators";
import { impossibleValues } from "./impossible-values.js";
import plugin from "./index.js";

const tester = new RuleTester({ plugins: [indicatorsPlugin, plugin] });

tester.run("consistency/impossible-values", impossibleValues, {
  valid: [
    { name: "rates at most 100%", text: "企业群众满意率93.57%，按时办结率99.19%，持证上岗率达100%。\n" },
    { name: "completion rates may exceed 100%", text: "提供免费法律咨询29854人次，完成率124.39%；办结特殊群体法律援助案件2055件，完成率205.09%。\n" },
    { name: "growth may exceed 100% (a change, not a level: nothing to examine)", text: "“法律明白人”达112人，较上年增加58人，增长率109%。\n", score: null },
    { name: "parts within their total", text: "收到行政复议申请33件，其中受理25件，不予受理8件。\n" },
    { name: "no rates, no totals: not applicable", text: "全年开展法治宣传活动。\n", score: null },
  ],
  invalid: [
    {
      name: "满意率 above 100%",
      text: "群众满意率达102%，办复率100%。\n",
      errors: [{ messageId: "overHundred", line: 1, evidence: "群众满意率达102%", data: { stated: "102%" } }],
      score: 0.5,
    },
    {
      name: "Traditional, 覆蓋率 above 100%",
      text: "全市法律顧問覆蓋率達105%。\n",
      errors: [{ messageId: "overHundred", evidence: "覆蓋率達105%" }],
      score: 0,
    },
    {
      name: "a part larger than its total",
      text: "收到行政复议申请30件，其中受理35件。\n",
      errors: [{ messageId: "partOverWhole", evidence: "收到行政复议申请30件，其中受理35件", data: { stated: "35件" } }],
    },
  ],
});
