import { RuleTester } from "@fazhi/rule-tester";
import { litigationLossRate } from "./litigation-loss-rate.js";
import plugin from "./index.js";

new RuleTester({ plugins: [plugin] }).run("indicators/litigation-loss-rate", litigationLossRate, {
  valid: [
    { name: "stated 一审败诉率", text: "全市行政诉讼一审败诉率为5.2%。\n", score: null, value: 0.052 },
    { name: "零败诉", text: "全年行政诉讼案件实现零败诉。\n", score: null, value: 0 },
    { name: "computed from 败诉 and 审结", text: "全年行政诉讼案件审结40件，败诉2件。\n", score: null, value: 0.05 },
  ],
  invalid: [
    { name: "a change is not a loss rate", text: "全市一审败诉率同比下降17.65%。\n", errors: [{ messageId: "missing" }], score: null },
    { name: "missing", text: "共发生行政诉讼案件21件。\n", errors: [{ messageId: "missing" }], score: null },
  ],
});
