import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { BIG5_PUA_RUNS, BIG5_PUA_SEQUENCES } from "./big5-hkscs.js";
import { decodeText, encodingForLabel } from "./decode.js";

const seedsDir = fileURLToPath(new URL("../../../seeds/", import.meta.url));
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(seedsDir + f, "utf8") }));
const traditional = seeds.find((s) => s.name.startsWith("003_"))!;

describe("decodeText: seeds re-encoded", () => {
  it("finds all five seeds", () => expect(seeds).toHaveLength(5));

  for (const seed of seeds) {
    it(`${seed.name} as UTF-8 decodes as utf-8 with confidence 100`, () => {
      const d = decodeText(new TextEncoder().encode(seed.text));
      expect(d).toMatchObject({ encoding: "utf-8", confidence: 100 });
      expect(d.text).toBe(seed.text);
    });
    it(`${seed.name} as GB18030 decodes back identically`, () => {
      const d = decodeText(iconv.encode(seed.text, "gb18030"));
      expect(d.encoding).toBe("gb18030");
      expect(d.text).toBe(seed.text);
      expect(d.replacements).toBe(seed.text.split("\ufffd").length - 1); // only the seed's own U+FFFD
      expect(d.confidence).toBeGreaterThanOrEqual(50);
    });
    it(`${seed.name}: the first two lines alone as GB18030 (short text) decode back`, () => {
      const short = seed.text.split("\n").slice(0, 2).join("\n").slice(0, 60);
      const d = decodeText(iconv.encode(short, "gb18030"));
      expect(d.encoding).toBe("gb18030");
      expect(d.text).toBe(short);
    });
  }

  it("seed 003 (Traditional) as Big5 decodes back identically, HKSCS characters included", () => {
    const d = decodeText(iconv.encode(traditional.text, "big5"));
    expect(d.encoding).toBe("big5");
    expect(d.text).toBe(traditional.text);
    expect(d.replacements).toBe(0);
  });

  it("short Traditional lines as Big5 decode back", () => {
    for (const line of traditional.text.split("\n").filter((l) => l.trim()).slice(0, 8)) {
      const s = line.slice(0, 30);
      const d = decodeText(iconv.encode(s, "big5"));
      expect(d.text, s).toBe(s);
      expect(d.encoding).toBe("big5");
    }
  });

  it("very short text: a report title, GB18030 and Big5", () => {
    expect(decodeText(iconv.encode("法治政府建设年度报告", "gb18030"))).toMatchObject({ encoding: "gb18030", text: "法治政府建设年度报告" });
    expect(decodeText(iconv.encode("法治政府建設年度報告", "big5"))).toMatchObject({ encoding: "big5", text: "法治政府建設年度報告" });
  });

  it("GB18030 four-byte sequences survive (Node's gbk decoder would mangle them)", () => {
    const s = "𠀀𪚥 法治政府建设 ā ǒ €";
    expect(decodeText(iconv.encode(s, "gb18030"))).toMatchObject({ encoding: "gb18030", text: s });
  });
});

describe("decodeText: BOMs and UTF-16", () => {
  const text = "一、主要举措\r\n（一）加强领导\r\n2023年,共办理案件564件。\r\n";
  it("UTF-8 with BOM: BOM removed, confidence 100", () => {
    const d = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect(d).toEqual({ text, encoding: "utf-8", confidence: 100, replacements: 0 });
  });
  it("UTF-16LE with BOM", () => {
    const d = decodeText(new Uint8Array([0xff, 0xfe, ...iconv.encode(text, "utf-16le")]));
    expect(d).toEqual({ text, encoding: "utf-16le", confidence: 100, replacements: 0 });
  });
  it("UTF-16BE with BOM", () => {
    const d = decodeText(new Uint8Array([0xfe, 0xff, ...iconv.encode(text, "utf-16be")]));
    expect(d).toEqual({ text, encoding: "utf-16be", confidence: 100, replacements: 0 });
  });
  for (const order of ["utf-16le", "utf-16be"] as const) {
    it(`${order} without BOM: Chinese seeds are recognised`, () => {
      for (const seed of [seeds[3]!, seeds[4]!]) {
        const d = decodeText(iconv.encode(seed.text, order));
        expect(d.encoding).toBe(order);
        expect(d.text).toBe(seed.text);
      }
    });
  }
  it("UTF-16LE without BOM is recognised by its NUL pattern", () => {
    const d = decodeText(iconv.encode("Report 2023\r\n法治政府建设 report text 2023\r\n", "utf-16le"));
    expect(d.encoding).toBe("utf-16le");
    expect(d.text).toBe("Report 2023\r\n法治政府建设 report text 2023\r\n");
  });
});

describe("decodeText: damaged input and hints", () => {
  it("UTF-8 cut mid-character stays UTF-8 and counts the replacement", () => {
    const bytes = new TextEncoder().encode(seeds[1]!.text);
    let lead = bytes.length - 1;
    while (bytes[lead]! < 0xc0) lead--; // the last lead byte of a multi-byte character
    const d = decodeText(bytes.subarray(0, lead + 1)); // cut right after it
    expect(d.encoding).toBe("utf-8");
    expect(d.replacements).toBe(1);
    expect(d.text.endsWith("\ufffd")).toBe(true);
  });

  it("a declared charset that decodes cleanly wins", () => {
    const bytes = iconv.encode(seeds[0]!.text.slice(0, 500), "gb18030");
    expect(decodeText(bytes, "gb2312").encoding).toBe("gb18030");
    expect(decodeText(bytes, "GBK").encoding).toBe("gb18030");
  });

  it("a wrong declared charset loses to the evidence (Big5 bytes declared gb2312)", () => {
    const s = traditional.text.slice(0, 800);
    const d = decodeText(iconv.encode(s, "big5"), "gb2312");
    expect(d.encoding).toBe("big5");
    expect(d.text).toBe(s);
  });

  it("UTF-8 bytes declared gb2312 (a page re-saved as UTF-8) decode as UTF-8", () => {
    const s = seeds[2]!.text.slice(0, 400);
    expect(decodeText(new TextEncoder().encode(s), "gb2312")).toMatchObject({ encoding: "utf-8", text: s });
  });

  it("ASCII-only bytes report the declared charset", () => {
    expect(decodeText(new TextEncoder().encode("<html>2023</html>"), "gb2312")).toMatchObject({ encoding: "gb18030", confidence: 100 });
  });

  it("GB18030 with a damaged byte counts it", () => {
    const bytes = iconv.encode("法治政府建设年度报告，全年办理行政复议案件五百余件。", "gb18030");
    const damaged = new Uint8Array([...bytes.subarray(0, 7), 0xff, ...bytes.subarray(8)]);
    const d = decodeText(damaged);
    expect(d.encoding).toBe("gb18030");
    expect(d.replacements).toBeGreaterThan(0);
  });
});

describe("decodeText: not Chinese at all", () => {
  it("Latin-1 text is left to chardet", () => {
    const s = "Café résumé naïve, the quick brown fox jumps over the lazy dog. Déjà vu, encore une fois.";
    const d = decodeText(iconv.encode(s, "windows-1252"));
    expect(d.encoding).toBe("windows-1252");
    expect(d.text).toBe(s);
  });
});

describe("encodingForLabel", () => {
  it("maps the GB and Big5 families and rejects UTF-16 and unknown labels", () => {
    for (const l of ["gb2312", "GBK", "gb18030", "x-gbk", "cp936"]) expect(encodingForLabel(l)).toBe("gb18030");
    for (const l of ["big5", "Big5-HKSCS", "x-x-big5"]) expect(encodingForLabel(l)).toBe("big5");
    expect(encodingForLabel("UTF8")).toBe("utf-8");
    expect(encodingForLabel("utf-16")).toBeNull();
    expect(encodingForLabel("no-such-charset")).toBeNull();
  });
});

describe("Big5 HKSCS table (src/big5-hkscs.ts)", () => {
  it("turns every PUA code point Node's big5 decoder emits into what iconv-lite decodes", () => {
    const td = new TextDecoder("big5");
    let checked = 0;
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail > 0x7e && trail < 0xa1) continue;
        const b = new Uint8Array([lead, trail]);
        const node = td.decode(b);
        if (!/^[\ue000-\uf8ff]$/u.test(node)) continue;
        const expected = iconv.decode(Buffer.from(b), "big5");
        if (/[\ue000-\uf8ff\ufffd]/u.test(expected)) continue;
        // decodeText on "字" + the code, so detection settles on big5
        const got = decodeText(new Uint8Array([...iconv.encode("法治政府建設年度報告", "big5"), ...b]), "big5").text;
        expect(got.slice(10), b.join(",")).toBe(expected);
        checked++;
      }
    const total = BIG5_PUA_RUNS.reduce((n, [, s]) => n + [...s].length, 0) + BIG5_PUA_SEQUENCES.length;
    expect(checked).toBe(total);
  });
});
