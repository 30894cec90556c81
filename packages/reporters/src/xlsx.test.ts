import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sheetName } from "./sheet-name.js";
import { CSV_INJECTION, fixtureResult, XSS_SCRIPT } from "./test-fixtures/result.js";
import { displayWidth } from "./text-width.js";
import { xlsx } from "./xlsx.js";

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function rowValues(sheet: ExcelJS.Worksheet, n: number): unknown[] {
  return (sheet.getRow(n).values as unknown[]).slice(1);
}

describe("sheetName", () => {
  it("keeps names within Excel's rules and unique", () => {
    const used = new Set<string>();
    expect(sheetName("县级 排名", used)).toBe("县级 排名");
    expect(sheetName("a/b[c]:d*e?f\\g", used)).toBe("a_b_c__d_e_f_g");
    expect(sheetName("县级 排名", used)).toBe("县级 排名 (2)");
    const long = sheetName("x".repeat(40), used);
    expect(long).toHaveLength(31);
    expect(sheetName("x".repeat(40), used)).toBe("x".repeat(27) + " (2)");
  });
});

describe("displayWidth", () => {
  it("counts Han and full-width characters as 2", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("县级")).toBe(4);
    expect(displayWidth("潢川縣，（一）")).toBe(14);
  });
});

describe("xlsx reporter", async () => {
  const buffer = await xlsx(fixtureResult);
  const workbook = await readBack(buffer);

  it("is a zip (xlsx) workbook with a ranking sheet per cohort, then findings and about", () => {
    expect(buffer.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["县级 排名", "乡镇级 排名", "层级不明 排名", "问题清单", "说明"]);
    for (const s of workbook.worksheets) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it("ranking sheets hold the same values as the result JSON", () => {
    const sheet = workbook.getWorksheet("县级 排名")!;
    expect(rowValues(sheet, 1)).toEqual(["名次", "发文机关", "文件", "层级", "年度", "总分", "等级", "结构", "指标", "公开", "错误"]);
    const ranking = fixtureResult.rankings[0]!;
    ranking.entries.forEach((entry, i) => {
      const values = rowValues(sheet, i + 2);
      const report = fixtureResult.reports.find((r) => r.file === entry.file)!;
      expect(values[0]).toBe(entry.position ?? "未完成评分");
      expect(values[1]).toBe(entry.issuer);
      expect(values[2]).toBe(entry.file);
      expect(values[4]).toBe(report.meta.reportYear);
      expect(values[5] ?? null).toBe(entry.score);
      expect(values[6] ?? null).toBe(report.total.grade);
      const structure = report.categories.structure!.score;
      expect(values[7]).toBeCloseTo(structure! * 100, 6);
      expect(values[8] ?? null).toBe(report.categories.indicators!.score === null ? null : report.categories.indicators!.score * 100);
    });
    // the tie: two rows at position 1
    expect([rowValues(sheet, 2)[0], rowValues(sheet, 3)[0]]).toEqual([1, 1]);
    // the mixed-years notice is under the table
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(row.getCell(1).value ?? "")));
    expect(texts.some((t) => t.includes("2022、2023"))).toBe(true);
  });

  it("styles the header: bold, filled, frozen; totals formatted 0.0", () => {
    for (const sheet of workbook.worksheets) {
      const cell = sheet.getRow(1).getCell(1);
      expect(cell.font?.bold).toBe(true);
      expect(cell.fill).toMatchObject({ type: "pattern", pattern: "solid" });
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
    const sheet = workbook.getWorksheet("县级 排名")!;
    expect(sheet.getRow(2).getCell(6).numFmt).toBe("0.0");
    expect(sheet.getRow(2).getCell(8).numFmt).toBe("0.0");
  });

  it("fits column widths to content, counting Han characters as 2", () => {
    const sheet = workbook.getWorksheet("县级 排名")!;
    // issuer column: widest is 江州市东湖区人民政府 (10 Han = 20) + 2
    expect(sheet.getColumn(2).width).toBe(22);
    // file column: reports/county/西山县 [2023] *终稿*.txt
    expect(sheet.getColumn(3).width).toBe(displayWidth("reports/county/西山县 [2023] *终稿*.txt") + 2);
    // errors column is capped
    expect(sheet.getColumn(11).width).toBeLessThanOrEqual(60);
  });

  it("stores formula-like and HTML-like text as plain strings, never formulas", () => {
    const findings = workbook.getWorksheet("问题清单")!;
    expect(rowValues(findings, 1)).toEqual(["发文机关", "文件", "规则", "严重程度", "说明", "行号", "列号", "原文", "规则编号"]);
    let injected: ExcelJS.Cell | undefined;
    let script: ExcelJS.Cell | undefined;
    findings.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeFalsy();
        if (cell.value === CSV_INJECTION) injected = cell;
        if (typeof cell.value === "string" && cell.value.includes(XSS_SCRIPT)) script = cell;
      });
    });
    expect(injected?.type).toBe(ExcelJS.ValueType.String);
    expect(script?.type).toBe(ExcelJS.ValueType.String);
    const broken = workbook.getWorksheet("层级不明 排名")!;
    expect(broken.getRow(2).getCell(3).value).toBe("reports/<b>坏</b>=1+1.pdf");
  });

  it("every sheet filters on its header and prints on A4 landscape, page-wide, the header on each page", () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.autoFilter, sheet.name).toMatch(/^A1:[A-Z]+1$/);
      expect(sheet.pageSetup, sheet.name).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
    }
  });

  it("findings name their rule by its title, the id in a column of its own; one quoted line's number is a number", () => {
    const findings = workbook.getWorksheet("问题清单")!;
    const rows: unknown[][] = [];
    findings.eachRow((row, n) => n > 1 && rows.push(rowValues(findings, n)));
    const withId = rows.filter((r) => typeof r[8] === "string" && (r[8] as string).includes("/"));
    expect(withId.length).toBeGreaterThan(0);
    for (const r of withId) expect(r[2]).not.toContain("/");
    const single = rows.filter((r) => r[5] !== undefined && r[5] !== null && !String(r[5]).includes(","));
    expect(single.length).toBeGreaterThan(0);
    for (const r of single) expect(typeof r[5]).toBe("number");
    // A quote from a long line: its column is a number too; other findings leave 列号 empty.
    const long = rows.find((r) => r[7] === "存在的问题主要是部分执法人员素质有待提高")!;
    expect([long[5], long[6]]).toEqual([1, 215]);
    expect(rows.filter((r) => typeof r[6] === "number")).toHaveLength(1);
  });

  it("has an about sheet with scheme id, version, hash and the tool version", () => {
    const about = workbook.getWorksheet("说明")!;
    const text = JSON.stringify(about.getSheetValues());
    expect(text).toContain("recommended 2024.1");
    expect(text).toContain(fixtureResult.profile.hash);
    expect(text).toContain("fazhi 0.1.0-test");
    expect(text).toContain("result JSON");
  });

  it("uses English sheet names and labels with lang: en", async () => {
    const en = await readBack(await xlsx(fixtureResult, { lang: "en" }));
    expect(en.worksheets.map((s) => s.name)).toEqual(["County Ranking", "Township Ranking", "Level unknown Ranking", "Findings", "About"]);
    expect(rowValues(en.worksheets[0]!, 1)[0]).toBe("Rank");
  });
});
