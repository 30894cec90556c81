import type { ParseContext } from "../context.js";
import type { Heading, HeadingStyle, Line } from "../model.js";
import { firstSentenceEnd, isSpaceOrMask } from "./punctuation.js";

/**
 * The heading tree. Patterns are matched against `ctx.folded` (Simplified, half-width, watermarks masked
 * with \0) and every string is quoted from `ctx.text`, so `text.slice(span) === raw` holds.
 *
 * Three passes, all linear in the text:
 *  1. per body line, collect numbering candidates at the line start and after a sentence/clause boundary
 *     in mid-line (flattened headings, run-in ordinals), and lines shaped like an unnumbered run-in title;
 *  2. validate run-in ordinal sequences (一是 needs a 二是 after it, 三是 needs a 二是 before it) and keep
 *     unnumbered run-in titles only where several consecutive paragraphs share the shape;
 *  3. walk the candidates in document order and place each in the tree with a stack: a style already open
 *     on the stack closes back to that level (sibling), a new style nests under the current heading —
 *     Markdown-style levels inferred from the order in which styles appear.
 */

// ---------------------------------------------------------------------------------------------------
// Vocabulary and patterns

/** Chinese numerals used in heading numbers. */
const CN_NUMERAL = "一二三四五六七八九十";
const CN_VALUE: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Chapter-like units: 第一章 / 第一部分 / 第一篇. */
const CHAPTER_UNITS = ["章", "部分", "篇"];

/**
 * Boundaries after which a numbered heading may start in mid-line (flattened text): sentence ends,
 * colon, semicolon and whitespace (folded view: full-width already half-width).
 */
const HEADING_BOUNDARY = new Set(["。", ":", ";", "!", "?", "…", " ", "\t"]);
/** Run-in ordinals (一是…二是…) also follow a comma or an enumeration comma. */
const ORDINAL_BOUNDARY = new Set([...HEADING_BOUNDARY, ",", "、"]);

/** A line ending in one of these ends a sentence or clause: the next line is not a mid-word continuation. */
const LINE_END_PUNCT = new Set([..."。:;!?…,、.)]”’》」』〕】"]);

/** First-sentence limits for an unnumbered run-in title ("依法高效履行政府职能。今年以来,…"). */
const RUN_IN_TITLE_MIN = 4;
const RUN_IN_TITLE_MAX = 30;
/** Characters that make a first sentence a clause of running text rather than a title. */
const RUN_IN_TITLE_FORBIDDEN = new Set([",", ":", ";", "?", "!"]);
/** Run-in titles need at least this many consecutive paragraphs of the same shape. */
const RUN_IN_TITLE_MIN_RUN = 2;

/**
 * After "一、" another numeral followed by one of these is an enumeration in running text
 * ("一、二类企业", "一、二级", "一、二、三"), not a heading.
 */
const ENUMERATION_NEXT = "、,是类级档批等期次线号";

const SP = "[ \\t]*";
const CN = `[${CN_NUMERAL}]{1,3}`;
interface Pattern {
  style: HeadingStyle;
  re: RegExp;
}
/** Tried in this order at a candidate position (sticky, on the folded text; group 1 = the number). */
const PATTERNS: readonly Pattern[] = [
  {
    style: "chapter",
    re: new RegExp(`第([${CN_NUMERAL}百零〇两]{1,4}|\\d{1,2})${SP}(?:${CHAPTER_UNITS.join("|")})${SP}[、:.]?${SP}`, "yd"),
  },
  { style: "cn-paren", re: new RegExp(`\\(${SP}(${CN})${SP}\\)${SP}`, "yd") },
  { style: "arabic-paren", re: new RegExp(`\\(${SP}(\\d{1,2})${SP}\\)${SP}`, "yd") },
  { style: "run-in-ordinal", re: new RegExp(`(${CN})是`, "yd") },
  { style: "cn-paren", re: new RegExp(`(${CN})\\)${SP}`, "yd") }, // malformed 一)
  { style: "arabic-paren", re: new RegExp(`(\\d{1,2})\\)${SP}`, "yd") },
  // 一、 (not an enumeration such as 一、二类 / 一、二级); a mirror's stray comma before the mark ("一,、") is damage
  { style: "cn-comma", re: new RegExp(`(${CN})${SP},?${SP}[、.]${SP}(?![${CN_NUMERAL}]${SP}(?:[${ENUMERATION_NEXT}]|$))`, "yd") },
  // 1. / 1、 / 1． — not a decimal (1.5万), a date (2023.1) or a range (3、4月)
  { style: "arabic-dot", re: new RegExp(`(\\d{1,2})${SP}[.、](?![\\d.])${SP}`, "yd") },
];
/** Characters a numbering can start with (cheap pre-filter before trying the patterns). */
/** Char codes a heading number can start with (tested per character of every line: codes, not strings). */
const CAN_START: ReadonlySet<number> = new Set([..."第(0123456789", ...CN_NUMERAL].map((c) => c.charCodeAt(0)));

const RUN_IN: ReadonlySet<HeadingStyle> = new Set(["run-in-ordinal", "run-in-title"]);

// ---------------------------------------------------------------------------------------------------
// Numbers

/** Chinese numeral (一…九十九, 百) or Arabic digits → integer; null when not a number. */
export function numeralValue(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch === "十") {
      total += (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else if (ch === "百") {
      total += (digit < 0 ? 1 : digit) * 100;
      digit = -1;
    } else {
      const v = CN_VALUE[ch];
      if (v === undefined) return null;
      digit = digit < 0 ? v : digit * 10 + v;
    }
  }
  if (digit >= 0) total += digit;
  return total;
}

// ---------------------------------------------------------------------------------------------------
// Candidates

interface Candidate {
  style: HeadingStyle;
  /** Offset where the heading starts (its numbering, or the title for unnumbered run-in titles). */
  start: number;
  /** Offset where the title starts. */
  titleStart: number;
  /** The number's span in the text, null for run-in titles. */
  numSpan: [number, number] | null;
  ordinal: number | null;
  atLineStart: boolean;
  /** Whitespace or a mark (、 : .) separates the numbering from the title. */
  separated: boolean;
}

interface BodyLine {
  line: Line;
  /** First offset that is not whitespace or a masked watermark. */
  start: number;
  /** End of the content (trailing whitespace/masks trimmed). */
  end: number;
  candidates: Candidate[];
}

function matchAt(folded: string, pos: number, end: number, midLine: boolean): Candidate | null {
  if (!CAN_START.has(folded.charCodeAt(pos))) return null;
  let prevBoundary = "";
  if (midLine) {
    let q = pos - 1;
    while (q >= 0 && folded[q] === "\0") q--;
    prevBoundary = folded[q] ?? "";
    if (!ORDINAL_BOUNDARY.has(prevBoundary)) return null;
  }
  for (const { style, re } of PATTERNS) {
    if (midLine) {
      const ok = style === "run-in-ordinal" ? ORDINAL_BOUNDARY.has(prevBoundary) : HEADING_BOUNDARY.has(prevBoundary);
      if (!ok) continue;
      // A chapter reference in running text ("第一部分所述") is not a heading.
      if (style === "chapter") continue;
    }
    re.lastIndex = pos;
    const m = re.exec(folded);
    if (!m || m.index !== pos) continue;
    const [ns, ne] = m.indices![1]!;
    const titleStart = pos + m[0].length;
    if (titleStart > end) continue;
    // Needs a title: something other than whitespace/masks before the line ends.
    let t = titleStart;
    while (t < end && isSpaceOrMask(folded[t]!)) t++;
    if (t >= end) continue;
    const ordinal = numeralValue(folded.slice(ns, ne));
    if (ordinal === null || ordinal === 0) continue;
    const separated = t > pos + m[0].length || /[\s、:.)]$/.test(m[0]);
    return { style, start: pos, titleStart: t, numSpan: [ns, ne], ordinal, atLineStart: !midLine, separated };
  }
  return null;
}

/** An unnumbered run-in title at the line start: a short first sentence ending in 。 followed by text. */
function runInTitleAt(folded: string, start: number, end: number): Candidate | null {
  const c = folded[start]!;
  // Not a year or date ("2023年以来,…"), not a numbering.
  if (/[\d(第]/.test(c)) return null;
  if (/^[〇零一二三四五六七八九]{2,4}年/.test(folded.slice(start, start + 6))) return null;
  let n = 0;
  for (let i = start; i < end; i++) {
    const ch = folded[i]!;
    if (ch === "\0" || ch === " " || ch === "\t") continue;
    if (ch === "。") {
      if (n < RUN_IN_TITLE_MIN) return null;
      let j = i + 1;
      while (j < end && (folded[j] === "。" || isSpaceOrMask(folded[j]!))) j++;
      if (j >= end) return null; // nothing follows: not run-in
      return { style: "run-in-title", start, titleStart: start, numSpan: null, ordinal: null, atLineStart: true, separated: false };
    }
    if (RUN_IN_TITLE_FORBIDDEN.has(ch)) return null;
    if (++n > RUN_IN_TITLE_MAX) return null;
  }
  return null;
}

function collectLines(ctx: ParseContext): BodyLine[] {
  const { folded } = ctx;
  const out: BodyLine[] = [];
  for (const line of ctx.lines) {
    if (line.chrome) continue;
    let [s, e] = line.span;
    while (s < e && isSpaceOrMask(folded[s]!)) s++;
    while (e > s && isSpaceOrMask(folded[e - 1]!)) e--;
    if (s >= e) continue;
    const candidates: Candidate[] = [];
    const first = matchAt(folded, s, e, false);
    if (first) candidates.push(first);
    for (let p = first ? first.titleStart : s + 1; p < e; p++) {
      const cand = matchAt(folded, p, e, true);
      if (cand) {
        candidates.push(cand);
        p = cand.titleStart - 1;
      }
    }
    out.push({ line, start: s, end: e, candidates });
  }
  return out;
}

/**
 * 一是 needs a 二是 right after it; N是 needs (N-1)是 right before it. Rejected ones are removed. Exception: a
 * 一是 on the last body line of a text that breaks off there mid-sentence (a truncated excerpt) is kept without
 * its 二是 — the rest of the enumeration was cut off, not never written.
 */
function validateRunInOrdinals(folded: string, lines: BodyLine[]): void {
  const all: Candidate[] = [];
  for (const l of lines) for (const c of l.candidates) if (c.style === "run-in-ordinal") all.push(c);
  const last = lines[lines.length - 1];
  const cutOff = last !== undefined && !endsWithPunct(folded, last) ? new Set(last.candidates) : new Set<Candidate>();
  const rejected = new Set<Candidate>();
  let prev = 0;
  for (let i = 0; i < all.length; i++) {
    const k = all[i]!.ordinal!;
    const next = all[i + 1];
    if ((prev > 0 && k === prev + 1) || (k === 1 && (next?.ordinal === 2 || (next === undefined && cutOff.has(all[i]!))))) prev = k;
    else rejected.add(all[i]!);
  }
  if (rejected.size === 0) return;
  for (const l of lines) l.candidates = l.candidates.filter((c) => !rejected.has(c));
}

/** Unnumbered run-in titles: only where at least RUN_IN_TITLE_MIN_RUN consecutive paragraphs share the shape. */
function addRunInTitles(folded: string, lines: BodyLine[]): void {
  const shaped: (Candidate | null)[] = lines.map((l) => {
    if (l.candidates[0]?.atLineStart) return null;
    return runInTitleAt(folded, l.start, l.end);
  });
  let i = 0;
  while (i < lines.length) {
    if (!shaped[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && shaped[j]) j++;
    if (j - i >= RUN_IN_TITLE_MIN_RUN) {
      for (let k = i; k < j; k++) lines[k]!.candidates.unshift(shaped[k]!);
    }
    i = j;
  }
}

// ---------------------------------------------------------------------------------------------------
// Tree building

interface Open {
  node: Heading;
  style: HeadingStyle;
  ordinal: number | null;
  lineIndex: number;
  /** The heading fills its line (no body text, no other heading). */
  alone: boolean;
}

class TreeBuilder {
  readonly roots: Heading[] = [];
  readonly stack: Open[] = [];
  placedNumbered = false;

  /** Would `style`/`k` continue or start a sequence on the current stack? */
  fits(style: HeadingStyle, k: number | null): boolean {
    let onStack = false;
    for (const o of this.stack) {
      if (o.style !== style) continue;
      onStack = true;
      if (k !== null && o.ordinal === k - 1) return true;
    }
    return k === 1 && !onStack;
  }

  place(node: Heading, style: HeadingStyle, k: number | null, lineIndex: number): Open {
    const { stack } = this;
    // Run-in headings are leaves: a numbered heading never nests under one; a run-in title not under 一是.
    // A chapter (第一章 / 第一部分) is the outermost unit: it only nests under another chapter.
    if (style === "chapter") while (stack.length && stack[stack.length - 1]!.style !== "chapter") stack.pop();
    else if (!RUN_IN.has(style)) while (stack.length && RUN_IN.has(stack[stack.length - 1]!.style)) stack.pop();
    else if (style === "run-in-title")
      while (stack.length && stack[stack.length - 1]!.style === "run-in-ordinal") stack.pop();

    let level = -1;
    let innermost = -1;
    for (let i = stack.length - 1; i >= 0; i--) {
      const o = stack[i]!;
      if (o.style !== style) continue;
      if (innermost < 0) innermost = i;
      if (k !== null && o.ordinal === k - 1) {
        level = i;
        break;
      }
    }
    let duplicate = false;
    if (level < 0 && innermost >= 0) {
      const o = stack[innermost]!;
      // "一、2022年…主要措施" directly followed by "一、强化领导责任…": the repeated number is a sub-level.
      duplicate =
        k !== null && o.ordinal === k && innermost === stack.length - 1 && !RUN_IN.has(style) && o.alone && o.lineIndex === lineIndex - 1;
      if (!duplicate) level = innermost;
    }
    if (level >= 0) stack.length = level;
    const parent = stack[stack.length - 1];
    if (parent) parent.node.children.push(node);
    else this.roots.push(node);
    const open: Open = { node, style, ordinal: k, lineIndex, alone: false };
    stack.push(open);
    if (!RUN_IN.has(style)) this.placedNumbered = true;
    return open;
  }
}

function cleanSlice(ctx: ParseContext, a: number, b: number): string {
  let s = "";
  const { text, folded } = ctx;
  let runStart = a;
  for (let i = a; i < b; i++) {
    if (folded[i] === "\0") {
      s += text.slice(runStart, i);
      runStart = i + 1;
    }
  }
  s += text.slice(runStart, b);
  return s.trim();
}

/** Trailing characters removed from a heading's `text` / `title`. */
const TRAILING_TRIM = /[\s。.:;,，：；、]+$/u;

function endsWithPunct(folded: string, l: BodyLine): boolean {
  return LINE_END_PUNCT.has(folded[l.end - 1]!);
}

// ---------------------------------------------------------------------------------------------------
// Public API

export function parseHeadings(ctx: ParseContext): Heading[] {
  const { folded } = ctx;
  const lines = collectLines(ctx);
  validateRunInOrdinals(folded, lines);
  addRunInTitles(folded, lines);
  const hasNumbered = lines.some((l) => l.candidates.some((c) => !RUN_IN.has(c.style) && c.atLineStart));
  let roots = buildTree(ctx, lines, hasNumbered);
  // Every numbered candidate was rejected (e.g. chunk markers only): run-in headings are the structure.
  if (hasNumbered && !roots.placedNumbered) roots = buildTree(ctx, lines, false);
  assignIds(roots.roots, "h", 1);
  return roots.roots;
}

/** Place the candidates in document order; `skipPreambleRunIns`: run-in items before the first numbered heading are not structure. */
function buildTree(ctx: ParseContext, lines: BodyLine[], skipPreambleRunIns: boolean): TreeBuilder {
  const { folded, text } = ctx;
  const tree = new TreeBuilder();
  let prevLineAlone = false; // previous body line is a heading and nothing else
  for (let li = 0; li < lines.length; li++) {
    const bl = lines[li]!;
    const accepted: { cand: Candidate; open: Open }[] = [];
    for (const cand of bl.candidates) {
      const runIn = RUN_IN.has(cand.style);
      if (runIn && !tree.placedNumbered && skipPreambleRunIns) continue;
      if (cand.style === "chapter" && !cand.separated) {
        // "第一部分所述内容。…" is running text; an unseparated chapter heading must fill its line.
        const sent = firstSentenceEnd(folded, cand.titleStart, bl.end);
        if (sent && sent.end < bl.end) continue;
      }
      if (!runIn && cand.style !== "chapter") {
        const fits = tree.fits(cand.style, cand.ordinal);
        if (cand.atLineStart) {
          // Doc-site chunk marker ("依\n2、法有效化解"): previous line breaks mid-sentence and the number doesn't fit.
          const prev = lines[li - 1];
          if (prev && !prevLineAlone && !endsWithPunct(folded, prev) && !fits) continue;
        } else if (!fits) continue;
      }
      const line = bl.line;
      const node: Heading = {
        id: "",
        style: cand.style,
        depth: 0,
        number: cand.numSpan ? text.slice(cand.numSpan[0], cand.numSpan[1]) : null,
        ordinal: cand.ordinal,
        title: "",
        text: "",
        raw: "",
        span: [cand.start, cand.start],
        line: line.line,
        origin: line.origin,
        runIn: false,
        children: [],
      };
      accepted.push({ cand, open: tree.place(node, cand.style, cand.ordinal, li) });
    }

    // Titles: up to the end of the first sentence, the next heading on the line, or the line end.
    for (let i = 0; i < accepted.length; i++) {
      const { cand, open } = accepted[i]!;
      const next = accepted[i + 1]?.cand;
      const limit = next ? next.start : bl.end;
      const sent = firstSentenceEnd(folded, cand.titleStart, limit);
      let rawEnd: number;
      let titleEnd: number;
      if (sent) {
        titleEnd = sent.terminator;
        rawEnd = sent.end;
      } else {
        titleEnd = rawEnd = limit;
      }
      const gap = flattenedBodyGap(folded, cand.titleStart, titleEnd);
      if (gap !== null) titleEnd = rawEnd = gap;
      while (rawEnd > cand.start && isSpaceOrMask(folded[rawEnd - 1]!)) rawEnd--;
      let after = rawEnd;
      while (after < limit && isSpaceOrMask(folded[after]!)) after++;
      // Run-in: body text follows on the line (run-in items such as 一是 count as body; a flattened heading doesn't).
      const bodyFollows = after < limit || (next !== undefined && RUN_IN.has(next.style));
      const node = open.node;
      node.span = [cand.start, rawEnd];
      node.raw = text.slice(cand.start, rawEnd);
      node.text = cleanSlice(ctx, cand.start, titleEnd).replace(TRAILING_TRIM, "");
      node.title = cleanSlice(ctx, cand.titleStart, titleEnd).replace(TRAILING_TRIM, "");
      node.runIn = bodyFollows;
    }
    const only = accepted.length === 1 ? accepted[0]! : null;
    prevLineAlone = only !== null && only.cand.atLineStart && !only.open.node.runIn && only.open.node.span[1] >= bl.end;
    if (only) only.open.alone = prevLineAlone;
  }
  return tree;
}

function assignIds(nodes: Heading[], prefix: string, depth: number): void {
  nodes.forEach((n, i) => {
    n.id = prefix === "h" ? `h${i + 1}` : `${prefix}.${i + 1}`;
    n.depth = depth;
    assignIds(n.children, n.id, depth + 1);
  });
}

/** Pre-order list of every heading in the tree. */
export function flattenHeadings(headings: Heading[]): Heading[] {
  const out: Heading[] = [];
  const walk = (hs: Heading[]) => {
    for (const h of hs) {
      out.push(h);
      walk(h.children);
    }
  };
  walk(headings);
  return out;
}

const CLAUSE_MARKS = /[,;:，；：]/;
/** A space or a tab: what separates a flattened heading's title from its body. */
const isGapCode = (code: number): boolean => code === 0x20 || code === 0x09;
/**
 * A heading flattened onto one line with its body ("二、存在的不足和原因 基层执法力量薄弱，原因在于…"): the title
 * ends at the first gap of spaces when the words before it read as a title (no clause marks) and the words
 * after it read as a sentence (they have one). Returns the gap's start, or null.
 */
function flattenedBodyGap(folded: string, titleStart: number, titleEnd: number): number | null {
  // Searched within the title's line only: a search to the next gap anywhere runs to the end of a
  // report without spaces, once per heading.
  let gap = titleStart + MIN_TITLE_BEFORE_GAP;
  while (gap < titleEnd && !isGapCode(folded.charCodeAt(gap))) gap++;
  if (gap >= titleEnd) return null;
  let bodyStart = gap;
  while (bodyStart < titleEnd && isGapCode(folded.charCodeAt(bodyStart))) bodyStart++;
  const before = folded.slice(titleStart, gap);
  const after = folded.slice(bodyStart, titleEnd);
  if (CLAUSE_MARKS.test(before) || !CLAUSE_MARKS.test(after) || after.length < MIN_BODY_AFTER_GAP) return null;
  return gap;
}
/** Characters of title before a gap, and of body after it, for the gap to split a flattened heading. */
const MIN_TITLE_BEFORE_GAP = 4;
const MIN_BODY_AFTER_GAP = 8;
