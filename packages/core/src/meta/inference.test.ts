import { describe, expect, it } from "vitest";
import { contextFromText } from "../context.js";
import { detectChrome, extractMeta } from "./index.js";
import { placeNamed, selfReferenceIn } from "./inference.js";
import { foldText } from "../text.js";

// Invented places only (鹤汀省, 栖梧市, 望舒县, 澄岚区, 汀兰镇, 浣纱街道, 檀溪乡).
function meta(text: string) {
  const ctx = contextFromText(text, "<test>");
  for (const n of detectChrome(ctx)) ctx.lines[n - 1]!.chrome = true;
  return extractMeta(ctx, []);
}
const lines = (...ls: string[]) => ls.join("\n");
const PROSE = "坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平法治思想,全面推进依法行政。";

describe("the issuer a report does not name is inferred from the place it names for itself", () => {
  it("a title that says only 省人民政府: the province comes from the body, marked inferred", () => {
    const r = meta(
      lines(
        "省人民政府关于2023年度法治政府建设情况的报告",
        `2023年,在中共鹤汀省委的坚强领导下,省政府${PROSE}`,
        "一、主要举措和成效",
        "全省各级行政机关认真落实《鹤汀省法治政府建设实施方案》,主持召开省政府常务会议12次。",
      ),
    );
    expect(r.meta.issuer).toBe("鹤汀省人民政府");
    expect(r.meta.level).toBe("province");
    const inf = r.details.inferred?.find((i) => i.field === "issuer");
    expect(inf?.basis).toBe("place-named-in-text");
    expect(inf?.note.zh).toContain("推定");
    expect(inf?.evidence.length).toBeGreaterThan(0);
  });

  it("a phrase before the unit is no name: 主持召开省委…, 全面依法治省, 年内市政府", () => {
    const f = foldText("主持召开省委常委会会议,全面依法治省。年内市政府常务会议。中共鹤汀省委印发。", []);
    expect(placeNamed(f, "省")?.name).toBe("鹤汀省");
    expect(placeNamed(f, "市")).toBeNull();
  });

  it("a one-character county name is what its occurrences share (平安望县、法治望县)", () => {
    const f = foldText("建设平安望县、法治望县,县政府坚持依法行政。", []);
    expect(placeNamed(f, "县")?.name).toBe("望县");
  });

  it("市政府 in the body and the city in a cited document", () => {
    const r = meta(lines(`2024年,在市委的正确领导下,市政府${PROSE}制定《栖梧市2024年度法治政府建设工作要点》。`, "一、强化组织领导。"));
    expect(r.meta).toMatchObject({ issuer: "栖梧市人民政府", level: "city" });
    expect(r.details.issuerAsWritten).toBe("栖梧市");
  });

  it("我乡 with no name anywhere: no issuer, but the level (township), marked inferred", () => {
    const r = meta(lines(`2024年,得益于县委、县政府的坚强领导,我乡${PROSE}`, `我乡${PROSE}`));
    expect(r.meta.issuer).toBeNull();
    expect(r.meta.level).toBe("township");
    expect(r.details.inferred?.find((i) => i.field === "level")?.basis).toBe("self-reference");
  });

  it("我委 / 市局: a department, even with no name", () => {
    expect(meta(lines(`2021年,我委${PROSE}`, `我委${PROSE}`)).meta.level).toBe("department");
    const r = meta(lines(`2021年,按照省、市部署,市局党委带头,${PROSE}`, "印发《栖梧市公安局2021年普法工作实施方案》。"));
    expect(r.meta).toMatchObject({ issuer: "栖梧市公安局", level: "department" });
    expect(r.details.departmentLevel).toBe("city");
  });

  it("selfReferenceIn counts 我X, 全X各级政府 and 市局", () => {
    expect(selfReferenceIn("全省各级政府坚持依法行政。")).toMatchObject({ kind: "government", unit: "省" });
    expect(selfReferenceIn("我局坚持依法行政,我局推进。")).toMatchObject({ kind: "department", ending: "局" });
  });
});

describe("issuer and level from the text as written", () => {
  it("ministries are national departments; 原 stays part of the name", () => {
    const a = meta(lines(`2021年,司法部${PROSE}`, `司法部党组${PROSE}`));
    expect(a.meta).toMatchObject({ issuer: "司法部", level: "department" });
    expect(a.details.departmentLevel).toBe("national");
    const b = meta(lines(`2017年,原环境保护部${PROSE}`));
    expect(b.meta.issuer).toBe("原环境保护部");
  });

  it("a commission written short (省卫生健康委) or long, and a long bureau name", () => {
    const a = meta(lines("鹤汀省卫生健康委关于2023年度法治政府建设情况的报告", `在省委省政府的坚强领导下,省卫生健康委${PROSE}`));
    expect(a.meta).toMatchObject({ issuer: "鹤汀省卫生健康委", level: "department" });
    expect(a.details.departmentLevel).toBe("province");
    const b = meta(lines(`2020年,栖梧市人力资源和社会保障局${PROSE}`));
    expect(b.meta).toMatchObject({ issuer: "栖梧市人力资源和社会保障局", level: "department" });
  });

  it("a government's office (县人民政府办公室) is a department, not the government", () => {
    const r = meta(lines(`2022年,在县委、县政府的坚强领导下,望舒县人民政府办公室${PROSE}`));
    expect(r.meta).toMatchObject({ issuer: "望舒县人民政府办公室", level: "department" });
    expect(r.details.departmentLevel).toBe("county");
  });

  it("a 街道办事处 is a street (township), never a 人民政府", () => {
    const a = meta(lines("浣纱街街道办事处2025年法治政府建设年度报告", `2025年,浣纱街街道办事处${PROSE}`));
    expect(a.meta).toMatchObject({ issuer: "浣纱街街道办事处", level: "township" });
    const b = meta(lines(`2025年,浣纱街道办事处${PROSE}`));
    expect(b.meta).toMatchObject({ issuer: "浣纱街道办事处", level: "township" });
  });

  it("现将…, 紧扣中央和省… are never part of an issuer", () => {
    const a = meta(lines(`根据有关规定,现将我县2020年度法治政府建设情况报告如下。`, `2020年,县政府${PROSE}`));
    expect(a.meta.issuer).toBeNull();
    expect(a.meta.level).toBe("county");
    const b = meta(
      lines("关于栖梧市2024年度法治政府建设情况的报告", "栖梧市人民政府", "主任、副主任、各位委员:", `2024年,我市${PROSE}紧扣中央和省、市委决策部署,纵深推进法治政府建设。`),
    );
    expect(b.meta).toMatchObject({ issuer: "栖梧市人民政府", level: "city" });
  });

  it("the bodies in 在…领导下 lead the subject; they are not it", () => {
    const r = meta(lines(`2018年,在自治区党委、自治区人民政府的坚强领导下,我市政府${PROSE}`, "《栖梧市人民政府2018年度法治政府建设工作报告》已印发。"));
    expect(r.meta.issuer).toBe("栖梧市人民政府");
    expect(r.meta.level).toBe("city");
  });

  it("a joint Party + government title written without a space", () => {
    const r = meta(lines("中共檀溪乡党委檀溪乡人民政府关于2024年法治政府建设工作的报告", `2024年,我乡${PROSE}`));
    expect(r.meta).toMatchObject({ issuer: "檀溪乡人民政府", level: "township" });
  });

  it("lost full-width spaces (??) at a line's start do not hide the subject", () => {
    const r = meta(lines(`??2019年,鹤汀市各级政府${PROSE}`));
    expect(r.meta.issuer).toBe("鹤汀市人民政府");
  });

  it("a page title that opens with the 文号 is not the report's title", () => {
    const r = meta(lines("汀卫〔2024〕3号《鹤汀省卫生健康委关于2023年度法治政府建设情况的报告》", "鹤汀省卫生健康委关于2023年度法治政府建设情况的报告", `2023年,省卫生健康委${PROSE}`));
    expect(r.details.title?.line).toBe(2);
    expect(r.meta.issuer).toBe("鹤汀省卫生健康委");
  });

  it("a prefecture-level city that writes 区(市)县 stays a city despite one 镇(街道)", () => {
    const r = meta(lines("栖梧市人民政府关于2024年度法治政府建设情况的报告", `2024年,市政府${PROSE}全市22个区(市)县、各镇(街道)均设法律顾问。`));
    expect(r.meta.level).toBe("city");
  });
});

describe("report year: stated, or guessed and said so (issue 10, part 3)", () => {
  it("a title for 2019 that mentions 2018年，在全市考评中名列第二 is a 2019 report", () => {
    const r = meta(lines("望舒县人民政府关于2019年度法治政府建设情况的报告", `2018年,在全市考评中名列第二。2019年,县政府${PROSE}`));
    expect(r.meta.reportYear).toBe(2019);
    expect(r.details.inferred?.some((i) => i.field === "reportYear")).toBe(false);
  });

  it("without a title, a ranking year in the first sentence is not the report's year", () => {
    const r = meta(lines(`2018年,在全市考评中名列第二,县政府${PROSE}现将2019年法治政府建设情况报告如下。`));
    expect(r.meta.reportYear).toBe(2019);
  });

  it("现对2023年所做工作总结如下, or a clause-opening year in a long first sentence, is stated", () => {
    const a = meta(lines(`根据上级部署,结合实际,2023年,浣纱街道${PROSE}现对2023年所做工作总结如下:`));
    expect(a.meta.reportYear).toBe(2023);
    expect(a.details.inferred?.some((i) => i.field === "reportYear")).toBe(false);
  });

  it("XXXX年以来 counts only for a report written that year, and is marked guessed", () => {
    const a = meta(lines("发布时间: 2024-12-20", `2024年以来,我局${PROSE}`));
    expect(a.meta.reportYear).toBe(2024);
    expect(a.details.inferred?.find((i) => i.field === "reportYear")?.basis).toBe("since-year");
    const b = meta(lines("发布时间: 2021-03-20", `2019年以来,我局${PROSE}`));
    expect(b.meta.reportYear).toBe(2020);
    expect(b.details.inferred?.find((i) => i.field === "reportYear")?.basis).toBe("date");
  });

  it("the year of the next year's plan minus one, marked guessed", () => {
    const h = (text: string, line: number) => ({ id: String(line), style: "cn-comma", depth: 1, number: null, ordinal: null, title: text, text, raw: text, span: [0, 0], line, origin: { line }, runIn: false, children: [] }) as never;
    const ctx = contextFromText(lines(`我镇${PROSE}`, "一、主要做法", "二、2025年工作打算"), "<t>");
    const r = extractMeta(ctx, [h("一、主要做法", 2), h("二、2025年工作打算", 3)]);
    expect(r.meta.reportYear).toBe(2024);
    expect(r.details.inferred?.find((i) => i.field === "reportYear")).toMatchObject({ basis: "next-year-plan", evidence: [{ line: 3 }] });
  });
});
