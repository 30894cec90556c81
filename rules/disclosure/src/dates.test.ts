import { RuleTester } from "@fazhi/rule-tester";
import { dates } from "./dates.js";

const BODY = "2023年，白水镇坚持以习近平法治思想为指导，全面推进法治政府建设，取得积极成效。\n";
const signedOnly = `白水镇人民政府关于2023年法治政府建设情况的报告\n${BODY}白水镇人民政府\n2024年2月20日\n`;
const publishedOnly = `发布日期：2024-03-05\n白水镇人民政府关于2023年法治政府建设情况的报告\n${BODY}`;
const both = `成文日期：2024-02-20\n发布日期：2024-03-05\n白水镇人民政府关于2023年法治政府建设情况的报告\n${BODY}`;

new RuleTester().run("disclosure/dates", dates, {
  valid: [
    { name: "signing date under the signature", text: signedOnly, value: { signedDate: "2024-02-20", publishedDate: null } },
    { name: "publication date field", text: publishedOnly, value: { signedDate: null, publishedDate: "2024-03-05" } },
    { name: "both, require both", text: both, options: { require: "both" } },
    { name: "Chinese-numeral signing date", text: `白水镇人民政府关于2023年法治政府建设情况的报告\n${BODY}白水镇人民政府\n二〇二四年二月二十日\n`, value: { signedDate: "2024-02-20", publishedDate: null } },
    { name: "Traditional labels", text: `發布日期：2024-03-05\n白水鎮人民政府關於2023年法治政府建設情況的報告\n2023年，白水鎮堅持以習近平法治思想為指導，全面推進法治政府建設。\n` },
  ],
  invalid: [
    { name: "no date at all", text: `白水镇人民政府关于2023年法治政府建设情况的报告\n${BODY}`, errors: [{ messageId: "missing" }], score: 0 },
    {
      name: "a date widget is not a publication date",
      text: `今天是：2019年10月31日 星期三\n白水镇人民政府关于2023年法治政府建设情况的报告\n${BODY}`,
      errors: [{ messageId: "missing" }],
    },
    { name: "require published, only signed", text: signedOnly, options: { require: "published" }, errors: [{ messageId: "missingPublished", evidence: "2024年2月20日" }] },
    { name: "require signed, only published", text: publishedOnly, options: { require: "signed" }, errors: [{ messageId: "missingSigned", evidence: "发布日期" }] },
    {
      name: "published before signed",
      text: `成文日期：2024-03-20\n发布日期：2024-03-05\n白水镇人民政府关于2023年法治政府建设情况的报告\n${BODY}`,
      errors: [{ messageId: "publishedBeforeSigned", data: { published: "2024-03-05", signed: "2024-03-20" } }],
      score: 0.5,
    },
  ],
});
