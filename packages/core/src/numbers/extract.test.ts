import { describe, expect, it } from "vitest";
import { contextFromText, type ParseContext } from "../context.js";
import type { NumericFact, Sentence } from "../model.js";
import { NumericFactSchema } from "../model.js";
import { lineAt } from "../text.js";
import { extractNumbers, tolerance } from "./extract.js";
import { parseText } from "../parse.js";

/** Stand-in sentence splitter until the real one lands: 。；！？ and line breaks. */
function splitSentences(ctx: ParseContext): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。；！？!?;\n]+[。；！？!?;]?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) {
    const span: [number, number] = [m.index, m.index + m[0].length];
    out.push({ index: out.length, paragraph: 0, span, line: lineAt(ctx.lines, m.index), raw: m[0] });
  }
  return out;
}

/** Every fact of `text`, checking the model invariants on the way. */
function facts(text: string): NumericFact[] {
  const ctx = contextFromText(text);
  const out = extractNumbers(ctx, splitSentences(ctx));
  for (const f of out) {
    expect(ctx.text.slice(f.span[0], f.span[1])).toBe(f.raw);
    expect(f.line).toBe(lineAt(ctx.lines, f.span[0]));
    expect(NumericFactSchema.safeParse(f).success).toBe(true);
  }
  return out;
}

/** The single fact whose raw is exactly `raw`. */
function fact(text: string, raw: string): NumericFact {
  const found = facts(text).filter((f) => f.raw === raw);
  expect(found.map((f) => f.raw), `facts of ${text}: ${facts(text).map((f) => f.raw).join(" | ")}`).toEqual([raw]);
  return found[0]!;
}

const raws = (text: string): string[] => facts(text).map((f) => f.raw);

describe("values, units and scale", () => {
  it.each([
    // text, raw, value, unit, decimals
    ["调解成功564件。", "564件", 564, "件", 0],
    ["受理行政诉讼案件6起。", "6起", 6, "起", 0],
    ["排查调处矛盾纠纷1626件次。", "1626件次", 1626, "件次", 0],
    ["解答法律咨询800人次。", "800人次", 800, "人次", 0],
    ["检查市场主体300家次。", "300家次", 300, "家次", 0],
    ["累计培训县处级领导干部1192名。", "1192名", 1192, "名", 0],
    ["开展宣讲活动3场。", "3场", 3, "场", 0],
    ["组织培训4期。", "4期", 4, "期", 0],
    ["清理5批次。", "5批次", 5, "批次", 0],
    ["抽取主体数4000户。", "4000户", 4000, "户", 0],
    ["为企业开出信用证明273份。", "273份", 273, "份", 0],
    ["形成权责清单90项。", "90项", 90, "项", 0],
    ["建成基地46个。", "46个", 46, "个", 0],
    ["组织135家企业参加培训。", "135家", 135, "家", 0],
    ["实行24小时值班。", "24小时", 24, "小时", 0],
    ["1.5个工作日完成企业开办。", "1.5个工作日", 1.5, "个工作日", 1],
    ["受理各类诉求80.63万件。", "80.63万件", 806300, "件", 2],
    ["纠错决定2.73万件。", "2.73万件", 27300, "件", 2],
    ["发放宣传资料5万份。", "5万份", 50000, "份", 0],
    ["兑付惠企资金6993.13万元。", "6993.13万元", 69931300, "元", 2],
    ["设立总规模100亿元的基金。", "100亿元", 1e10, "元", 0],
    ["清偿账款7.3亿元。", "7.3亿元", 730000000, "元", 1],
    ["发放补贴500元。", "500元", 500, "元", 0],
    ["收到复议申请1,626件。", "1,626件", 1626, "件", 0],
    ["信息1,234,567条。", "1,234,567条", 1234567, "条", 0],
  ])("%s → %s", (text, raw, value, unit, decimals) => {
    const f = fact(text, raw);
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
    expect(f.decimals).toBe(decimals);
  });

  it("treats an ASCII comma as a clause mark unless exactly three digits follow a 1–3 digit number", () => {
    expect(raws("收到行政复议申请33件,其中受理25件,不予受理8件。")).toEqual(["33件", "25件", "8件"]);
    const f = facts("共计33,125件。");
    expect(f.map((x) => [x.raw, x.value])).toEqual([["33,125件", 33125]]);
    expect(facts("收到1,2345件。").map((x) => x.value)).toEqual([1, 2345]);
    expect(facts("共2022,全县").map((x) => x.raw)).toEqual(["2022"]);
  });

  it("reads rates as fractions with the decimals written", () => {
    expect(fact("成功率达99.3%。", "99.3%")).toMatchObject({ value: 0.993, unit: "%", kind: "rate", decimals: 1 });
    expect(fact("按时办结率99.19%%,回访率96.98%。", "99.19%%")).toMatchObject({ value: 0.9919, unit: "%", decimals: 2 });
    expect(fact("调解成功率达98%。", "98%")).toMatchObject({ value: 0.98, decimals: 0 });
    expect(fact("完成率205.09%.", "205.09%")).toMatchObject({ value: 2.0509, decimals: 2 });
    expect(fact("出生缺陷率3.5‰。", "3.5‰")).toMatchObject({ value: 0.0035, unit: "‰", kind: "rate" });
    expect(fact("知晓率达到百分之九十。", "百分之九十")).toMatchObject({ value: 0.9, unit: "%", kind: "rate", label: "知晓率" });
    expect(fact("做到百分之百公开。", "百分之百")).toMatchObject({ value: 1, kind: "rate" });
    expect(fact("参与率百分之九十五点五。", "百分之九十五点五")).toMatchObject({ value: 0.955, decimals: 1 });
    expect(fact("占比百分之30。", "百分之30")).toMatchObject({ value: 0.3 });
    expect(fact("三分之二的村", "三分之二").value).toBeCloseTo(2 / 3, 12);
  });

  it("reads Chinese numerals before a unit", () => {
    expect(fact("覆盖群众两万余人次。", "两万余人次")).toMatchObject({ value: 20000, unit: "人次", approx: true, qualifier: "余" });
    expect(fact("举办十批次培训。", "十批次")).toMatchObject({ value: 10, unit: "批次", kind: "count" });
    expect(fact("共举办七期。", "七期")).toMatchObject({ value: 7, unit: "期" });
    expect(fact("采取三种方式。", "三种")).toMatchObject({ value: 3, unit: "种" });
    expect(fact("市本级两个法治栏目。", "两个")).toMatchObject({ value: 2, unit: "个" });
    expect(fact("惠及企业千余家。", "千余家")).toMatchObject({ value: 1000, approx: true, qualifier: "余" });
    expect(fact("惠及群众三十五万人。", "三十五万人")).toMatchObject({ value: 350000 });
    expect(fact("办件一千二百零五件。", "一千二百零五件")).toMatchObject({ value: 1205 });
    expect(fact("配备十来个调解员。", "十来个")).toMatchObject({ value: 10, approx: true });
  });

  it("keeps the unit vocabulary out of neighbouring words", () => {
    expect(fact("完成审计项目410个。", "410个").label).toBe("完成审计项目");
    expect(raws("整改3项目标")).toEqual(["3"]);
    expect(raws("建立5台账")).toEqual(["5"]);
    expect(facts("起草3起草案").map((f) => f.raw)).toEqual(["3"]);
  });
});

describe("qualifiers and bounds", () => {
  it.each([
    ["调解各类矛盾纠纷13000余件。", "13000余件", 13000, "余", true, null],
    ["调处成功案件12000多起。", "12000多起", 12000, "多", true, null],
    ["共办理15万余件。", "15万余件", 150000, "余", true, null],
    ["为群众减负240余万元。", "240余万元", 2400000, "余", true, null],
    ["检查1500余家次。", "1500余家次", 1500, "余", true, null],
    ["推动110多项业务。", "110多项", 110, "多", true, null],
    ["参训4000多人。", "4000多人", 4000, "多", true, null],
    ["开展活动30余次。", "30余次", 30, "余", true, null],
    ["调解纠纷近3000人。", "近3000人", 3000, "近", true, null],
    ["挽回损失逾20万元。", "逾20万元", 200000, "逾", true, null],
    ["纠错率约24%。", "约24%", 0.24, "约", true, null],
    ["持证比例98%以上。", "98%以上", 0.98, "以上", false, "lower"],
    ["满意率超过90%。", "超过90%", 0.9, "超过", false, "lower"],
    ["案件3件以下。", "3件以下", 3, "以下", false, "upper"],
    ["败诉率不到5%。", "不到5%", 0.05, "不到", false, "upper"],
    ["1.5个工作日以内办结。", "1.5个工作日以内", 1.5, "以下", false, "upper"],
    ["每年不少于2次。", "不少于2次", 2, "以上", false, "lower"],
  ])("%s", (text, raw, value, qualifier, approx, bound) => {
    expect(fact(text, raw)).toMatchObject({ value, qualifier, approx, bound });
  });

  it("finds a qualifier separated from the number by a copula", () => {
    expect(fact("直接纠错236件,纠错率约为24%。", "24%")).toMatchObject({ qualifier: "约", approx: true, label: "纠错率" });
  });

  it("does not take 最近 or 签约 for a qualifier", () => {
    expect(fact("最近3年办理案件。", "3年")).toMatchObject({ approx: false, qualifier: null });
    expect(fact("签约12家企业。", "12家")).toMatchObject({ approx: false, label: "签约" });
  });

  it("is not approximate without a qualifier", () => {
    expect(fact("调解成功564件。", "564件")).toMatchObject({ approx: false, bound: null, qualifier: null });
  });
});

describe("kinds", () => {
  it("changes are not levels", () => {
    expect(fact("一审败诉率同比下降17.65%。", "17.65%")).toMatchObject({ kind: "change", direction: "down", value: 0.1765, label: "一审败诉率" });
    expect(fact("刑事案件同比下降21.9%。", "21.9%")).toMatchObject({ kind: "change", direction: "down" });
    expect(fact("满意率增加7.6个百分点。", "7.6个百分点")).toMatchObject({ kind: "change", direction: "up", value: 7.6, unit: "个百分点", label: "满意率" });
    expect(fact("出庭率较上年提升了3个百分点。", "3个百分点")).toMatchObject({ kind: "change", direction: "up" });
    expect(fact("“法律明白人”达112人,较上年增加58人。", "58人")).toMatchObject({ kind: "change", direction: "up", unit: "人", value: 58 });
    expect(fact("较上年增加58人,增长率109%。", "109%")).toMatchObject({ kind: "change", direction: "up", value: 1.09, label: "增长率" });
    expect(fact("案件降幅达12%。", "12%")).toMatchObject({ kind: "change", direction: "down", label: "案件降幅" });
    expect(fact("审批时限平均压减20%以上。", "20%以上")).toMatchObject({ kind: "change", direction: "down", bound: "lower" });
    expect(fact("收案数较2022年增长15%。", "15%")).toMatchObject({ kind: "change", direction: "up" });
  });

  it("a level reached after a verb, or a count of new items, stays a level", () => {
    expect(fact("公职律师增至150名。", "150名")).toMatchObject({ kind: "count", label: "公职律师" });
    expect(fact("满意率提高到95%。", "95%")).toMatchObject({ kind: "rate", label: "满意率" });
    expect(fact("败诉率下降为3%。", "3%")).toMatchObject({ kind: "rate", label: "败诉率" });
    expect(fact("全年新增10个政务新媒体。", "10个")).toMatchObject({ kind: "count", direction: null });
  });

  it("scores are not percentages", () => {
    expect(fact("综合满意度为92.25分。", "92.25分")).toMatchObject({ kind: "score", value: 92.25, unit: "分", decimals: 2, label: "综合满意度" });
    expect(fact("用时5分钟。", "5分钟")).toMatchObject({ kind: "count", unit: "分钟" });
  });

  it("money", () => {
    expect(fact("为当事人争取经济补偿310余万元。", "310余万元")).toMatchObject({ kind: "money", value: 3100000, unit: "元", approx: true });
  });

  it.each([
    ["2023年,我镇", "2023年", 2023, "年"],
    ["2020年度法治政府建设", "2020年度", 2020, "年度"],
    ["《纲要(2021-2025年)》", "2021-2025年", 2021, "年"],
    ["《纲要(2015–2020年)》", "2015–2020年", 2015, "年"],
    ["纲要(20212025年)", "20212025年", 2021, "年"],
    ["纲要(2023-2023)", "2023-2023", 2023, null],
    ["2025 年工作", "2025 年", 2025, "年"],
    ["二〇二三年工作", "二〇二三年", 2023, "年"],
  ])("year: %s", (text, raw, value, unit) => {
    expect(fact(text, raw)).toMatchObject({ kind: "year", value, unit, label: null });
  });

  it.each([
    ["2021年1月25日", "2021年1月25日", 20210125],
    ["产生日期: 2021-01-25 发布", "2021-01-25", 20210125],
    ["时间:2023-03-07 来源", "2023-03-07", 20230307],
    ["截止11月28日,", "11月28日", 1128],
    ["于2022年7月份率先", "2022年7月份", 20220700],
    ["5月1日起", "5月1日", 501],
    ["3月举行", "3月", 300],
    ["1-11月份", "1-11月份", 100],
    ["二〇二一年一月二十五日", "二〇二一年一月二十五日", 20210125],
    ["十一月召开", "十一月", 1100],
  ])("date: %s", (text, raw, value) => {
    expect(fact(text, raw)).toMatchObject({ kind: "date", value, label: null });
  });

  it.each([
    ["召开第8次会议", "第8次", 8],
    ["召开全面依法治县委员会第三次会议", "第三次", 3],
    ["市委全面依法治市委员会第九次会议", "第九次", 9],
    ["连续5年获评", "连续5年", 5],
    ["连续三年被授予", "连续三年", 3],
    ["取得全市第一名", "第一名", 1],
    ["第四批示范点", "第四批", 4],
    ["党的十九届五中全会", "十九届", 19],
    ["排名第3,", "第3", 3],
  ])("ordinal: %s", (text, raw, value) => {
    expect(fact(text, raw)).toMatchObject({ kind: "ordinal", value, label: null });
  });

  it.each([
    ["文件编号: 武政发〔2021〕7号 发布", "武政发〔2021〕7号", 7],
    ["的通知》(国办发〔2018〕37号)《江苏", "国办发〔2018〕37号", 37],
    ["《江苏省规范性文件制定和备案规定》(省政府令54号)", "省政府令54号", 54],
    ["(石发〔2016〕23号)", "石发〔2016〕23号", 23],
    ["(厅字[2019]28号)", "厅字[2019]28号", 28],
    ["国务院令第711号", "国务院令第711号", 711],
  ])("document number: %s", (text, raw, value) => {
    const f = fact(text, raw);
    expect(f).toMatchObject({ kind: "documentNumber", value, unit: "号" });
    // The year and serial inside are not counts.
    expect(facts(text).filter((x) => x.kind === "count")).toEqual([]);
  });

  it.each([
    ["实施“2.0方案”", "2.0"],
    ["制定2.0方案", "2.0"],
    ["推行“3+X”模式", "3+X"],
    ["落实“1310”具体部署", "1310"],
    ["12345热线共受理", "12345"],
    ["镇12345阳光平台共处理", "12345"],
    ["依托“12.4”国家宪法日", "12.4"],
    ["利用“4·15”节点", "4·15"],
    ["建设5G基站", "5"],
    ["索 引 号: 014133058/2021-00012", "014133058/2021-00012"],
    ["电话0519-86316053", "0519-86316053"],
    ["发布时间:2024-12-21 12:04:21", "12:04:21"],
    ["邮编:213159", "213159"],
  ])("other: %s", (text, raw) => {
    const f = facts(text).find((x) => x.raw === raw);
    expect(f, raws(text).join(" | ")).toBeDefined();
    expect(f!.kind).toBe("other");
    expect(f!.label).toBeNull();
  });

  it("Chinese numerals inside fixed phrases and quotations are not numbers", () => {
    for (const text of [
      "将学习宣传作为“十四五”时期普法重点工作和“八五”普法重点内容。",
      "十四五时期,八五普法。",
      "实现线上“一网通办”,线下“只进一扇门”。",
      "全面推行“一件事一次办”。",
      "推动一件事一次办改革,一次性告知。",
      "实现一村一法律顾问全覆盖。",
      "实现一村(社区)一法律顾问全覆盖。",
      "深化落实行政执法“三项制度”,制定并公开“五张清单”。",
      "行政执法三项制度。",
      "开展“六个一”安全生产惠企行动。",
      "一是聚焦重点行业领域。二是抓好汛情。",
      "（一）加强组织领导。",
      "落实第一责任人职责。",
      "统一执法,唯一一个,之一。",
      "和大家一起推进。",
      "走进千家万户,万人助企。",
      "一年来,坚持统筹推进。",
      "进一步提升,一体化推进。",
      "事关十分重大。",
      "区四套班子领导带队。",
      "统筹推进五位一体总体布局。",
      "建立一户一档,一企一策,一案一档一视频。",
    ]) {
      expect(raws(text), text).toEqual([]);
    }
  });

  it("a count inside a 《title》 is not a quantity", () => {
    expect(fact("出台《关于加快推进公职律师工作的二十条措施》。", "二十条").kind).toBe("other");
    expect(fact("出台《关于加快推进公职律师工作的二十条措施》。", "二十条").label).toBeNull();
    expect(fact("制定《2022年度领导干部学法计划》。", "2022年度").kind).toBe("year");
  });
});

describe("masked digits", () => {
  it.each([
    "x013年度法治政府建设",
    "x01x年度",
    "20xx年工作",
    "202X年",
    "全省第x",
    "**区",
    "20 (略) 委",
    "连续多 (略) 依法行政工作先进单位,20 (略) 委 (略) 办命名",
    "(略)12个",
    "共12（略）件",
    "2**3年",
  ])("%s has no number", (text) => {
    expect(raws(text)).toEqual([]);
  });

  it("list numbering is not a number", () => {
    expect(raws("1.思想认识方面。\n2、法有效化解。\n(1)加强,（2）落实。")).toEqual([]);
    expect(raws("  1.切实加强组织领导。")).toEqual([]);
  });
});

describe("labels", () => {
  it.each([
    ["截止12月31日,镇村共受理矛盾纠纷568件,调解成功564件,成功率达99.3%。", "568件", "镇村共受理矛盾纠纷"],
    ["截止12月31日,镇村共受理矛盾纠纷568件,调解成功564件,成功率达99.3%。", "564件", "调解成功"],
    ["截止12月31日,镇村共受理矛盾纠纷568件,调解成功564件,成功率达99.3%。", "99.3%", "成功率"],
    ["2023年度,未受理行政复议案件,受理行政诉讼案件6起,负责人均出庭。", "6起", "受理行政诉讼案件"],
    ["认真办理人大代表建议和政协委员提案,办复率、满意率均达100%。", "100%", "办复率、满意率"],
    ["参考率、通过率和优秀率100%。", "100%", "参考率、通过率和优秀率"],
    ["收到行政复议申请33件,其中受理25件,不予受理8件。", "25件", "受理"],
    ["全年排查化解矛盾纠纷158件,化解率达100%。", "158件", "排查化解矛盾纠纷"],
    ["今年直接纠错率达15.3%,有8起案件。", "15.3%", "直接纠错率"],
    ["2023年全市调解各类矛盾纠纷13000余件,成功率达99%。", "13000余件", "全市调解各类矛盾纠纷"],
    ["行政机关负责人出庭应诉率为82.14%,较去年有大幅提升。", "82.14%", "行政机关负责人出庭应诉率"],
    ["行政处罚公示率达到94%。", "94%", "行政处罚公示率"],
    ["全年鄉鎮(街道)獨立開展執法9661次。", "9661次", "鄉鎮(街道)獨立開展執法"],
    ["目前已审结59件(含2019年度结转21件)。", "21件", "结转"],
    ["共发生行政诉讼案件21件(经复议的诉讼案件17件),审结15件。", "17件", "经复议的诉讼案件"],
    ["解答12348电话咨询2661件次。", "2661件次", "解答12348电话咨询"],
    ["针对28项共性问题制定119项整改措施。", "119项", "共性问题制定"],
    ["全县村居法律顾问共开展法治培训100场次。", "100场次", "全县村居法律顾问共开展法治培训"],
    ["一是共办理建议提案339件。", "339件", "办理建议提案"],
  ])("%s → %s: %s", (text, raw, label) => {
    expect(fact(text, raw).label).toBe(label);
  });

  it("is the words before when the counted noun follows, or null when there are none", () => {
    expect(fact("全县377个村居实现法律顾问全覆盖。", "377个").label).toBe("全县");
    expect(fact("2022年共有4个案件经调解后申请人撤回复议申请。", "4个").label).toBeNull();
    expect(fact("90余名志愿法官建立了5个专业法律服务团。", "90余名").label).toBeNull();
  });

  it("quotes the original text: Traditional script, watermarks removed, lines joined", () => {
    expect(fact("全市收到行政復議申請574件。", "574件").label).toBe("全市收到行政復議申請");
    const ctx = contextFromText("共受理行政公文汇 www.gongwenhui.com复议\n案件12件。");
    const out = extractNumbers(ctx, splitSentences(ctx));
    const sentenceLike: Sentence[] = [{ index: 0, paragraph: 0, span: [0, ctx.text.length], line: 1, raw: ctx.text }];
    const joined = extractNumbers(ctx, sentenceLike);
    expect(out.map((f) => f.raw)).toEqual(["12件"]);
    expect(out[0]!.label).toBe("案件");
    expect(joined[0]!.label).toBe("受理行政复议案件");
  });

  it("is null for years, dates, ordinals, document numbers and other", () => {
    for (const f of facts("2023年1月5日召开第三次会议,印发武政发〔2021〕7号,12345热线。")) expect(f.label).toBeNull();
  });
});

describe("Traditional script and full-width text", () => {
  it("reads folded text and quotes the original", () => {
    expect(fact("辦結80.27萬件,按時辦結率99.19%%。", "80.27萬件")).toMatchObject({ value: 802700, unit: "件", label: "辦結" });
    expect(fact("2023年全市調解各類矛盾糾紛13000余件,成功率達99%。", "99%")).toMatchObject({ value: 0.99, label: "成功率" });
    expect(fact("累計培訓“法律明白人”2.3萬余人。", "2.3萬余人")).toMatchObject({ value: 23000, approx: true, decimals: 1 });
    expect(fact("覆蓋群眾兩萬餘人次。", "兩萬餘人次")).toMatchObject({ value: 20000, approx: true });
    expect(fact("清償賬款7.3億元。", "7.3億元")).toMatchObject({ value: 730000000, kind: "money" });
    expect(fact("市委全面依法治市委員會第九次會議", "第九次")).toMatchObject({ kind: "ordinal", value: 9 });
  });

  it("reads full-width digits and signs", () => {
    expect(fact("持证比例９８％以上。", "９８％以上")).toMatchObject({ value: 0.98, bound: "lower", kind: "rate" });
    expect(fact("全年办理１２３件。", "１２３件")).toMatchObject({ value: 123, unit: "件" });
    expect(fact("纠错率１５．３％。", "１５．３％")).toMatchObject({ value: 0.153, decimals: 1 });
    expect(fact("二〇二三年，受理２０２３件。", "２０２３件")).toMatchObject({ value: 2023, kind: "count" });
  });
});

describe("structure", () => {
  it("returns facts in text order with sentence index and line", () => {
    const ctx = contextFromText("一、概况\n受理25件；办结24件。\n成功率达99%。");
    const sentences = splitSentences(ctx);
    const out = extractNumbers(ctx, sentences);
    expect(out.map((f) => [f.raw, f.line, f.sentence])).toEqual([
      ["25件", 2, 1],
      ["24件", 2, 2],
      ["99%", 3, 3],
    ]);
    // Sentences handed over out of order still give text order.
    expect(extractNumbers(ctx, [...sentences].reverse()).map((f) => f.raw)).toEqual(["25件", "24件", "99%"]);
  });

  it("only reads inside the sentences given", () => {
    const ctx = contextFromText("受理25件。办结24件。");
    expect(extractNumbers(ctx, [{ index: 0, paragraph: 0, span: [6, 12], line: 1, raw: ctx.text.slice(6, 12) }]).map((f) => f.raw)).toEqual(["24件"]);
    expect(extractNumbers(ctx, [])).toEqual([]);
  });

  it("keeps text.slice(span) === raw on mixed text", () => {
    facts("2023年，呂梁市辦結８０.２７萬件；第x名，x013年，“3+X”，武政发〔2021〕7号，近２０００件以上。\n\n（略）12件，百分之九十五点五");
  });
});

describe("tolerance", () => {
  it("is half a unit of the last written digit, in the units of the value", () => {
    expect(tolerance(fact("成功率达99.3%。", "99.3%"))).toBeCloseTo(0.0005, 12);
    expect(tolerance(fact("调解成功率达98%。", "98%"))).toBeCloseTo(0.005, 12);
    expect(tolerance(fact("受理80.63万件。", "80.63万件"))).toBeCloseTo(50, 9);
    expect(tolerance(fact("受理15万余件。", "15万余件"))).toBeCloseTo(5000, 9);
    expect(tolerance(fact("调解成功564件。", "564件"))).toBe(0.5);
    expect(tolerance(fact("增加7.6个百分点。", "7.6个百分点"))).toBeCloseTo(0.05, 12);
  });
});

describe("speed", () => {
  it("has no pathological input", () => {
    const nasty = [
      "1".repeat(50_000),
      "1,".repeat(20_000),
      "一二三四五六七八九十百千万亿".repeat(3_000),
      "余多".repeat(20_000),
      "“".repeat(10_000) + "1",
      "(".repeat(10_000) + "12件",
      "达".repeat(20_000) + "12件",
      "1.".repeat(20_000),
      "2023-".repeat(10_000),
    ].join("\n");
    const ctx = contextFromText(nasty);
    const sentences = splitSentences(ctx);
    const t0 = performance.now();
    extractNumbers(ctx, sentences);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe("numbers broken by print", () => {
  it("digits broken by a space before a unit are one number", () => {
    expect(parseText("全年调解纠纷12 408件。").numbers.map((n) => [n.raw, n.value])).toEqual([["12 408件", 12408]]);
    expect(parseText("共办理案件2 6起。").numbers.map((n) => n.value)).toEqual([26]);
  });
  it("a middle dot as the decimal point", () => {
    expect(parseText("成功率 97·3 5%。").numbers.map((n) => [n.value, n.decimals])).toEqual([[0.9735, 2]]);
  });
  it("without a unit after them the pieces stay apart", () => {
    expect(parseText("编号 12 34 号段").numbers.map((n) => n.raw)).not.toContain("12 34");
  });
});

describe("Chinese numerals with 成 and a scale after 余", () => {
  it("三成 = 0.3, 近八成 approximate; 成员 and 成立 are words", () => {
    expect(parseText("约有三成案件。").numbers.map((n) => [n.value, n.kind])).toEqual([[0.3, "rate"]]);
    expect(parseText("近八成群众满意。").numbers.map((n) => [n.value, n.approx])).toEqual([[0.8, true]]);
    expect(parseText("十成员单位").numbers).toEqual([]);
  });
  it("五十余万件 = 500000 approximate", () => {
    expect(parseText("化解纠纷五十余万件。").numbers.map((n) => [n.value, n.approx, n.unit])).toEqual([[500000, true, "件"]]);
  });
  it("a rate in a news headline is a figure; in a document's name it is part of the name", () => {
    expect(parseText("报道《某省去年复议纠错率为12.5%》指出").numbers.map((n) => n.kind)).toEqual(["rate"]);
    expect(parseText("印发《关于网办率达到90%的实施方案》").numbers.map((n) => n.kind)).toEqual(["other"]);
  });
});
