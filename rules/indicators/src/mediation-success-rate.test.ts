import { RuleTester } from "@fazhi/rule-tester";
import plugin from "./index.js";
import { mediationSuccessRate } from "./mediation-success-rate.js";

new RuleTester({ plugins: [plugin] }).run("indicators/mediation-success-rate", mediationSuccessRate, {
  valid: [
    { name: "成功率 after 矛盾纠纷", text: "镇村共受理矛盾纠纷568件，调解成功564件，成功率达99.3%。\n", score: null, value: 0.993 },
    { name: "化解率", text: "全年排查化解矛盾纠纷158件，化解率达100%。\n", score: null, value: 1 },
    { name: "Traditional", text: "2023年全市調解各類矛盾糾紛13000余件，成功率達99%。\n", score: null, value: 0.99 },
    { name: "computed", text: "全年调解各类矛盾纠纷200件，调解成功190件。\n", score: null, value: 0.95 },
  ],
  invalid: [
    { name: "no rate, one count", text: "全区各类调解组织调处成功案件12000多起。\n", errors: [{ messageId: "missing" }], score: null },
    { name: "a reconsideration 化解率 is not mediation", text: "行政复议综合化解率达到42%。\n", errors: [{ messageId: "missing" }], score: null },
    {
      name: "computed not accepted by option",
      text: "全年调解各类矛盾纠纷200件，调解成功190件。\n",
      options: { acceptComputed: false },
      errors: [{ messageId: "missing" }],
      score: null,
    },
  ],
});
