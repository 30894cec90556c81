import type { Doc } from "./doc.js";
import { claimOf, evidenceOf, joinPieces } from "./doc.js";
import type { PartsList } from "./partition.js";
import type { ConsistencyCheck } from "./types.js";

/**
 * Totals vs parts. A list with two or more parts is checked: equal → consistent; parts above the total →
 * inconsistent; parts below it → inconsistent only when the parts cover the total by definition
 * (受理+不予受理, 办结+正在审理, a 其他 part), otherwise not reported. Approximate numbers → unverifiable.
 */
export function sumChecks(doc: Doc, lists: PartsList[]): ConsistencyCheck[] {
  const checks: ConsistencyCheck[] = [];
  for (const list of lists) {
    if (list.parts.length < 2) continue;
    const { whole, parts } = list;
    const sum = parts.reduce((s, p) => s + p.n.value, 0);
    const approx = whole.n.approx || whole.n.bound !== null || parts.some((p) => p.n.approx || p.n.bound !== null);
    let verdict: ConsistencyCheck["verdict"];
    if (approx) verdict = "unverifiable";
    else if (sum === whole.n.value) verdict = "consistent";
    else if (sum > whole.n.value) verdict = "inconsistent";
    else if (list.complete) verdict = "inconsistent";
    else continue;
    const pieces = joinPieces(doc, [doc.quote([doc.labelStart(whole.n), whole.n.span[1]]), doc.quote([parts[0]!.piece[0], parts[parts.length - 1]!.piece[1]])]);
    const computedFrom = parts.map((p) => fmt(p.n.value)).join("+");
    const w = whole.n.raw;
    const explanation =
      verdict === "consistent"
        ? { zh: `${w} 与 ${computedFrom} = ${fmt(sum)} 相符`, en: `${w} agrees with ${computedFrom} = ${fmt(sum)}` }
        : verdict === "unverifiable"
          ? { zh: `${w} 与分项 ${computedFrom} = ${fmt(sum)} 含约数（余、近、以上），无法核对`, en: `${w} vs its parts ${computedFrom} = ${fmt(sum)}: approximate numbers (余, 近, 以上) cannot be checked` }
          : sum > whole.n.value
            ? { zh: `分项之和 ${computedFrom} = ${fmt(sum)} 超过总数 ${w}`, en: `the parts ${computedFrom} = ${fmt(sum)} exceed the total ${w}` }
            : { zh: `分项 ${computedFrom} = ${fmt(sum)} 应等于总数 ${w}，少了 ${fmt(whole.n.value - sum)}`, en: `the parts ${computedFrom} = ${fmt(sum)} should add up to the total ${w}; ${fmt(whole.n.value - sum)} are missing` };
    checks.push({
      kind: "sum",
      method: list.via,
      claim: claimOf(pieces),
      pieces,
      computedFrom: verdict === "unverifiable" ? null : computedFrom,
      computed: verdict === "unverifiable" ? null : sum,
      stated: whole.n.value,
      statedText: w,
      tolerance: 0,
      verdict,
      evidence: evidenceOf(doc, pieces),
      explanation,
    });
  }
  return checks;
}

/** A part larger than its total ("收到申请30件，其中受理35件"): impossible, whatever else the list says. */
export function partOverWholeChecks(doc: Doc, lists: PartsList[]): ConsistencyCheck[] {
  const checks: ConsistencyCheck[] = [];
  for (const list of lists) {
    if (list.via !== "marker" && list.whole.sentence !== list.parts[0]!.sentence) continue;
    for (const part of list.parts) {
      if (part.n.approx || list.whole.n.approx || part.n.bound || list.whole.n.bound) continue;
      if (part.n.value <= list.whole.n.value) continue;
      const pieces = joinPieces(doc, [doc.quote([doc.labelStart(list.whole.n), list.whole.n.span[1]]), doc.quote(part.piece)]);
      checks.push({
        kind: "impossible",
        method: "part-over-whole",
        claim: claimOf(pieces),
        pieces,
        computedFrom: `${fmt(part.n.value)}>${fmt(list.whole.n.value)}`,
        computed: null,
        stated: part.n.value,
        statedText: part.n.raw,
        tolerance: 0,
        verdict: "inconsistent",
        evidence: evidenceOf(doc, pieces),
        explanation: {
          zh: `分项 ${part.n.raw} 大于其总数 ${list.whole.n.raw}`,
          en: `the part ${part.n.raw} is larger than its total ${list.whole.n.raw}`,
        },
      });
    }
  }
  return checks;
}

export function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Math.round(x * 1e6) / 1e6);
}
