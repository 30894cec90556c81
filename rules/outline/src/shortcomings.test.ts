import { RuleTester } from "@fazhi/rule-tester";
import plugin from "./index.js";
import { shortcomings } from "./shortcomings.js";
import { MANDATED_2024, TITLE_2017, TITLE_2024, TITLE_2024_TRADITIONAL } from "./test-support.js";

const MEASURES = "一、加强执法监督，规范执法行为\n（一）推行三项制度\n执法全过程记录覆盖率100%。\n（二）开展案卷评查\n评查案卷60卷。\n";

new RuleTester({ plugins: [plugin] }).run("outline/shortcomings", shortcomings, {
  valid: [
    { name: "存在的不足和原因", text: MANDATED_2024, value: "heading" },
    { name: "存在的问题 (not canonical: still a heading)", text: TITLE_2024 + MEASURES + "二、存在的问题\n学法不够系统。\n" },
    { name: "level-2 存在问题 inside a closing section", text: TITLE_2024 + MEASURES + "二、正视差距，明确方向\n（一）存在问题\n学法不够系统。\n（二）改进措施\n加强培训。\n" },
    { name: "Traditional heading", text: TITLE_2024_TRADITIONAL + "一、主要舉措和成效\n辦理案件12件。\n二、存在的不足和原因\n執法力量不足。\n" },
    { name: "pre-2019: not applicable", text: TITLE_2017 + "一、主要做法\n落实纲要。\n", score: null },
  ],
  invalid: [
    {
      name: "但还存在一些问题和不足，如… in an unheaded paragraph",
      text: TITLE_2024 + MEASURES + "全年工作有所进展，但还存在一些问题和不足，如执法装备陈旧、队伍不稳定。\n",
      errors: [{ messageId: "inline", line: 9, evidence: "但还存在一些问题和不足" }],
      score: 0.5,
      value: "inline",
    },
    {
      name: "仍有诸多不足, Traditional",
      text: TITLE_2024_TRADITIONAL + MEASURES + "對照上級要求，仍有諸多不足，隊伍能力需要提升。\n",
      errors: [{ messageId: "inline", evidence: "仍有諸多不足" }],
      score: 0.5,
    },
    {
      name: "absent",
      text: TITLE_2024 + MEASURES + "二、下一步工作打算\n加强培训。\n",
      errors: [{ messageId: "absent" }],
      score: 0,
    },
    {
      name: "absent from a truncated text: may have been cut off, not applicable",
      text: TITLE_2024 + MEASURES + "三、加强法治宣传\n全年开展普法活动80场，其中",
      // The finding quotes where the text breaks off; the scorecard shows the check as exempted for truncation.
      errors: [{ messageId: "absentTruncated", evidence: "全年开展普法活动80场，其中" }],
      score: null,
    },
    {
      name: "truncated, whenTruncated: zero",
      text: TITLE_2024 + MEASURES + "三、加强法治宣传\n全年开展普法活动80场，其中",
      options: { whenTruncated: "zero" },
      errors: [{ messageId: "absentTruncated" }],
      score: 0,
    },
  ],
});
