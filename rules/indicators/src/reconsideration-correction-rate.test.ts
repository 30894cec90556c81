import { RuleTester } from "@fazhi/rule-tester";
import plugin from "./index.js";
import { reconsiderationCorrectionRate } from "./reconsideration-correction-rate.js";

new RuleTester({ plugins: [plugin] }).run("indicators/reconsideration-correction-rate", reconsiderationCorrectionRate, {
  valid: [
    { name: "stated", text: "充分发挥行政复议监督纠错功能，今年直接纠错率达15.3%。\n", score: null, value: 0.153 },
    {
      name: "computed from its parts and 审结",
      text: "全年收到行政复议申请60件。审结50件，其中维持40件，确认违法2件，撤销3件。\n",
      score: null,
      value: 0.1,
    },
    { name: "约", text: "行政复议直接纠错236件，纠错率约为24%。\n", score: null, value: 0.24 },
  ],
  invalid: [
    { name: "missing", text: "全年收到行政复议申请60件，受理55件。\n", errors: [{ messageId: "missing" }], score: null },
    { name: "纠错率 change", text: "行政复议纠错率同比下降3个百分点。\n", errors: [{ messageId: "missing" }], score: null },
  ],
});
