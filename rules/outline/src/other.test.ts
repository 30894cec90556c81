import { RuleTester } from "@fazhi/rule-tester";
import plugin from "./index.js";
import { other } from "./other.js";
import { MANDATED_2024, TITLE_2024 } from "./test-support.js";

new RuleTester({ plugins: [plugin] }).run("outline/other", other, {
  valid: [
    { name: "absent: optional by default, not applicable", text: MANDATED_2024, score: null, value: "absent" },
    { name: "its own heading", text: MANDATED_2024 + "五、其他需要报告的情况\n无其他需要报告的事项。\n", score: 1, value: "heading" },
    { name: "required and present", text: MANDATED_2024 + "五、其他需要报告的情况\n无。\n", options: { required: true } },
  ],
  invalid: [
    {
      name: "required: true and absent",
      text: MANDATED_2024,
      options: { required: true },
      errors: [{ messageId: "absent" }],
      score: 0,
    },
    {
      name: "inline",
      text: TITLE_2024 + "一、主要举措和成效\n办理案件12件。本年度无其他需要报告的情况。\n",
      errors: [{ messageId: "inline", evidence: "其他需要报告的情况" }],
      score: 0.5,
    },
  ],
});
