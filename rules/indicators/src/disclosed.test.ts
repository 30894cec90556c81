import { RuleTester } from "@fazhi/rule-tester";
import { disclosed } from "./disclosed.js";
import plugin from "./index.js";

const full = [
  "共发生行政诉讼案件21件，行政机关负责人出庭应诉率100%。",
  "全区共收到行政复议申请48件，直接纠错率达15.3%。",
  "调解各类矛盾纠纷568件，调解成功率99%。",
  "执法人员持证上岗率达100%。",
  "全区法律顾问覆盖率达100%。",
  "报送备案规范性文件12件，做到应备尽备。",
].join("\n");

new RuleTester({ plugins: [plugin] }).run("indicators/disclosed", disclosed, {
  valid: [
    { name: "all eight default groups", text: full, score: 1, value: 8 },
    { name: "a custom list", text: "执法人员持证上岗率达100%。", options: { expected: ["enforcement.certifiedRate"] }, score: 1, value: 1 },
  ],
  invalid: [
    {
      name: "half of a custom list, the missing one named",
      text: "执法人员持证上岗率达100%。",
      options: { expected: ["enforcement.certifiedRate", ["legalAdvisor.coverage", "legalAdvisor.villageCoverage"]] },
      errors: [{ messageId: "missing", data: { id: "legalAdvisor.coverage | legalAdvisor.villageCoverage" } }],
      score: 0.5,
      value: 1,
    },
    {
      name: "implied values can be left out",
      text: "做到应备尽备。执法人员持证上岗率达100%。",
      options: { expected: ["enforcement.certifiedRate", "normativeDocs.filingRate"], acceptImplied: false },
      errors: [{ messageId: "missing", data: { id: "normativeDocs.filingRate" } }],
      score: 0.5,
    },
    { name: "nothing disclosed", text: "一、主要举措和成效\n加强组织领导。\n", errors: 8, score: 0, value: 0 },
  ],
});
