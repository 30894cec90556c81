import type { ParseContext } from "../context.js";
import type { Diagnostic, Evidence, Heading, Level, Line, Meta, MetaDetails } from "../model.js";
import { labelShape, collectFields, type Field } from "./fields.js";
import { pageTitleIn } from "./chrome.js";
import { findDate, loneDate, WEEKDAY } from "./dates.js";
import { detectScript, findEncodingDamage } from "./damage.js";
import { governmentName, orgAtClauseStart, parseOrgName, unitsLevel, type OrgName } from "./issuer.js";
import { findReportYear, GUESSED_YEAR_BASES } from "./year.js";
import { departmentNamed, placeNamed, selfOfGeneric, selfReferenceIn, type SelfReference } from "./inference.js";
import {
  CLOSING_PUNCTUATION,
  COUNTY_CITY_CUES,
  CUT_MARKERS,
  TRAILING_CHROME,
  NON_NAME_STARTS,
  OFFICE_PUBLISHERS,
  PREFECTURE_CITY_CUES,
  TITLE_TOPICS,
} from "./vocabulary.js";

/**
 * Metadata of a report from its (chrome-marked) context.
 *
 * Issuer, in order of trust: the title ("XX人民政府关于2022年…的报告", or an organisation line right above a
 * "关于…的报告" line), the signature (an organisation-only line near the end, before the date), the subject of
 * the first sentence ("2023年,XX镇人民政府坚持…"), a labelled title field (信息名称/标题), and last a 发布机构
 * field naming a government (not an office). The host site and 来源 lines are never used. A short candidate
 * ("鲁山人民政府", "城关镇") is completed by a longer candidate containing it. Generic names (我县, 本镇) are skipped.
 */

interface Candidate {
  org: OrgName;
  /** As written in the text. */
  written: string;
  line: number;
  /** Evidence quote. */
  quote: string;
  source: "title" | "byline" | "signature" | "first-sentence" | "title-field" | "publisher" | "inferred";
}

const TITLE_MARK = /报告|总结|情况|要点|方案|解读|计划|意见|通知/u;
const SENTENCE_PUNCT = /[。;；!！?？]/u;
const CLAUSE_SPLIT_G = /[,，;；:：、。!！?？\s\0]+/gu;
const LEADING_YEAR = /^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年度?/u;
const DOC_NO = /([\p{Script=Han}]{1,12})\s*[〔[(【]\s*((?:19|20)\d{2})\s*[〕\])】]\s*(第?\s*\d{1,5})\s*号/u;
/**
 * A line holding the document number alone — or, as an upward document prints it (GB/T 9704), with the signer on
 * the same line ("某政呈〔2024〕3号 签发人:张某").
 */
const DOC_NO_LINE = new RegExp(`^[\\s\\0]*${DOC_NO.source}(?:[\\s\\0]+签发人\\s*[:：]?[\\s\\0]*[\\p{Script=Han}·]{2,8})?[\\s\\0]*$`, "u");
const ORG_WORDS = /政府|党委|委员会|[县市区省州镇乡旗]委|人大|局|厅|办|部|党工委|领导小组|依法治/u;
const MAX_HEAD_LINES = 12;
const MAX_TAIL_LINES = 8;
const MAX_SUBJECT_CLAUSES = 5;
/** "在…的(坚强)领导下", "在…指导下": who leads the subject. Kept short and free of 。 so it stays in one sentence. */
/** A clause that opens with the report speaking of itself: 我委, 本局, 我县, 市局. */
const SELF_AT_START = /^(?:我|本)(街道|委|局|厅|部|办|省|市|县|区|镇|乡)|^([省市县区])局(?!长)/u;
const GUIDANCE_G = /在[^。;；]{1,60}?(?:领导|指导|支持|监督|关心|部署)[^。;；,，]{0,4}下/gu;

const flatHeadings = (hs: readonly Heading[]): Heading[] => hs.flatMap((h) => [h, ...flatHeadings(h.children ?? [])]);
const foldedOf = (ctx: ParseContext, l: Line) => ctx.folded.slice(l.span[0], l.span[1]);
const clean = (s: string) => s.replace(/\0+/gu, "").trim();
/** Trimmed raw text of a line (the evidence quote). */
const quote = (l: Line) => l.raw.trim();
const SNIPPET = 60;
/** A literal excerpt of a line from `start` to the end of its clause (at most SNIPPET characters). */
function snippet(l: Line, start = 0): string {
  const raw = l.raw;
  let a = start;
  while (a < raw.length && /\s/u.test(raw[a]!)) a++;
  let b = Math.min(raw.length, a + SNIPPET);
  const stop = raw.slice(a + 12, b).search(/[,，。;；]/u);
  if (stop !== -1) b = a + 12 + stop;
  return raw.slice(a, b).trim();
}
/** Label and value of a field as written ("产生日期: 2021-01-25"). */
const fieldQuote = (ctx: ParseContext, f: Field) => ctx.text.slice(f.labelOffset, f.offset + f.raw.length).trim();

function isProseLine(f: string): boolean {
  return f.length >= 20 && /[,，。]/u.test(f);
}

const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+[章部])/u;

/** A line that opens with a document number ("浙卫〔2024〕3号《…的报告》"): a page title carrying the 文号, not the title. */
const STARTS_WITH_DOC_NO = /^\s*\p{Script=Han}{1,12}\s*[〔[(【]\s*(?:19|20)\d{2}\s*[〕\])】]/u;

function isTitleLike(f: string): boolean {
  return !HEADING_NUMBER.test(f) && !STARTS_WITH_DOC_NO.test(f) && f.length >= 6 && f.length <= 80 && !/[。:：;；]$/u.test(f) && !f.includes("。") && TITLE_MARK.test(f) && !/[,，]/u.test(f.slice(0, 12));
}

/** The part of a title before 关于 / the year / the topic: who issued it. */
function titlePrefix(title: string): { prefix: string } {
  const cut = [title.indexOf("关于"), title.search(/(?:19|20)\d{2}\s*年|[〇零○一二三四五六七八九]{4}年/u), ...TITLE_TOPICS.map((t) => title.indexOf(t))]
    .filter((i) => i >= 0)
    .reduce((a, b) => Math.min(a, b), title.length);
  return { prefix: title.slice(0, cut) };
}

/** The place named inside a title that opens with 关于 or a year ("关于杭州市2024年度…", "2018年上海市法治…"). */
function titleInnerName(title: string): { name: string; at: number } | null {
  const m = /^(?:关于)?\s*(?:(?:19|20)\d{2}\s*年度?)?\s*/u.exec(title);
  if (!m || m[0].trim() === "") return null;
  const rest = title.slice(m[0].length);
  const org = orgAtClauseStart(rest, 0);
  if (!org || org.generic || org.masked || org.kind === "party") return null;
  return { name: rest.slice(0, org.end), at: m[0].length };
}

function orgOfDelimited(s: string): OrgName | null {
  const org = parseOrgName(s);
  if (!org || org.kind === "party" || org.generic) return null;
  return org;
}

function normalizedIssuer(org: OrgName): string {
  if (org.kind === "government") {
    const last = org.units[org.units.length - 1];
    if (last && last.suffix === "") return `${last.stem}人民政府`;
    return governmentName(org)!;
  }
  return clean(org.text);
}

/** The organisation a line's first sentence opens with, clause by clause ("2023年,在…领导下,XX镇坚持…"). */
function sentenceSubject(line: string): OrgName | { genericOrg: OrgName } | { self: SelfReference } | null {
  // Lost full-width spaces come out as "??" at a line's start: they open no sentence.
  const lead = /^[\s?？\0]*/u.exec(line)![0].length;
  const rest0 = line.slice(lead);
  const stop = rest0.search(/[。!！?？]/u);
  const sentence = " ".repeat(lead) + (stop === -1 ? rest0 : rest0.slice(0, stop));
  const starts: number[] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_SPLIT_G)) {
    if (m.index > start) starts.push(start);
    start = m.index + m[0].length;
  }
  if (start < sentence.length) starts.push(start);
  // "在自治区党委、自治区人民政府的坚强领导下": the bodies in a 在…下 phrase lead the subject, they are not it.
  const guided: Array<[number, number]> = [];
  for (const m of sentence.matchAll(GUIDANCE_G)) guided.push([m.index, m.index + m[0].length]);
  const inGuidance = (p: number) => guided.some(([a, b]) => p >= a && p < b);
  let generic: OrgName | null = null;
  // The subject stands in the first clauses ("2023年,在…的领导下,XX镇…"); later clauses name other bodies.
  for (let p of starts.slice(0, MAX_SUBJECT_CLAUSES)) {
    if (inGuidance(p)) continue;
    const y = LEADING_YEAR.exec(sentence.slice(p));
    if (y) p += y[0].length;
    const rest = sentence.slice(p);
    if (rest === "" || NON_NAME_STARTS.some((w) => rest.startsWith(w))) continue;
    // "我委以…", "本局坚持…", "市局党委带头": the report speaks of itself without a name.
    const selfAt = SELF_AT_START.exec(rest);
    if (selfAt) {
      const k = selfAt[1] ?? `${selfAt[2]!}局`;
      return { self: selfAt[1] && !"委局厅部办".includes(k) ? { kind: "government", unit: k, ending: null, at: p, words: selfAt[0] } : { kind: "department", unit: selfAt[2] ?? "", ending: selfAt[1] ?? "局", at: p, words: selfAt[0] } };
    }
    const org = orgAtClauseStart(sentence, p);
    if (!org || org.kind === "party") continue;
    if (org.generic) {
      // "…、市政府关于…部署", "县政府的坚强领导": a possessive or a list item, not the subject.
      const after = sentence[org.end] ?? "";
      if (generic === null && !"的关和与及".includes(after)) generic = org;
      continue;
    }
    return org;
  }
  return generic ? { genericOrg: generic } : null;
}

/** The core name a candidate stands for (without organ), used to complete a short candidate by a longer one. */
function core(org: OrgName): string {
  return org.units.map((u) => u.stem + u.suffix).join("");
}

export function extractMeta(
  ctx: ParseContext,
  headings: Heading[],
): { meta: Meta; details: MetaDetails; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const evidence: Record<string, Evidence> = {};
  const lines = ctx.lines;
  const folded = lines.map((l) => foldedOf(ctx, l));
  const chromeLines = lines.filter((l) => l.chrome && l.raw.trim() !== "").map((l) => l.line);
  const body = lines.filter((l) => !l.chrome && l.raw.trim() !== "");
  const bodyFolded = (l: Line) => clean(folded[l.line - 1]!);

  // ── labelled fields: chrome lines, and any line that starts with a label ──
  const fieldLines = lines.filter((l) => l.raw.trim() !== "" && (l.chrome || labelShape(folded[l.line - 1]!).leading));
  const fields = collectFields(ctx, fieldLines).filter((f) => !/今天|当前时间|现在是/u.test(folded[f.line - 1]!));
  const fieldOf = (kind: Field["kind"]) => fields.filter((f) => f.kind === kind);

  // ── the head of the body: title, addressee, document number, first prose line ──
  const head = body.slice(0, MAX_HEAD_LINES);
  let title: Evidence | null = null;
  let titleText: string | null = null;
  let titleOrgLine: Line | null = null;
  let firstProse: Line | null = null;
  let addressee: string | null = null;
  let documentNumber: string | null = null;
  /** Organisation-only lines of the head after the title ("杭州市人民政府" under the title): the author's byline. */
  const bylines: Line[] = [];
  for (let i = 0; i < head.length; i++) {
    const l = head[i]!;
    const f = bodyFolded(l);
    if (title !== null && f.length <= 30 && !SENTENCE_PUNCT.test(f) && !/[,，:：]/u.test(f) && orgOfDelimited(f)) {
      bylines.push(l);
      continue;
    }
    if (isProseLine(f) && !(f.length <= 40 && /[:：]$/u.test(f))) {
      firstProse = l;
      break;
    }
    if (title === null && isTitleLike(f)) {
      const prev = head[i - 1];
      const { prefix } = titlePrefix(f);
      // A two-line title: "赵县人民政府" above "关于2022年法治政府建设情况的报告".
      if (clean(prefix) === "" && prev && orgOfDelimited(bodyFolded(prev))) {
        titleOrgLine = prev;
        title = { line: prev.line, text: `${quote(prev)}${quote(l)}` };
        titleText = `${bodyFolded(prev)}${f}`;
      } else {
        title = { line: l.line, text: quote(l) };
        titleText = f;
      }
      continue;
    }
    if (addressee === null && /[:：]$/u.test(f) && f.length <= 40 && ORG_WORDS.test(f) && !labelShape(f).leading) {
      addressee = f.replace(/[:：]$/u, "").trim();
      evidence.addressee = { line: l.line, text: quote(l) };
      continue;
    }
    if (documentNumber === null) {
      const f = folded[l.line - 1]!;
      const n = DOC_NO_LINE.test(f) ? DOC_NO.exec(f) : null;
      if (n) {
        documentNumber = l.raw.slice(n.index, n.index + n[0].length);
        evidence.documentNumber = { line: l.line, text: quote(l) };
      }
    }
  }
  if (title === null) {
    const t = fieldOf("title").find((f) => isTitleLike(f.value));
    if (t) {
      title = { line: t.line, text: t.raw.trim() };
      titleText = t.value;
    }
  }
  if (title === null) {
    // A mirror's page-title line ("《…报告》是…发布的通知。") is chrome, but may be the only place the title is written.
    for (const l of lines) {
      if (!l.chrome) continue;
      const f = folded[l.line - 1]!;
      const at = pageTitleIn(f);
      if (!at || !isTitleLike(clean(f.slice(...at)))) continue;
      title = { line: l.line, text: l.raw.slice(...at).trim() };
      titleText = clean(f.slice(...at));
      break;
    }
  }
  if (title) evidence.title = title;
  if (documentNumber === null) {
    for (const f of fieldOf("documentNumber")) {
      const m = DOC_NO.exec(f.value);
      if (!m) continue;
      documentNumber = ctx.text.slice(f.offset + m.index, f.offset + m.index + m[0].length);
      evidence.documentNumber = { line: f.line, text: fieldQuote(ctx, f) };
      break;
    }
  }

  // ── the tail: signature, date line ──
  let signature: Line | null = null;
  let tailDate: { iso: string; line: Line } | null = null;
  const tail = body.slice(Math.max(0, body.length - MAX_TAIL_LINES));
  for (let i = tail.length - 1; i >= 0; i--) {
    const l = tail[i]!;
    const f = bodyFolded(l);
    const d = loneDate(f);
    if (d !== null) {
      if (WEEKDAY.test(f)) continue;
      if (tailDate === null) tailDate = { iso: d, line: l };
      continue;
    }
    if (/^[(（【[].{0,20}[)）】\]]$/u.test(f)) continue; // "(此件公开发布)"
    if (f.length <= 40 && !SENTENCE_PUNCT.test(f) && !/[,，]/u.test(f)) {
      if (orgOfDelimited(f)) {
        signature ??= l;
        continue;
      }
      if (parseOrgName(f)?.kind === "party") continue;
    }
    if (isProseLine(f) || f.length > 40) break;
  }

  // ── issuer candidates ──
  const candidates: Candidate[] = [];
  let genericSubject = false;
  /** How the report refers to itself when it names no issuer ("省人民政府", "县政府", "我委"). */
  let self: SelfReference | null = null;
  const push = (s: string, raw: string, line: number, source: Candidate["source"], evidenceText: string) => {
    const org = orgOfDelimited(s);
    if (org) candidates.push({ org, written: clean(raw.slice(org.start, org.end)), line, quote: evidenceText, source });
    else if (!self) {
      const generic = parseOrgName(s);
      if (generic?.generic) self = selfOfGeneric(generic, -1);
    }
  };
  if (title && titleText) {
    if (titleOrgLine) push(bodyFolded(titleOrgLine), quote(titleOrgLine), titleOrgLine.line, "title", title.text);
    else {
      const { prefix } = titlePrefix(titleText);
      const titleLine = lines[title.line - 1]!;
      const rawTitle = title.line === titleLine.line && titleLine.chrome ? title.text : quote(titleLine);
      if (clean(prefix)) push(prefix, rawTitle.length === titleText.length ? rawTitle : prefix, title.line, "title", title.text);
      else {
        // "关于杭州市2024年度…的报告", "2018年上海市法治政府建设情况的报告": the place stands after 关于 or the year.
        const inner = titleInnerName(titleText);
        if (inner) push(inner.name, rawTitle.length === titleText.length ? rawTitle.slice(inner.at, inner.at + inner.name.length) : inner.name, title.line, "title", title.text);
      }
    }
  }
  for (const l of bylines) push(bodyFolded(l), quote(l), l.line, "byline", quote(l));
  if (signature) push(bodyFolded(signature), quote(signature), signature.line, "signature", quote(signature));
  const proseLines = body.filter((l) => isProseLine(bodyFolded(l)) && (firstProse === null || l.line >= firstProse.line)).slice(0, 2);
  const firstSentenceLine = proseLines[0] ?? null;
  // The subject of the first sentence of the first (or second) prose paragraph.
  for (const pl of proseLines) {
    const org = sentenceSubject(folded[pl.line - 1]!);
    if (org && "self" in org) {
      self ??= { ...org.self, at: pl.span[0] + org.self.at };
      continue;
    }
    if (org && "genericOrg" in org) {
      genericSubject = true;
      self ??= selfOfGeneric(org.genericOrg, pl.span[0] + org.genericOrg.start);
      continue;
    }
    if (!org) continue;
    candidates.push({
      org,
      written: ctx.text.slice(pl.span[0] + org.start, pl.span[0] + org.end),
      line: pl.line,
      quote: snippet(pl, org.start),
      source: "first-sentence",
    });
    break;
  }
  for (const f of fieldOf("title")) {
    const { prefix } = titlePrefix(f.value);
    if (clean(prefix)) push(prefix, f.raw.length === f.value.length ? f.raw : prefix, f.line, "title-field", fieldQuote(ctx, f));
  }
  for (const f of fieldOf("publisher")) {
    const v = clean(f.value);
    if (OFFICE_PUBLISHERS.some((o) => v === o || v.endsWith(o))) continue;
    const org = orgOfDelimited(v);
    if (org?.kind === "government") push(v, f.raw.trim().length === v.length ? f.raw.trim() : v, f.line, "publisher", fieldQuote(ctx, f));
  }

  let chosen: Candidate | null = null;
  for (const c of candidates) {
    if (c.org.masked) continue;
    chosen = c;
    break;
  }
  if (chosen) {
    // Complete a short name by a longer candidate of the same kind: "鲁山人民政府" (no unit) ← "鲁山县人民政府";
    // "城关镇" ← "XX县城关镇" (same last unit, a prefix added). A different last unit is a conflict, not a completion.
    const own = chosen.org;
    const ownCore = core(own);
    const last = own.units[own.units.length - 1];
    for (const c of candidates) {
      if (c === chosen || c.org.masked || c.org.kind !== own.kind) continue;
      const other = core(c.org);
      if (other.length <= ownCore.length) continue;
      const completes = last?.suffix === "" ? other.startsWith(last.stem) : ownCore !== "" && other.endsWith(ownCore);
      if (completes) {
        chosen = c;
        break;
      }
    }
  }
  const maskedOnly = chosen === null && candidates.some((c) => c.org.masked);

  // ── inference: a report that never writes its issuer's name ("省人民政府", "市政府", "我委") ──
  const inferred: NonNullable<MetaDetails["inferred"]> = [];
  const lineAt = (offset: number) => lines.find((l) => l.span[0] <= offset && offset <= l.span[1]) ?? null;
  let selfEvidence: Evidence | null = null;
  if (chosen === null && !maskedOnly) {
    // The body's folded text with chrome lines blanked: offsets stay those of ctx.text.
    let bodyText = ctx.folded;
    for (const l of lines) if (l.chrome) bodyText = bodyText.slice(0, l.span[0]) + " ".repeat(l.span[1] - l.span[0]) + bodyText.slice(l.span[1]);
    self ??= selfReferenceIn(bodyText);
    if (self) {
      const sl = self.at >= 0 ? lineAt(self.at) : title ? lines[title.line - 1]! : null;
      selfEvidence = sl ? { line: sl.line, text: self.at >= 0 ? snippet(sl, Math.max(0, self.at - sl.span[0])) : quote(sl) } : null;
      const named = self.kind === "government" ? placeNamed(bodyText, self.unit) : departmentNamed(bodyText, self);
      const org: OrgName | null = !named
        ? null
        : self.kind === "government"
          ? { kind: "government", units: [{ stem: named.name.slice(0, -self.unit.length), suffix: self.unit }], text: named.name, start: 0, end: named.name.length, masked: false, generic: false }
          : parseOrgName(named.name);
      const nl = named ? lineAt(named.at) : null;
      if (named && org && !org.generic && !org.masked && org.kind === self.kind && nl) {
        const written = ctx.text.slice(named.at, named.at + named.name.length);
        chosen = { org, written, line: nl.line, quote: snippet(nl, Math.max(0, named.at - nl.span[0] - 6)), source: "inferred" };
        inferred.push({
          field: "issuer",
          basis: "place-named-in-text",
          note: {
            zh: `报告未写明报告主体全称(自称“${self.words}”),按正文中的“${written}”推定。`,
            en: `The report does not write its issuer's full name (it says “${self.words}”); inferred from “${written}” in the text.`,
          },
          evidence: [...(selfEvidence ? [selfEvidence] : []), { line: nl.line, text: chosen.quote }],
        });
      }
    }
  }

  // ── level ──
  const addresseeOrg = addressee ? parseOrgName(addressee) : null;
  /**
   * A 市 not placed under another city by its own name: county-level when addressed to another 市/州/盟
   * government or when the text speaks of its towns and streets (镇(街道), 区镇, 县级市), prefecture-level when it
   * speaks of counties under it (县(市、区), 市县两级, 各县) — and by default.
   */
  let levelEvidence: Evidence | null = null;
  const lineOfOffset = (offset: number) => lines.find((l) => l.span[0] <= offset && offset <= l.span[1]) ?? null;
  const cueEvidence = (cue: string): Evidence | null => {
    const at = ctx.folded.indexOf(cue);
    const l = at === -1 ? null : lineOfOffset(at);
    return l ? { line: l.line, text: snippet(l, Math.max(0, at - l.span[0] - 10)) } : null;
  };
  const cityEvidence = (): "city" | "county" => {
    if (!chosen) return "city";
    const own = core(chosen.org);
    if (addresseeOrg?.kind === "government") {
      const a = addresseeOrg.units[addresseeOrg.units.length - 1];
      if (a && (a.suffix === "市" || a.suffix === "州" || a.suffix === "盟") && core(addresseeOrg) !== own) {
        levelEvidence = evidence.addressee ?? null;
        return "county";
      }
    }
    // A cue inside a longer one found ("镇(街道)" in "各镇(街道)") is the same mention, counted once.
    const found = (cues: readonly string[]) => {
      const hits = cues.filter((c) => ctx.folded.includes(c));
      return hits.filter((c) => !hits.some((o) => o !== c && o.includes(c)));
    };
    const countyCues = found(COUNTY_CITY_CUES);
    const cityCues = found(PREFECTURE_CITY_CUES);
    if (countyCues.length > cityCues.length) {
      levelEvidence = cueEvidence(countyCues[0]!);
      return "county";
    }
    if (cityCues.length > 0) levelEvidence = cueEvidence(cityCues[0]!);
    return "city";
  };
  let level: Level | null = null;
  let departmentLevel: MetaDetails["departmentLevel"] = null;
  if (chosen) {
    const lv = unitsLevel(chosen.org.units, cityEvidence);
    if (chosen.org.kind === "department") {
      level = "department";
      departmentLevel = chosen.org.units.length === 0 ? "national" : lv;
    } else level = lv;
  } else if (maskedOnly) {
    const masked = candidates.find((c) => c.org.masked)!;
    const lv = unitsLevel(masked.org.units, () => "city");
    level = masked.org.kind === "department" ? "department" : lv;
  } else if (self) {
    // No name, but the report says what it is: "省政府" is a province, "我委" a department.
    const lv = unitsLevel([{ stem: "", suffix: self.unit }], () => "city");
    if (self.kind === "department") {
      level = "department";
      departmentLevel = self.unit === "" && self.ending === "部" ? "national" : lv;
    } else level = lv;
    if (level) {
      inferred.push({
        field: "level",
        basis: "self-reference",
        note: {
          zh: `报告未写明报告主体名称,层级按其自称“${self.words}”推定。`,
          en: `The report does not name its issuer; the level is inferred from how it refers to itself (“${self.words}”).`,
        },
        evidence: selfEvidence ? [selfEvidence] : [],
      });
      if (selfEvidence) levelEvidence = selfEvidence;
    }
  }

  let issuer: string | null = null;
  let issuerAsWritten: string | null = null;
  if (chosen) {
    issuer = normalizedIssuer(chosen.org);
    issuerAsWritten = chosen.written;
    evidence.issuer = { line: chosen.line, text: chosen.quote };
  }
  const levelQuote = levelEvidence ?? evidence.issuer;
  if (level && levelQuote) evidence.level = levelQuote;

  // ── dates ──
  let signedDate: string | null = null;
  for (const f of fieldOf("signedDate")) {
    const d = findDate(f.value);
    if (d) {
      signedDate = d.iso;
      evidence.signedDate = { line: f.line, text: fieldQuote(ctx, f) };
      break;
    }
  }
  if (signedDate === null && tailDate) {
    signedDate = tailDate.iso;
    evidence.signedDate = { line: tailDate.line.line, text: quote(tailDate.line) };
  }
  let publishedDate: string | null = null;
  for (const f of fieldOf("publishedDate")) {
    const d = findDate(f.value);
    if (d) {
      publishedDate = d.iso;
      evidence.publishedDate = { line: f.line, text: fieldQuote(ctx, f) };
      break;
    }
  }

  // ── report year ──
  const firstHeading = headings[0];
  const yr = findReportYear({
    title: titleText && title ? { text: titleText, line: title.line, quote: title.text } : null,
    firstSentence: firstSentenceLine ? { text: folded[firstSentenceLine.line - 1]!, line: firstSentenceLine.line, quote: snippet(firstSentenceLine) } : null,
    opening: proseLines.map((l) => ({ text: folded[l.line - 1]!, line: l.line, quote: snippet(l) })),
    firstHeading: firstHeading ? { text: firstHeading.text, line: firstHeading.line, quote: firstHeading.raw } : null,
    headings: flatHeadings(headings).map((h) => ({ text: h.text, line: h.line, quote: h.raw.trim() })),
    publishedDate,
    signedDate,
  });
  const reportYear = yr.year;
  if (yr.evidence) evidence.reportYear = yr.evidence;
  diagnostics.push(...yr.diagnostics);
  if (yr.year !== null && yr.basis && GUESSED_YEAR_BASES.includes(yr.basis)) {
    // A guessed year is shown as one, and never by itself exempts a report (the pre-2019 outline needs a stated year).
    const d = yr.diagnostics[yr.diagnostics.length - 1];
    inferred.push({
      field: "reportYear",
      basis: yr.basis,
      note: d?.message ?? { zh: `报告所属年度为推定(${yr.year}年)。`, en: `The report year (${yr.year}) is inferred.` },
      evidence: yr.evidence ? [yr.evidence] : evidence.publishedDate ? [evidence.publishedDate] : evidence.signedDate ? [evidence.signedDate] : [],
    });
  }

  if (addressee) addressee = addressee.replace(/\s+/gu, "");

  // ── script, damage, truncation ──
  const script = detectScript(ctx);
  const encodingDamage = findEncodingDamage(ctx);
  const truncated = isTruncated(ctx, body, folded, signature !== null || tailDate !== null);

  // ── diagnostics ──
  if (chromeLines.length > 0) {
    diagnostics.push({
      code: "page-chrome",
      severity: "info",
      message: {
        zh: `文本含网页栏目、导航或页脚等非正文内容 ${chromeLines.length} 行,已排除在正文之外。`,
        en: `${chromeLines.length} line(s) of web-page furniture (menus, metadata, footers) were set aside from the report body.`,
      },
      line: chromeLines[0],
    });
  }
  for (const d of encodingDamage) {
    diagnostics.push({
      code: "encoding-damage",
      severity: "warning",
      message: {
        zh: "此处文字疑似乱码(编码转换错误),相关内容可能无法正确识别。",
        en: "This passage looks garbled (wrong character encoding); its content may not be read correctly.",
      },
      line: d.line,
      text: d.text,
    });
  }
  if (truncated) {
    const last = body[body.length - 1];
    diagnostics.push({
      code: "truncated",
      severity: "warning",
      message: {
        zh: "报告正文似乎不完整(在句中结束或被网站截断),未找到的内容不一定是报告遗漏。",
        en: "The report text appears incomplete (it ends mid-sentence or was cut off by a website); a part not found may simply be missing from this copy.",
      },
      ...(last ? { line: last.line, text: quote(last).slice(-40) } : {}),
    });
  }
  if (issuer === null) {
    diagnostics.push({
      code: maskedOnly ? "issuer-masked" : "no-issuer",
      severity: "warning",
      message: maskedOnly
        ? { zh: "报告主体名称被隐去(如“xx市”),无法确定报告主体。", en: "The issuer's name is masked (e.g. “xx市”); the issuer cannot be identified." }
        : genericSubject
          ? { zh: "报告仅以“我县/本镇”等自称,未写明报告主体全称。", en: "The report only refers to itself as “我县/本镇” and never names its issuer." }
          : { zh: "未能从标题、落款或正文首句中识别报告主体。", en: "No issuer could be identified from the title, signature or first sentence." },
    });
  }
  if (reportYear === null) {
    diagnostics.push({
      code: "no-report-year",
      severity: "warning",
      message: { zh: "未能确定报告所属年度。", en: "The year the report covers could not be determined." },
    });
  }
  if (script !== "simplified") {
    diagnostics.push({
      code: "script",
      severity: "info",
      message:
        script === "traditional"
          ? { zh: "报告使用繁体字,已转换为简体进行识别,引文保留原文。", en: "The report is in Traditional script; it was folded to Simplified for matching, quotes keep the original." }
          : { zh: "报告繁简字混用,已统一转换为简体进行识别。", en: "The report mixes Traditional and Simplified script; it was folded to Simplified for matching." },
    });
  }

  const meta: Meta = {
    issuer,
    level,
    reportYear,
    addressee,
    documentNumber,
    signedDate,
    publishedDate,
    script,
    pageChrome: chromeLines.length > 0,
    encodingDamage,
    truncated,
  };
  const details: MetaDetails = { title, issuerAsWritten, departmentLevel, evidence, chromeLines, inferred };
  return { meta, details, diagnostics };
}

/**
 * Truncated: the body ends with a cut marker ("…", "...", "展开全文"), or wiki leftovers ("相关词条 热门词条")
 * follow it, or its last line has no closing punctuation and no signature/date follows.
 */
function isTruncated(ctx: ParseContext, body0: readonly Line[], folded: readonly string[], signed: boolean): boolean {
  // Page furniture after the body ("来源:司法局", "附件下载:", "【打印】【关闭】", "实施方案.docx", a date) ends the
  // page, not the report: the body ends at the last line before it.
  let n = body0.length;
  while (n > 0 && TRAILING_CHROME.some((re) => re.test(clean(folded[body0[n - 1]!.line - 1]!)))) n--;
  const body = body0.slice(0, n);
  const last = body[body.length - 1];
  if (!last) return false;
  const tailStart = last.line - 1;
  for (let i = tailStart; i < Math.min(folded.length, tailStart + 12); i++) {
    if (/相关词条|热门词条/u.test(folded[i]!)) return true;
  }
  const f = clean(folded[last.line - 1]!);
  if (CUT_MARKERS.some((m) => f.endsWith(m))) return true;
  if (signed) return false;
  const lastChar = f[f.length - 1] ?? "";
  return !CLOSING_PUNCTUATION.includes(lastChar) && !CLOSING_PUNCTUATION.includes(clean(ctx.text.slice(last.span[0], last.span[1])).slice(-1));
}
