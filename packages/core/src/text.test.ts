import { describe, expect, it } from "vitest";
import { contextFromText } from "./context.js";
import { evidenceAt, findWatermarks, foldText, isHanCode, lineAt, LONG_LINE, MatchView, PhraseSet, normalizeText, placeEvidence, QUOTE_MAX, splitLines } from "./text.js";

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

describe("evidenceAt", () => {
  // A report read as one line: every quote is on line 1, so only a column finds it.
  const sentence = "本年度共办理行政复议案件一百余件，依法纠正违法或者不当行政行为若干件，并通过典型案例通报、专题培训和庭审观摩等方式，推动各部门把复议监督中发现的问题整改到位，依法行政水平持续提升。";
  const oneLine = `${"开展普法宣传教育活动。".repeat(30)}${sentence}${"持续优化营商环境。".repeat(10)}`;
  const model = { text: oneLine, lines: splitLines(oneLine) };

  it("quotes a short line whole, by its line alone", () => {
    const text = "一、主要举措\n（一）加强组织领导。";
    const short = { text, lines: splitLines(text) };
    const at = text.indexOf("加强");
    expect(evidenceAt(short, [at, at + 6])).toEqual({ line: 2, text: "加强组织领导" });
  });

  it("on a long line gives the 1-based column of the quote and cuts it to QUOTE_MAX characters from there", () => {
    expect(oneLine.length).toBeGreaterThan(LONG_LINE);
    const start = oneLine.indexOf(sentence);
    const e = evidenceAt(model, [start, start + sentence.length]);
    expect(e.line).toBe(1);
    expect(e.column).toBe(start + 1);
    expect(sentence.length).toBeGreaterThan(QUOTE_MAX);
    expect(e.text).toBe(sentence.slice(0, QUOTE_MAX));
    const hit = start + sentence.indexOf("行政复议");
    expect(evidenceAt(model, [hit, hit + 4])).toEqual({ line: 1, column: hit + 1, text: "行政复议" });
  });

  it("counts the column in UTF-16 code units, as editors do, and never cuts a quote inside a surrogate pair", () => {
    const text = `𠀀${"字".repeat(LONG_LINE)}目标`;
    const at = text.indexOf("目标");
    expect(evidenceAt({ text, lines: splitLines(text) }, [at, at + 2])).toEqual({ line: 1, column: LONG_LINE + 3, text: "目标" });
    const astral = `${"字".repeat(LONG_LINE)}${"字".repeat(QUOTE_MAX - 1)}𠀀𠀀`;
    const from = LONG_LINE;
    const cut = evidenceAt({ text: astral, lines: splitLines(astral) }, [from, astral.length]);
    expect(cut.text).toBe("字".repeat(QUOTE_MAX - 1));
  });

  it("places ready evidence (a line and its quote) the same way; a quote not on its line stays as it is", () => {
    const start = oneLine.indexOf(sentence);
    expect(placeEvidence(model, { line: 1, text: sentence })).toEqual(evidenceAt(model, [start, start + sentence.length]));
    expect(placeEvidence(model, { line: 1, text: "不在原文中的话" })).toEqual({ line: 1, text: "不在原文中的话" });
  });
});
