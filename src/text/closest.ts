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
  // Three rolling rows (i-2, i-1, i) of the distance table instead of the whole table.
  let before = new Int32Array(n + 1);
  let previous = new Int32Array(n + 1);
  let current = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, before[j - 2]! + 1);
      current[j] = v;
    }
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[n]!;
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
