// Did-you-mean for names a user typed: options, commands, keys, rule ids. No dependencies, so the CLI's
// usage errors and `--version` load nothing else.

/** The closest candidate within a small edit distance (case-insensitive), for "did you mean". */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  if (best !== undefined && bestDistance <= allowed) return best;
  // A longer spelling of a short keyword ("warning" for "warn") is too far by edit distance but clearly meant.
  const prefixed = candidates.filter((c) => c.length >= 3 && w.startsWith(c.toLowerCase()));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/**
 * Up to three candidates close to `input`, best first, for a did-you-mean under a usage mistake: the same
 * name without its namespace first ("head-appearance-rate" → "indicators/head-appearance-rate"), then a
 * candidate that contains it, then by edit distance.
 */
export function closeCandidates(input: string, candidates: readonly string[]): string[] {
  const lower = input.toLowerCase();
  const scored = candidates.map((c) => {
    const name = c.slice(c.indexOf("/") + 1).toLowerCase();
    const d = name === lower ? 0 : c.toLowerCase().includes(lower) ? 1 : Math.min(editDistance(lower, c.toLowerCase()), editDistance(lower, name));
    return { c, d };
  });
  const limit = Math.max(2, Math.floor(input.length / 3));
  return scored
    .filter((s) => s.d <= limit)
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1))
    .slice(0, 3)
    .map((s) => s.c);
}

/** Edit distance (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

