import { RuleTester } from "@fazhi/rule-tester";
import { reportYearStated } from "./report-year-stated.js";

new RuleTester().run("disclosure/report-year-stated", reportYearStated, {
  valid: [
    { name: "in the title", text: "桐柏县人民政府关于2023年法治政府建设情况的报告\n我县坚持以习近平法治思想为指导，全面推进法治政府建设。\n", value: 2023 },
    { name: "at the start of the first paragraph", text: "2024年，青石镇深入践行习近平法治思想，扎实推进法治政府建设各项工作。\n一、主要举措和成效\n", value: 2024 },
    {
      name: "later in the opening sentence (现将…报告如下)",
      text: "县公安局法治政府建设情况报告\n按照《法治政府建设与责任落实督察工作规定》第23条要求，现将2023年法治政府建设工作报告如下。\n一、主要举措和成效\n",
      value: 2023,
    },
    { name: "Chinese numerals", text: "关于二〇二二年度法治政府建设情况的报告\n我区坚持依法行政，全面推进法治政府建设，现报告如下。\n", value: 2022 },
    { name: "Traditional", text: "清河市人民政府關於2023年法治政府建設情況的報告\n本市堅持以習近平法治思想為指導，全面推進法治政府建設。\n", value: 2023 },
    {
      name: "only in the first heading (accepted by default)",
      text: "我镇坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下。\n一、2023年度推进法治政府建设的主要举措及成效\n全年办理案件12件。\n",
      value: 2023,
    },
  ],
  invalid: [
    {
      name: "only inferred from the publication date",
      text: "发布日期：2024-03-15\n我县法治政府建设情况报告\n一年来，我县坚持以习近平法治思想为指导，全面推进法治政府建设，取得积极成效。\n一、主要举措和成效\n",
      errors: [{ messageId: "inferred", data: { year: 2023 } }],
      score: 0,
      value: 2023,
    },
    {
      name: "the first heading only, acceptFirstHeading false",
      text: "我镇坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下。\n一、2023年度推进法治政府建设的主要举措及成效\n全年办理案件12件。\n",
      options: { acceptFirstHeading: false },
      errors: [{ messageId: "headingOnly", line: 2, data: { year: 2023 } }],
    },
    {
      name: "only 2024年以来 in the opening: a guess, not a stated year",
      text: "市委、市政府：\n2024年以来，在市委的精心指导下，我委紧扣法治政府建设目标，扎实推进依法行政，取得阶段性成效。\n一、工作完成情况\n",
      errors: [{ messageId: "guessed", data: { year: 2024 } }],
      score: 0,
      value: 2024,
    },
    {
      name: "masked year",
      text: "xx市20XX年法治政府建设情况报告\n我市坚持以习近平法治思想为指导，全面推进法治政府建设，取得积极成效。\n",
      errors: [{ messageId: "masked", line: 1, evidence: "20XX年" }],
    },
    {
      name: "no year and no date",
      text: "法治政府建设情况报告\n一年来，我县坚持依法行政，全面推进法治政府建设，取得积极成效。\n",
      errors: [{ messageId: "missing", line: 1 }],
    },
    {
      name: "stated year later than the publication date (rewritten by a re-posting site)",
      text: "发布日期：2021-02-10\n白水镇2023年法治政府建设工作总结\n2023年，白水镇坚持依法行政，全面推进法治政府建设，取得积极成效。\n",
      errors: [{ messageId: "laterThanDate", data: { year: 2023 } }],
      score: 0.5,
    },
  ],
});
