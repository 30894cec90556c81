import { describe, expect, it } from "vitest";
import { csvCell } from "./csv-cell.js";
import { csv, csvFindings } from "./csv.js";
import { CSV_INJECTION, fixtureResult, XSS_IMG } from "./test-fixtures/result.js";

/** A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF record ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (ch === '"') (quoted = false), i++;
      else (field += ch), i++;
    } else if (ch === '"' && field === "") (quoted = true), i++;
    else if (ch === ",") row.push(field), (field = ""), i++;
    else if (ch === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), (i += 2);
    else if (ch === "\n" || ch === "\r" || ch === '"') throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    else (field += ch), i++;
  }
  if (field !== "" || row.length) throw new Error("last record has no CRLF");
  return rows;
}

describe("csvCell", () => {
  it("neutralises cells a spreadsheet would run as formulas (OWASP)", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe("\"'\rx\"");
    expect(csvCell(CSV_INJECTION)).toBe("'=cmd|' /C calc'!A0");
    expect(csvCell("a=1")).toBe("a=1");
  });

  it("quotes per RFC 4180 only when needed", () => {
    expect(csvCell("plain 中文")).toBe("plain 中文");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(90.5)).toBe("90.5");
  });
});

describe("csv reporter", () => {
  const text = csv(fixtureResult);
  const rows = parseCsv(text.slice(1));

  it("starts with a UTF-8 BOM and ends every record with CRLF", () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(text, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("has one row per report in ranking order with rank, cohort, issuer, file, level, year, total, grade, categories, errors", () => {
    expect(rows[0]).toEqual(["名次", "比较组", "发文机关", "文件", "层级", "年度", "总分", "等级", "结构", "指标", "公开", "错误"]);
    expect(rows).toHaveLength(1 + fixtureResult.reports.length);
    expect(rows[1]).toEqual(["1", "县级", "江州市东湖区人民政府", "reports/county/东湖区.txt", "县级", "2023", "90.0", "优秀", "75.0", "100.0", "100.0", ""]);
    expect(rows[2]!.slice(0, 2)).toEqual(["1", "县级"]); // the tie shares position 1
    expect(rows[3]!.slice(0, 1)).toEqual(["3"]);
    const incomplete = rows.find((r) => r[3] === "reports/county/潢川縣.txt")!;
    expect(incomplete.slice(0, 1)).toEqual(["未完成评分"]);
    expect(incomplete[2]).toBe("潢川縣人民政府"); // Traditional text kept as written
    expect(incomplete[6]).toBe("");
    expect(incomplete[9]).toBe(""); // the incomplete category has no score
    expect(incomplete[11]).toContain("行政机关负责人出庭应诉率: crash");
    const broken = rows.find((r) => r[0] === "出错")!;
    expect(broken[3]).toBe("reports/<b>坏</b>=1+1.pdf");
    expect(broken[11]).toContain("unreadable");
  });

  it("uses English labels with lang: en", () => {
    const en = parseCsv(csv(fixtureResult, { lang: "en" }).slice(1));
    expect(en[0]).toEqual(["Rank", "Cohort", "Issuer", "File", "Level", "Year", "Total", "Grade", "Structure", "Indicators", "Disclosure", "Errors"]);
    expect(en[1]!.slice(0, 2)).toEqual(["1", "County"]);
  });

  it("is deterministic", () => {
    expect(csv(structuredClone(fixtureResult))).toBe(text);
  });
});

describe("csvFindings", () => {
  const text = csvFindings(fixtureResult);
  const rows = parseCsv(text.slice(1));

  it("has one row per finding, crashed check and unreadable file, with BOM and CRLF", () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(rows[0]).toEqual(["发文机关", "文件", "规则", "严重程度", "说明", "行号", "列号", "原文", "规则编号"]);
    const findings = fixtureResult.reports.flatMap((r) => Object.values(r.checks).flatMap((c) => c.findings));
    expect(rows).toHaveLength(1 + findings.length + 1 + 1);
  });

  it("quotes multi-line evidence and evidence with quotes, and neutralises formula-like evidence", () => {
    const xss = rows.find((r) => r[5] === "41, 42")!;
    expect(xss[7]).toContain(XSS_IMG);
    expect(xss[7]).toContain("\n");
    const injected = rows.find((r) => r[5] === "12")!;
    expect(injected[7]).toBe(`'${CSV_INJECTION}`);
    expect(injected[4]).toBe("不足部分过于笼统：| 表格 | 分隔 |");
    const plus = rows.find((r) => r[5] === "13")!;
    expect(plus[7]!.startsWith("'+1 @SUM(A1)")).toBe(true);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("gives the column of a quote from a long line, and none for a quote a line number finds", () => {
    const long = rows.find((r) => r[5] === "1")!;
    expect(long[6]).toBe("215");
    expect(long[7]).toBe("存在的问题主要是部分执法人员素质有待提高");
    expect(rows.find((r) => r[5] === "12")![6]).toBe("");
  });

  it("is deterministic", () => {
    expect(csvFindings(structuredClone(fixtureResult))).toBe(text);
  });
});
