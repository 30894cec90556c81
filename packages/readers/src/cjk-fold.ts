/**
 * Characters that look like ordinary ideographs but are not: Kangxi radicals (U+2F00–U+2FDF) and CJK radicals
 * (U+2E80–U+2EFF), which Chromium-made PDFs emit for common characters (⼀ for 一, ⽇ for 日, ⻓ for 长), and CJK
 * compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F). Readers of PDF text fold them so `text` is clean.
 */

// CJK Radicals Supplement → the unified ideograph (or component) each radical stands for, where there is one.
const RADICALS: Record<number, string> = {};
const RADICAL_TABLE: [number, string][] = [
  [0x2e81, "厂"], [0x2e83, "乚"], [0x2e84, "乙"], [0x2e85, "亻"], [0x2e86, "冂"], [0x2e87, "几"], [0x2e89, "刂"],
  [0x2e8a, "卜"], [0x2e8b, "㔾"], [0x2e8c, "小"], [0x2e8e, "兀"], [0x2e8f, "尣"], [0x2e90, "尢"], [0x2e92, "巳"],
  [0x2e93, "幺"], [0x2e94, "彑"], [0x2e95, "彐"], [0x2e96, "忄"], [0x2e97, "㣺"], [0x2e98, "扌"], [0x2e99, "攵"],
  [0x2e9b, "旡"], [0x2e9c, "日"], [0x2e9d, "月"], [0x2e9e, "歺"], [0x2e9f, "母"], [0x2ea0, "民"], [0x2ea1, "氵"],
  [0x2ea2, "氺"], [0x2ea3, "灬"], [0x2ea4, "爫"], [0x2ea5, "爫"], [0x2ea6, "丬"], [0x2ea7, "牛"], [0x2ea8, "犭"],
  [0x2ea9, "王"], [0x2eaa, "疋"], [0x2eab, "罒"], [0x2eac, "示"], [0x2ead, "礻"], [0x2eae, "竹"], [0x2eaf, "糹"],
  [0x2eb0, "纟"], [0x2eb1, "罓"], [0x2eb2, "罒"], [0x2eb3, "㓁"], [0x2eb4, "罒"], [0x2eb5, "罒"], [0x2eb7, "羊"],
  [0x2eb9, "耂"], [0x2eba, "肀"], [0x2ebb, "聿"], [0x2ebc, "月"], [0x2ebd, "臼"], [0x2ebe, "艹"], [0x2ebf, "艹"],
  [0x2ec0, "艹"], [0x2ec1, "虎"], [0x2ec2, "衤"], [0x2ec3, "西"], [0x2ec4, "西"], [0x2ec5, "见"], [0x2ec6, "角"],
  [0x2ec8, "讠"], [0x2ec9, "贝"], [0x2eca, "足"], [0x2ecb, "车"], [0x2ecc, "辶"], [0x2ecd, "辶"], [0x2ece, "辶"],
  [0x2ecf, "阝"], [0x2ed0, "钅"], [0x2ed1, "長"], [0x2ed2, "镸"], [0x2ed3, "长"], [0x2ed4, "门"], [0x2ed6, "阝"],
  [0x2ed7, "雨"], [0x2ed8, "青"], [0x2ed9, "韦"], [0x2eda, "页"], [0x2edb, "风"], [0x2edc, "飞"], [0x2edd, "食"],
  [0x2edf, "飠"], [0x2ee0, "饣"], [0x2ee2, "马"], [0x2ee3, "骨"], [0x2ee4, "鬼"], [0x2ee5, "鱼"], [0x2ee6, "鸟"],
  [0x2ee7, "卤"], [0x2ee8, "麦"], [0x2ee9, "黄"], [0x2eea, "黾"], [0x2eeb, "斉"], [0x2eec, "齐"], [0x2eed, "歯"],
  [0x2eee, "齿"], [0x2eef, "竜"], [0x2ef0, "龙"], [0x2ef1, "龜"], [0x2ef2, "亀"], [0x2ef3, "龟"],
];
for (const [cp, ch] of RADICAL_TABLE) RADICALS[cp] = ch;

const LOOKALIKE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/u;
const LOOKALIKE_ALL = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu;

/** Fold radical and compatibility look-alikes to the unified ideographs they stand for. */
export function foldLookalikeIdeographs(text: string): string {
  if (!LOOKALIKE.test(text)) return text;
  return text.replace(LOOKALIKE_ALL, (ch) => {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x2e80 && cp <= 0x2eff) return RADICALS[cp] ?? ch;
    // Kangxi radicals have compatibility decompositions; compatibility ideographs canonical ones.
    return ch.normalize("NFKC");
  });
}

/** Wide (East Asian) characters: between two of them a line break or a gap is not a space. */
export function isWideChar(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x2010 && c <= 0x2027) || // dashes, quotes “” ‘’, ellipsis as set in Chinese text
    (c >= 0xd800 && c <= 0xdfff)
  );
}
