import { describe, expect, it } from "vitest";
import { contextFromText } from "../context.js";
import type { Heading } from "../model.js";
import { detectChrome, extractMeta } from "./index.js";

function meta(text: string, headings: Heading[] = []) {
  const ctx = contextFromText(text, "<test>");
  for (const n of detectChrome(ctx)) ctx.lines[n - 1]!.chrome = true;
  return extractMeta(ctx, headings);
}
const lines = (...ls: string[]) => ls.join("\n");
const codes = (r: ReturnType<typeof meta>) => r.diagnostics.map((d) => d.code);
const PROSE = "坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平法治思想,全面推进依法行政。";

describe("a whole page: title block, labelled fields, signature", () => {
  const page = lines(
    "首页 > 政务公开 > 法治政府建设年度报告",
    "今天是:2019年10月31日 星期三",
    "索 引 号 | 011043217/2023-07888 | 发布机构 | 政府办 |",
    "成 文 日 期 | 2023-03-20 | 发布 日期 | 2023-03-28 |",
    "鲁山县人民政府关于2022年度法治政府建设情况的报告",
    "鲁政文〔2023〕15号",
    "平顶山市人民政府:",
    `2022年,我县${PROSE}现将有关情况报告如下:`,
    "一、主要举措和成效",
    "(一)完善制度。按照《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》(国办发〔2018〕115号)要求,审核文件12件。",
    "鲁山人民政府",
    "2023年3月20日",
    "扫一扫在手机打开当前页",
  );
  const r = meta(page);

  it("reads every field", () => {
    expect(r.meta).toMatchObject({
      issuer: "鲁山县人民政府",
      level: "county",
      reportYear: 2022,
      addressee: "平顶山市人民政府",
      documentNumber: "鲁政文〔2023〕15号",
      signedDate: "2023-03-20",
      publishedDate: "2023-03-28",
      script: "simplified",
      pageChrome: true,
      truncated: false,
      encodingDamage: [],
    });
    expect(r.details.chromeLines).toEqual([1, 2, 3, 4, 13]);
    expect(r.details.title).toEqual({ line: 5, text: "鲁山县人民政府关于2022年度法治政府建设情况的报告" });
    expect(r.details.evidence.documentNumber).toEqual({ line: 6, text: "鲁政文〔2023〕15号" });
    expect(r.details.evidence.publishedDate).toEqual({ line: 4, text: "发布 日期 | 2023-03-28" });
    expect(codes(r)).toContain("page-chrome");
  });

  it("the short signature (鲁山人民政府) does not beat the title", () => {
    expect(r.details.issuerAsWritten).toBe("鲁山县人民政府");
  });
});

describe("date widgets lie; labelled dates do not", () => {
  it("ignores 今天是… and site-name date widgets", () => {
    const r = meta(
      lines(
        "天津市静海区人民政府 2019年12月3日星期二",
        "今天是:2019年10月31日 星期三",
        "静海区2023年法治政府建设情况报告",
        `2023年,静海区${PROSE}`,
      ),
    );
    expect(r.meta.publishedDate).toBeNull();
    expect(r.meta.signedDate).toBeNull();
    expect(r.meta.reportYear).toBe(2023);
    expect(r.meta.issuer).toBe("静海区人民政府");
    expect(r.details.chromeLines).toEqual([1, 2]);
  });

  it("reads labels with spaces and Chinese-numeral signature dates", () => {
    const r = meta(lines("发布 日期:2024-03-05", "成 文 日 期:2024年3月1日", "城关镇2023年法治政府建设工作报告", `2023年,城关镇${PROSE}`));
    expect(r.meta.publishedDate).toBe("2024-03-05");
    expect(r.meta.signedDate).toBe("2024-03-01");
    const s = meta(lines("城关镇2023年法治政府建设工作报告", `2023年,城关镇${PROSE}`, "城关镇人民政府", "          二〇二四年二月二十八日"));
    expect(s.meta.signedDate).toBe("2024-02-28");
  });

  it("a date line inside the body is no signature date", () => {
    const r = meta(lines("城关镇2023年法治政府建设工作报告", "2023年3月1日", `2023年,城关镇${PROSE}`, `城关镇${PROSE}`));
    expect(r.meta.signedDate).toBeNull();
  });
});

describe("issuer forms", () => {
  it("a short signature is completed by the first sentence (鲁山人民政府 → 鲁山县人民政府)", () => {
    const r = meta(lines(`2023年,鲁山县人民政府${PROSE}`, "鲁山人民政府", "2024年3月1日"));
    expect(r.meta.issuer).toBe("鲁山县人民政府");
    expect(r.meta.level).toBe("county");
  });

  it("a township is completed by its county prefix, but a county is never turned into one of its towns", () => {
    const a = meta(lines(`2023年,城关镇${PROSE}`, "平坝区城关镇人民政府", "2024年1月5日"));
    expect(a.meta.issuer).toBe("平坝区城关镇人民政府");
    const b = meta(lines("平坝区2023年法治政府建设工作报告", `2023年,城关镇${PROSE}`));
    expect(b.meta).toMatchObject({ issuer: "平坝区人民政府", level: "county" });
  });

  it("a numbered heading before the first paragraph is not the title", () => {
    const r = meta(lines("一、工作总体开展情况", `2022年,城关镇${PROSE}`));
    expect(r.details.title).toBeNull();
    expect(r.meta.issuer).toBe("城关镇人民政府");
  });

  it("我镇 alone falls back to the signature", () => {
    const r = meta(lines(`2023年,我镇${PROSE}`, `我镇${PROSE}`, "城关镇人民政府", "2024年1月20日"));
    expect(r.meta.issuer).toBe("城关镇人民政府");
    expect(r.meta.level).toBe("township");
    expect(r.details.evidence.issuer).toEqual({ line: 3, text: "城关镇人民政府" });
  });

  it("我县 with nothing else: no issuer, a diagnostic", () => {
    const r = meta(lines(`2023年,我县${PROSE}`, `我县${PROSE}`));
    expect(r.meta.issuer).toBeNull();
    expect(codes(r)).toContain("no-issuer");
  });

  it("a joint Party + government report is the government's", () => {
    const r = meta(lines("中共浚县县委 浚县人民政府关于2024年法治政府建设情况的报告", "市委、市政府:", `2024年,县委、县政府${PROSE}`));
    expect(r.meta.issuer).toBe("浚县人民政府");
    expect(r.meta.level).toBe("county");
    expect(r.meta.addressee).toBe("市委、市政府");
    expect(r.meta.reportYear).toBe(2024);
  });

  it("departments: level department, with the level they belong to", () => {
    const a = meta(lines("遂平县公安局2023年法治政府建设工作报告", `2023年,县公安局${PROSE}`));
    expect(a.meta).toMatchObject({ issuer: "遂平县公安局", level: "department" });
    expect(a.details.departmentLevel).toBe("county");
    const b = meta(lines(`2023年,区市场监管局${PROSE}`, `区市场监管局${PROSE}`));
    expect(b.meta).toMatchObject({ issuer: "区市场监管局", level: "department" });
    expect(b.details.departmentLevel).toBe("county");
    const c = meta(lines("河南省司法厅关于2023年度法治政府建设情况的报告", `2023年,省司法厅${PROSE}`));
    expect(c.meta.level).toBe("department");
    expect(c.details.departmentLevel).toBe("province");
  });

  it("a 街道 is township level and its government is the 街道办事处", () => {
    const r = meta(lines(`2023年,城东街道${PROSE}`, `城东街道${PROSE}`));
    expect(r.meta.issuer).toBe("城东街道办事处");
    expect(r.meta.level).toBe("township");
  });

  it("a 县级市: under a prefecture in its name, or addressed to another 市", () => {
    const a = meta(lines("南通市海安市人民政府关于2023年法治政府建设情况的报告", `2023年,海安市${PROSE}`));
    expect(a.meta).toMatchObject({ issuer: "南通市海安市人民政府", level: "county" });
    const b = meta(lines("如皋市人民政府2023年法治政府建设情况报告", "南通市人民政府:", `2023年,如皋市${PROSE}`));
    expect(b.meta).toMatchObject({ issuer: "如皋市人民政府", level: "county", addressee: "南通市人民政府" });
    const c = meta(lines("新乡市2023年法治政府建设情况报告", `2023年,新乡市${PROSE}全市各镇(街道)均设立法律服务站。`));
    expect(c.meta).toMatchObject({ issuer: "新乡市人民政府", level: "county" });
  });

  it("a prefecture-level city, a 直辖市 and a province", () => {
    const a = meta(lines("洛阳市人民政府关于2023年法治政府建设情况的报告", `2023年,洛阳市${PROSE}市县两级政府负责人出庭应诉率达100%。`));
    expect(a.meta).toMatchObject({ issuer: "洛阳市人民政府", level: "city" });
    expect(a.details.evidence.level?.text).toContain("市县两级");
    expect(meta(lines("重庆市人民政府关于2023年法治政府建设情况的报告", `2023年,全市${PROSE}`)).meta.level).toBe("province");
    expect(meta(lines("河南省人民政府关于2023年法治政府建设情况的报告", `2023年,全省${PROSE}`)).meta.level).toBe("province");
    expect(meta(lines("延边朝鲜族自治州2023年法治政府建设情况报告", `2023年,全州${PROSE}`)).meta.level).toBe("city");
  });

  it("Traditional script: normalized to Simplified, kept as written", () => {
    const trad = "堅持以習近平新時代中國特色社會主義思想為指導,全面貫徹黨的二十大精神,深入學習踐行習近平法治思想,認真落實法治建設各項決策部署。";
    const r = meta(lines(`2023年,廣州市${trad}`, `廣州市${trad}`, `全市${trad}`));
    expect(r.meta.issuer).toBe("广州市人民政府");
    expect(r.details.issuerAsWritten).toBe("廣州市");
    expect(r.meta.script).toBe("traditional");
    expect(codes(r)).toContain("script");
  });

  it("the host site and the source office are not the issuer", () => {
    const r = meta(
      lines(
        "信阳市人民政府门户网站 www.xinyang.gov.cn 时间:2023-03-07 来源:市司法局",
        `2022年,我县${PROSE}`,
        `我县${PROSE}`,
        "光山县人民政府",
        "2023年2月27日",
      ),
    );
    expect(r.meta.issuer).toBe("光山县人民政府");
    expect(r.meta.publishedDate).toBe("2023-03-07");
    expect(r.meta.signedDate).toBe("2023-02-27");
  });

  it("a mirror's encyclopedia lead is chrome, but the title it quotes still names the issuer", () => {
    const r = meta(lines("《青河市人民政府关于2021年度法治政府建设情况的报告》是青河市人民政府于2022年印发的公文。", `2021年,我市${PROSE}`, "一、依法履行政府职能"));
    expect(r.details.chromeLines).toEqual([1]);
    expect(r.meta.pageChrome).toBe(true);
    expect(r.details.title).toEqual({ line: 1, text: "青河市人民政府关于2021年度法治政府建设情况的报告" });
    expect(r.meta.issuer).toBe("青河市人民政府");
  });

  it("a 发布机构 field counts only when it names a government", () => {
    const office = meta(lines("发布机构: 政府办 发布日期: 2024-03-01", `2023年,我区${PROSE}`));
    expect(office.meta.issuer).toBeNull();
    const gov = meta(lines("发布机构: 江宁区人民政府 发布日期: 2024-03-01", `2023年,我区${PROSE}`));
    expect(gov.meta.issuer).toBe("江宁区人民政府");
  });

  it("masked names give no issuer", () => {
    const r = meta(lines("xx市人民政府关于2023年法治政府建设情况的报告", `2023年,xx市${PROSE}`));
    expect(r.meta.issuer).toBeNull();
    expect(codes(r)).toContain("issuer-masked");
  });

  it("look-alike documents are still parsed (kind checks come later)", () => {
    const r = meta(lines("郑州市2023年政府信息公开工作年度报告", `2023年,郑州市${PROSE}`));
    expect(r.meta).toMatchObject({ issuer: "郑州市人民政府", reportYear: 2023 });
    expect(r.details.title?.line).toBe(1);
  });
});

describe("report year", () => {
  it("masked years are not years; the publication year − 1 is the fallback", () => {
    const r = meta(lines("发布日期: 2014-03-01", "xx县关于x013年度法治政府建设情况的报告", `x013年,我县${PROSE}`));
    expect(r.meta.reportYear).toBe(2013);
    expect(codes(r)).toContain("report-year-from-date");
  });

  it("range ends are no report year", () => {
    const r = meta(lines("成文日期: 2021-02-01", "城关镇落实法治政府建设实施纲要(2015—2020年)情况的报告", `城关镇${PROSE}`));
    expect(r.meta.reportYear).toBe(2020);
  });

  it("a year later than the page's own date is flagged (rewritten by a doc site)", () => {
    const r = meta(lines("发布时间: 2021-02-01", "城关镇2023年法治政府建设工作报告", `2023年,城关镇${PROSE}`));
    expect(r.meta.reportYear).toBe(2023);
    expect(codes(r)).toContain("report-year-conflict");
  });

  it("uses the first heading when title and first sentence have none", () => {
    const heading = { text: "一、2023年度推进法治政府建设的主要举措及成效", line: 2, raw: "一、2023年度推进法治政府建设的主要举措及成效" } as Heading;
    const r = meta(lines(`城关镇${PROSE}`, "一、2023年度推进法治政府建设的主要举措及成效", `城关镇${PROSE}`), [heading]);
    expect(r.meta.reportYear).toBe(2023);
  });

  it("no year anywhere: null and a diagnostic", () => {
    const r = meta(lines(`城关镇${PROSE}`));
    expect(r.meta.reportYear).toBeNull();
    expect(codes(r)).toContain("no-report-year");
  });
});

describe("document number", () => {
  it("a line of its own near the title, with 〔〕, [] or ()", () => {
    for (const no of ["武政发〔2021〕7号", "鲁政文[2023]15号", "新政(2022)3号"]) {
      expect(meta(lines("城关镇2023年法治政府建设工作报告", no, `2023年,城关镇${PROSE}`)).meta.documentNumber).toBe(no);
    }
  });

  it("an upward document's number with the signer on its line (签发人, Traditional too)", () => {
    for (const [line, no] of [
      ["青政报〔2022〕11号  签发人: 李某", "青政报〔2022〕11号"],
      ["青政報〔2022〕11號　簽發人：李某", "青政報〔2022〕11號"],
    ] as const) {
      const r = meta(lines("青河市人民政府关于2021年度法治政府建设情况的报告", line, "省人民政府:", `2021年,我市${PROSE}`));
      expect(r.meta.documentNumber).toBe(no);
      expect(r.details.evidence.documentNumber).toEqual({ line: 2, text: line });
    }
    // A number inside a sentence is still not the report's.
    expect(meta(lines("青河市2021年法治政府建设报告", `按照青政发〔2021〕4号文件要求,签发人:王某某,${PROSE}`)).meta.documentNumber).toBeNull();
  });

  it("a labelled field", () => {
    const r = meta(lines("文件编号: 武政发〔2021〕7号 发布机构: 政府办", "武进区2020年法治政府建设工作报告", `2020年,我区${PROSE}`));
    expect(r.meta.documentNumber).toBe("武政发〔2021〕7号");
    expect(r.details.evidence.documentNumber).toEqual({ line: 1, text: "文件编号: 武政发〔2021〕7号" });
  });

  it("a number cited in the body is not the report's", () => {
    const r = meta(lines("城关镇2023年法治政府建设工作报告", `2023年,城关镇按照《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》(国办发〔2018〕37号)要求,${PROSE}`));
    expect(r.meta.documentNumber).toBeNull();
  });
});

describe("encoding damage", () => {
  it("finds mojibake and quotes it literally", () => {
    const l2 = "為全市經濟社會高質量發展提供堅強法治保障?,F將有關情況報告如下。";
    const l3 = "全年減免稅費3.13萬元,惠及企業1169家?!皡瘟赫笸ā比脒x山西省2023年數字政府建設領域典型案例。";
    const r = meta(lines("呂梁市2023年法治政府建設情況報告", l2, l3, "依法行政\uFFFD\uFFFD工作取得成效。"));
    expect(r.meta.encodingDamage.map((d) => d.line)).toEqual([2, 3, 4]);
    for (const d of r.meta.encodingDamage) expect(d.text.length).toBeLessThanOrEqual(40);
    expect(r.meta.encodingDamage[0]!.text).toContain("保障?,F將有關情況報告如下");
    expect(r.meta.encodingDamage[1]!.text).toContain("惠及企業1169家?!皡瘟赫笸ā比脒x山西省");
    expect(l3).toContain(r.meta.encodingDamage[1]!.text);
    expect(codes(r).filter((c) => c === "encoding-damage")).toHaveLength(3);
  });

  it("ordinary question marks and pinyin conversion artefacts are not damage", () => {
    const r = meta(
      lines(
        "如何破解基层执法力量不足的难题?",
        "群众满意吗?我们的回答是肯定的。",
        "是否真正做到依法决策? 仍需检验。",
        "他问:“依法行政到位了吗?”",
        "如何破解这一难题？我们认为要加强培训。",
        "加强統(tǒng)籌,印發(fā)實施方案。",
      ),
    );
    expect(r.meta.encodingDamage).toEqual([]);
  });
});

describe("script", () => {
  const simp = "坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,深入学习践行习近平法治思想,认真落实法治建设各项决策部署。";
  const trad = "堅持以習近平新時代中國特色社會主義思想為指導,全面貫徹黨的二十大精神,深入學習踐行習近平法治思想,認真落實法治建設各項決策部署。";
  it("simplified, traditional, mixed", () => {
    expect(meta(lines(simp, simp, simp)).meta.script).toBe("simplified");
    expect(meta(lines(trad, trad, trad)).meta.script).toBe("traditional");
    expect(meta(lines(simp, trad, simp, trad, simp)).meta.script).toBe("mixed");
  });
  it("a few conversion artefacts keep a text simplified", () => {
    expect(meta(lines(simp, simp, `${simp}加强統(tǒng)籌。`, simp)).meta.script).toBe("simplified");
  });
});

describe("truncation", () => {
  it("complete texts", () => {
    expect(meta(lines(`2023年,城关镇${PROSE}`, `城关镇${PROSE}`)).meta.truncated).toBe(false);
    expect(meta(lines(`2023年,城关镇${PROSE}`, "城关镇人民政府", "2024年1月5日", "(此件公开发布)")).meta.truncated).toBe(false);
  });
  it("ends mid-sentence, with …, or with wiki leftovers", () => {
    const mid = meta(lines(`2023年,城关镇${PROSE}`, "二、存在的不足和原因", "一是基层法治力量薄弱,行政决策合法"));
    expect(mid.meta.truncated).toBe(true);
    expect(codes(mid)).toContain("truncated");
    expect(meta(lines(`2023年,城关镇${PROSE}`, "一是基层法治力量薄弱。…")).meta.truncated).toBe(true);
    expect(meta(lines(`2023年,城关镇${PROSE}`, "一是基层法治力量薄弱。", "相關詞條 熱門詞條 聯絡我們")).meta.truncated).toBe(true);
    // Page chrome after a complete body is no truncation (来源, 附件下载, 打印/关闭, a file name, a bare date).
    for (const tail of [["来源:县司法局"], ["附件下载:", "2023年度法治政府建设情况报告.docx"], ["【打印】 【关闭】"], ["2024-02-01 10:20"]]) {
      expect(meta(lines(`2023年,城关镇${PROSE}`, "一是基层法治力量薄弱。", ...tail)).meta.truncated, tail.join("|")).toBe(false);
    }
    // …but a body that stops mid-sentence before the chrome is.
    expect(meta(lines(`2023年,城关镇${PROSE}`, "一是基层法治力量薄弱,其中", "来源:县司法局", "【打印】【关闭】")).meta.truncated).toBe(true);
  });
});

describe("addressee", () => {
  it("a salutation near the top, normalized to Simplified", () => {
    expect(meta(lines("常州市人民政府:", `2020年,我区${PROSE}`)).meta.addressee).toBe("常州市人民政府");
    expect(meta(lines("呂梁市人民政府：", `2023年,我縣${PROSE}`)).meta.addressee).toBe("吕梁市人民政府");
  });
  it("no salutation → null; a lead-in ending with ':' is not one", () => {
    expect(meta(lines(`2023年,城关镇${PROSE}现将有关情况报告如下:`, `城关镇${PROSE}`)).meta.addressee).toBeNull();
    expect(meta(lines("一、主要举措:", `城关镇${PROSE}`)).meta.addressee).toBeNull();
  });
});

describe("issuer: a verb phrase before 我区 is not a name", () => {
  it("finds no issuer in 结合我区实际 and similar openings", async () => {
    const { parseText } = await import("../parse.js");
    const model = parseText("各镇人民政府、街道办事处，区政府各部门：\n为扎实推进全区法治政府建设，结合我区实际，制定本方案。\n一、总体要求\n全区各部门认真落实。", "x.txt");
    expect(model.meta.issuer).toBeNull();
  });
});
