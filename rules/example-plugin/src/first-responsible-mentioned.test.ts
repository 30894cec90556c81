import { RuleTester } from "@fazhi/rule-tester";
import { firstResponsibleMentioned } from "./first-responsible-mentioned.js";

new RuleTester().run("example/first-responsible-mentioned", firstResponsibleMentioned, {
  valid: [
    // As its own heading, the mandated wording.
    "一、主要举措和成效\n全年办理行政复议案件12件。\n二、主要负责人履行推进法治建设第一责任人职责情况\n镇党委书记带头学法。\n",
    // Inline, 主要领导.
    "一、强化组织领导\n党政主要领导全面履行法治政府建设第一责任人职责，专题研究法治建设4次。\n",
    // 主要负责同志 and the duty in quotation marks.
    "（二）切实履行“第一责任人”职责。区政府主要负责同志坚持对法治建设重要工作亲自部署。\n区政府主要负责同志切实履行“第一责任人”职责。\n",
    // 第一责任职责 without 人.
    "县政府主要负责人认真履行推进法治建设第一责任职责。\n",
    // Traditional.
    "一、堅持黨的領導\n黨政主要負責人高度重視法治建設工作，帶頭履行推進法治建設第一責任人職責。\n",
    { name: "Traditional, 「」 quotation marks", text: "縣政府主要負責同志切實履行「第一責任人」職責。\n" },
  ],
  invalid: [
    {
      name: "a leading group and 一把手负总责 do not count",
      text: "一、加强组织领导\n成立由镇党委书记、镇长任双组长的法治政府建设领导小组，一把手负总责。\n",
      errors: [{ messageId: "absent" }],
      score: 0,
    },
    {
      name: "主要负责人 only in another context",
      text: "一、主要举措和成效\n行政机关负责人出庭应诉率为82.14%。\n二、存在的不足\n单位主要负责人出庭应诉率低。\n",
      errors: [{ messageId: "absent", line: 4, evidence: "单位主要负责人出庭应诉率低" }],
    },
    {
      name: "the duty named, the leaders in another sentence",
      text: "一、加强组织领导\n坚持把履行推进法治建设第一责任人职责作为重要任务。主要负责人带头学法。\n",
      errors: [{ messageId: "notTied", line: 2, evidence: "第一责任人职责作为重要任务", data: { count: 1 } }],
    },
    {
      name: "Traditional, the duty named without the leaders",
      text: "一、加強組織領導\n各部門嚴格落實第一責任人職責。\n主要負責人帶頭學法。\n",
      errors: [{ messageId: "notTied", line: 2, evidence: "第一責任人職責" }],
    },
    {
      name: "no mention at all",
      text: "一、主要举措和成效\n全年办理行政复议案件12件。\n",
      errors: 1,
    },
  ],
});
