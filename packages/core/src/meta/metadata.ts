import type { ParseContext } from "../context.js";
import type { Diagnostic, Evidence, Heading, Level, Line, Meta, MetaDetails } from "../model.js";
import { labelShape, collectFields, type Field } from "./fields.js";
import { findDate, loneDate, WEEKDAY } from "./dates.js";
import { detectScript, findEncodingDamage } from "./damage.js";
import { governmentName, orgAtClauseStart, parseOrgName, unitsLevel, type OrgName } from "./issuer.js";
import { findReportYear } from "./year.js";
import {
  CLOSING_PUNCTUATION,
  COUNTY_CITY_CUES,
  CUT_MARKERS,
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
  source: "title" | "signature" | "first-sentence" | "title-field" | "publisher";
}

const TITLE_MARK = /报告|总结|情况|要点|方案|解读|计划|意见|通知/u;
const SENTENCE_PUNCT = /[。;；!！?？]/u;
const CLAUSE_SPLIT_G = /[,，;；:：、。!！?？\s\0]+/gu;
const LEADING_YEAR = /^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年度?/u;
const DOC_NO = /([\p{Script=Han}]{1,12})\s*[〔[(【]\s*((?:19|20)\d{2})\s*[〕\])】]\s*(第?\s*\d{1,5})\s*号/u;
const DOC_NO_LINE = new RegExp(`^[\\s\\0]*${DOC_NO.source}[\\s\\0]*$`, "u");
const ORG_WORDS = /政府|党委|委员会|[县市区省州镇乡旗]委|人大|局|厅|办|部|党工委|领导小组|依法治/u;
const MAX_HEAD_LINES = 12;
const MAX_TAIL_LINES = 8;
const MAX_SUBJECT_CLAUSES = 5;

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

function isTitleLike(f: string): boolean {
  return !HEADING_NUMBER.test(f) && f.length >= 6 && f.length <= 80 && !/[。:：;；]$/u.test(f) && !f.includes("。") && TITLE_MARK.test(f) && !/[,，]/u.test(f.slice(0, 12));
}

/** The part of a title before 关于 / the year / the topic: who issued it. */
function titlePrefix(title: string): { prefix: string } {
  const cut = [title.indexOf("关于"), title.search(/(?:19|20)\d{2}\s*年|[〇零○一二三四五六七八九]{4}年/u), ...TITLE_TOPICS.map((t) => title.indexOf(t))]
    .filter((i) => i >= 0)
    .reduce((a, b) => Math.min(a, b), title.length);
  return { prefix: title.slice(0, cut) };
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
function sentenceSubject(line: string): OrgName | "generic" | null {
  const stop = line.search(/[。!！?？]/u);
  const sentence = stop === -1 ? line : line.slice(0, stop);
  const starts: number[] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_SPLIT_G)) {
    if (m.index > start) starts.push(start);
    start = m.index + m[0].length;
  }
  if (start < sentence.length) starts.push(start);
  let generic = false;
  // The subject stands in the first clauses ("2023年,在…的领导下,XX镇…"); later clauses name other bodies.
  for (let p of starts.slice(0, MAX_SUBJECT_CLAUSES)) {
    const y = LEADING_YEAR.exec(sentence.slice(p));
    if (y) p += y[0].length;
    const rest = sentence.slice(p);
    if (rest === "" || NON_NAME_STARTS.some((w) => rest.startsWith(w))) continue;
    const org = orgAtClauseStart(sentence, p);
    if (!org || org.kind === "party") continue;
    if (org.generic) {
      generic = true;
      continue;
    }
    return org;
  }
  return generic ? "generic" : null;
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
  for (let i = 0; i < head.length; i++) {
    const l = head[i]!;
    const f = bodyFolded(l);
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
      const m = DOC_NO_LINE.exec(folded[l.line - 1]!);
      if (m) {
        documentNumber = quote(l);
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
  const push = (s: string, raw: string, line: number, source: Candidate["source"], evidenceText: string) => {
    const org = orgOfDelimited(s);
    if (org) candidates.push({ org, written: clean(raw.slice(org.start, org.end)), line, quote: evidenceText, source });
  };
  if (title && titleText) {
    if (titleOrgLine) push(bodyFolded(titleOrgLine), quote(titleOrgLine), titleOrgLine.line, "title", title.text);
    else {
      const { prefix } = titlePrefix(titleText);
      const titleLine = lines[title.line - 1]!;
      const rawTitle = title.line === titleLine.line && titleLine.chrome ? title.text : quote(titleLine);
      if (clean(prefix)) push(prefix, rawTitle.length === titleText.length ? rawTitle : prefix, title.line, "title", title.text);
    }
  }
  if (signature) push(bodyFolded(signature), quote(signature), signature.line, "signature", quote(signature));
  const proseLines = body.filter((l) => isProseLine(bodyFolded(l)) && (firstProse === null || l.line >= firstProse.line)).slice(0, 2);
  const firstSentenceLine = proseLines[0] ?? null;
  // The subject of the first sentence of the first (or second) prose paragraph.
  for (const pl of proseLines) {
    const org = sentenceSubject(folded[pl.line - 1]!);
    if (org === "generic") {
      genericSubject = true;
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
    const countyCues = COUNTY_CITY_CUES.filter((c) => ctx.folded.includes(c));
    const cityCues = PREFECTURE_CITY_CUES.filter((c) => ctx.folded.includes(c));
    if (countyCues.length > cityCues.length) {
      levelEvidence = cueEvidence(countyCues[0]!);
      return "county";
    }
    if (cityCues.length > 0) levelEvidence = cueEvidence(cityCues[0]!);
    return "city";
  };
  let level: Level | null = null;
  let departmentLevel: Exclude<Level, "department"> | null = null;
  if (chosen) {
    const lv = unitsLevel(chosen.org.units, cityEvidence);
    if (chosen.org.kind === "department") {
      level = "department";
      departmentLevel = lv;
    } else level = lv;
  } else if (maskedOnly) {
    const masked = candidates.find((c) => c.org.masked)!;
    const lv = unitsLevel(masked.org.units, () => "city");
    level = masked.org.kind === "department" ? "department" : lv;
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
    firstHeading: firstHeading ? { text: firstHeading.text, line: firstHeading.line, quote: firstHeading.raw } : null,
    publishedDate,
    signedDate,
  });
  const reportYear = yr.year;
  if (yr.evidence) evidence.reportYear = yr.evidence;
  diagnostics.push(...yr.diagnostics);

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
  const details: MetaDetails = { title, issuerAsWritten, departmentLevel, evidence, chromeLines };
  return { meta, details, diagnostics };
}

/**
 * Truncated: the body ends with a cut marker ("…", "...", "展开全文"), or wiki leftovers ("相关词条 热门词条")
 * follow it, or its last line has no closing punctuation and no signature/date follows.
 */
function isTruncated(ctx: ParseContext, body: readonly Line[], folded: readonly string[], signed: boolean): boolean {
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
