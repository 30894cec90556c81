import { RuleTester } from "@fazhi/rule-tester";
import plugin from "./index.js";
import { nextYearPlan } from "./next-year-plan.js";
import { MANDATED_2024, TITLE_2017, TITLE_2024, TITLE_2024_TRADITIONAL } from "./test-support.js";

const MEASURES = "一、加强执法监督\n（一）推行三项制度\n执法全过程记录覆盖率100%。\n（二）开展案卷评查\n评查案卷60卷。\n";

new RuleTester({ plugins: [plugin] }).run("outline/next-year-plan", nextYearPlan, {
  valid: [
    { name: "下一年度…主要安排", text: MANDATED_2024, value: "heading" },
    { name: "下一步工作打算", text: TITLE_2024 + MEASURES + "二、下一步工作打算\n加强培训。\n" },
    { name: "改进措施 at level 2", text: TITLE_2024 + MEASURES + "二、正视差距，明确方向\n（一）存在问题\n学法不够系统。\n（二）改进措施\n加强培训。\n" },
    { name: "the next year's number", text: TITLE_2024 + MEASURES + "二、2025年工作安排\n加强培训。\n" },
    { name: "Traditional", text: TITLE_2024_TRADITIONAL + "一、主要舉措和成效\n辦理案件12件。\n二、下一年度推進法治政府建設的主要安排\n繼續深化改革。\n" },
    { name: "pre-2019: not applicable", text: TITLE_2017 + "一、主要做法\n落实纲要。\n", score: null },
  ],
  invalid: [
    {
      name: "下一步，将… in an unheaded paragraph, Traditional",
      text: TITLE_2024_TRADITIONAL + MEASURES + "下一步，將持續深化法治政府建設，推動各項任務落地見效。\n",
      errors: [{ messageId: "inline", line: 9, evidence: "下一步，將持續深化" }],
      score: 0.5,
      value: "inline",
    },
    {
      name: "2025年，我县将…重点抓好以下几方面工作",
      text: TITLE_2024 + MEASURES + "2025年，我县将坚持问题导向，持续发力。重点抓好以下几方面工作：\n一是深化执法改革。推进综合执法。\n二是加强监督。开展督察。\n",
      errors: [{ messageId: "inline", evidence: "2025年，我县将" }],
      score: 0.5,
    },
    {
      name: "absent",
      text: TITLE_2024 + MEASURES + "二、存在的问题\n为下一步工作打基础的调研不够。\n",
      errors: [{ messageId: "absent" }],
      score: 0,
    },
  ],
});
