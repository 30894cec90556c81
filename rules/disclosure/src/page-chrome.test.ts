import { RuleTester } from "@fazhi/rule-tester";
import { pageChrome } from "./page-chrome.js";

const clean = "白水镇人民政府关于2023年法治政府建设情况的报告\n2023年，白水镇坚持以习近平法治思想为指导，全面推进法治政府建设，取得积极成效。\n";
const framed = `首页 > 政务公开 > 法治政府建设 > 年度报告\n字体：【大 中 小】\n${clean}扫一扫在手机打开当前页\n`;

new RuleTester().run("disclosure/page-chrome", pageChrome, {
  valid: [{ name: "no chrome", text: clean, value: 0 }],
  invalid: [
    {
      name: "chrome set aside: information, score stays 1",
      text: framed,
      errors: [{ messageId: "chromeSetAside", line: 1, evidence: "首页 > 政务公开" }],
      score: 1,
    },
    { name: "penalize", text: framed, options: { penalize: true }, errors: 1, score: 0.5 },
    {
      name: "Traditional breadcrumbs",
      text: "首頁 > 政務公開 > 法治政府建設\n清河市人民政府關於2023年法治政府建設情況的報告\n2023年，清河市堅持以習近平法治思想為指導，全面推進法治政府建設。\n",
      errors: [{ messageId: "chromeSetAside", evidence: "首頁" }],
      score: 1,
    },
  ],
});
