/** Edit distance (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/** Up to three candidates close to `input`: same name without its namespace first, then by edit distance. */
export function didYouMean(input: string, candidates: string[]): string[] {
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
