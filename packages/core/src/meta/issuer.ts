import type { Level } from "../model.js";
import {
  CLAUSE_VERBS,
  DEPARTMENT_FALSE_FRIENDS,
  STEM_STOP_WORDS,
  DEPARTMENT_SUFFIXES,
  GENERIC_STEM_CHARS,
  MASK_CHARS,
  MUNICIPALITIES,
  PARTY_MARKERS,
  UNIT_FALSE_FRIENDS,
  UNIT_SUFFIXES,
} from "./vocabulary.js";

/**
 * Names of governments and departments, parsed from folded (Simplified) text:
 * a chain of administrative units ("南京市" "江宁区"), then an organ ("人民政府", "政府", "街道办事处"),
 * a department ("公安局", "司法局"), or a Party committee ("县委"). Each unit is a short stem plus a suffix
 * from UNIT_SUFFIXES, found lazily (the first suffix after at least one stem character), so "城关镇深入…"
 * yields "城关镇". "州"/"乡" followed by 市/县/区/旗 belong to the stem ("常州市", "新乡市").
 */

export interface Unit {
  stem: string;
  suffix: string;
}
export type UnitLevel = (typeof UNIT_SUFFIXES)[number]["level"];

export interface OrgName {
  kind: "government" | "department" | "party";
  units: Unit[];
  /** The name in the input (folded), from its start to `end`. */
  text: string;
  start: number;
  end: number;
  /** A unit stem is masked ("xx市", "**区", "某县"). */
  masked: boolean;
  /** No real name: "我县", "本镇", "县人民政府", "市政府". */
  generic: boolean;
}

const SUFFIXES = [...UNIT_SUFFIXES].sort((a, b) => b.suffix.length - a.suffix.length);
const SINGLE_SUFFIX = new Set(UNIT_SUFFIXES.filter((u) => u.suffix.length === 1).map((u) => u.suffix));
const ORGANS = ["人民政府", "街道办事处", "办事处", "政府"];
const DEPT_SUFFIXES = [...DEPARTMENT_SUFFIXES].sort((a, b) => b.length - a.length);
const MAX_STEM = 8;
const HAN = /\p{Script=Han}/u;
/** Characters no place-name stem contains (particles, organ and department words). */
const NOT_IN_STEM = "的了是局厅委府在";
const isNameChar = (c: string | undefined) => c !== undefined && !NOT_IN_STEM.includes(c) && (HAN.test(c) || MASK_CHARS.includes(c));

function suffixAt(s: string, j: number): string | null {
  for (const ff of UNIT_FALSE_FRIENDS) if (s.startsWith(ff, j)) return null;
  for (const u of SUFFIXES) if (s.startsWith(u.suffix, j)) return u.suffix;
  return null;
}

/** A stem that is a phrase, not a name: it holds 中央 or a word that starts a clause ("紧扣中央和省"). */
const notAStem = (stem: string) => /中央|国务院|党中央/u.test(stem) || CLAUSE_VERBS.some((w) => stem.startsWith(w)) || STEM_STOP_WORDS.some((w) => stem.includes(w));

function unitAt(s: string, p: number): { unit: Unit; end: number } | null {
  for (let j = p + 1; j <= p + MAX_STEM && j < s.length; j++) {
    if (!isNameChar(s[j - 1])) return null;
    const suffix = suffixAt(s, j);
    if (suffix === null) continue;
    let stem = s.slice(p, j);
    let end = j + suffix.length;
    if (notAStem(stem)) return null;
    // "自治区", "自治州", "自治县": the 自治 belongs to the suffix; "自治区" alone is a bare unit (no name).
    if (stem.endsWith("自治") && "区州县旗".includes(suffix)) return { unit: { stem: stem.slice(0, -2), suffix: `自治${suffix}` }, end };
    // "常州市", "新乡市", "通州区": 州/乡 right before 市/县/区/旗 is part of the stem.
    if ((suffix === "州" || suffix === "乡") && "市县区旗".includes(s[end] ?? "") && !s.startsWith("市场", end)) {
      stem += suffix;
      const next = s[end]!;
      end += 1;
      return { unit: { stem, suffix: next }, end };
    }
    return { unit: { stem, suffix }, end };
  }
  return null;
}

/** A bare unit character used as "our own level" ("县公安局", "市政府", "区委"). */
function bareUnitAt(s: string, p: number): { unit: Unit; end: number } | null {
  for (const a of ["自治区", "自治州", "自治县"]) if (s.startsWith(a, p)) return { unit: { stem: "", suffix: a }, end: p + a.length };
  const c = s[p];
  if (c === undefined || !SINGLE_SUFFIX.has(c) || suffixAt(s, p) === null) return null;
  return { unit: { stem: "", suffix: c }, end: p + 1 };
}

const isGenericStem = (stem: string) => stem === "" || Array.from(stem).every((c) => GENERIC_STEM_CHARS.includes(c));
const isMasked = (stem: string) => Array.from(stem).some((c) => MASK_CHARS.includes(c));

function organAt(s: string, p: number): string | null {
  for (const o of ORGANS) if (s.startsWith(o, p)) return o;
  return null;
}

function partyAt(s: string, p: number): boolean {
  return s.startsWith("委", p) || s.startsWith("党委", p) || s.startsWith("党工委", p);
}

/**
 * The end of a department name starting at `p` ("公安局", "人力资源和社会保障局", "卫生健康委", "卫生健康委员会"):
 * the first department ending within `maxCore` characters, over characters a name can hold (no particles or
 * clause verbs: "深入学习…局" is no name).
 */
function departmentEnd(s: string, p: number, maxCore: number): number | null {
  const stop = Math.min(s.length, p + maxCore);
  for (let j = p + 1; j <= stop; j++) {
    const c = s[j - 1]!;
    if (!HAN.test(c) || NOT_IN_DEPARTMENT.includes(c)) return null;
    const core = s.slice(p, j);
    if (j === p + 1 && "局厅委部署".includes(c)) return null; // "市局党委": 局 is the department word itself
    if (!DEPT_SUFFIXES.some((d) => core.endsWith(d) && core.length > d.length)) continue;
    if (DEPARTMENT_FALSE_FRIENDS.some((f) => core.endsWith(f) || s.startsWith(f, j - 1))) continue;
    if (CLAUSE_VERBS.some((w) => core.startsWith(w))) return null;
    // "委" is the short form of "委员会": take the long form when it is written.
    if (core.endsWith("委") && s.startsWith("员会", j)) return j + 2;
    return j;
  }
  return null;
}
/** Characters no department name holds (particles, verbs that start a clause). */
const NOT_IN_DEPARTMENT = "的了是在以坚持深贯按认紧着把将对为于向从";
const MAX_DEPARTMENT = 14;
/** Offices of a government: "XX县人民政府办公室" is a department (the office), not the government. */
const GOVERNMENT_OFFICES = ["办公室", "办公厅"];

/**
 * A department without a unit: a ministry or national commission ("司法部", "自然资源部", "原环境保护部",
 * "国家卫生健康委"). Only 部, or 国家… with a department ending, so an ordinary word is not taken for one.
 */
function nationalDepartmentAt(s: string, p: number): number | null {
  const q = s.startsWith("原", p) ? p + 1 : p;
  const end = departmentEnd(s, q, 10);
  if (end === null || end - q < 3) return null;
  const name = s.slice(q, end);
  if (name.endsWith("部") || (name.startsWith("国家") && /(?:委员会|委|局|署)$/u.test(name))) return end;
  return null;
}

function build(kind: OrgName["kind"], s: string, start: number, end: number, units: Unit[]): OrgName {
  return {
    kind,
    units,
    text: s.slice(start, end),
    start,
    end,
    masked: units.some((u) => isMasked(u.stem)),
    // A department under a bare unit ("县公安局") is named enough; a government needs a real stem.
    generic: kind === "government" && units.length > 0 && units.every((u) => isGenericStem(u.stem)),
  };
}

/**
 * The organisation a clause starts with ("城东镇人民政府坚持…", "城关镇深入践行…", "县公安局坚持…").
 * Units after the first are taken only when short and name-like, or when an organ follows them.
 */
export function orgAtClauseStart(s: string, p = 0): OrgName | null {
  const first = unitAt(s, p) ?? bareUnitAt(s, p);
  if (!first) {
    const national = nationalDepartmentAt(s, p);
    return national === null ? null : build("department", s, p, national, []);
  }
  const units = [first.unit];
  let end = first.end;
  for (;;) {
    const next = unitAt(s, end);
    if (!next) break;
    const ok =
      organAt(s, next.end) !== null || (next.unit.stem.length <= 3 && !Array.from(next.unit.stem).some((c) => "全各我本该每治".includes(c)));
    if (!ok) break;
    units.push(next.unit);
    end = next.end;
  }
  const organ = organAt(s, end);
  if (organ) {
    const office = GOVERNMENT_OFFICES.find((o) => s.startsWith(o, end + organ.length));
    if (office) return build("department", s, p, end + organ.length + office.length, units);
    return build("government", s, p, end + organ.length, units);
  }
  if (partyAt(s, end)) return null;
  const dept = departmentEnd(s, end, MAX_DEPARTMENT);
  if (dept !== null) return build("department", s, p, dept, units);
  if (units[0]!.stem === "") return null; // a bare "县"/"市" is no subject on its own
  return build("government", s, p, end, units);
}

/**
 * A delimited organisation name (a title's prefix, a signature line, a labelled field): the whole string
 * is the name. Joint names ("中共浚县县委 浚县人民政府") give the government.
 */
export function parseOrgName(input: string): OrgName | null {
  const parts = input
    .split(/[\s\0、,，和与及]+/u)
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap(splitJoint);
  let best: OrgName | null = null;
  let offset = 0;
  for (const part of parts) {
    const at = input.indexOf(part, offset);
    offset = at + part.length;
    const org = parseWholeName(part);
    if (!org) continue;
    const shifted = { ...org, start: org.start + at, end: org.end + at };
    if (org.kind === "government") return shifted;
    if (org.kind === "department" && best === null) best = shifted;
  }
  return best;
}

/** "中共XX乡党委XX乡人民政府" written without a space: the Party committee, then the government. */
const JOINT_RUN_TOGETHER = /^(?:中共|中国共产党)\p{Script=Han}{1,16}?(?:党工委|党委|委员会|[省市县区州旗镇乡]委)(?=\p{Script=Han}{2,}(?:人民政府|政府|办事处)$)/u;
function splitJoint(part: string): string[] {
  const m = JOINT_RUN_TOGETHER.exec(part);
  return m ? [m[0], part.slice(m[0].length)] : [part];
}

function parseWholeName(s0: string): OrgName | null {
  let p = 0;
  for (const m of ["中国共产党", "中共"]) if (s0.startsWith(m)) p = m.length;
  const s = s0;
  const units: Unit[] = [];
  let end = p;
  for (;;) {
    const next = unitAt(s, end) ?? (units.length === 0 ? bareUnitAt(s, end) : null);
    if (!next) break;
    // A unit may not swallow an organ or department word ("鲁山人民政府" has no unit).
    if (/人民政|政府|办事处/u.test(next.unit.stem)) break;
    units.push(next.unit);
    end = next.end;
  }
  const rest = s.slice(end);
  if (p > 0 || partyAt(s, end) || PARTY_MARKERS.some((m) => s.startsWith(m))) return build("party", s, 0, s.length, units);
  if (rest === "" && units.length > 0 && units[units.length - 1]!.stem !== "") return build("government", s, 0, s.length, units);
  if (units.length > 0 && ORGANS.some((o) => GOVERNMENT_OFFICES.some((x) => rest === o + x))) return build("department", s, 0, s.length, units);
  if (units.length === 0 && p === 0) {
    const national = nationalDepartmentAt(s, 0);
    if (national === s.length) return build("department", s, 0, s.length, []);
  }
  const organ = ORGANS.find((o) => rest === o);
  if (organ) {
    if (units.length > 0) return build("government", s, 0, s.length, units);
    return null;
  }
  if (units.length === 0) {
    // "鲁山人民政府": a name without its unit suffix.
    const o = ORGANS.find((x) => s.endsWith(x));
    if (o && s.length - o.length >= 2 && Array.from(s.slice(0, s.length - o.length)).every((c) => HAN.test(c))) {
      return build("government", s, 0, s.length, [{ stem: s.slice(0, s.length - o.length), suffix: "" }]);
    }
  }
  if (rest.length >= 2 && rest.length <= 16 && !/人民政府|政府/u.test(rest) && DEPT_SUFFIXES.some((d) => rest.endsWith(d)) && Array.from(rest).every((c) => HAN.test(c))) {
    if (DEPARTMENT_FALSE_FRIENDS.some((f) => rest === f)) return null;
    return build("department", s, 0, s.length, units);
  }
  return null;
}

/** "南京市江宁区" + 人民政府; a 街道 gets 街道办事处. Null for departments and parties. */
export function governmentName(org: OrgName): string | null {
  if (org.kind !== "government") return null;
  const base = org.units.map((u) => u.stem + u.suffix).join("");
  const last = org.units[org.units.length - 1];
  return last?.suffix === "街道" ? `${base}办事处` : `${base}人民政府`;
}

const LEVEL_OF = new Map(UNIT_SUFFIXES.map((u) => [u.suffix, u.level] as const));

/**
 * Level of a chain of units. A 市 is a province when it is a 直辖市, county-level when it sits under another
 * city ("XX市XX市", "XX州XX市"), and otherwise whatever `cityEvidence` says (prefecture-level by default).
 */
export function unitsLevel(units: readonly Unit[], cityEvidence: () => "city" | "county"): Exclude<Level, "department"> | null {
  const last = units[units.length - 1];
  if (!last || last.suffix === "") return null;
  const level = LEVEL_OF.get(last.suffix);
  if (level === undefined) return null;
  if (level !== "ambiguous-city") return level;
  if (units.length === 1 && MUNICIPALITIES.includes(last.stem)) return "province";
  const prev = units[units.length - 2];
  if (prev) {
    const pl = LEVEL_OF.get(prev.suffix);
    if (pl === "ambiguous-city" || pl === "city") return MUNICIPALITIES.includes(prev.stem) ? "city" : "county";
  }
  return cityEvidence();
}
