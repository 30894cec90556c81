import { compactFold } from "@fazhi/rule-kit";
import type { NumericFact } from "@fazhi/core";
import type { Doc, Item } from "./doc.js";
import { claimOf, evidenceOf, rateUnitGroup, unitGroup } from "./doc.js";
import type { PartsList } from "./partition.js";
import { fmt } from "./sums.js";
import { points, rateAgrees, rateTolerance, roundFraction, shownPercent, type StatedRate } from "./tolerance.js";
import type { ClaimPiece, ConsistencyCheck, IndicatorDefinitionLike, IndicatorsFactLike, IndicatorValueLike } from "./types.js";
import { DECLINE_WORDS, GENERIC_BIGRAMS, GROWTH_WORDS, LIST_RATES, RATE_SUFFIX, SHARE_WORDS } from "./vocabulary.js";

const HAN = /\p{Script=Han}/u;

interface Basis {
  computed: number | null;
  computedFrom: string | null;
  /** The counts and the rate are bound in one sentence: a mismatch is an error, not a different basis. */
  strict: boolean;
  method: string;
  pieces?: ClaimPiece[];
  indicator?: string;
  note?: { zh: string; en: string };
}

/**
 * Stated rates vs the counts they are computed from. For each rate, the candidates are tried in this
 * order and the first that can compute it wins: the indicator catalogue's formula (via the `indicators`
 * fact), a partition list (直接纠错率 = (撤销+确认违法+责令)/审结), a count named like the rate in its
 * sentence (调解成功…成功率), a growth rate (较上年增加30人，增长率60%), a share (…占比12%).
 * Where no candidate computes it but counts of its subject stand in the same passage, the rate is
 * unverifiable — never inconsistent.
 */
export function rateChecks(doc: Doc, lists: PartsList[], indicators?: IndicatorsFactLike, catalogue?: readonly IndicatorDefinitionLike[]): ConsistencyCheck[] {
  const checks: ConsistencyCheck[] = [];
  const chrome = doc.model.lines.filter((l) => l.chrome).map((l) => l.span);
  for (const r of doc.model.numbers) {
    if (r.unit !== "%" || (r.kind !== "rate" && r.kind !== "change")) continue;
    if (chrome.some(([s, e]) => r.span[0] >= s && r.span[0] < e)) continue;
    const value = indicatorAt(doc, indicators, r);
    const candidates: Array<Basis | null> = [
      value && catalogue ? byIndicator(doc, r, value, indicators!, catalogue) : null,
      r.kind === "rate" ? byList(doc, r, lists) : null,
      r.kind === "rate" ? byStem(doc, r, lists) : null,
      byGrowth(doc, r),
      r.kind === "rate" ? byShare(doc, r, lists) : null,
    ];
    // Any reading of the counts that agrees makes the rate consistent; a mismatch bound in one sentence
    // makes it inconsistent; anything else leaves it unverifiable. Ties go to the earlier candidate.
    const made = candidates.filter((c): c is Basis => c !== null).map((c) => makeRateCheck(doc, r, c, value));
    const rank = { consistent: 0, inconsistent: 1, unverifiable: 2 } as const;
    const chosen = made.reduce<ConsistencyCheck | null>((best, c) => (best === null || rank[c.verdict] < rank[best.verdict] ? c : best), null);
    if (chosen) checks.push(chosen);
  }
  return checks;
}

function makeRateCheck(doc: Doc, r: NumericFact, basis: Basis, value: IndicatorValueLike | null): ConsistencyCheck {
  const stated: StatedRate = value
    ? { value: value.value, decimals: value.decimals, approx: value.approx, bound: value.bound }
    : { value: r.value, decimals: r.decimals, approx: r.approx, bound: r.bound };
  const pieces = basis.pieces ?? [doc.numberPiece(r)];
  const tol = rateTolerance(stated);
  let verdict: ConsistencyCheck["verdict"] = "unverifiable";
  if (basis.computed !== null) verdict = rateAgrees(stated, basis.computed) ? "consistent" : basis.strict ? "inconsistent" : "unverifiable";
  const s = r.raw;
  const c = basis.computed === null ? "" : `${basis.computedFrom} = ${shownPercent(basis.computed, stated.decimals)}`;
  const explanation =
    basis.computed === null
      ? (basis.note ?? {
          zh: `${s}：报告未写明计算它所用的分子和分母，无法核对`,
          en: `${s}: the report does not state the counts it is computed from, so it cannot be checked`,
        })
      : verdict === "consistent"
        ? { zh: `${s} 与 ${c} 相符`, en: `${s} agrees with ${c}` }
        : verdict === "inconsistent"
          ? { zh: `${s} 与 ${c} 不符（按所写精度允许误差 ±${points(tol)}个百分点）`, en: `${s} does not agree with ${c} (the stated precision allows ±${points(tol)} percentage points)` }
          : {
              zh: `${s} 与 ${c} 不一致，但报告未写明该比率以这些数为分子分母，无法核对`,
              en: `${s} differs from ${c}, but the report does not say the rate is computed from these counts, so it cannot be checked`,
            };
  const check: ConsistencyCheck = {
    kind: "rate",
    method: basis.method,
    claim: claimOf(pieces),
    pieces,
    // Unverifiable: nothing computed stands for the rate (the explanation still shows the arithmetic tried).
    computedFrom: verdict === "unverifiable" ? null : basis.computedFrom,
    computed: verdict === "unverifiable" || basis.computed === null ? null : roundFraction(basis.computed),
    stated: stated.value,
    statedText: r.raw,
    tolerance: tol,
    verdict,
    evidence: evidenceOf(doc, pieces),
    explanation,
  };
  if (basis.indicator) check.indicator = basis.indicator;
  return check;
}

// ——— the indicator catalogue ———

/** The indicator values looked up per rate, indexed once per report (each lookup was a scan of every value). */
interface IndicatorIndex {
  /** Stated ratio values by span start, with their place in `values` (the first in that order wins). */
  ratios: Array<{ v: IndicatorValueLike; order: number }>;
  /** The longest span among them: a value holding a number starts at most this far before it. */
  longest: number;
  /** Counts (not implied) by paragraph, in `values` order. */
  countsByParagraph: Map<number, IndicatorValueLike[]>;
}
const indexes = new WeakMap<IndicatorsFactLike, IndicatorIndex>();
function indexOf(doc: Doc, indicators: IndicatorsFactLike): IndicatorIndex {
  let index = indexes.get(indicators);
  if (!index) {
    const ratios = indicators.values
      .map((v, order) => ({ v, order }))
      .filter(({ v }) => v.unit === "ratio" && v.basis === "stated")
      .sort((a, b) => a.v.span[0] - b.v.span[0] || a.order - b.order);
    const countsByParagraph = new Map<number, IndicatorValueLike[]>();
    for (const c of indicators.values) {
      if (c.unit !== "count" || c.basis === "implied") continue;
      const p = doc.paragraphAt(c.span[0]);
      const list = countsByParagraph.get(p);
      if (list) list.push(c);
      else countsByParagraph.set(p, [c]);
    }
    index = { ratios, longest: ratios.reduce((m, { v }) => Math.max(m, v.span[1] - v.span[0]), 0), countsByParagraph };
    indexes.set(indicators, index);
  }
  return index;
}

function indicatorAt(doc: Doc, indicators: IndicatorsFactLike | undefined, r: NumericFact): IndicatorValueLike | null {
  if (!indicators) return null;
  const { ratios, longest } = indexOf(doc, indicators);
  // The last ratio starting at or before the number, then back while one could still reach over it.
  let lo = 0;
  let hi = ratios.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ratios[mid]!.v.span[0] <= r.span[0]) lo = mid + 1;
    else hi = mid;
  }
  let best: { v: IndicatorValueLike; order: number } | null = null;
  for (let i = lo - 1; i >= 0 && ratios[i]!.v.span[0] >= r.span[0] - longest; i--) {
    const x = ratios[i]!;
    if (r.span[1] <= x.v.span[1] && (!best || x.order < best.order)) best = x;
  }
  return best?.v ?? null;
}

function byIndicator(doc: Doc, r: NumericFact, v: IndicatorValueLike, indicators: IndicatorsFactLike, catalogue: readonly IndicatorDefinitionLike[]): Basis | null {
  const def = catalogue.find((d) => d.id === v.id);
  if (!def?.formula) return null;
  const counts = indexOf(doc, indicators).countsByParagraph.get(doc.paragraphAt(v.span[0])) ?? [];
  const pick = (id: string): IndicatorValueLike | undefined => {
    const same = counts.filter((c) => c.id === id);
    const sentence = same.filter((c) => doc.sentenceAt(c.span[0]) === r.sentence);
    const before = same.filter((c) => c.span[0] < v.span[0]);
    return sentence[sentence.length - 1] ?? before[before.length - 1] ?? same[0];
  };
  const nums = def.formula.numerator.map(pick);
  const den = pick(def.formula.denominator);
  if (den && den.value > 0 && nums.every((n) => n !== undefined)) {
    const used = [...(nums as IndicatorValueLike[]), den];
    if (used.some((c) => c.approx || c.bound)) return { computed: null, computedFrom: null, strict: false, method: "indicator", indicator: v.id, note: approxNote(r) };
    const terms = (nums as IndicatorValueLike[]).flatMap((n) => (n.basis === "computed" && n.from?.length ? n.from.map((f) => f.value) : [n.value]));
    const sum = terms.reduce((a, b) => a + b, 0);
    const strict = used.every((c) => doc.sentenceAt(c.span[0]) === r.sentence);
    return { computed: sum / den.value, computedFrom: `${terms.length > 1 ? `(${terms.map(fmt).join("+")})` : fmt(sum)}/${fmt(den.value)}`, strict, method: "indicator", indicator: v.id };
  }
  const domain = v.id.split(".")[0];
  const related = counts.some((c) => def.formula!.numerator.includes(c.id) || c.id === def.formula!.denominator || c.id.split(".")[0] === domain);
  return related ? { computed: null, computedFrom: null, strict: false, method: "indicator", indicator: v.id } : null;
}

function approxNote(r: NumericFact): { zh: string; en: string } {
  return { zh: `${r.raw}：所依据的数含约数（余、近、以上），无法核对`, en: `${r.raw}: the counts it rests on are approximate (余, 近, 以上), so it cannot be checked` };
}

// ——— a partition list: 直接纠错率 = (撤销 + 确认违法 + 责令) ÷ 审结 ———

function byList(doc: Doc, r: NumericFact, lists: PartsList[]): Basis | null {
  const label = compactFold(r.label ?? "");
  const rule = LIST_RATES.find((l) => l.labels.some((x) => label.endsWith(compactFold(x))));
  if (!rule) return null;
  const paragraph = doc.paragraphAt(r.span[0]);
  const list = lists.filter((l) => l.group === rule.group && l.whole.paragraph === paragraph && l.whole.n.span[0] < r.span[0]).pop();
  if (!list) return null;
  const parts = list.parts.filter((p) => {
    const cats = list.classes.get(p)?.categories ?? [];
    return cats.length > 0 && cats.every((c) => rule.numerator.includes(c));
  });
  if (parts.length === 0 || list.whole.n.value <= 0) return { computed: null, computedFrom: null, strict: false, method: "list-rate" };
  if ([list.whole, ...parts].some((p) => p.n.approx || p.n.bound)) return { computed: null, computedFrom: null, strict: false, method: "list-rate", note: approxNote(r) };
  const sum = parts.reduce((s, p) => s + p.n.value, 0);
  const from = parts.length > 1 ? `(${parts.map((p) => fmt(p.n.value)).join("+")})` : fmt(sum);
  const strict = [list.whole, ...parts].every((p) => p.sentence === r.sentence);
  return { computed: sum / list.whole.n.value, computedFrom: `${from}/${fmt(list.whole.n.value)}`, strict, method: "list-rate" };
}

// ——— a count named like the rate, in the rate's sentence: "受理400件，调解成功396件，成功率99%" ———

const partWholes = new WeakMap<PartsList[], Map<Item, Set<Item>>>();
/** For each item listed as a part, the totals of the lists it is a part of (built once per report). */
function wholesOfParts(lists: PartsList[]): Map<Item, Set<Item>> {
  let map = partWholes.get(lists);
  if (!map) {
    map = new Map();
    for (const l of lists) {
      for (const p of l.parts) {
        const set = map.get(p);
        if (set) set.add(l.whole);
        else map.set(p, new Set([l.whole]));
      }
    }
    partWholes.set(lists, map);
  }
  return map;
}

function byStem(doc: Doc, r: NumericFact, lists: PartsList[]): Basis | null {
  const label = compactFold(r.label ?? "");
  if (!label.endsWith(RATE_SUFFIX) || SHARE_WORDS.some((w) => label.includes(compactFold(w)))) return null;
  const stem = label.slice(0, -RATE_SUFFIX.length);
  if (stem.length < 2) return null;
  const inSentence = doc.itemsOf(r.sentence).filter((it) => it.n.span[1] <= r.span[0] && !it.inParens && it.n.kind === "count");
  let numerator: Item | undefined;
  for (let i = inSentence.length - 1; i >= 0; i--) {
    const it = inSentence[i]!;
    // The count's label ends with the rate's stem: 调解成功 … 成功率, 调解成功 … 调解成功率 (not 办结 … 按时办结率).
    if (it.desc.endsWith(stem)) {
      numerator = it;
      break;
    }
  }
  if (!numerator) return null;
  // The denominator: the nearest earlier count of the same kind that is not a listed part of another total
  // ("受理400件，其中婚姻纠纷90件，调解成功396件" → 400) and is not smaller than the numerator.
  const index = inSentence.indexOf(numerator);
  const wholes = wholesOfParts(lists);
  const listedPart = (it: Item) => [...(wholes.get(it) ?? [])].some((w) => w !== numerator);
  const denominator = inSentence
    .slice(0, index)
    .reverse()
    .find((it) => rateUnitGroup(it.n.unit) === rateUnitGroup(numerator!.n.unit) && !listedPart(it) && it.n.value >= numerator!.n.value);
  if (!denominator || denominator.n.value <= 0) return null;
  if (numerator.n.approx || denominator.n.approx || numerator.n.bound || denominator.n.bound) return { computed: null, computedFrom: null, strict: false, method: "stem", note: approxNote(r) };
  return { computed: numerator.n.value / denominator.n.value, computedFrom: `${fmt(numerator.n.value)}/${fmt(denominator.n.value)}`, strict: true, method: "stem" };
}

// ——— growth: "达80人，较上年增加30人，增长率60%" → 30/(80−30) ———

function byGrowth(doc: Doc, r: NumericFact): Basis | null {
  const label = compactFold(r.label ?? "");
  const up = GROWTH_WORDS.some((w) => label.includes(compactFold(w)));
  const down = DECLINE_WORDS.some((w) => label.includes(compactFold(w)));
  if (!up && !down && !(r.kind === "change" && r.direction)) return null;
  // "败诉率同比下降17.65%" is the change of a rate, not of a count: not computed from counts.
  let subject = label;
  for (const w of [...GROWTH_WORDS, ...DECLINE_WORDS].map((x) => compactFold(x)).sort((a, b) => b.length - a.length)) subject = subject.split(w).join("");
  if (subject.includes(RATE_SUFFIX)) return null;
  const goingUp = up || (!down && r.direction === "up");
  const inSentence = doc.model.numbers.filter((n) => n.sentence === r.sentence && n.span[1] <= r.span[0]);
  const change = [...inSentence].reverse().find((n) => n.kind === "change" && n.unit !== "%" && n.unit !== "个百分点" && n.unit !== null);
  if (!change) return null;
  // The level reached: the count of the same unit before the change ("达80人，较上年增加30人"), else after it ("较上年增加30人，达到80人").
  const sameUnit = doc.itemsOf(r.sentence).filter((it) => it.n.span[1] <= r.span[0] && unitGroup(it.n.unit) === unitGroup(change.unit));
  const level = sameUnit.filter((it) => it.n.span[1] <= change.span[0]).pop() ?? sameUnit.find((it) => it.n.span[0] >= change.span[1]);
  if (!level) return null;
  const base = goingUp ? level.n.value - change.value : level.n.value + change.value;
  if (base <= 0) return null;
  const pieces = [doc.quote([Math.min(doc.labelStart(level.n), doc.labelStart(change)), r.span[1]])];
  if (level.n.approx || change.approx) return { computed: null, computedFrom: null, strict: false, method: "growth", pieces, note: approxNote(r) };
  const from = `${fmt(change.value)}/(${fmt(level.n.value)}${goingUp ? "-" : "+"}${fmt(change.value)})`;
  return { computed: change.value / base, computedFrom: from, strict: true, method: "growth", pieces };
}

// ——— shares: "…占比达12%" with its part and total in the same passage ———

function byShare(doc: Doc, r: NumericFact, lists: PartsList[]): Basis | null {
  const label = compactFold(r.label ?? "");
  if (!SHARE_WORDS.some((w) => label.includes(compactFold(w)))) return null;
  const paragraph = doc.paragraphAt(r.span[0]);
  const inPassage = lists.filter((l) => l.whole.paragraph === paragraph && l.whole.n.span[0] < r.span[0]);
  const stated: StatedRate = { value: r.value, decimals: r.decimals, approx: r.approx, bound: r.bound };
  // Explicit: "其中调解结案6件，占比12%" — the count right before the share is its part.
  const previous = doc.model.numbers.filter((n) => n.sentence === r.sentence && n.span[1] <= r.span[0]).pop();
  const part = previous && doc.items.find((it) => it.n === previous);
  if (part && r.span[0] - part.n.span[1] <= 24) {
    const list = inPassage.find((l) => l.parts.includes(part));
    if (list && list.whole.n.value > 0 && !part.n.approx && !list.whole.n.approx) {
      return { computed: part.n.value / list.whole.n.value, computedFrom: `${fmt(part.n.value)}/${fmt(list.whole.n.value)}`, strict: true, method: "share" };
    }
  }
  // Described: the share's words name one of the listed parts ("调解、和解…占比" ↔ "调解、和解等终止处理6件").
  const sentence = doc.model.sentences[r.sentence];
  const lead = sentence ? bigrams(doc.compactOf([sentence.span[0], r.span[0]])) : new Set<string>();
  const found: Array<{ part: Item; whole: Item; overlap: number; computed: number }> = [];
  for (const list of inPassage) {
    if (list.whole.n.value <= 0 || list.whole.n.approx) continue;
    for (const p of list.parts) {
      if (p.n.approx) continue;
      const computed = p.n.value / list.whole.n.value;
      if (!rateAgrees(stated, computed)) continue;
      const overlap = [...bigrams(p.desc)].filter((b) => lead.has(b)).length;
      if (overlap > 0) found.push({ part: p, whole: list.whole, overlap, computed });
    }
  }
  found.sort((a, b) => b.overlap - a.overlap);
  const best = found[0];
  if (best) return { computed: best.computed, computedFrom: `${fmt(best.part.n.value)}/${fmt(best.whole.n.value)}`, strict: false, method: "share" };
  return inPassage.length > 0
    ? {
        computed: null,
        computedFrom: null,
        strict: false,
        method: "share",
        note: { zh: `${r.raw}：报告未写明这一占比的分子和分母，无法核对`, en: `${r.raw}: the report does not say which counts this share is taken of, so it cannot be checked` },
      }
    : null;
}

const GENERIC = new Set(GENERIC_BIGRAMS.map((b) => compactFold(b)));
function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  const chars = Array.from(s);
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if (!HAN.test(a) || !HAN.test(b)) continue;
    const bg = a + b;
    if (!GENERIC.has(bg)) out.add(bg);
  }
  return out;
}
