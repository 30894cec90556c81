import { compactFold } from "@fazhi/rule-kit";
import type { Doc, Item } from "./doc.js";
import { CATCH_ALL, NESTING_WORDS, PART_MARKERS, PARTITIONS, type PartitionGroup } from "./vocabulary.js";

/** Which partition a count's description falls in ("不予受理" → intake/rejected; "撤销或责令" → outcome/{revoked, ordered}). */
export interface Classification {
  group: string;
  categories: string[];
}

const WORDS = PARTITIONS.flatMap((g) => g.categories.flatMap((c) => c.words.map((w) => ({ group: g.id, category: c.id, word: compactFold(w) })))).sort(
  (a, b) => b.word.length - a.word.length,
);

/** Longest words first, each match masking its characters, so "不予受理" is not also "受理". */
export function classify(desc: string): Classification | null {
  let text = desc;
  const score = new Map<string, { length: number; categories: Set<string>; first: number }>();
  for (const w of WORDS) {
    let at = text.indexOf(w.word);
    while (at >= 0) {
      const s = score.get(w.group) ?? { length: 0, categories: new Set<string>(), first: at };
      s.length += w.word.length;
      s.categories.add(w.category);
      s.first = Math.min(s.first, at);
      score.set(w.group, s);
      text = text.slice(0, at) + "\0".repeat(w.word.length) + text.slice(at + w.word.length);
      at = text.indexOf(w.word);
    }
  }
  let best: [string, { length: number; categories: Set<string>; first: number }] | null = null;
  for (const entry of score) if (!best || entry[1].length > best[1].length) best = entry;
  return best ? { group: best[0], categories: [...best[1].categories].sort() } : null;
}

/** The description with every partition word masked, for whole-cue tests ("收到行政复议申请" keeps 收到, 申请). */
export function maskCategories(desc: string): string {
  let text = desc;
  for (const w of WORDS) text = text.split(w.word).join("\0".repeat(w.word.length));
  return text;
}

export const isCatchAll = (desc: string): boolean => CATCH_ALL.some((w) => desc.includes(compactFold(w)));
export const isNesting = (desc: string): boolean => NESTING_WORDS.some((w) => desc.includes(compactFold(w)));
export const groupById = (id: string): PartitionGroup | undefined => PARTITIONS.find((g) => g.id === id);

/** A total and the counts listed as its parts. */
export interface PartsList {
  whole: Item;
  parts: Item[];
  /** The partition the parts belong to; null for an unclassified list ("行政检查…行政强制…行政处罚…"). */
  group: string | null;
  /** "marker": parts introduced by 其中/包括/分别…; "partition": parts recognised by their categories. */
  via: "marker" | "partition";
  /** The parts cover the whole total (受理+不予受理, 办结+正在审理, or a 其他 part). */
  complete: boolean;
  classes: Map<Item, Classification | null>;
}

/**
 * Find totals and their parts, paragraph by paragraph. Lists introduced by a marker come first; then runs
 * of partition categories without a marker ("收到40件，受理36件，不予受理4件"; "已办结30件，有6件正在审理").
 * Single-part lists are kept (for part-above-whole checks) but never summed.
 */
export function findLists(doc: Doc): PartsList[] {
  const lists: PartsList[] = [];
  const classes = new Map<Item, Classification | null>(doc.items.map((it) => [it, classify(it.desc)]));
  const byParagraph = new Map<number, Item[]>();
  for (const it of doc.items) byParagraph.set(it.paragraph, [...(byParagraph.get(it.paragraph) ?? []), it]);
  const markers = PART_MARKERS.map((m) => compactFold(m));

  for (const [p, items] of byParagraph) {
    const para = doc.model.paragraphs[p];
    if (!para) continue;
    const partOf = new Map<Item, PartsList>();
    const wholeOf = new Set<Item>();

    // 1. Marker lists.
    const hits: number[] = [];
    // The paragraph is searched alone: a marker missing from it must not send indexOf to the end of the report.
    const paraText = doc.folded.slice(para.span[0], para.span[1]);
    for (const m of markers) {
      for (let at = paraText.indexOf(m); at >= 0; at = paraText.indexOf(m, at + m.length)) hits.push(para.span[0] + at);
    }
    hits.sort((a, b) => a - b);
    for (const at of hits) {
      const sentence = doc.sentenceAt(at);
      const paren = doc.bracketAt(at);
      const first = items.find((it) => it.n.span[0] > at && it.sentence === sentence && (paren === null ? !it.inParens : doc.bracketAt(it.n.span[0]) === paren));
      if (!first || first.piece[0] < at || first.n.span[0] - at > 40) continue;
      if (partOf.has(first)) continue;
      // The total: the nearest earlier count of the same unit, in this sentence or the one before (skipping annotations in parentheses).
      const before = items.filter((it) => it.n.span[1] <= at && it.unitGroup === first.unitGroup && (it.sentence === sentence || it.sentence === sentence - 1) && !it.inParens);
      let whole = before[before.length - 1];
      if (paren !== null) whole = items.filter((it) => it.n.span[1] <= paren && it.unitGroup === first.unitGroup && it.sentence === sentence).pop();
      if (!whole) continue;
      const parts = extend(first, items, classes, (it) => it.sentence === sentence && (paren === null ? !it.inParens : doc.bracketAt(it.n.span[0]) === paren), hits, at);
      const list = makeList(whole, parts, "marker", classes);
      lists.push(list);
      for (const part of parts) partOf.set(part, list);
      wholeOf.add(whole);
    }

    // 2. Partition runs without a marker.
    for (const it of items) {
      const cls = classes.get(it);
      if (!cls || it.inParens) continue;
      const existing = partOf.get(it);
      if (existing && existing.group === cls.group) continue;
      const run = extend(it, items, classes, (x) => x.sentence === it.sentence && !x.inParens, hits, it.n.span[0]);
      if (run.some((r) => partOf.get(r)?.group === cls.group)) continue;
      const cats = new Set(run.flatMap((r) => classes.get(r)?.categories ?? []));
      if (run.length < 2 || cats.size < 2) continue;
      const group = groupById(cls.group)!;
      const sum = run.reduce((s, r) => s + r.n.value, 0);
      const candidates = items
        .filter((c) => c.n.span[1] <= it.piece[0] && c.unitGroup === it.unitGroup && !c.inParens && !run.includes(c))
        .reverse()
        .filter((c) => qualifiesAsWhole(c, group, classes, partOf, wholeOf));
      const equal = candidates.find((c) => c.n.value === sum);
      const nearest = candidates[0];
      const whole = equal ?? (nearest && nearest.sentence >= it.sentence - 1 ? nearest : undefined);
      if (!whole) continue;
      const list = makeList(whole, run, "partition", classes);
      lists.push(list);
      for (const part of run) if (!partOf.has(part)) partOf.set(part, list);
      wholeOf.add(whole);
    }
  }
  return lists.sort((a, b) => a.whole.n.span[0] - b.whole.n.span[0] || a.parts[0]!.n.span[0] - b.parts[0]!.n.span[0]);
}

/** Consecutive counts after `first` that belong with it: same unit, same partition (or all unclassified), no nesting, no new marker. */
function extend(first: Item, items: Item[], classes: Map<Item, Classification | null>, inScope: (it: Item) => boolean, markers: number[], from: number): Item[] {
  const group = classes.get(first)?.group ?? null;
  const parts = [first];
  if (isNesting(first.desc) && !classes.get(first)) return parts;
  for (const it of items) {
    if (it.n.span[0] <= parts[parts.length - 1]!.n.span[0]) continue;
    if (!inScope(it)) {
      if (it.inParens) continue;
      break;
    }
    const last = parts[parts.length - 1]!;
    if (markers.some((m) => m > Math.max(from, last.n.span[1]) && m < it.n.span[0])) break;
    if (it.unitGroup !== first.unitGroup) break;
    const cls = classes.get(it);
    if (isCatchAll(it.desc)) {
      parts.push(it);
      continue;
    }
    if ((cls?.group ?? null) !== group) break;
    // "人民调解2800件，行政调解300件，调解成功3150件": a success count is a subset, not one more part.
    if (isNesting(it.desc)) break;
    parts.push(it);
  }
  return parts;
}

function qualifiesAsWhole(c: Item, group: PartitionGroup, classes: Map<Item, Classification | null>, partOf: Map<Item, PartsList>, wholeOf: Set<Item>): boolean {
  const cls = classes.get(c);
  if (cls?.group === group.id) return false;
  const masked = maskCategories(c.desc);
  const cued = group.wholeCues.some((w) => masked.includes(compactFold(w)));
  if (cls) {
    // A part of another partition serves as a total only where the domain says so: 受理 → 办结/正在审理; 审结 → 维持/撤销…
    return WHOLE_FROM[group.id]?.some((k) => k === `${cls.group}.${cls.categories.join("+")}`) ?? false;
  }
  if (partOf.has(c) && !wholeOf.has(c)) return false;
  return cued || wholeOf.has(c);
}

/** Which categories of another partition can be the total of this one. */
const WHOLE_FROM: Record<string, string[]> = {
  progress: ["intake.accepted"],
  outcome: ["progress.closed"],
};

function makeList(whole: Item, parts: Item[], via: PartsList["via"], classes: Map<Item, Classification | null>): PartsList {
  const group = classes.get(parts[0]!)?.group ?? null;
  const cats = new Set(parts.flatMap((p) => classes.get(p)?.categories ?? []));
  const g = group ? groupById(group) : undefined;
  const complete = parts.some((p) => isCatchAll(p.desc)) || (g?.complete.some((set) => set.every((c) => cats.has(c))) ?? false);
  return { whole, parts, group, via, complete, classes };
}
