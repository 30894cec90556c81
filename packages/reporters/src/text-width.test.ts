import graphemeWidth from "string-width";
import { describe, expect, it } from "vitest";
import { padEnd, stringWidth, truncate } from "./text-width.js";

describe("stringWidth", () => {
  it("gives string-width's answer for every BMP character, alone and after a letter or an ideograph", () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}`, `法${ch}治`]) if (stringWidth(s) !== graphemeWidth(s)) wrong.push(`U+${c.toString(16)} in ${JSON.stringify(s)}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it("counts graphemes as string-width does: combining marks, emoji, escapes", () => {
    for (const s of ["", "第 12 行", "某县人民政府（2024年）", "e\u0301", "a\u302a", "👍🏽 好", "\x1b[31m红\x1b[0m", "✖ 出错", "■■ 90.0", "𠀀字"]) {
      expect(stringWidth(s), JSON.stringify(s)).toBe(graphemeWidth(s));
    }
    expect(stringWidth("法治 ok")).toBe(7);
  });

  it("pads and cuts by display width", () => {
    expect(padEnd("县级", 6)).toBe("县级  ");
    expect(truncate("某某县人民政府", 9)).toBe("某某县人…");
  });
});
