import { describe, expect, it } from "vitest";
import { mdQuote, mdText } from "./markdown-escape.js";
import { md } from "./markdown.js";
import { fixtureResult } from "./test-fixtures/result.js";

/** Cells of a GFM table row: split on pipes that are not backslash-escaped. */
function cells(line: string): string[] {
  return line.replace(/^\| | \|$/g, "").split(/(?<!\\) \| /);
}

describe("mdText", () => {
  it("escapes every Markdown-active character in report text", () => {
    expect(mdText("a|b")).toBe("a\\|b");
    expect(mdText("*强调* _下划线_ `代码`")).toBe("\\*强调\\* \\_下划线\\_ \\`代码\\`");
    expect(mdText("<script>alert(1)</script>")).toBe("\\<script\\>alert(1)\\</script\\>");
    expect(mdText("[链接](https://x)")).toBe("\\[链接\\](https://x)");
    expect(mdText("# 标题")).toBe("\\# 标题");
    expect(mdText("- 项")).toBe("\\- 项");
    expect(mdText("1. 项")).toBe("1\\. 项");
    expect(mdText("a\\b &amp; ~~x~~")).toBe("a\\\\b \\&amp; \\~\\~x\\~\\~");
    expect(mdText("一行\n两行")).toBe("一行 两行");
  });

  it("quotes multi-line evidence line by line", () => {
    expect(mdQuote("# a\n<b>")).toBe("> \\# a\n> \\<b\\>");
  });
});

describe("md reporter", () => {
  const text = md(fixtureResult);

  it("has a ranking table per cohort whose rows keep their column count whatever the text", () => {
    for (const heading of ["## 县级 排名（4 份报告）", "## 乡镇级 排名（1 份报告）", "## 层级不明 排名（1 份报告）"]) expect(text).toContain(heading);
    const tableLines = text.split("\n").filter((l) => l.startsWith("| "));
    const header = tableLines.find((l) => l.startsWith("| 名次"))!;
    const width = cells(header).length;
    for (const line of tableLines.filter((l) => cells(l).length > 4)) expect(cells(line)).toHaveLength(width);
    expect(text).toContain("| 1 | 西山县人民政府 | reports/county/西山县 \\[2023\\] \\*终稿\\*.txt | 2023 | 90.0 | 优秀 | 75.0 | 100.0 | 100.0 |");
    expect(text).toContain("| 未完成评分 | 潢川縣人民政府 |");
  });

  it("has a section per report with categories, checks (score, weight) and findings with quoted evidence and line", () => {
    expect(text).toContain("### 江州市东湖区人民政府");
    expect(text).toContain("#### 结构 — 75.0（权重 40）");
    expect(text).toContain("| 行政复议纠错率 | 不适用 | 0/1 | 本年度无复议案件 |");
    expect(text).toContain("#### 指标 — 未完成（有检查出错）（权重 40）");
    expect(text).toContain("  第 41 行:\n\n  > 网页代码 \\<script\\>window.\\_\\_xss=1;alert(1)\\</script\\> 不应执行");
    expect(text).toContain("> \\=cmd\\|' /C calc'!A0");
    expect(text).toContain("不足部分过于笼统：\\| 表格 \\| 分隔 \\|");
    expect(text).toContain("## 无法评分的文件");
    expect(text).toContain("- reports/\\<b\\>坏\\</b\\>=1+1.pdf: unreadable: 无法读取：PDF 已损坏 \\<b\\>");
  });

  it("orders the report sections cohort by cohort and by rank, and gives a long line's column", () => {
    const reversed = md({ ...fixtureResult, reports: [...fixtureResult.reports].reverse() });
    const issuers = [...reversed.matchAll(/^### (.*)$/gm)].map((m) => m[1]);
    expect(issuers.slice(0, 4)).toEqual(["江州市东湖区人民政府", "西山县人民政府", "光山县人民政府", "潢川縣人民政府"]);
    expect(text).toContain("  第 1 行第 215 字:");
  });

  it("lets no raw HTML, link or heading from report text through", () => {
    expect(text).not.toMatch(/(?<!\\)<(script|img|b)\b/);
    expect(text).not.toMatch(/(?<!\\)\[链接(?<!\\)\]/);
    expect(text).not.toMatch(/^# (?!法治政府)/m);
  });

  it("uses English labels with lang: en", () => {
    const en = md(fixtureResult, { lang: "en" });
    expect(en).toContain("## County Ranking (4 report(s))");
    expect(en).toContain("line 41:");
  });

  it("is deterministic", () => {
    expect(md(structuredClone(fixtureResult))).toBe(text);
  });
});
