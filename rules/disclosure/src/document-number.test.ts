import { RuleTester } from "@fazhi/rule-tester";
import { documentNumber } from "./document-number.js";

const county = (head: string) => `${head}清水县人民政府关于2023年法治政府建设情况的报告\n2023年，我县坚持以习近平法治思想为指导，全面推进法治政府建设。\n`;
const numbered = "清水县人民政府关于2023年法治政府建设情况的报告\n清政文〔2024〕5号\n2023年，我县坚持以习近平法治思想为指导，全面推进法治政府建设。\n";
const township = "白水镇人民政府关于2023年法治政府建设情况的报告\n2023年，白水镇坚持以习近平法治思想为指导，全面推进法治政府建设。\n";
const department = "清水县司法局关于2023年法治政府建设情况的报告\n2023年，县司法局坚持以习近平法治思想为指导，全面推进法治政府建设。\n";

new RuleTester().run("disclosure/document-number", documentNumber, {
  valid: [
    { name: "county report with a number under the title", text: numbered, value: "清政文〔2024〕5号" },
    { name: "number in a labelled field", text: county("文件编号: 清政发〔2024〕12号\n"), value: "清政发〔2024〕12号" },
    { name: "township: not applicable by default", text: township, score: null },
    { name: "department: not applicable by default", text: department, score: null },
    { name: "county report, county not required", text: county(""), options: { requiredFor: ["province", "city"] }, score: null },
    { name: "Traditional", text: "清水縣人民政府關於2023年法治政府建設情況的報告\n清政文〔2024〕5號\n2023年，我縣堅持以習近平法治思想為指導，全面推進法治政府建設。\n" },
  ],
  invalid: [
    { name: "county report without a number", text: county(""), errors: [{ messageId: "missing", line: 1, data: { issuer: "清水县人民政府" } }], score: 0 },
    { name: "township, required by the office", text: township, options: { requiredFor: ["county", "township"] }, errors: [{ messageId: "missing", data: { issuer: "白水镇人民政府" } }] },
  ],
});
