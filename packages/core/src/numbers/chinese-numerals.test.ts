import { describe, expect, it } from "vitest";
import { chineseDecimals, parseChineseNumeral } from "./chinese-numerals.js";

describe("parseChineseNumeral", () => {
  it.each([
    ["零", 0],
    ["一", 1],
    ["两", 2],
    ["兩", 2],
    ["十", 10],
    ["十五", 15],
    ["二十", 20],
    ["三十五", 35],
    ["一百", 100],
    ["百", 100],
    ["一百零五", 105],
    ["一百一十", 110],
    ["一百一", 110],
    ["一千二", 1200],
    ["一千二百零五", 1205],
    ["一千零五", 1005],
    ["两千零二十三", 2023],
    ["万", 10000],
    ["两万", 20000],
    ["两万余", 20000],
    ["十万", 100000],
    ["三十五万", 350000],
    ["三万五", 35000],
    ["一百二十三万四千五百六十七", 1234567],
    ["一亿", 100000000],
    ["亿", 100000000],
    ["三亿五千万", 350000000],
    ["一万亿", 1e12],
    ["十二萬", 120000],
    ["壹佰贰拾叁", 123],
    ["二〇二三", 2023],
    ["二○二三", 2023],
    ["一二三", 123],
    ["九十五点五", 95.5],
    ["零点五", 0.5],
    ["十来", 10],
    ["千余", 1000],
  ])("%s → %d", (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it.each(["", "  ", "十百", "百千", "万万", "一二十", "五六七百", "abc", "十点", "三点x", "四个"])("rejects %j", (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });

  it("counts decimals after 点", () => {
    expect(chineseDecimals("九十五点五")).toBe(1);
    expect(chineseDecimals("九十五")).toBe(0);
    expect(chineseDecimals("三点一四")).toBe(2);
  });
});
