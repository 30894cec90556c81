import { describe, expect, it } from "vitest";
import { checkModelInvariants } from "./invariants.js";
import { ReportModelSchema } from "./model.js";
import { parseText } from "./parse.js";
import { flattenHeadings } from "./structure/index.js";

// Short reports written for this test, one per shape real reports take (DOMAIN §5). Each goes through the
// whole pipeline; the model must validate and keep its invariants whatever the input looks like.
const INPUTS: Record<string, string> = {
  mandated: [
    "某县人民政府关于2023年法治政府建设情况的报告",
    "市人民政府：",
    "2023年，我县深入推进法治政府建设。现将有关情况报告如下：",
    "一、2023年推进法治政府建设的主要举措和成效",
    "（一）加强组织领导。县政府常务会议专题研究法治工作4次，会前学法12次。",
    "1.健全制度。出台文件3份。",
    "（1）规范程序。审核合同45件，审核率100%。",
    "二、党政主要负责人履行推进法治建设第一责任人职责情况",
    "县长带头履行第一责任人职责，做到“四个亲自”。",
    "三、存在的不足和原因",
    "一是执法力量不足；二是法治意识有待提升。原因在于培训不够。",
    "四、2024年推进法治政府建设的主要安排",
    "五、其他需要报告的情况",
    "无。",
    "某县人民政府",
    "2024年3月1日",
  ].join("\n"),
  chapters: "第一章 总体情况\n全年受理行政复议申请33件，其中受理25件。\n第二章 存在问题\n一、力量不足\n人员较少。",
  flattened: "现将有关情况报告如下： 一、主要举措和成效 （一）强化组织领导。调解成功率达98%以上。 （二）推进依法决策。 二、存在的不足和原因 人员不足。",
  traditional: "一、始終堅持黨的領導\n（一）加強組織領導。辦結80.27萬件，按時辦結率99.19%%，企業群眾滿意率93.57%。\n二、存在的問題\n下一步，將持續推進。",
  watermark: "一、主要负责人履行推进法治建设第一秘书之家—全网资源每日更新www.mishuzj.com责任人职责情况\n带头学法4次。",
  masked: "x013年，xx镇共办理案件（略）件，排名全省第x，20 (略) 委命名。连续5年获评先进，第8次会议。",
  changes: "一审败诉率同比下降17.65%，出庭率增加7.6个百分点，“法律明白人”达112人，较上年增加58人，增长率109%。",
  numerals: "组织培训十批次203人次，开展宣传七期，惠及两万余人，投入资金80.63万元，发放资料4000多份，近3000人参加，综合满意度92.25分。",
  crlfAndBlank: "一、总体情况\r\n\r\n   全年办理案件568件。\r\n\r\n二、问题\r\n无\r\n",
  chrome: "首页 > 政务公开 > 法治政府建设\n索 引 号: 0001/2024-00012\n发布日期: 2024-02-01\n一、主要举措\n办结12件。\n扫一扫在手机打开当前页",
  empty: "",
  oneLine: "本年度未发生行政诉讼案件",
};

describe("parseText: the whole pipeline on text written for the test", () => {
  for (const [name, text] of Object.entries(INPUTS)) {
    it(`${name}: validates against the model schema and keeps every invariant`, () => {
      const model = parseText(text, `${name}.txt`);
      expect(() => ReportModelSchema.parse(model)).not.toThrow();
      expect(checkModelInvariants(model)).toEqual([]);
    });
  }

  it("builds the mandated outline as a heading tree with every numbering style nested", () => {
    const model = parseText(INPUTS.mandated!, "mandated.txt");
    const top = model.headings.map((h) => h.text);
    expect(top).toEqual([
      "一、2023年推进法治政府建设的主要举措和成效",
      "二、党政主要负责人履行推进法治建设第一责任人职责情况",
      "三、存在的不足和原因",
      "四、2024年推进法治政府建设的主要安排",
      "五、其他需要报告的情况",
    ]);
    const styles = flattenHeadings(model.headings).map((h) => `${h.depth}:${h.style}`);
    expect(styles.slice(0, 4)).toEqual(["1:cn-comma", "2:cn-paren", "3:arabic-dot", "4:arabic-paren"]);
    expect(model.meta).toMatchObject({ reportYear: 2023, addressee: "市人民政府", signedDate: "2024-03-01", truncated: false });
  });

  it("keeps watermarks out of heading titles but in the raw text", () => {
    const model = parseText(INPUTS.watermark!, "w.txt");
    expect(model.headings[0]!.text).toBe("一、主要负责人履行推进法治建设第一责任人职责情况");
    expect(model.headings[0]!.raw).toContain("www.mishuzj.com");
    expect(model.diagnostics.map((d) => d.code)).toContain("watermark");
  });

  it("ignores masked digits and keeps changes apart from levels", () => {
    const masked = parseText(INPUTS.masked!, "m.txt");
    expect(masked.numbers.filter((n) => n.kind === "count" || n.kind === "rate")).toEqual([]);
    const changes = parseText(INPUTS.changes!, "c.txt");
    const byRaw = Object.fromEntries(changes.numbers.map((n) => [n.raw, n]));
    expect(byRaw["17.65%"]).toMatchObject({ kind: "change", direction: "down" });
    expect(byRaw["7.6个百分点"]).toMatchObject({ kind: "change", value: 7.6 });
    expect(byRaw["112人"]).toMatchObject({ kind: "count", value: 112 });
  });

  it("sets page chrome aside but keeps it, and reads labelled dates from it", () => {
    const model = parseText(INPUTS.chrome!, "chrome.txt");
    expect(model.meta.pageChrome).toBe(true);
    expect(model.metaDetails.chromeLines).toEqual([1, 2, 3, 6]);
    expect(model.meta.publishedDate).toBe("2024-02-01");
    expect(model.headings.map((h) => h.text)).toEqual(["一、主要举措"]);
  });

  it("flags a report with no headings", () => {
    expect(parseText(INPUTS.oneLine!, "one.txt").diagnostics.map((d) => d.code)).toContain("no-headings");
  });
});

describe("a heading flattened onto one line with its body", () => {
  it("ends the title at the gap before the body sentence and marks it run-in", () => {
    const model = parseText("一、主要举措和成效\n二、存在的不足和原因 基层执法力量薄弱，原因在于编制有限。\n三、下一年度主要安排", "flat.txt");
    const second = model.headings[1]!;
    expect(second.text).toBe("二、存在的不足和原因");
    expect(second.runIn).toBe(true);
    expect(checkModelInvariants(model)).toEqual([]);
  });
  it("keeps a title whose words are only spaced apart (no sentence after the gap)", () => {
    const model = parseText("一、2023 年推进法治政府建设的主要举措和成效\n内容。", "spaced.txt");
    expect(model.headings[0]!.text).toBe("一、2023 年推进法治政府建设的主要举措和成效");
  });
});
