import { describe, expect, it } from "vitest";
import { parseAll } from "./test-support.js";

const sentencesOf = (s: string) => parseAll(s).sentences.map((x) => x.raw);

describe("splitSentences", () => {
  it("splits on 。！？；!? and …, keeping the terminator run", () => {
    expect(sentencesOf("第一句。第二句！第三句？第四句；第五句!第六句?第七句……第八句")).toEqual([
      "第一句。",
      "第二句！",
      "第三句？",
      "第四句；",
      "第五句!",
      "第六句?",
      "第七句……",
      "第八句",
    ]);
  });

  it("does not split inside quotes unless the quote closes right after the terminator", () => {
    expect(sentencesOf("他强调:“要依法行政。要加强监督。”会议要求落实。印发《关于规范执法。的通知》等文件。")).toEqual([
      "他强调:“要依法行政。要加强监督。”",
      "会议要求落实。",
      "印发《关于规范执法。的通知》等文件。",
    ]);
  });

  it("is not derailed by an unbalanced quote", () => {
    expect(sentencesOf("开展“八五普法。第二句。")).toEqual(["开展“八五普法。", "第二句。"]);
  });

  it("does not split on decimal points or across paragraphs, and trims whitespace", () => {
    const { sentences, paragraphs } = parseAll("  成功率达99.3%。 调解1.5万件\n第二段。");
    expect(sentences.map((s) => [s.raw, s.paragraph, s.line])).toEqual([
      ["成功率达99.3%。", 0, 1],
      ["调解1.5万件", 0, 1],
      ["第二段。", 1, 2],
    ]);
    expect(paragraphs).toHaveLength(2);
  });

  it("drops pieces that are only a watermark", () => {
    const { sentences } = parseAll("内容。www.mishuzj.com");
    expect(sentences.map((s) => s.raw)).toEqual(["内容。"]);
  });

  it("splits full-width and Traditional text", () => {
    expect(sentencesOf("黨政主要負責人帶頭。堅持依法行政；強化監督！")).toEqual(["黨政主要負責人帶頭。", "堅持依法行政；", "強化監督！"]);
  });
});
