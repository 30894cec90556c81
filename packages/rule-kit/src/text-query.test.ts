import { parseText } from "@fazhi/core";
import { describe, expect, it } from "vitest";
import { TextQuery } from "./text-query.js";

const query = (text: string) => new TextQuery(parseText(text, "report.txt"));
const values = (text: string, labels: string[], kinds?: Array<"count" | "rate">) =>
  query(text)
    .labelledNumbers(labels, kinds ? { kinds } : {})
    .map((n) => `${n.label}:${n.number.raw}`);

describe("TextQuery.labelledNumbers", () => {
  it("takes an achieved value labelled before it", () => {
    expect(values("青禾县人民调解成功率为97.5%。\n", ["调解成功率"], ["rate"])).toEqual(["调解成功率:97.5%"]);
  });

  it("skips a target: 力争调解成功率达到98% is not a value", () => {
    expect(values("青禾县力争调解成功率达到98%。\n", ["调解成功率"], ["rate"])).toEqual([]);
  });

  it("skips a negated count for an affirmative label: 不予受理5件 is not 受理", () => {
    expect(values("白石镇不予受理5件。\n", ["受理"], ["count"])).toEqual([]);
    expect(values("白石镇受理申请21件，不予受理5件。\n", ["受理", "不予受理"], ["count"])).toEqual(["受理:21件", "不予受理:5件"]);
  });

  it("the closest label wins, then the longer one (not the first listed)", () => {
    expect(values("白石镇不予受理5件。\n", ["受理", "不予受理"], ["count"])).toEqual(["不予受理:5件"]);
  });

  it("looks for the label in the number's clause only, not further back in the sentence", () => {
    expect(values("青禾县行政复议工作稳步推进，全年共计41件。\n", ["行政复议"], ["count"])).toEqual([]);
    expect(values("青禾县全年办理行政复议41件。\n", ["行政复议"], ["count"])).toEqual(["行政复议:41件"]);
  });
});
