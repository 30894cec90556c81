import { RuleTester } from "@fazhi/rule-tester";
import { causesAnalysed } from "./causes-analysed.js";
import plugin from "./index.js";
import { MANDATED_2024, TITLE_2017, TITLE_2024, TITLE_2024_TRADITIONAL } from "./test-support.js";

const MEASURES = "一、主要举措和成效\n办理复议案件12件。\n";

new RuleTester({ plugins: [plugin] }).run("outline/causes-analysed", causesAnalysed, {
  valid: [
    { name: "究其原因", text: MANDATED_2024, value: true },
    { name: "导致", text: TITLE_2024 + MEASURES + "二、存在的问题\n执法人员流动频繁，导致执法水平参差不齐。\n" },
    { name: "主要是由于, Traditional", text: TITLE_2024_TRADITIONAL + MEASURES + "二、存在的不足\n基層執法力量不足，主要是由於編制調整尚未到位。\n" },
    { name: "原因分析 as a sub-heading", text: TITLE_2024 + MEASURES + "二、存在的不足和原因\n（一）主要问题\n学法不够。\n（二）原因分析\n培训投入偏少。\n" },
    { name: "no shortcomings: not applicable", text: TITLE_2024 + MEASURES, score: null },
    { name: "pre-2019: not applicable", text: TITLE_2017 + MEASURES + "二、存在的问题\n学法不够。\n", score: null },
  ],
  invalid: [
    {
      name: "the heading names 原因 but the text only lists problems",
      text: TITLE_2024 + MEASURES + "二、存在的不足和原因\n一是执法力量薄弱。二是学法培训偏少。\n",
      errors: [{ messageId: "notAnalysed", line: 6, evidence: "二、存在的不足和原因" }],
      score: 0,
      value: false,
    },
    {
      name: "inline shortcomings without causes",
      text: TITLE_2024 + MEASURES + "全年工作有所进展，但还存在一些问题和不足，如执法装备陈旧。\n下一步，将持续推进依法行政，分析原因，逐项整改。\n",
      errors: [{ messageId: "notAnalysed", line: 6 }],
      score: 0,
    },
  ],
});
