import { RuleTester } from "@fazhi/rule-tester";
import { firstResponsible } from "./first-responsible.js";
import plugin from "./index.js";
import { MANDATED_2024, TITLE_2017, TITLE_2024, TITLE_2024_TRADITIONAL } from "./test-support.js";

new RuleTester({ plugins: [plugin] }).run("outline/first-responsible", firstResponsible, {
  valid: [
    { name: "its own section", text: MANDATED_2024, value: "heading" },
    {
      name: "section 一",
      text: TITLE_2024 + "一、区政府主要负责同志履行推进法治建设第一责任人职责情况\n区长带头学法。\n二、主要举措和成效\n办理复议案件8件。\n",
    },
    {
      name: "level-2 heading",
      text: TITLE_2024 + "一、加强党的领导\n（一）健全机制\n调整委员会。\n（二）主要负责人带头履行推进法治建设第一责任人职责。县长带头述法。\n",
    },
    { name: "level-2, “第一责任人” in quotation marks", text: TITLE_2024 + "一、加强党的领导\n（一）切实履行“第一责任人”职责。区政府主要负责同志亲自部署。\n" },
    {
      name: "run-in 二是…",
      text: TITLE_2024 + "一、强化组织领导\n一是完善体制。成立委员会。二是扛牢法治建设第一责任人职责。县政府主要负责人严格述法。三是强化考核。纳入考核。\n",
    },
    {
      name: "a watermark inside the heading",
      text: TITLE_2024 + "一、主要举措和成效\n办理复议案件8件。\n二、主要负责人履行推进法治建设第一秘书之家—全网资源每日更新www.mishuzj.com责任人职责情况\n县长带头学法。\n",
    },
    { name: "Traditional heading", text: TITLE_2024_TRADITIONAL + "一、黨政主要負責人履行推進法治建設第一責任人職責情況\n市長帶頭學法。\n" },
    { name: "pre-2019: not applicable", text: TITLE_2017 + "一、主要做法\n成立领导小组。\n", score: null },
  ],
  invalid: [
    {
      name: "inline: 主要领导 tied to the duty in one sentence",
      text: TITLE_2024 + "一、坚持高位推动\n（一）强化统筹\n县委县政府主要领导认真履行法治建设第一责任人职责，专题研究法治工作4次。\n",
      errors: [{ messageId: "inline", line: 6, evidence: "主要领导认真履行法治建设第一责任人职责" }],
      score: 0.5,
      value: "inline",
    },
    {
      name: "inline, Traditional, 第一责任职责 without 人",
      text: TITLE_2024_TRADITIONAL + "一、堅持黨的領導\n市政府主要負責同志認真履行推進法治建設第一責任職責。\n",
      errors: [{ messageId: "inline", evidence: "第一責任職責" }],
      score: 0.5,
    },
    {
      name: "a leading group chaired by the secretary and the head of government does not count",
      text: TITLE_2024 + "一、完善组织领导\n成立以镇党委书记、镇长为双组长的法治建设领导小组。\n",
      errors: [{ messageId: "absent" }],
      score: 0,
    },
    {
      name: "主要负责人 in a court-appearance shortcoming does not count",
      text: TITLE_2024 + "一、主要举措和成效\n应诉案件15件。\n二、存在的问题\n部分单位主要负责人出庭应诉积极性不高。\n",
      errors: [{ messageId: "absent", line: 7, evidence: "主要负责人出庭应诉积极性不高" }],
      score: 0,
    },
    {
      name: "一把手负总责 and 关键少数 do not count",
      text: TITLE_2024 + "一、压实工作责任\n坚持一把手负总责，抓住领导干部这个“关键少数”。\n",
      errors: [{ messageId: "absent" }],
      score: 0,
    },
    {
      name: "inlineScore 0",
      text: TITLE_2024 + "一、坚持高位推动\n县政府主要负责人认真履行推进法治建设第一责任人职责。\n",
      options: { inlineScore: 0 },
      errors: 1,
      score: 0,
    },
  ],
});
