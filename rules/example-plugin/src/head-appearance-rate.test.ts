import { RuleTester } from "@fazhi/rule-tester";
import { headAppearanceRate } from "./head-appearance-rate.js";

// score: null — the rule reports the value and the scheme's bands score it.
new RuleTester().run("example/head-appearance-rate", headAppearanceRate, {
  valid: [
    { text: "一、主要举措和成效\n县政府作为被告的一审案件，行政机关负责人出庭应诉率为82.14%，较去年有大幅提升。\n", score: null, value: 0.8214 },
    { text: "強化行政機關負責人出庭應訴，2023年市縣兩級政府行政機關負責人出庭率達100%。\n", score: null, value: 1 },
    { name: "出庭率 with a lower bound", text: "全市行政机关负责人出庭率达到95%以上。\n", score: null, value: 0.95 },
    { name: "implied: 负责人均出庭应诉", text: "受理行政诉讼案件6起，负责人均出庭应诉。\n", score: null, value: 1 },
    { name: "implied, with an adverb between", text: "受理行政诉讼案件6起，负责人均积极出庭应诉、主动对接调解。\n", score: null, value: 1 },
    { name: "implied, Traditional", text: "全年行政訴訟案件8件，行政機關負責人全部出庭應訴。\n", score: null, value: 1 },
    {
      name: "a stated rate wins over implied wording",
      text: "部分案件负责人均出庭应诉。\n全年行政机关负责人出庭应诉率为90%。\n",
      score: null,
      value: 0.9,
    },
    {
      name: "the next rate in the sentence belongs to another indicator",
      text: "行政机关负责人出庭应诉率100%，出声率95%。\n",
      score: null,
      value: 1,
    },
  ],
  invalid: [
    { name: "not mentioned", text: "一、主要举措和成效\n全年办理行政复议案件12件。\n", errors: [{ messageId: "missing" }], score: 0 },
    {
      name: "a change is not a level",
      text: "行政机关负责人出庭应诉率同比提高5个百分点。\n",
      errors: [{ messageId: "missing" }],
      score: 0,
    },
    {
      name: "a count of appearances is not a rate; 出声率 is another indicator",
      text: "出庭應訴230件，結案214件。\n行政机关负责人出庭应诉，出声率达95%。\n",
      errors: [{ messageId: "missing" }],
      score: 0,
    },
    { name: "a negation undoes 均", text: "个别案件负责人均未出庭应诉。\n", errors: 1, score: 0 },
    { name: "a rate without its number", text: "单位主要负责人出庭应诉率低。\n", errors: 1, score: 0 },
  ],
});
