// "Did you mean": the known name closest to a typo, and known values ordered by closeness.

function normalize(s: string): string {
  return s.toLowerCase().replace(/[\s_\-.]/g, '');
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => [i, ...new Array<number>(n).fill(0)]);
  for (let j = 0; j <= n; j++) d[0]![j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[m]![n]!;
}

function score(input: string, candidate: string): number {
  const a = normalize(input);
  const b = normalize(candidate);
  if (a === b) return 0;
  let s = editDistance(a, b);
  if (b.includes(a) || a.includes(b)) s = Math.min(s, 1 + Math.abs(a.length - b.length) / 4);
  return s;
}

/** The closest candidate, if it is close enough to be a likely typo. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > 200) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const s = score(input, c);
    if (s < bestScore) {
      bestScore = s;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.min(normalize(input).length, normalize(best).length) / 3));
  return bestScore <= limit ? best : undefined;
}

/** Candidates ordered from closest to farthest (stable for ties). */
export function byCloseness(input: string, candidates: readonly string[]): string[] {
  const scored = candidates.map((c, i) => ({ c, i, s: input.length > 200 ? 0 : score(input, c) }));
  scored.sort((x, y) => x.s - y.s || x.i - y.i);
  return scored.map((x) => x.c);
}
