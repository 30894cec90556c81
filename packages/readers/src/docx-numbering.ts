/**
 * Word's automatic numbering, rendered as text. mammoth drops list numbers, but Chinese reports number their
 * headings 一、/（一）/1. with Word lists, and without the numbers the heading tree is lost. We read
 * word/numbering.xml, word/styles.xml and each paragraph's w:numPr (direct or through its style), keep Word's
 * counters, and give every paragraph of word/document.xml its number text ("一、", "（二）", "3.") in order.
 */

export interface ParagraphNumbering {
  /** The paragraph's w:t text (what mammoth sees), used to line our paragraphs up with mammoth's. */
  text: string;
  /** The rendered number with its separator, e.g. "一、", "（二）", "3."; "" when not numbered. */
  prefix: string;
}

interface Level {
  numFmt: string;
  lvlText: string;
  start: number;
  suff: string;
  isLgl: boolean;
  /** w:lvlRestart: 0 = never restart; n = restart after level n-1 (1-based); undefined = after any higher level. */
  restart: number | undefined;
  pStyle: string | undefined;
}
interface AbstractNum {
  levels: Map<number, Level>;
  numStyleLink: string | undefined;
}
interface Num {
  abstractNumId: string;
  startOverrides: Map<number, number>;
}
interface StyleNum {
  numId: string | undefined;
  ilvl: number | undefined;
  basedOn: string | undefined;
}

// ---- a small XML tokenizer: enough for OOXML parts (no DTDs; CDATA and comments skipped) ----

interface Tag {
  name: string;
  attrs: Record<string, string>;
  close: boolean;
  selfClose: boolean;
}

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function decodeEntities(s: string): string {
  if (s.indexOf("&") === -1) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : "";
    }
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[e as "lt"]!;
  });
}

function walkXml(xml: string, onTag: (t: Tag) => void, onText: (text: string) => void): void {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m[3] !== undefined) {
      const attrs: Record<string, string> = {};
      if (m[4]) {
        ATTR.lastIndex = 0;
        for (let a = ATTR.exec(m[4]); a; a = ATTR.exec(m[4])) attrs[a[1]!] = decodeEntities(a[2] ?? a[3] ?? "");
      }
      onTag({ name: m[3], attrs, close: m[2] === "/", selfClose: m[5] === "/" });
    } else if (m[6] !== undefined) onText(decodeEntities(m[6]));
    else if (m[1] !== undefined) onText(m[1]);
  }
}

const intAttr = (t: Tag): number | undefined => {
  const v = t.attrs["w:val"];
  const n = v === undefined ? NaN : parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
};

// ---- numbering.xml and styles.xml ----

function readNumbering(xml: string): { abstracts: Map<string, AbstractNum>; nums: Map<string, Num> } {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, Num>();
  let abstract: AbstractNum | null = null;
  let level: Level | null = null;
  let levelIndex = 0;
  let num: Num | null = null;
  let overrideLevel: number | null = null;
  walkXml(
    xml,
    (t) => {
      if (t.close) {
        if (t.name === "w:abstractNum") abstract = null;
        else if (t.name === "w:lvl" && level && abstract) {
          abstract.levels.set(levelIndex, level);
          level = null;
        } else if (t.name === "w:num") num = null;
        else if (t.name === "w:lvlOverride") overrideLevel = null;
        return;
      }
      switch (t.name) {
        case "w:abstractNum":
          abstract = { levels: new Map(), numStyleLink: undefined };
          abstracts.set(t.attrs["w:abstractNumId"] ?? "", abstract);
          break;
        case "w:lvl":
          if (abstract && overrideLevel === null) {
            levelIndex = parseInt(t.attrs["w:ilvl"] ?? "0", 10) || 0;
            level = { numFmt: "decimal", lvlText: "", start: 1, suff: "tab", isLgl: false, restart: undefined, pStyle: undefined };
            if (t.selfClose) {
              abstract.levels.set(levelIndex, level);
              level = null;
            }
          }
          break;
        case "w:start":
          if (level) level.start = intAttr(t) ?? 1;
          break;
        case "w:numFmt":
          if (level) level.numFmt = t.attrs["w:val"] ?? "decimal";
          break;
        case "w:lvlText":
          if (level) level.lvlText = t.attrs["w:val"] ?? "";
          break;
        case "w:suff":
          if (level) level.suff = t.attrs["w:val"] ?? "tab";
          break;
        case "w:isLgl":
          if (level) level.isLgl = t.attrs["w:val"] !== "0" && t.attrs["w:val"] !== "false";
          break;
        case "w:lvlRestart":
          if (level) level.restart = intAttr(t);
          break;
        case "w:pStyle":
          if (level) level.pStyle = t.attrs["w:val"];
          break;
        case "w:numStyleLink":
          if (abstract) abstract.numStyleLink = t.attrs["w:val"];
          break;
        case "w:num":
          num = { abstractNumId: "", startOverrides: new Map() };
          nums.set(t.attrs["w:numId"] ?? "", num);
          break;
        case "w:abstractNumId":
          if (num) num.abstractNumId = t.attrs["w:val"] ?? "";
          break;
        case "w:lvlOverride":
          if (num) overrideLevel = parseInt(t.attrs["w:ilvl"] ?? "0", 10) || 0;
          break;
        case "w:startOverride":
          if (num && overrideLevel !== null) num.startOverrides.set(overrideLevel, intAttr(t) ?? 1);
          break;
      }
    },
    () => {},
  );
  return { abstracts, nums };
}

function readStyles(xml: string): Map<string, StyleNum> {
  const styles = new Map<string, StyleNum>();
  let style: StyleNum | null = null;
  let inPPr = false;
  walkXml(
    xml,
    (t) => {
      if (t.close) {
        if (t.name === "w:style") style = null;
        else if (t.name === "w:pPr") inPPr = false;
        return;
      }
      if (t.name === "w:style") {
        style = { numId: undefined, ilvl: undefined, basedOn: undefined };
        if (!t.selfClose) styles.set(t.attrs["w:styleId"] ?? "", style);
      } else if (style && t.name === "w:basedOn") style.basedOn = t.attrs["w:val"];
      else if (style && t.name === "w:pPr" && !t.selfClose) inPPr = true;
      else if (style && inPPr && t.name === "w:numId") style.numId = t.attrs["w:val"];
      else if (style && inPPr && t.name === "w:ilvl") style.ilvl = intAttr(t);
    },
    () => {},
  );
  return styles;
}

// ---- number formats ----

const CN = "〇一二三四五六七八九";
const CN_COUNTING = "零一二三四五六七八九";
const CN_LEGAL = "零壹贰叁肆伍陆柒捌玖";
const CN_LEGAL_TRAD = "零壹貳參肆伍陸柒捌玖";

/** Chinese counting: 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 105 → 一百零五. */
function chineseCounting(n: number, digits = CN_COUNTING, units = ["", "十", "百", "千"]): string {
  if (n <= 0 || n >= 10000) return String(n);
  const ds = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i]!;
    if (d === 0) zero = out !== "";
    else {
      if (zero) out += digits[0];
      zero = false;
      out += (d === 1 && unit === units[1] && out === "" && digits === CN_COUNTING ? "" : digits[d]!) + unit;
    }
  });
  return out;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

function letters(n: number): string {
  const c = String.fromCharCode(97 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "japaneseCounting":
    case "koreanCounting":
      return chineseCounting(n);
    case "ideographDigital":
    case "taiwaneseDigital":
    case "japaneseDigitalTenThousand":
      return String(n).split("").map((d) => CN[Number(d)]).join("");
    case "chineseLegalSimplified":
      return chineseCounting(n, CN_LEGAL, ["", "拾", "佰", "仟"]);
    case "ideographLegalTraditional":
    case "japaneseLegal":
      return chineseCounting(n, CN_LEGAL_TRAD, ["", "拾", "佰", "仟"]);
    case "ideographTraditional":
      return "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10] ?? String(n);
    case "ideographZodiac":
      return "子丑寅卯辰巳午未申酉戌亥"[(n - 1) % 12] ?? String(n);
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case "decimalEnclosedParen":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case "decimalEnclosedFullstop":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "none":
      return "";
    default:
      return String(n);
  }
}

/** Punctuation a number ends with before its text; after any other ending a space stands in for Word's tab. */
const ENDS_WITH_SEPARATOR = /[、.．)）:：\]】〕」』]$/;

// ---- document.xml ----

/**
 * Every paragraph of word/document.xml in the order mammoth meets them (a paragraph is emitted when it
 * closes, so paragraphs inside text boxes come before the paragraph holding them, as in mammoth's
 * transforms), with its w:t text and its rendered number.
 */
export function numberParagraphs(documentXml: string, numberingXml: string | undefined, stylesXml: string | undefined): ParagraphNumbering[] {
  const { abstracts, nums } = numberingXml ? readNumbering(numberingXml) : { abstracts: new Map<string, AbstractNum>(), nums: new Map<string, Num>() };
  const styles = stylesXml ? readStyles(stylesXml) : new Map<string, StyleNum>();
  const levelStyle = new Map<string, number>(); // paragraph style id → level, from w:lvl/w:pStyle
  for (const a of abstracts.values()) for (const [i, l] of a.levels) if (l.pStyle) levelStyle.set(l.pStyle, i);

  const resolveAbstract = (numId: string): { id: string; abs: AbstractNum; num: Num } | null => {
    const seen = new Set<string>();
    for (let id: string | undefined = numId; id !== undefined && !seen.has(id); ) {
      seen.add(id);
      const num = nums.get(id);
      const abs = num ? abstracts.get(num.abstractNumId) : undefined;
      if (!num || !abs) return null;
      if (!abs.numStyleLink) return { id: num.abstractNumId, abs, num };
      id = styles.get(abs.numStyleLink)?.numId;
    }
    return null;
  };
  const styleNumbering = (styleId: string | undefined): { numId: string; ilvl: number | undefined } | null => {
    const seen = new Set<string>();
    for (let id = styleId; id !== undefined && !seen.has(id); id = styles.get(id)?.basedOn) {
      seen.add(id);
      const s = styles.get(id);
      if (s?.numId !== undefined) return { numId: s.numId, ilvl: s.ilvl ?? levelStyle.get(styleId!) };
    }
    return null;
  };

  const counters = new Map<string, number[]>(); // abstractNum id → counters per level
  const startedNums = new Set<string>();
  const render = (numId: string, ilvl: number): string => {
    const found = resolveAbstract(numId);
    if (!found) return "";
    const { id, abs, num } = found;
    const level = abs.levels.get(ilvl);
    if (!level || level.numFmt === "bullet") return "";
    let c = counters.get(id);
    if (!c) counters.set(id, (c = []));
    if (!startedNums.has(numId)) {
      startedNums.add(numId);
      // A w:num with a start override begins its own count.
      if (num.startOverrides.size) for (const [l, s] of num.startOverrides) c[l] = s - 1;
    }
    c[ilvl] = (c[ilvl] ?? (level.start - 1)) + 1;
    for (const [l, lv] of abs.levels) {
      if (l <= ilvl) continue;
      if (lv.restart === 0) continue;
      if (lv.restart === undefined || lv.restart - 1 >= ilvl) c[l] = lv.start - 1;
    }
    for (let l = 0; l < ilvl; l++) if (c[l] === undefined) c[l] = abs.levels.get(l)?.start ?? 1;
    const text = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lv = abs.levels.get(l);
      const value = c![l] ?? lv?.start ?? 1;
      return formatNumber(value, level.isLgl || !lv ? "decimal" : lv.numFmt);
    });
    if (!text) return "";
    if (level.suff === "nothing" || ENDS_WITH_SEPARATOR.test(text)) return text;
    return text + " ";
  };

  interface Open {
    text: string;
    styleId: string | undefined;
    numId: string | undefined;
    ilvl: number | undefined;
    deletedMark: boolean;
  }
  const out: ParagraphNumbering[] = [];
  const stack: Open[] = [];
  let carried = ""; // text of a paragraph whose mark was deleted: mammoth joins it to the next paragraph
  let depthPPr = 0;
  let depthRPrInPPr = 0;
  let inT = false;
  let skip = 0; // inside mc:Choice (mammoth reads mc:Fallback) or w:del
  walkXml(
    documentXml,
    (t) => {
      const top = stack[stack.length - 1];
      if (t.name === "w:del" && top && depthRPrInPPr > 0) {
        if (!t.close) top.deletedMark = true; // the paragraph mark itself is a tracked deletion
        return;
      }
      if (t.name === "mc:Choice" || t.name === "w:del" || t.name === "w:moveFrom") {
        if (!t.selfClose) skip += t.close ? -1 : 1;
        return;
      }
      if (t.name === "w:p") {
        if (t.close || t.selfClose) {
          const p = t.selfClose ? { text: "", styleId: undefined, numId: undefined, ilvl: undefined, deletedMark: false } : stack.pop();
          if (!p || skip) return;
          if (p.deletedMark) {
            carried += p.text;
            return;
          }
          let prefix = "";
          const direct = p.numId !== undefined ? { numId: p.numId, ilvl: p.ilvl } : null;
          const via = direct ?? styleNumbering(p.styleId);
          if (via && via.numId !== "0") prefix = render(via.numId, via.ilvl ?? levelStyle.get(p.styleId ?? "") ?? 0);
          out.push({ text: carried + p.text, prefix });
          carried = "";
        } else stack.push({ text: "", styleId: undefined, numId: undefined, ilvl: undefined, deletedMark: false });
        return;
      }
      if (!top || skip) return;
      if (t.name === "w:pPr") {
        if (!t.selfClose) depthPPr += t.close ? -1 : 1;
        return;
      }
      if (depthPPr > 0) {
        if (t.name === "w:rPr") {
          if (!t.selfClose) depthRPrInPPr += t.close ? -1 : 1;
          return;
        }
        if (t.close || depthRPrInPPr > 0) return;
        if (t.name === "w:pStyle") top.styleId = t.attrs["w:val"];
        else if (t.name === "w:numId") top.numId = t.attrs["w:val"];
        else if (t.name === "w:ilvl") top.ilvl = intAttr(t);
        return;
      }
      if (t.name === "w:t") inT = !t.close && !t.selfClose;
    },
    (text) => {
      if (inT && !skip) for (const p of stack) p.text += text;
    },
  );
  return out;
}
