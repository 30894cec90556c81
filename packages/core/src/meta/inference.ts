import { orgAtClauseStart, type OrgName } from "./issuer.js";
import { MASK_CHARS, NOT_A_PLACE_WORDS, STEM_STOP_WORDS } from "./vocabulary.js";

/**
 * When a report never writes its issuer's full name (a title that says only "省人民政府", a body that says
 * "市政府", "我县", "我委", "市局"), the issuer is inferred from the place names the report uses for itself:
 * the unit it speaks for (省/市/县/区/镇/乡/街道, or a department ending 局/委/厅) comes from how it refers to
 * itself, the name from the text — the most frequent name of that kind ("江苏省" in "中共江苏省委", "江苏省各级
 * 政府"). No gazetteer: a name is taken only as the text writes it, and the result is marked inferred.
 */

export interface SelfReference {
  kind: "government" | "department";
  /** The unit the report speaks for ("省", "县", "街道"); "" for a department that names no unit ("我局"). */
  unit: string;
  /** For a department: how its name ends ("局", "委", "厅"). */
  ending: string | null;
  /** Offset in the folded text and the words as written there ("县政府", "我委"). */
  at: number;
  words: string;
}

const UNITS = ["街道", "省", "市", "县", "区", "镇", "乡"] as const;
const DEPARTMENT_ENDINGS = ["局", "委", "厅", "部", "办"] as const;
/** 我县, 本镇, 我街道, 我委, 我局: a report speaking of itself. */
const SELF_G = /(?:我|本)(街道|省|市|县|区|镇|乡|委|局|厅|部)(?![级域内外])/gu;
/** "市局党委带头", "县局坚持": a bureau speaking of itself by its level. */
const BARE_BUREAU_G = /(?<![\p{Script=Han}])([省市县区])局(?![长])/gu;
/** 全省各级政府, 全县各级行政机关: a government's report on its whole area. */
const WHOLE_AREA_G = /全(省|市|县|区)各级(?:政府|行政机关|人民政府)/gu;

/** The self-reference of a generic organisation name ("省人民政府", "县政府", "市局", "县教育局"). */
export function selfOfGeneric(org: OrgName, at: number): SelfReference | null {
  const last = org.units[org.units.length - 1];
  if (org.kind === "government") {
    if (!last || !UNITS.includes(last.suffix as (typeof UNITS)[number])) return null;
    return { kind: "government", unit: last.suffix, ending: null, at, words: org.text };
  }
  if (org.kind === "department") {
    const ending = DEPARTMENT_ENDINGS.find((e) => org.text.endsWith(e) || (e === "委" && org.text.endsWith("委员会"))) ?? null;
    return { kind: "department", unit: last?.suffix ?? "", ending, at, words: org.text };
  }
  return null;
}

/**
 * How the report refers to itself when no candidate named it: 我X/本X most often, else "全X各级政府".
 * A bare 市/县 in "我市" tells the unit; 我委/我局 tell a department.
 */
export function selfReferenceIn(folded: string): SelfReference | null {
  const counts = new Map<string, { n: number; at: number; words: string }>();
  for (const re of [SELF_G, WHOLE_AREA_G, BARE_BUREAU_G]) {
    for (const m of folded.matchAll(re)) {
      const k = re === BARE_BUREAU_G ? `${m[1]!}局` : m[1]!;
      const c = counts.get(k);
      if (c) c.n++;
      else counts.set(k, { n: 1, at: m.index, words: m[0] });
    }
  }
  let best: [string, { n: number; at: number; words: string }] | null = null;
  for (const e of counts) if (!best || e[1].n > best[1].n || (e[1].n === best[1].n && e[1].at < best[1].at)) best = e;
  if (!best) return null;
  const [k, c] = best;
  if (UNITS.includes(k as (typeof UNITS)[number])) return { kind: "government", unit: k, ending: null, at: c.at, words: c.words };
  if (k.length === 2) return { kind: "department", unit: k[0]!, ending: "局", at: c.at, words: c.words };
  return { kind: "department", unit: "", ending: k, at: c.at, words: c.words };
}

export interface InferredName {
  /** The name as the text writes it (folded): "江苏省", "盂县", "东莞市公安局". */
  name: string;
  /** Offset of one occurrence in the folded text. */
  at: number;
  occurrences: number;
}

const HAN = /\p{Script=Han}/u;
/** Characters a place-name stem never holds: particles, organ words, and words of quantity or reference. */
const NOT_IN_NAME = "的了是在和与及或对于为以将把被从向由全各我本该每其这那此外省县区镇旗府委局厅部党级";
const MAX_STEM = 4;
const isStemChar = (c: string | undefined) => c !== undefined && HAN.test(c) && !NOT_IN_NAME.includes(c) && !MASK_CHARS.includes(c);

/**
 * The place the report names for a unit (省, 市, 县, 区, 镇, 乡, 街道): every "<stem><unit>" in the text, grouped
 * by the character before the unit; a group's stem is what its occurrences share (at most 4 characters; a
 * lone occurrence keeps what stands between a boundary and the unit, or its last two characters). The most
 * frequent group wins, the earliest on a tie.
 */
export function placeNamed(folded: string, unit: string): InferredName | null {
  const groups = new Map<string, { stems: string[]; at: number; bounded: boolean[]; quality: number }>();
  for (let i = folded.indexOf(unit, 1); i !== -1; i = folded.indexOf(unit, i + 1)) {
    if (!isStemChar(folded[i - 1])) continue;
    let a = i - 1;
    while (a > 0 && i - a < MAX_STEM && isStemChar(folded[a - 1])) a--;
    let stem = folded.slice(a, i);
    // "主持召开省委…", "全面依法治县", "4次市政府": a verb or a measure word before the unit ends the phrase, not a name.
    let cut = 0;
    for (const w of STEM_STOP_WORDS) {
      const k = stem.lastIndexOf(w);
      if (k !== -1) cut = Math.max(cut, k + w.length);
    }
    if (cut > 0) {
      stem = stem.slice(cut);
      a = i - stem.length;
      if (stem === "") continue;
    }
    const word = stem + folded.slice(i, i + unit.length + 1);
    if (NOT_A_PLACE_WORDS.some((w) => word.endsWith(w) || (stem + unit).endsWith(w) || word.includes(w))) continue;
    if (folded.startsWith("自治", i - 2)) continue;
    const key = stem[stem.length - 1]!;
    const g = groups.get(key) ?? { stems: [], at: i - stem.length, bounded: [], quality: 0 };
    g.stems.push(stem);
    // A name opening a quoted or titled phrase ("《XX市…》", "“XX县…", "中共XX省委") is surely a name.
    const before = folded.slice(Math.max(0, a - 2), a);
    const q = /[《“"(]$|中共$/u.test(before) ? 2 : stem.length <= 3 && !isStemChar(folded[a - 1]) ? 1 : 0;
    g.quality = Math.max(g.quality, q);
    g.bounded.push(cut > 0 || i - a < MAX_STEM || !isStemChar(folded[a - 1]));
    groups.set(key, g);
  }
  let best: { name: string; at: number; occurrences: number; quality: number } | null = null;
  for (const g of groups.values()) {
    let stem: string;
    if (g.stems.length === 1) {
      stem = g.bounded[0] ? g.stems[0]! : g.stems[0]!.slice(-2);
    } else {
      stem = g.stems.reduce((common, s) => {
        let k = 0;
        while (k < common.length && k < s.length && common[common.length - 1 - k] === s[s.length - 1 - k]) k++;
        return common.slice(common.length - k);
      });
    }
    if (stem === "") continue;
    const cand = { name: stem + unit, at: g.at + (g.stems[0]!.length - stem.length), occurrences: g.stems.length, quality: g.quality };
    const better =
      !best ||
      cand.occurrences > best.occurrences ||
      (cand.occurrences === best.occurrences && (cand.quality > best.quality || (cand.quality === best.quality && cand.at < best.at)));
    if (better) best = cand;
  }
  return best ? { name: best.name, at: best.at, occurrences: best.occurrences } : null;
}

/**
 * A department the report names of the kind it speaks for ("市局" → "东莞市公安局"): organisation names that
 * open after a boundary, are departments with a real unit, and end as the self-reference does; the most
 * frequent, the earliest on a tie.
 */
export function departmentNamed(folded: string, self: SelfReference): InferredName | null {
  const counts = new Map<string, InferredName>();
  const boundary = /[\s\0,，。;；:：、《》“”"()（）【】[\]]/u;
  for (let p = 0; p < folded.length; p++) {
    if (p > 0 && !boundary.test(folded[p - 1]!)) continue;
    if (!HAN.test(folded[p] ?? "")) continue;
    const org = orgAtClauseStart(folded, p);
    if (!org || org.kind !== "department" || org.generic || org.units.length === 0) continue;
    if (org.units.some((u) => u.stem === "")) continue;
    const last = org.units[org.units.length - 1]!;
    if (self.unit !== "" && last.suffix !== self.unit) continue;
    if (self.ending && !(org.text.endsWith(self.ending) || (self.ending === "委" && org.text.endsWith("委员会")))) continue;
    const c = counts.get(org.text);
    if (c) c.occurrences++;
    else counts.set(org.text, { name: org.text, at: p, occurrences: 1 });
  }
  let best: InferredName | null = null;
  for (const c of counts.values()) if (!best || c.occurrences > best.occurrences) best = c;
  return best;
}
