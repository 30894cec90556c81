import { RuleTester } from "@fazhi/rule-tester";
import { headAppearanceRate } from "./head-appearance-rate.js";
import plugin from "./index.js";

new RuleTester({ plugins: [plugin] }).run("indicators/head-appearance-rate", headAppearanceRate, {
  valid: [
    { name: "stated", text: "县政府作为被告的一审案件，行政机关负责人出庭应诉率为82.14%，较去年有大幅提升。\n", score: null, value: 0.8214 },
    { name: "Traditional 出庭率", text: "2023年市縣兩級政府行政機關負責人出庭率達100%。\n", score: null, value: 1 },
    { name: "lower bound", text: "全市行政机关负责人出庭应诉率达到95%以上。\n", score: null, value: 0.95 },
    { name: "implied", text: "受理行政诉讼案件6起，负责人均积极出庭应诉。\n", score: null, value: 1 },
    { name: "computed from attended and heard", text: "全年行政诉讼案件开庭审理20件，行政机关负责人出庭应诉18件。\n", score: null, value: 0.9 },
    { name: "出声率 is another indicator", text: "行政机关负责人出庭应诉率100%，出声率95%。\n", score: null, value: 1 },
  ],
  invalid: [
    { name: "missing: no value, scheme's whenMissing decides", text: "全年办理行政复议案件12件。\n", errors: [{ messageId: "missing" }], score: null },
    { name: "a change is not a level", text: "行政机关负责人出庭应诉率同比提高5个百分点。\n", errors: [{ messageId: "missing" }], score: null },
    {
      name: "implied not accepted by option",
      text: "受理行政诉讼案件6起，负责人均出庭应诉。\n",
      options: { acceptImplied: false },
      errors: [{ messageId: "missing" }],
      score: null,
    },
  ],
});
