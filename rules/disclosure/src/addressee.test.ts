import { RuleTester } from "@fazhi/rule-tester";
import { addressee } from "./addressee.js";

const addressed = "关于2023年法治政府建设情况的报告\n东台市人民政府：\n2023年，白水镇人民政府坚持以习近平法治思想为指导，全面推进法治政府建设。\n";
const joint = "中共清水县委 清水县人民政府关于2024年法治政府建设情况的报告\n市委、市政府：\n2024年，清水县坚持以习近平法治思想为指导，全面推进法治政府建设。\n";
const none = "2023年，白水镇人民政府坚持以习近平法治思想为指导，全面推进法治政府建设，取得积极成效。\n一、主要举措和成效\n";

new RuleTester().run("disclosure/addressee", addressee, {
  valid: [
    { name: "addressed to the superior government", text: addressed, value: "东台市人民政府" },
    { name: "joint report to 市委、市政府", text: joint, value: "市委、市政府" },
    { name: "Traditional", text: "關於2023年法治政府建設情況的報告\n東台市人民政府：\n2023年，白水鎮人民政府堅持以習近平法治思想為指導，全面推進法治政府建設。\n" },
    { name: "absent on a website copy: not applicable by default", text: none, score: null },
  ],
  invalid: [
    { name: "absent, required", text: none, options: { required: true }, errors: [{ messageId: "missing" }], score: 0 },
  ],
});
