import { RuleTester } from "@fazhi/rule-tester";
import { issuerIdentifiable } from "./issuer-identifiable.js";

new RuleTester().run("disclosure/issuer-identifiable", issuerIdentifiable, {
  valid: [
    { name: "title names the issuer", text: "桐柏县人民政府关于2023年法治政府建设情况的报告\n2023年，我县坚持以习近平法治思想为指导，全面推进法治政府建设。\n", value: "桐柏县人民政府" },
    { name: "first sentence names a township", text: "2024年，在区委、区政府的坚强领导下，青石镇深入践行习近平法治思想，扎实推进法治政府建设各项工作。\n一、主要举措和成效\n", value: "青石镇人民政府" },
    { name: "a department", text: "县公安局关于2023年法治政府建设工作情况的报告\n2023年，县公安局坚持依法行政，推进严格规范公正文明执法。\n" },
    { name: "Traditional", text: "2023年，清河市堅持以習近平新時代中國特色社會主義思想為指導，全面推進法治政府建設。\n一、主要舉措和成效\n" },
  ],
  invalid: [
    {
      name: "only 我镇, no name anywhere",
      text: "2023年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设，取得了一定成效。\n一、主要举措和成效\n",
      errors: [{ messageId: "selfReferenceOnly", line: 1, evidence: "我镇", data: { word: "我镇" } }],
      score: 0,
    },
    {
      name: "masked issuer xx市",
      text: "xx市人民政府关于2022年法治政府建设情况的报告\n2022年，xx市坚持依法行政，全面推进法治政府建设。\n",
      errors: [{ messageId: "masked", line: 1, evidence: "xx市" }],
      score: 0,
    },
    {
      name: "template issuer 某县",
      text: "某县人民政府关于2025年度法治政府建设情况的报告\n2025年，某县坚持以习近平法治思想为指导，全面推进法治政府建设。\n",
      errors: [{ messageId: "masked", evidence: "某县" }],
    },
    {
      name: "Traditional 本縣 only",
      text: "2023年，本縣堅持以習近平法治思想為指導，紮實推進法治政府建設，取得了一定成效。\n",
      errors: [{ messageId: "selfReferenceOnly", evidence: "本縣" }],
    },
    {
      name: "no issuer at all",
      text: "一、主要举措和成效\n全年办理行政复议案件12件，行政诉讼案件6件。\n",
      errors: [{ messageId: "missing" }],
    },
  ],
});
