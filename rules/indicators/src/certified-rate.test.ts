import { RuleTester } from "@fazhi/rule-tester";
import { certifiedRate } from "./certified-rate.js";
import plugin from "./index.js";

new RuleTester({ plugins: [plugin] }).run("indicators/certified-rate", certifiedRate, {
  valid: [
    { name: "持证上岗率", text: "组织执法人员参加培训4期共184人次，发放行政执法证10个，持证上岗率达100%。\n", score: null, value: 1 },
    { name: "持证比例 以上", text: "执法人员持证比例98%以上。\n", score: null, value: 0.98 },
    { name: "implied", text: "全镇执法人员全部持证上岗。\n", score: null, value: 1 },
  ],
  invalid: [
    { name: "a count of certificates is not a rate", text: "目前持证1118人。\n", errors: [{ messageId: "missing" }], score: null },
  ],
});
