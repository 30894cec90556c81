import { RuleTester } from "@fazhi/rule-tester";
import plugin from "./index.js";
import { measures } from "./measures.js";
import { MANDATED_2024, TITLE_2017, TITLE_2024, TITLE_2024_TRADITIONAL } from "./test-support.js";

new RuleTester({ plugins: [plugin] }).run("outline/measures", measures, {
  valid: [
    { name: "mandated heading", text: MANDATED_2024, value: "heading" },
    {
      name: "a run of thematic sections with no overall title",
      text: TITLE_2024 + "一、坚持高位推动，压实法治建设责任\n（一）健全机制\n调整法治建设委员会。\n二、聚焦营商环境，依法履行政府职能\n推行容缺受理。\n三、存在的问题\n学法不够系统。\n",
    },
    {
      name: "after the 第一责任人 section",
      text: TITLE_2024 + "一、主要负责人履行推进法治建设第一责任人职责情况\n县长带头学法。\n二、主要做法及成效\n全县行政复议纠错率12%。\n",
    },
    { name: "Traditional", text: TITLE_2024_TRADITIONAL + "一、主要舉措和成效\n全市辦理行政復議案件120件。\n" },
    { name: "pre-2019: not applicable under auto", text: TITLE_2017 + "二、存在的问题\n执法力量不足。\n", score: null },
  ],
  invalid: [
    {
      name: "running text only",
      text: TITLE_2024 + "全年召开常务会议学法4次，取得了明显成效。\n二、存在的问题\n执法力量不足。\n",
      errors: [{ messageId: "inline", line: 4, evidence: "取得了明显成效" }],
      score: 0.5,
      value: "inline",
    },
    {
      name: "inlineScore is configurable",
      text: TITLE_2024 + "全年召开常务会议学法4次，取得了明显成效。\n",
      options: { inlineScore: 0.25 },
      errors: 1,
      score: 0.25,
    },
    {
      name: "only closing parts",
      text: TITLE_2024 + "一、存在的问题\n执法力量不足。\n二、下一步工作打算\n加强培训。\n",
      errors: [{ messageId: "absent" }],
      score: 0,
      value: "absent",
    },
    {
      name: "pre-2019 with requireFivePartOutline: always",
      text: TITLE_2017 + "一、存在的问题\n执法力量不足。\n",
      options: { requireFivePartOutline: "always" },
      errors: [{ messageId: "absent" }],
      score: 0,
    },
  ],
});
