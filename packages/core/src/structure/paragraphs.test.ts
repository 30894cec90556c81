import { describe, expect, it } from "vitest";
import { parseAll } from "./test-support.js";

describe("segmentParagraphs", () => {
  it("makes one paragraph per non-blank, non-chrome line, without indentation", () => {
    const { paragraphs, ctx } = parseAll("首页 > 专题\n\n  一、工作总体开展情况\n\n\u3000\u3000(一)强化领导。内容。  \n\t正文段落。\n", "<t>", [1]);
    expect(paragraphs.map((p) => [p.index, p.line, p.endLine, p.raw])).toEqual([
      [0, 3, 3, "一、工作总体开展情况"],
      [1, 5, 5, "(一)强化领导。内容。"],
      [2, 6, 6, "正文段落。"],
    ]);
    expect(paragraphs[0]!.origin).toEqual(ctx.lines[2]!.origin);
  });

  it("assigns the innermost heading starting at or before the paragraph", () => {
    const { paragraphs, flat } = parseAll(
      "XX镇人民政府关于2023年法治政府建设情况的报告\n一、主要举措\n(一)强化领导。一是学法。二是用法。\n正文。\n二、存在问题\n正文。",
    );
    const id = (prefix: string) => flat.find((h) => h.text.startsWith(prefix))!.id;
    expect(paragraphs.map((p) => p.headingId)).toEqual([null, id("一、"), id("(一)"), id("二是"), id("二、"), id("二、")]);
  });

  it("puts a paragraph into which headings were flattened under the heading before it", () => {
    const { paragraphs } = parseAll("报告如下: 一、主要举措 (一)强化领导。内容。\n正文。");
    expect(paragraphs.map((p) => p.headingId)).toEqual([null, "h1.1"]);
  });
});
