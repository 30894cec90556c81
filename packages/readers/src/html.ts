import { load } from "cheerio/slim";
import type { Origin } from "@fazhi/core";
import { BLOCK_TAGS, CONTENT_SELECTORS, DROPPED_TAGS, TITLE_SELECTORS } from "./html-selectors.js";

/** The parts of domhandler's nodes we use (cheerio parses with htmlparser2 into these). */
interface DomNode {
  type: string;
  parent: DomNode | null;
  startIndex: number | null;
}
interface DomElement extends DomNode {
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
}
interface DomText extends DomNode {
  data: string;
}

const isElement = (n: DomNode): n is DomElement => n.type === "tag";
const isText = (n: DomNode): n is DomText => n.type === "text";

export interface HtmlText {
  /** One line per block of the page, "\n"-separated, no blank lines. */
  text: string;
  lineOrigins: Origin[];
  /** 1-based lines of `text` that are page chrome (menus, breadcrumbs, metadata tables, footers…). */
  chromeLines: number[];
  /** How the body was found: a known container selector, or text density. */
  container: { how: "selector"; selector: string } | { how: "density" };
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function isHidden(el: DomElement): boolean {
  // Some sites hide <html>/<body> until a script has run; the page is still what the user sees.
  if (el.name === "html" || el.name === "body") return false;
  const a = el.attribs;
  if (a.hidden !== undefined || a["aria-hidden"] === "true") return true;
  if (el.name === "input" && a.type?.toLowerCase() === "hidden") return true;
  const style = a.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

function countHan(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isHan(s.charCodeAt(i))) n++;
  return n;
}

/** Wide (East Asian) characters: a line break between two of them is not a space (CSS Text 3 segment breaks). */
function isWide(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0xd800 && c <= 0xdfff);
}

const WHITESPACE_RUN = /\s+/g;
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060]/g;

/** Collapse whitespace the way a browser shows it: runs → one space, a line break between Han characters → nothing; trim. */
function collapse(raw: string): string {
  const s = raw.indexOf("\u200b") === -1 && raw.indexOf("\u2060") === -1 ? raw : raw.replace(ZERO_WIDTH, "");
  return s
    .replace(WHITESPACE_RUN, (run: string, offset: number) => {
      if (offset === 0 || offset + run.length === s.length) return "";
      if (run.indexOf("\n") === -1 && run.indexOf("\r") === -1) return " ";
      return isWide(s.charCodeAt(offset - 1)) && isWide(s.charCodeAt(offset + run.length)) ? "" : " ";
    });
}

/** 1-based line numbers of UTF-16 offsets in the source (LF, CRLF and CR all end a line). */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(src: string) {
    for (let i = 0; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (src.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  lineOf(offset: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

interface Stats {
  /** Han characters in visible text under the element. */
  han: number;
  /** …of which inside links. */
  linkHan: number;
}

const SIMPLE_ID = /^[A-Za-z][\w-]*$/;
const MAX_PATH_STEPS = 4;

/**
 * HTML source → the page's text as lines, with each line's source line and element, and which lines are
 * page chrome. The report's body is the content container (see CONTENT_SELECTORS) and the report's
 * title; everything else visible on the page is kept as chrome lines, in page order.
 */
export function htmlToLines(html: string): HtmlText {
  const $ = load(html, { xml: { xmlMode: false, withStartIndices: true, decodeEntities: true } });
  const root = $.root()[0] as unknown as DomElement;
  const lineIndex = new LineIndex(html);

  // Pass 1: visible elements in document order, and Han counts per element (for choosing the container).
  const stats = new Map<DomElement, Stats>();
  const order: DomNode[] = [];
  const stack: DomNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n) || n === root) {
      const el = n as DomElement;
      if (n !== root && (DROPPED_TAGS.has(el.name) || isHidden(el))) continue;
      stats.set(el, { han: 0, linkHan: 0 });
      order.push(n);
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
    } else if (isText(n)) order.push(n);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    const parent = n.parent as DomElement | null;
    const ps = parent ? stats.get(parent) : undefined;
    if (isText(n)) {
      if (ps) ps.han += countHan(n.data);
      continue;
    }
    const s = stats.get(n as DomElement)!;
    if ((n as DomElement).name === "a") s.linkHan = s.han;
    if (ps) {
      ps.han += s.han;
      ps.linkHan += s.linkHan;
    }
  }
  const visible = (el: DomElement) => stats.has(el);
  const bodyText = (el: DomElement) => {
    const s = stats.get(el);
    return s ? s.han - s.linkHan : 0;
  };
  const isInside = (node: DomNode, ancestor: DomNode) => {
    for (let p: DomNode | null = node; p; p = p.parent) if (p === ancestor) return true;
    return false;
  };
  // Skip <head> except its <title>: the page title is useful chrome (it usually repeats the report title).
  const head = order.find((n): n is DomElement => isElement(n) && n.name === "head");
  const body = (order.find((n) => isElement(n) && n.name === "body") as DomElement | undefined) ?? root;
  const pageText = bodyText(body);

  // The content container: a known selector holding a fair share of the page's text…
  const matches = matchSelectors(order, [...CONTENT_SELECTORS, ...TITLE_SELECTORS], (sel) => $(sel).toArray() as unknown as DomElement[]);
  const selected = (sel: string): DomElement[] => (matches.get(sel) ?? []).filter(visible);
  let container: DomElement | null = null;
  let how: HtmlText["container"] = { how: "density" };
  const enough = (el: DomElement) => bodyText(el) >= 20 && bodyText(el) >= pageText * 0.3;
  for (const sel of CONTENT_SELECTORS) {
    const best = selected(sel)
      .filter((el) => !head || !isInside(el, head))
      .sort((a, b) => bodyText(b) - bodyText(a))[0];
    if (best && enough(best)) {
      container = best;
      how = { how: "selector", selector: sel };
      break;
    }
  }
  if (container) {
    // …narrowed to a more specific known container inside it that holds most of its text.
    const selectorOf = new Map<DomElement, string>();
    for (const sel of CONTENT_SELECTORS) for (const el of selected(sel)) if (!selectorOf.has(el)) selectorOf.set(el, sel);
    for (let narrowed = true; narrowed; ) {
      narrowed = false;
      for (const [el, sel] of selectorOf) {
        if (el !== container && isInside(el, container) && bodyText(el) >= bodyText(container) * 0.7) {
          container = el;
          how = { how: "selector", selector: sel };
          narrowed = true;
          break;
        }
      }
    }
  } else {
    // …or, readability-style, descend from <body> into the child holding most of the non-link text.
    let current: DomElement = body;
    for (;;) {
      let bestChild: DomElement | null = null;
      for (const c of current.children as DomNode[]) if (isElement(c) && visible(c) && (!bestChild || bodyText(c) > bodyText(bestChild))) bestChild = c;
      if (!bestChild || bodyText(bestChild) < bodyText(current) * 0.7 || bodyText(bestChild) === 0) break;
      current = bestChild;
    }
    container = current;
  }

  // The report's title outside the container (inside it, it is body text anyway).
  const title = findTitle(selected, container, order, head, (el) => {
    const st = stats.get(el);
    return !!st && st.linkHan * 2 > st.han;
  });

  // Pass 2: lines.
  const nthCache = new Map<DomNode, number>();
  const nthOfType = (el: DomElement): number => {
    const cached = nthCache.get(el);
    if (cached !== undefined) return cached;
    const counts = new Map<string, number>();
    for (const sib of (el.parent as DomElement | null)?.children ?? [el]) {
      if (!isElement(sib)) continue;
      const k = (counts.get(sib.name) ?? 0) + 1;
      counts.set(sib.name, k);
      nthCache.set(sib, k);
    }
    return nthCache.get(el) ?? 1;
  };
  const pathOf = (el: DomElement): string => {
    const steps: string[] = [];
    for (let cur: DomElement | null = el; cur && isElement(cur); cur = cur.parent as DomElement | null) {
      const id = cur.attribs.id;
      if (id && SIMPLE_ID.test(id)) {
        steps.push(`${cur.name}#${id}`);
        break;
      }
      if (cur === container && how.how === "selector" && how.selector.startsWith(".")) {
        steps.push(`${cur.name}${how.selector}`);
        break;
      }
      if (cur.name === "body" || cur.name === "html") {
        steps.push(cur.name);
        break;
      }
      steps.push(`${cur.name}:nth-of-type(${nthOfType(cur)})`);
    }
    // Keep it short: the nearest id (or the body) and at most MAX_PATH_STEPS steps below it.
    if (steps.length > MAX_PATH_STEPS) return "…>" + steps.slice(0, MAX_PATH_STEPS).reverse().join(">");
    return steps.reverse().join(">");
  };

  const lines: string[] = [];
  const origins: Origin[] = [];
  const chromeLines: number[] = [];
  let buf = "";
  let bufOrigin: Origin | null = null;
  let bufChrome = true;
  let block: DomElement = root;
  let blockStartLine: number | null = null;

  const flush = () => {
    if (bufOrigin) {
      const line = collapse(buf);
      if (line) {
        lines.push(line);
        origins.push(bufOrigin);
        if (bufChrome) chromeLines.push(lines.length);
      }
    }
    buf = "";
    bufOrigin = null;
  };
  const emit = (line: string, el: DomElement, chrome: boolean) => {
    flush();
    if (!line) return;
    lines.push(line);
    origins.push({ line: lineIndex.lineOf(el.startIndex ?? 0), element: pathOf(el) });
    if (chrome) chromeLines.push(lines.length);
  };
  const inlineText = (el: DomElement): string => {
    let out = "";
    const st: DomNode[] = [el];
    while (st.length) {
      const n = st.pop()!;
      if (isText(n)) out += n.data;
      else if (isElement(n) && visible(n)) {
        if (n.name === "br") out += " ";
        for (let i = n.children.length - 1; i >= 0; i--) st.push(n.children[i]!);
      }
    }
    return out;
  };
  /** A table row of short cells (a metadata row, a menu row) becomes one line; a layout row holding the report does not. */
  const simpleRow = (tr: DomElement): DomElement[] | null => {
    const cells = tr.children.filter((c): c is DomElement => isElement(c) && (c.name === "td" || c.name === "th") && visible(c));
    if (!cells.length || (stats.get(tr)?.han ?? 0) > 300) return null;
    if (isInside(container, tr) || (title && isInside(title, tr))) return null;
    let blocks = 0;
    const st: DomNode[] = [...cells];
    while (st.length) {
      const n = st.pop()!;
      if (!isElement(n)) continue;
      if (n.name === "table" || n.name === "tr") return null;
      if (BLOCK_TAGS.has(n.name) && n.name !== "td" && n.name !== "th") blocks++;
      for (const c of n.children) st.push(c);
    }
    return blocks <= cells.length ? cells : null;
  };

  // Iterative walk (pages nest deeply enough to worry a recursive one); an exit marker closes a block.
  type Step = { node: DomNode; chrome: boolean; exit?: { block: DomElement } };
  const walk: Step[] = [];
  const pushChildren = (el: DomElement, chrome: boolean) => {
    for (let i = el.children.length - 1; i >= 0; i--) walk.push({ node: el.children[i]!, chrome });
  };
  pushChildren(root, true);
  while (walk.length) {
    const step = walk.pop()!;
    if (step.exit) {
      flush();
      block = step.exit.block;
      blockStartLine = null;
      continue;
    }
    const n = step.node;
    if (isText(n)) {
      if (!bufOrigin) {
        if (!/\S/.test(n.data)) continue;
        bufChrome = step.chrome;
        bufOrigin = { line: blockStartLine ?? lineIndex.lineOf(n.startIndex ?? 0) + leadingBreaks(n.data), element: pathOf(block) };
        blockStartLine = null;
      }
      buf += n.data;
      continue;
    }
    if (!isElement(n) || !visible(n)) continue;
    if (n === head) {
      const t = head.children.find((c): c is DomElement => isElement(c) && c.name === "title");
      if (t) emit(collapse(inlineText(t)), t, true);
      continue;
    }
    if (n.name === "br" || n.name === "hr") {
      flush();
      continue;
    }
    const zoneStart = n === container || n === title;
    const chrome = zoneStart ? false : step.chrome;
    if (n.name === "tr") {
      const cells = simpleRow(n);
      if (cells) {
        // Empty cells between filled ones keep labels and values aligned ("文 号： |  | 发布日期："); empty edges go.
        const texts = cells.map((c) => collapse(inlineText(c)));
        let first = 0;
        let last = texts.length;
        while (first < last && !texts[first]) first++;
        while (last > first && !texts[last - 1]) last--;
        emit(texts.slice(first, last).join(" | "), n, chrome);
        continue;
      }
    }
    if (BLOCK_TAGS.has(n.name) || zoneStart) {
      flush();
      walk.push({ node: n, chrome, exit: { block } });
      block = n;
      blockStartLine = lineIndex.lineOf(n.startIndex ?? 0);
      pushChildren(n, chrome);
      continue;
    }
    pushChildren(n, chrome);
  }
  flush();

  return { text: lines.join("\n"), lineOrigins: origins, chromeLines, container: how };
}

const SIMPLE_SELECTOR = /^([#.]?)([A-Za-z][\w-]*)$/;

/**
 * Elements matching each selector, in document order. Selectors of the form `tag`, `#id` or `.class`
 * (all of ours) are matched in one pass over the page; anything else goes to cheerio's css-select.
 */
function matchSelectors(
  order: readonly DomNode[],
  selectors: readonly string[],
  query: (sel: string) => DomElement[],
): Map<string, DomElement[]> {
  const out = new Map<string, DomElement[]>();
  const byTag = new Map<string, string[]>();
  const byId = new Map<string, string[]>();
  const byClass = new Map<string, string[]>();
  for (const sel of selectors) {
    if (out.has(sel)) continue;
    const m = SIMPLE_SELECTOR.exec(sel);
    if (!m) {
      out.set(sel, query(sel));
      continue;
    }
    out.set(sel, []);
    const index = m[1] === "#" ? byId : m[1] === "." ? byClass : byTag;
    const key = m[1] ? m[2]! : m[2]!.toLowerCase();
    index.set(key, [...(index.get(key) ?? []), sel]);
  }
  const add = (sels: string[] | undefined, el: DomElement) => {
    if (sels) for (const s of sels) out.get(s)!.push(el);
  };
  for (const n of order) {
    if (!isElement(n)) continue;
    add(byTag.get(n.name), n);
    const id = n.attribs.id;
    if (id) add(byId.get(id), n);
    const cls = n.attribs.class;
    if (cls) for (const c of new Set(cls.split(/\s+/))) if (c) add(byClass.get(c), n);
  }
  return out;
}

/** Line breaks before the first non-whitespace character (the text node starts on its tag's line). */
function leadingBreaks(data: string): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      if (data.charCodeAt(i + 1) === 10) i++;
      n++;
    } else if (c !== 32 && c !== 9 && c !== 12 && c !== 0xa0 && c !== 0x3000) break;
  }
  return n;
}

function findTitle(
  selected: (sel: string) => DomElement[],
  container: DomElement,
  order: DomNode[],
  head: DomElement | undefined,
  mostlyLinks: (el: DomElement) => boolean,
): DomElement | null {
  const position = new Map<DomNode, number>();
  order.forEach((n, i) => position.set(n, i));
  const containerPos = position.get(container) ?? 0;
  const candidates = new Set<DomElement>();
  for (const sel of TITLE_SELECTORS) for (const el of selected(sel)) candidates.add(el);
  let best: DomElement | null = null;
  let bestScore = 0;
  let bestPos = -1;
  for (const el of candidates) {
    let inside = false;
    for (let p: DomNode | null = el; p; p = p.parent) if (p === container || p === head) inside = true;
    for (let p: DomNode | null = container; p; p = p.parent) if (p === el) inside = true;
    if (inside || mostlyLinks(el)) continue; // a link to another report (related articles, sidebars) is not this one's title
    const text = textOf(el);
    if (text.length < 4 || text.length > 200 || countHan(text) < 4) continue;
    if (/^[^：:]{1,8}[：:]/.test(text)) continue; // a labelled metadata field, not a title
    const score =
      (/报告|報告/.test(text) ? 4 : 0) + (/法治|法制/.test(text) ? 2 : 0) + (/\d{4}\s*年/.test(text) ? 1 : 0) + (/情况|情況|工作/.test(text) ? 1 : 0);
    if (score === 0) continue;
    const pos = position.get(el) ?? 0;
    const before = pos < containerPos;
    // Higher score wins; on a tie, the candidate closest before the container.
    const rank = score * 2 + (before ? 1 : 0);
    const bestRank = bestScore * 2 + (best && bestPos < containerPos ? 1 : 0);
    if (!best || rank > bestRank || (rank === bestRank && before && pos > bestPos)) {
      best = el;
      bestScore = score;
      bestPos = pos;
    }
  }
  return best;
}

function textOf(el: DomElement): string {
  let out = "";
  const st: DomNode[] = [el];
  while (st.length) {
    const n = st.pop()!;
    if (isText(n)) out += n.data;
    else if (isElement(n)) for (let i = n.children.length - 1; i >= 0; i--) st.push(n.children[i]!);
  }
  return collapse(out);
}
