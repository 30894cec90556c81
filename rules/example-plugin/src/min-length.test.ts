import { RuleTester } from "@fazhi/rule-tester";
import plugin from "./index.js";
import { minLength } from "./min-length.js";

// The rule requires the plugin's `example/char-count` fact; the tester computes it from the plugin the way the engine does.
const tester = new RuleTester({ plugins: [plugin] });

// "法治政府建设年度报告" is 10 characters; punctuation and spaces do not count.
tester.run("example/min-length", minLength, {
  valid: [
    { text: "法治政府建设年度报告", options: { minChars: 10 }, score: 1, value: 10 },
    { name: "punctuation is not counted", text: "法治，政府。\n建设　年度（报告）2023", options: { minChars: 14 }, value: 14 },
    { name: "Traditional", text: "法治政府建設年度報告", options: { minChars: 10 } },
    { name: "minChars 0 always passes", text: "", options: { minChars: 0 } },
  ],
  invalid: [
    {
      text: "法治政府建设年度报告",
      options: { minChars: 20 },
      errors: [{ messageId: "tooShort", data: { chars: 10, minChars: 20 } }],
      score: 0.5,
      value: 10,
    },
    {
      name: "the default is 3000",
      text: "法治政府建設年度報告",
      errors: [{ messageId: "tooShort", data: { chars: 10, minChars: 3000 } }],
      score: 10 / 3000,
    },
  ],
});
