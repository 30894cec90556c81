import { RuleTester } from "@fazhi/rule-tester";
import { publishedOnTime } from "./published-on-time.js";

const report = (head: string, tail = "") =>
  `${head}白水镇人民政府关于2023年法治政府建设情况的报告\n2023年，白水镇坚持以习近平法治思想为指导，全面推进法治政府建设，取得积极成效。\n${tail}`;
const published = (date: string) => report(`发布日期：${date}\n`);
const signed = (date: string) => report("", `白水镇人民政府\n${date}\n`);

new RuleTester().run("disclosure/published-on-time", publishedOnTime, {
  valid: [
    { name: "published in February", text: published("2024-02-27"), value: { date: "2024-02-27", dateUsed: "published", deadline: "2024-04-01" } },
    { name: "on the deadline day counts as on time", text: published("2024-04-01") },
    { name: "between 1 March and 1 April: on time nationally", text: published("2024-03-07") },
    { name: "local 03-01 deadline, published in February", text: published("2024-02-20"), options: { deadline: "03-01" } },
    { name: "signing date used when no publication date", text: signed("2024年2月20日"), value: { date: "2024-02-20", dateUsed: "signed", deadline: "2024-04-01" } },
    { name: "no date: not applicable", text: report(""), score: null },
    { name: "signing date only, useSignedDate false: not applicable", text: signed("2024年2月20日"), options: { useSignedDate: false }, score: null },
    { name: "a date widget is never used", text: report("今天是：2024年5月10日 星期五\n"), score: null },
    { name: "Traditional", text: "發布日期：2024-02-27\n清河市人民政府關於2023年法治政府建設情況的報告\n2023年，清河市堅持以習近平法治思想為指導，全面推進法治政府建設。\n" },
  ],
  invalid: [
    {
      name: "published after 1 April",
      text: published("2024-04-15"),
      errors: [{ messageId: "latePublished", line: 1, evidence: "2024-04-15", data: { date: "2024-04-15", deadline: "2024-04-01", days: 14 } }],
      score: 0,
    },
    {
      name: "local 03-01 deadline, published 7 March",
      text: published("2024-03-07"),
      options: { deadline: "03-01" },
      errors: [{ messageId: "latePublished", data: { deadline: "2024-03-01", days: 6 } }],
      score: 0,
    },
    {
      name: "signed after the deadline, no publication date",
      text: signed("2024年5月6日"),
      errors: [{ messageId: "lateSigned", evidence: "2024年5月6日", data: { date: "2024-05-06" } }],
      score: 0,
    },
    {
      name: "Traditional, late",
      text: "發布日期：2024-06-03\n清河市人民政府關於2023年法治政府建設情況的報告\n2023年，清河市堅持以習近平法治思想為指導，全面推進法治政府建設。\n",
      errors: [{ messageId: "latePublished", evidence: "發布日期" }],
    },
    {
      name: "date before the report year itself",
      text: published("2022-11-03"),
      errors: [{ messageId: "beforeReportYear", data: { date: "2022-11-03", year: 2023 } }],
      score: null,
    },
  ],
});
