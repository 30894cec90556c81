import { RuleTester } from "@fazhi/rule-tester";
import { canonicalTitles } from "./canonical-titles.js";
import plugin from "./index.js";
import { MANDATED_2024, TITLE_2017, TITLE_2024, TITLE_2024_TRADITIONAL } from "./test-support.js";

new RuleTester({ plugins: [plugin] }).run("outline/canonical-titles", canonicalTitles, {
  valid: [
    { name: "all four headed parts use the mandated wording", text: MANDATED_2024, value: 1 },
    {
      name: "上一年度 / 上年度 prefixes, 及, 党政 left out",
      text:
        TITLE_2024 +
        "一、上一年度推进法治政府建设的主要举措及成效\n办理案件。\n二、上年度推进法治政府建设存在的不足及原因\n力量不足。\n三、主要负责人履行推进法治建设第一责任人职责情况\n带头学法。\n四、2025年推进法治政府建设的主要安排\n深化改革。\n",
    },
    {
      name: "Traditional",
      text: TITLE_2024_TRADITIONAL + "一、2024年度推進法治政府建設的主要舉措和成效\n辦理案件。\n二、存在的不足和原因\n力量不足。\n",
    },
    { name: "no part has a heading: not applicable", text: TITLE_2024 + "全年召开常务会议学法4次，取得了明显成效。\n", score: null },
    { name: "pre-2019: not applicable", text: TITLE_2017 + "一、主要做法\n落实纲要。\n二、存在的问题\n力量不足。\n", score: null },
  ],
  invalid: [
    {
      name: "存在的问题 and 下一步工作打算 are not the mandated wording",
      text: TITLE_2024 + "一、主要举措和成效\n办理案件12件。\n二、存在的问题\n学法不够。\n三、下一步工作打算\n加强培训。\n",
      errors: [
        { messageId: "notCanonical", line: 6, evidence: "二、存在的问题" },
        { messageId: "notCanonical", line: 8, evidence: "三、下一步工作打算" },
      ],
      score: 1 / 3,
    },
    {
      name: "thematic sections are measures with a heading, not canonical",
      text: TITLE_2024 + "一、坚持高位推动，压实法治建设责任\n调整委员会。\n二、存在的不足和原因\n力量不足。\n",
      errors: [{ messageId: "notCanonical", line: 4 }],
      score: 0.5,
    },
    {
      name: "“第一责任人”职责 in quotation marks without 推进法治建设",
      text: TITLE_2024 + "一、主要举措和成效\n（一）切实履行“第一责任人”职责。区政府主要负责同志亲自部署。\n",
      errors: [{ messageId: "notCanonical", line: 5 }],
      score: 0.5,
    },
  ],
});
