import { describe, expect, it } from "vitest";
import { contextFromText } from "./context.js";
import { findWatermarks, foldText, isHanCode, lineAt, MatchView, PhraseSet, normalizeText, splitLines } from "./text.js";

describe("normalizeText", () => {
  it("strips a BOM and turns CRLF, CR and Unicode line separators into \\n, changing nothing else", () => {
    expect(normalizeText("\ufeff一、总体情况\r\n（一）加强领导\r二、存在问题\u2028三")).toBe("一、总体情况\n（一）加强领导\n二、存在问题\n三");
    expect(normalizeText("  保留缩进　和全角空格  ")).toBe("  保留缩进　和全角空格  ");
  });
});

describe("splitLines", () => {
  it("gives 1-based lines whose spans quote the text, with origins and chrome flags", () => {
    const text = "首页 > 政务公开\n\n正文第一段。";
    const lines = splitLines(text, undefined, [1]);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3]);
    for (const l of lines) expect(text.slice(...l.span)).toBe(l.raw);
    expect(lines.map((l) => l.chrome)).toEqual([true, false, false]);
    expect(lines[2]!.origin).toEqual({ line: 3 });
    expect(lineAt(lines, text.indexOf("正文"))).toBe(3);
    expect(lineAt(lines, 0)).toBe(1);
  });
});

describe("foldText", () => {
  it("keeps the length so spans are shared, folding Traditional, full-width and Kangxi radicals", () => {
    const text = "呂梁市堅持依法行政，出庭應訴率達１００％。⼀⼆";
    const folded = foldText(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toBe("吕梁市坚持依法行政,出庭应诉率达100%。一二");
  });
  it("masks watermark runs so they never take part in a match", () => {
    const text = "履行推进法治建设第一秘书之家—全网资源每日更新www.mishuzj.com责任人职责";
    const marks = findWatermarks(text);
    expect(marks.map(([s, e]) => text.slice(s, e))).toEqual(["秘书之家—全网资源每日更新www.mishuzj.com"]);
    const folded = foldText(text, marks);
    expect(folded.length).toBe(text.length);
    expect(folded.replace(/\0/g, "")).toBe("履行推进法治建设第一责任人职责");
  });
  it("does not take a government site's address for a watermark", () => {
    expect(findWatermarks("信阳市人民政府门户网站 www.xinyang.gov.cn 时间:2023-03-07")).toEqual([]);
    expect(findWatermarks("公文汇 www.gongwenhui.com")).toHaveLength(1);
  });
});

describe("MatchView", () => {
  it("finds a phrase across whitespace, script and watermarks and quotes the original", () => {
    const ctx = contextFromText("黨政主要負責人帶頭履行推進法治建設第一\n責任人職責");
    const [span] = ctx.view().find("第一责任人职责");
    expect(span).toBeDefined();
    expect(ctx.text.slice(...span!)).toBe("第一\n責任人職責");
  });
  it("finds every occurrence and nothing for an empty phrase", () => {
    const view = new MatchView("调解成功，调解成功率", foldText("调解成功，调解成功率"));
    expect(view.find("调解成功")).toHaveLength(2);
    expect(view.find("")).toEqual([]);
  });
});

describe("pinyin glosses in the folded view", () => {
  it("masks a toned syllable in brackets after a Han character, keeping the length", () => {
    const text = "共審結(jié)案件12件(含結轉)";
    const folded = foldText(text);
    expect(folded.length).toBe(text.length);
    expect(folded.replace(/\0/g, "")).toBe("共审结案件12件(含结转)");
  });
  it("leaves ordinary brackets alone", () => {
    expect(foldText("办理(a)项与(2)项")).toBe("办理(a)项与(2)项");
  });
});

describe("isHanCode", () => {
  it("agrees with /\\p{Script=Han}/u on every UTF-16 code unit", () => {
    const han = /\p{Script=Han}/u;
    const disagree: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isHanCode(c) !== han.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
    expect(isHanCode("法".charCodeAt(0))).toBe(true);
    expect(isHanCode("，".charCodeAt(0))).toBe(false);
  });
});

describe("PhraseSet", () => {
  it("finds every occurrence of every phrase in one pass, overlapping ones too, inside the range only", () => {
    const set = new PhraseSet<string>([
      ["复议", "reconsideration"],
      ["行政复议", "reconsideration"],
      ["诉讼", "litigation"],
      ["行政诉讼", "litigation"],
    ]);
    const text = "办理行政复议案件12件，行政诉讼案件3件，复议";
    const hits = set.matches(text).map((h) => [h.start, h.key]);
    expect(hits).toEqual([
      [2, "行政复议"],
      [4, "复议"],
      [12, "行政诉讼"],
      [14, "诉讼"],
      [21, "复议"],
    ]);
    // A phrase that runs past the end of the range is not inside it.
    expect(set.matches(text, 0, 5)).toEqual([]);
    expect(set.matches(text, 2, 6).map((h) => h.key)).toEqual(["行政复议", "复议"]);
  });
});
