import { describe, expect, it } from "vitest";
import { numeralValue } from "./headings.js";
import { outline, parseAll } from "./test-support.js";

const find = (flat: { text: string }[], prefix: string) => flat.find((h) => h.text.startsWith(prefix));

describe("parseHeadings: numbering styles", () => {
  it("nests chapter / 一、 / （一） / 1. / （1） by the order styles appear", () => {
    const { headings, flat } = parseAll(
      [
        "第一章 总体情况",
        "一、加强领导",
        "（一）健全机制",
        "1.完善制度",
        "（1）细化措施",
        "(2) 明确分工",
        "2．强化考核",
        "3、严格问责",
        "（二） 加强监督",
        "二、完善制度",
        "1.制定办法",
        "第二部分 存在问题",
      ].join("\n"),
    );
    expect(outline(headings)).toEqual([
      "第一章 总体情况",
      "  一、加强领导",
      "    （一）健全机制",
      "      1.完善制度",
      "        （1）细化措施",
      "        (2) 明确分工",
      "      2．强化考核",
      "      3、严格问责",
      "    （二） 加强监督",
      "  二、完善制度",
      "    1.制定办法",
      "第二部分 存在问题",
    ]);
    expect(flat.map((h) => h.style)).toEqual([
      "chapter",
      "cn-comma",
      "cn-paren",
      "arabic-dot",
      "arabic-paren",
      "arabic-paren",
      "arabic-dot",
      "arabic-dot",
      "cn-paren",
      "cn-comma",
      "arabic-dot",
      "chapter",
    ]);
    const h = find(flat, "（二）")!;
    expect(h).toMatchObject({ number: "二", ordinal: 2, title: "加强监督", raw: "（二） 加强监督", runIn: false, id: "h1.1.2" });
    expect(find(flat, "第二部分")).toMatchObject({ number: "二", ordinal: 2, title: "存在问题", depth: 1 });
  });

  it("keeps chapters outermost even when 一、 appeared first", () => {
    const { headings } = parseAll("一、前言\n内容。\n第一部分 主要举措\n一、加强领导\n第二部分 存在问题\n一、认识不足");
    expect(outline(headings)).toEqual(["一、前言", "第一部分 主要举措", "  一、加强领导", "第二部分 存在问题", "  一、认识不足"]);
  });

  it("accepts ASCII and full-width punctuation and spaces after the number", () => {
    const { flat } = parseAll("一、主要举措\n(一) 加强领导\n（二）完善制度\n1． 细化\n2 、落实\n(1)第一项\n（2） 第二项\n十一、其他");
    expect(flat.map((h) => [h.style, h.ordinal, h.title])).toEqual([
      ["cn-comma", 1, "主要举措"],
      ["cn-paren", 1, "加强领导"],
      ["cn-paren", 2, "完善制度"],
      ["arabic-dot", 1, "细化"],
      ["arabic-dot", 2, "落实"],
      ["arabic-paren", 1, "第一项"],
      ["arabic-paren", 2, "第二项"],
      ["cn-comma", 11, "其他"],
    ]);
    expect(flat[1]!.text).toBe("(一) 加强领导");
  });

  it("accepts malformed 一) / 一） as cn-paren", () => {
    const { headings, flat } = parseAll("一、主要举措\n一)纵深推进改革\n二）强化监督。全年开展检查3次。\n二、存在问题");
    expect(outline(headings)).toEqual(["一、主要举措", "  一)纵深推进改革", "  二）强化监督", "二、存在问题"]);
    expect(flat[1]!.style).toBe("cn-paren");
    expect(flat[2]).toMatchObject({ runIn: true, title: "强化监督", raw: "二）强化监督。" });
  });

  it("keeps the file's own punctuation in text and drops a trailing 。", () => {
    const { flat } = parseAll("九、正视问题挑战,明确未来改进方向\n(一)存在问题。\n二、聚焦“六稳”“六保”，依法全面履行政府职能");
    expect(flat.map((h) => h.text)).toEqual(["九、正视问题挑战,明确未来改进方向", "(一)存在问题", "二、聚焦“六稳”“六保”，依法全面履行政府职能"]);
    expect(flat[1]!.raw).toBe("(一)存在问题。");
    expect(flat[1]!.runIn).toBe(false);
  });
});

describe("parseHeadings: run-in headings", () => {
  it("finds run-in ordinals 一是…二是… inside a paragraph, nested under the section", () => {
    const { flat } = parseAll("三、存在的不足和原因\n总结成绩的同时,我们也认识到不足。一是基层力量薄弱。白甸镇尚缺人员。二是能力有待提升;三是执法规范化还需加强。");
    expect(flat.map((h) => [h.style, h.depth, h.number, h.text, h.runIn])).toEqual([
      ["cn-comma", 1, "三", "三、存在的不足和原因", false],
      ["run-in-ordinal", 2, "一", "一是基层力量薄弱", true],
      ["run-in-ordinal", 2, "二", "二是能力有待提升", true],
      ["run-in-ordinal", 2, "三", "三是执法规范化还需加强", false],
    ]);
    expect(flat[1]!.title).toBe("基层力量薄弱");
    expect(flat[1]!.raw).toBe("一是基层力量薄弱。");
  });

  it("finds run-in ordinals one per line and after a colon or comma", () => {
    const { flat } = parseAll("一、下一步安排\n重点抓好以下工作:一是强化领导,二是推动转变。\n三是坚持科学决策。内容。\n四是严格执法。内容。");
    expect(flat.filter((h) => h.style === "run-in-ordinal").map((h) => h.ordinal)).toEqual([1, 2, 3, 4]);
  });

  it("does not take a lone 一是 or a word containing 一是 for an ordinal", () => {
    const { flat } = parseAll("一、总体情况\n全县统一是前提,唯一是标准。一是坚持领导。内容。");
    expect(flat.map((h) => h.text)).toEqual(["一、总体情况"]);
  });

  it("keeps a lone 一是 where the text breaks off mid-sentence right after it (the 二是 was cut off)", () => {
    const cut = parseAll("一、健全机制\n（一）压实责任。一是强化组织领导。内容。二是细化分工。内容。\n（二）落实制度。一是县长带头履行第一责任人");
    expect(cut.flat.filter((h) => h.style === "run-in-ordinal").map((h) => h.text)).toEqual(["一是强化组织领导", "二是细化分工", "一是县长带头履行第一责任人"]);
    // The same 一是 in a text that ends properly has no 二是 and stays running text.
    const whole = parseAll("一、健全机制\n（二）落实制度。一是县长带头履行第一责任人职责。");
    expect(whole.flat.filter((h) => h.style === "run-in-ordinal")).toEqual([]);
  });

  it("ignores run-in ordinals in the preamble before the first numbered heading", () => {
    const { flat } = parseAll("报告内容包括:一是主要举措;二是存在不足。\n一、主要举措\n内容。\n二、存在不足\n内容。");
    expect(flat.map((h) => h.text)).toEqual(["一、主要举措", "二、存在不足"]);
  });

  it("marks a numbered heading followed by body text on its line as run-in", () => {
    const { flat } = parseAll(
      "一、始终加强党的领导\n(一)坚持党对法治政府建设的领导。党政主要负责人高度重视法治建设工作,带头履行第一责任人职责。\n(二)完善制度。内容。",
    );
    expect(flat[1]).toMatchObject({
      style: "cn-paren",
      depth: 2,
      runIn: true,
      number: "一",
      title: "坚持党对法治政府建设的领导",
      text: "(一)坚持党对法治政府建设的领导",
      raw: "(一)坚持党对法治政府建设的领导。",
    });
  });

  it("finds unnumbered run-in titles when several consecutive paragraphs share the shape", () => {
    const { headings, flat } = parseAll(
      [
        "一、主要举措及成效",
        "依法高效履行政府职能。今年以来,全镇高度重视法治政府建设工作。",
        "加强依法行政制度建设。持续落实规范性文件管理制度。",
        "依法应对重大突发事件。一是聚焦重点行业领域。内容。二是抓好汛情预报预警。内容。",
        "2023年以来,全镇严格落实上级部署。这是普通段落。",
        "二、第一责任人履职情况",
        "带头学法用法。主动参与学习交流。",
        "会议强调,要依法办事。之后继续。",
      ].join("\n"),
    );
    expect(outline(headings)).toEqual([
      "一、主要举措及成效",
      "  依法高效履行政府职能",
      "  加强依法行政制度建设",
      "  依法应对重大突发事件",
      "    一是聚焦重点行业领域",
      "    二是抓好汛情预报预警",
      "二、第一责任人履职情况",
    ]);
    const t = find(flat, "依法高效")!;
    expect(t).toMatchObject({ style: "run-in-title", number: null, ordinal: null, runIn: true, raw: "依法高效履行政府职能。" });
  });

  it("does not turn ordinary sentences into run-in titles", () => {
    const { flat } = parseAll(
      ["一、主要举措", "全年召开会议。内容很多。", "2023年完成任务。内容。", "2024年完成任务。内容。", "今年以来,我们推进工作。内容。", "总体来看,成效明显。内容。"].join("\n"),
    );
    expect(flat.map((h) => h.text)).toEqual(["一、主要举措"]);
  });

  it("keeps run-in titles when the only numbering was a rejected chunk marker", () => {
    const { flat } = parseAll("强化组织领导。党委书记亲自抓。\n完善制度体系。全面推进依\n2、法行政。\n严格规范执法。内容。\n加强监督制约。内容。");
    expect(flat.map((h) => h.text)).toEqual(["强化组织领导", "完善制度体系", "严格规范执法", "加强监督制约"]);
  });

  it("uses run-in titles as top-level headings when a report has no numbered headings", () => {
    const { flat } = parseAll("强化组织领导。党委书记亲自抓。\n完善制度体系。制定制度3项。\n严格规范执法。内容。");
    expect(flat.map((h) => [h.depth, h.text])).toEqual([
      [1, "强化组织领导"],
      [1, "完善制度体系"],
      [1, "严格规范执法"],
    ]);
  });
});

describe("parseHeadings: damaged and flattened text", () => {
  it("reads 一,、 (a mirror's stray comma before the mark) as 一、", () => {
    const { headings } = parseAll("一,、年度工作综述\n（一）带头学法,,。内容。\n二,、存在的不足\n内容。");
    expect(outline(headings)).toEqual(["一,、年度工作综述", "  （一）带头学法", "二,、存在的不足"]);
    expect(headings.map((h) => [h.style, h.ordinal, h.title])).toEqual([
      ["cn-comma", 1, "年度工作综述"],
      ["cn-comma", 2, "存在的不足"],
    ]);
  });

  it("detects headings flattened onto one line when the numbering sequence makes sense", () => {
    const { headings, flat } = parseAll(
      "现将有关情况报告如下: 一、2022年推进法治政府建设的主要举措和成效 (一)强化组织领导。党委书记亲自抓。(二)完善制度建设。制定制度3项。\n二、存在的不足和原因\n内容。",
    );
    expect(outline(headings)).toEqual([
      "一、2022年推进法治政府建设的主要举措和成效",
      "  (一)强化组织领导",
      "  (二)完善制度建设",
      "二、存在的不足和原因",
    ]);
    expect(flat[0]!.runIn).toBe(false);
    expect(flat[0]!.raw).toBe("一、2022年推进法治政府建设的主要举措和成效");
    expect(flat[1]!.runIn).toBe(true);
  });

  it("takes a numbered list after a colon as headings, but not numbers inside a sentence", () => {
    const { flat } = parseAll("一、存在问题\n主要表现在:1.思想认识不足;2.宣传方式单一。全年投入1.5万元,3、4月开展活动,做到一、二类企业全覆盖。");
    expect(flat.map((h) => h.text)).toEqual(["一、存在问题", "1.思想认识不足", "2.宣传方式单一"]);
  });

  it("cleans a watermark out of a heading's title and text but keeps raw exact", () => {
    const line = "二、主要负责人履行推进法治建设第一秘书之家—全网资源每日更新www.mishuzj.com责任人职责情况";
    const { flat } = parseAll(`一、主要举措\n内容。\n${line}\n内容。`);
    const h = flat[1]!;
    expect(h.raw).toBe(line);
    expect(h.text).toBe("二、主要负责人履行推进法治建设第一责任人职责情况");
    expect(h.title).toBe("主要负责人履行推进法治建设第一责任人职责情况");
  });

  it("finds a heading behind a watermark at the line start", () => {
    const { flat } = parseAll("秘书之家www.mishuzj.com一、主要举措\n内容。\n二、www.gongwenhui.com存在问题");
    expect(flat.map((h) => [h.text, h.raw])).toEqual([
      ["一、主要举措", "一、主要举措"],
      ["二、存在问题", "二、www.gongwenhui.com存在问题"],
    ]);
  });

  it("reads Traditional script through the folded view and quotes it as written", () => {
    const { headings, flat } = parseAll(
      "一、始終以學習貫徹習近平法治思想為主線,切實加強黨對法治政府建設的領導\n（一）堅持黨對法治政府建設的領導。黨政主要負責人帶頭履行職責。\n二、始終以服務全市經濟社會發展大局為抓手",
    );
    expect(outline(headings)).toEqual([
      "一、始終以學習貫徹習近平法治思想為主線,切實加強黨對法治政府建設的領導",
      "  （一）堅持黨對法治政府建設的領導",
      "二、始終以服務全市經濟社會發展大局為抓手",
    ]);
    expect(flat[1]!.runIn).toBe(true);
  });

  it("nests a duplicated number under the first and resumes the outer sequence", () => {
    const { headings } = parseAll(
      ["一、2022年法治政府建设主要措施", "一、强化领导责任", "内容。", "二、完善制度体系", "内容。", "二、存在问题", "内容。", "三、下一步打算", "内容。"].join("\n"),
    );
    expect(outline(headings)).toEqual([
      "一、2022年法治政府建设主要措施",
      "  一、强化领导责任",
      "  二、完善制度体系",
      "二、存在问题",
      "三、下一步打算",
    ]);
  });

  it("ignores doc-site chunk markers that start a line mid-word", () => {
    const { flat, paragraphs } = parseAll("一、主要举措\n1.加强领导。内容。\n化解矛盾。我们全面推进依\n3、法有效化解社会矛盾纠纷,成效明显。\n2.严格执法。内容。");
    expect(flat.map((h) => h.text)).toEqual(["一、主要举措", "1.加强领导", "2.严格执法"]);
    expect(paragraphs).toHaveLength(5);
  });

  it("accepts a number that fits the sequence after a line without final punctuation", () => {
    const { flat } = parseAll("一、主要举措\n内容一\n1.加强领导。内容。");
    expect(flat.map((h) => h.text)).toEqual(["一、主要举措", "1.加强领导"]);
  });
});

describe("parseHeadings: negative cases", () => {
  it("leaves title, addressee, signature, dates and mid-sentence numbering alone", () => {
    const { flat } = parseAll(
      [
        "XX县人民政府关于2022年法治政府建设情况的报告",
        "市委、市政府:",
        "2022年,我县坚持以习近平新时代中国特色社会主义思想为指导。",
        "一、工作总体开展情况",
        "全县开展一、二类风险排查,一、二级企业全覆盖。",
        "一、二类企业达到100家。",
        "1.5万元用于普法宣传。",
        "12.4国家宪法日开展活动。",
        "3、4月份开展专项行动。",
        "第一部分所述内容。第一次会议。",
        "XX县人民政府",
        "2023年1月25日",
        "2023.01.25",
      ].join("\n"),
    );
    expect(flat.map((h) => h.text)).toEqual(["一、工作总体开展情况"]);
  });

  it("skips page-chrome lines", () => {
    const { flat, paragraphs } = parseAll("1、首页\n一、主要举措\n内容。\n2、打印本页", "<t>", [1, 4]);
    expect(flat.map((h) => h.text)).toEqual(["一、主要举措"]);
    expect(paragraphs.map((p) => p.line)).toEqual([2, 3]);
  });

  it("returns no headings for empty or heading-free text", () => {
    expect(parseAll("").headings).toEqual([]);
    expect(parseAll("\n \n").headings).toEqual([]);
    expect(parseAll("今年以来,我们做了很多工作。成效明显。").headings).toEqual([]);
  });
});

describe("numeralValue", () => {
  it("reads Chinese and Arabic numbers", () => {
    expect(["一", "九", "十", "十一", "二十", "二十三", "九十九", "两", "12", "一百"].map(numeralValue)).toEqual([
      1, 9, 10, 11, 20, 23, 99, 2, 12, 100,
    ]);
    expect(numeralValue("甲")).toBeNull();
  });
});
