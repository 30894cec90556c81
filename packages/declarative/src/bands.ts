import type { BandInput, ThresholdInput } from "./schema.js";

/**
 * Scoring bands of an indicator. `{ min, score }` = "at least min" (of several, the highest min reached
 * applies); `{ max, score }` = "at most max" (the lowest max not exceeded applies); both = the range
 * [min, max]. Each band therefore covers a definite interval; intervals must not overlap, and a value in
 * no band scores 0.
 */
export interface Band {
  index: number;
  score: number;
  /** The interval this band covers. */
  lo: number;
  loInclusive: boolean;
  hi: number;
  hiInclusive: boolean;
  /** How the file wrote it, for messages: "≥ 95%", "≤ 10%", "80%–90%". */
  label: string;
}

/** "95%" → 0.95; numbers as they are. */
export function thresholdValue(t: ThresholdInput): number {
  return typeof t === "number" ? t : Number(t.slice(0, -1)) / 100;
}

function show(t: ThresholdInput): string {
  return typeof t === "number" ? String(t) : t;
}

export function buildBands(inputs: readonly BandInput[]): Band[] {
  const mins = inputs
    .map((b, index) => ({ b, index }))
    .filter(({ b }) => b.min !== undefined && b.max === undefined)
    .sort((x, y) => thresholdValue(y.b.min!) - thresholdValue(x.b.min!));
  const maxs = inputs
    .map((b, index) => ({ b, index }))
    .filter(({ b }) => b.max !== undefined && b.min === undefined)
    .sort((x, y) => thresholdValue(x.b.max!) - thresholdValue(y.b.max!));
  const bands: Band[] = [];
  mins.forEach(({ b, index }, i) => {
    const above = mins[i - 1];
    bands.push({
      index,
      score: b.score,
      lo: thresholdValue(b.min!),
      loInclusive: true,
      hi: above ? thresholdValue(above.b.min!) : Infinity,
      hiInclusive: false,
      label: `≥ ${show(b.min!)}`,
    });
  });
  maxs.forEach(({ b, index }, i) => {
    const below = maxs[i - 1];
    bands.push({
      index,
      score: b.score,
      lo: below ? thresholdValue(below.b.max!) : -Infinity,
      loInclusive: false,
      hi: thresholdValue(b.max!),
      hiInclusive: true,
      label: `≤ ${show(b.max!)}`,
    });
  });
  inputs.forEach((b, index) => {
    if (b.min === undefined || b.max === undefined) return;
    bands.push({
      index,
      score: b.score,
      lo: thresholdValue(b.min),
      loInclusive: true,
      hi: thresholdValue(b.max),
      hiInclusive: true,
      label: `${show(b.min)}–${show(b.max)}`,
    });
  });
  return bands.sort((a, b) => a.index - b.index);
}

function contains(band: Band, v: number): boolean {
  const aboveLo = band.loInclusive ? v >= band.lo : v > band.lo;
  const belowHi = band.hiInclusive ? v <= band.hi : v < band.hi;
  return aboveLo && belowHi;
}

/** The band a value falls in, or null. */
export function bandOf(bands: readonly Band[], value: number): Band | null {
  return bands.find((b) => contains(b, value)) ?? null;
}

/** Pairs of bands that share a value; also bands written with the same threshold twice. */
export function overlappingBands(inputs: readonly BandInput[]): Array<{ a: number; b: number; at: string }> {
  const out: Array<{ a: number; b: number; at: string }> = [];
  // Same threshold written twice in one ladder: the ladder gives the second an empty interval.
  const seen = new Map<string, number>();
  inputs.forEach((b, i) => {
    const key = b.min !== undefined && b.max === undefined ? `min:${thresholdValue(b.min)}` : b.max !== undefined && b.min === undefined ? `max:${thresholdValue(b.max)}` : null;
    if (!key) return;
    const first = seen.get(key);
    if (first !== undefined) out.push({ a: first, b: i, at: show((b.min ?? b.max)!) });
    else seen.set(key, i);
  });
  const bands = buildBands(inputs);
  for (let i = 0; i < bands.length; i++) {
    for (let j = i + 1; j < bands.length; j++) {
      const x = bands[i]!;
      const y = bands[j]!;
      if (out.some((o) => (o.a === x.index && o.b === y.index) || (o.a === y.index && o.b === x.index))) continue;
      const lo = Math.max(x.lo, y.lo);
      const hi = Math.min(x.hi, y.hi);
      let shared: number | null = null;
      if (lo < hi) shared = Number.isFinite(lo) ? lo : hi;
      else if (lo === hi && contains(x, lo) && contains(y, lo)) shared = lo;
      if (shared !== null && Number.isFinite(shared)) out.push({ a: Math.min(x.index, y.index), b: Math.max(x.index, y.index), at: String(shared) });
    }
  }
  return out;
}
