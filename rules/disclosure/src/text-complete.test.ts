import { RuleTester } from "@fazhi/rule-tester";
import { textComplete } from "./text-complete.js";

const complete = "白水镇人民政府关于2023年法治政府建设情况的报告\n2023年，白水镇坚持以习近平法治思想为指导，全面推进法治政府建设，取得积极成效。\n一、主要举措和成效\n全年办理行政复议案件12件。\n";

new RuleTester().run("disclosure/text-complete", textComplete, {
  valid: [
    { name: "complete text", text: complete, value: { truncated: false, damagedLines: 0 } },
    { name: "Traditional, complete", text: "清河市人民政府關於2023年法治政府建設情況的報告\n2023年，清河市堅持以習近平法治思想為指導，全面推進法治政府建設。\n一、主要舉措和成效\n全年辦理行政復議案件12件。\n" },
  ],
  invalid: [
    {
      name: "cut off by a doc site with …",
      text: `${complete}二、存在的不足和原因\n基层法治力量还比较薄弱，部分干部…\n`,
      errors: [{ messageId: "truncated", line: 6 }],
      score: 0,
    },
    {
      name: "ends mid-sentence",
      text: `${complete}二、存在的不足和原因\n基层法治力量还比较薄弱，部分干部运用法治思维\n`,
      errors: [{ messageId: "truncated", line: 6 }],
      score: 0,
    },
    {
      name: "Traditional with mojibake",
      text: "清河市人民政府關於2023年法治政府建設情況的報告\n2023年，清河市堅持依法行政，為全市發展提供堅強法治保障?,F將有關情況報告如下。\n一、主要舉措和成效\n全年辦理行政復議案件12件。\n",
      errors: [{ messageId: "encodingDamage", line: 2, evidence: "?,F將" }],
      score: 0.5,
    },
  ],
});
