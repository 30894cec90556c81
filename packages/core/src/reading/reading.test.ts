import { describe, expect, it } from "vitest";
import { parseText } from "../parse.js";
import { indexAt, NumberReadingSchema, readingOf } from "./reading.js";

/** The reading of the number whose raw text is `raw` (first one). */
function readingFor(text: string, raw: string, year?: number) {
  const model = parseText(text, "t.txt");
  if (year !== undefined) model.meta.reportYear = year;
  const reading = readingOf(model);
  const i = model.numbers.findIndex((n) => n.raw === raw);
  expect(i, `number ${raw} in ${JSON.stringify(model.numbers.map((n) => n.raw))}`).toBeGreaterThanOrEqual(0);
  return reading.numbers[i]!;
}

describe("reading: one per model", () => {
  it("is memoised per model and gives one reading per number, valid against its schema", () => {
    const model = parseText("本年度共收到复议申请44件，受理40件。");
    expect(readingOf(model)).toBe(readingOf(model));
    const r = readingOf(model);
    expect(r.numbers).toHaveLength(model.numbers.length);
    for (const n of r.numbers) expect(NumberReadingSchema.safeParse(n).success).toBe(true);
  });

  it("indexAt: the last start at or before the offset", () => {
    expect(indexAt([0, 10, 20], 0)).toBe(0);
    expect(indexAt([0, 10, 20], 15)).toBe(1);
    expect(indexAt([0, 10, 20], 99)).toBe(2);
    expect(indexAt([5, 10], 1)).toBe(0);
  });
});

describe("reading: clauses", () => {
  it("bracketAt: the innermost brackets around an offset, closed or running to the sentence end", () => {
    const model = parseText("审结案件50件（含上年结转10件，其中撤诉2件），均已归档（未完待续。");
    const r = readingOf(model);
    const at = (s: string) => r.compact.indexOf(s);
    const [open, close] = r.bracketAt(at("上年"), 0)!;
    expect(r.compact.slice(open + 1, close)).toBe("含上年结转10件,其中撤诉2件");
    expect(r.bracketAt(at("均已"), 0)).toBeNull();
    const [open2, close2] = r.bracketAt(at("待续"), 0)!;
    expect(r.compact.slice(open2 + 1, close2)).toBe("未完待续。");
    expect(r.numbers[model.numbers.findIndex((n) => n.raw === "10件")]!.aside).toBe(true);
    expect(r.numbers[model.numbers.findIndex((n) => n.raw === "50件")]!.aside).toBe(false);
  });
  it("splits at commas and semicolons but keeps an enumeration with 、 and its shared predicate together", () => {
    const model = parseText("办理代表建议31件，按期答复率、办结率均为100%；另有2件转下年。");
    const r = readingOf(model);
    const texts = r.clauses.map((c) => model.text.slice(...c.span));
    expect(texts).toEqual(["办理代表建议31件，", "按期答复率、办结率均为100%；", "另有2件转下年。"]);
    const pct = r.numbers[model.numbers.findIndex((n) => n.raw === "100%")]!;
    expect(r.clauses[pct.clause]!.span).toEqual(r.clauses[1]!.span);
  });

  it("does not split inside brackets", () => {
    const model = parseText("受理案件20件（其中，结转3件），审结18件。");
    const r = readingOf(model);
    expect(r.clauses).toHaveLength(2);
    expect(r.numbers[model.numbers.findIndex((n) => n.raw === "3件")]!.aside).toBe(true);
  });

  it("maps text and compact offsets both ways, skipping whitespace", () => {
    const model = parseText("共 受理 12 件。");
    const r = readingOf(model);
    expect(r.compact).toBe("共受理12件。");
    const at = r.toCompact(model.text.indexOf("12"));
    expect(r.compact.slice(at, at + 2)).toBe("12");
    expect(model.text.slice(...r.textSpan(at, at + 3))).toBe("12 件");
  });
});

describe("reading: subject", () => {
  it("the label before the number, or the noun after it", () => {
    expect(readingFor("本局今年办理信访事项45件。", "45件").subject).toContain("办理信访事项");
    expect(readingFor("本局办理了16起以本局为被申请人的复议案件。", "16起").after).toContain("复议案件");
  });
});

describe("reading: polarity", () => {
  it("a negation before the counted verb", () => {
    const r = readingFor("对不符合条件的申请，不予登记7件。", "7件");
    expect(r.polarity).toBe("negated");
    expect(r.negation?.word).toBe("不予");
    expect(readingFor("另外未办结的有3件。", "3件").polarity).toBe("negated");
  });
  it("words that only start with a negation character negate nothing", () => {
    expect(readingFor("不断加强队伍建设，全年办理案件88件。", "88件").polarity).toBe("affirmed");
    expect(readingFor("无论大小事项，全年登记事项12件。", "12件").polarity).toBe("affirmed");
  });
});

describe("reading: modality", () => {
  it("targets and requirements", () => {
    expect(readingFor("今年力争把网上可办比例提高到95%。", "95%").modality).toBe("target");
    expect(readingFor("文件要求各单位培训覆盖率均要达到90%。", "90%").modality).toBe("target");
    expect(readingFor("加强督办，确保答复率达到100%。", "100%").modality).toBe("target");
    expect(readingFor("工作目标：到2027年底，事项网办率达85%以上。", "85%以上").modality).toBe("target");
    expect(readingFor("全县以群众满意率98%为目标推进工作。", "98%").modality).toBe("target");
    expect(readingFor("以群众95%满意率为总目标。", "95%").modality).toBe("target");
  });
  it("hypotheticals and thresholds", () => {
    expect(readingFor("即使比例为40%，也无法说明问题。", "40%").modality).toBe("hypothetical");
    expect(readingFor("各乡镇每年的差错率均小于8%。", "8%").modality).toBe("threshold");
    expect(readingFor("办结率不低于95%。", "不低于95%").modality).toBe("threshold");
  });
  it("a numbered norm of an evaluation scheme is a criterion", () => {
    expect(readingFor("12.按照规定的时限报送材料，且报送率达100%。", "100%").modality).toBe("criterion");
  });
  it("an achieved value stays actual", () => {
    expect(readingFor("全年答复率达到100%。", "100%").modality).toBe("actual");
    expect(readingFor("到2023年底，已累计办理案件500件。", "500件").modality).toBe("actual");
  });
});

describe("reading: time and scope", () => {
  it("a change, an earlier level and a per-year series", () => {
    expect(readingFor("办件量同比下降4.1%。", "4.1%").time.relation).toBe("change");
    expect(readingFor("来信和来访分别下降12%、9%。", "9%").time.relation).toBe("change");
    expect(readingFor("受理申请71件，上年同期为52件。", "52件").time.relation).toBe("previous");
    expect(readingFor("受理申请71件，较2021年的52件明显增加。", "52件").time.relation).toBe("previous");
    const series = "2020年度撤销3件，2021年度撤销5件。";
    expect(readingFor(series, "3件", 2021).time).toEqual({ relation: "previous", year: 2020 });
    expect(readingFor(series, "5件", 2021).time).toEqual({ relation: "current", year: 2021 });
  });
  it("scope words before the number", () => {
    expect(readingFor("全省受理申请900件。", "900件").scope).toBe("whole");
    expect(readingFor("其中市本级受理申请120件。", "120件").scope).toBe("own");
    expect(readingFor("各县区受理申请780件。", "780件").scope).toBe("subordinate");
    expect(readingFor("全国受理申请3万件。", "3万件").scope).toBe("nation");
    expect(readingFor("受理申请15件。", "15件").scope).toBeNull();
  });
});
