// "Did you mean": the known name closest to a typo, and known values ordered by closeness.

const SEPARATORS = /[\s_\-.]/g;

function normalize(s: string): string {
  return s.toLowerCase().replace(SEPARATORS, '');
}

/** Candidates are the same few lists (property names, enum values) again and again. */
const normalized = new Map<string, string>();

function normalizeCandidate(s: string): string {
  let n = normalized.get(s);
  if (n === undefined) {
    n = normalize(s);
    if (normalized.size >= 4096) normalized.clear();
    normalized.set(s, n);
  }
  return n;
}

let rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions). With `max`, a
 * distance above it is returned as max + 1, and only what can be at most `max` is computed
 * (Ukkonen's band): cells with |i - j| <= max, and rows until one has no cell within `max` (a
 * row's minimum never decreases). Unrelated strings then cost a few cells, not the whole table.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const m = a.length;
  const n = b.length;
  const beyond = max + 1;
  if (Math.abs(m - n) > max) return beyond;
  if (m === 0 || n === 0) return m + n;
  // Three rolling rows (i-2, i-1, i) of the distance table instead of the whole table, reused
  // from call to call (every cell read is written first in this call).
  if (rows[0]!.length < n + 1) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    // The band of row i; the cells just outside it, which the band's edges read, count as beyond.
    const lo = Math.max(1, i - max);
    const hi = Math.min(n, i + max);
    current[lo - 1] = lo === 1 ? i : beyond;
    if (hi === i + max) previous[hi] = beyond;
    let rowMin = current[lo - 1]!;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, before[j - 2]! + 1);
      current[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return beyond;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[n]!, beyond);
}

/** `a`: the normalized input. */
function score(a: string, candidate: string): number {
  const b = normalizeCandidate(candidate);
  if (a === b) return 0;
  let s = editDistance(a, b);
  if (b.includes(a) || a.includes(b)) s = Math.min(s, 1 + Math.abs(a.length - b.length) / 4);
  return s;
}

/** How far a typo of `b` may be from it (`a`: the normalized input, `b`: a normalized candidate). */
function limitOf(a: string, b: string): number {
  return Math.max(2, Math.ceil(Math.min(a.length, b.length) / 3));
}

/**
 * The closest candidate (the first of a tie) when it is close enough to be a likely typo, and whether
 * another is as close. A candidate whose length alone puts it beyond every candidate's limit is not
 * compared (no edit distance is smaller than the difference of the lengths): it could be the closest
 * only if none were close enough. Most unknown keys are no typo of anything, and a file can have a
 * hundred thousand of them.
 */
function closest(input: string, candidates: readonly string[]): { best: string; tied: boolean } | undefined {
  if (input.length > 200) return undefined;
  const a = normalize(input);
  let reach = 0;
  for (const c of candidates) reach = Math.max(reach, limitOf(a, normalizeCandidate(c)));
  let best: string | undefined;
  let bestScore = Infinity;
  let tied = false;
  for (const c of candidates) {
    const gap = Math.abs(a.length - normalizeCandidate(c).length);
    if (Math.min(gap, 1 + gap / 4) > reach) continue;
    const s = score(a, c);
    if (s < bestScore) {
      bestScore = s;
      best = c;
      tied = false;
    } else if (s === bestScore) tied = true;
  }
  if (best === undefined) return undefined;
  return bestScore <= limitOf(a, normalizeCandidate(best)) ? { best, tied } : undefined;
}

/** The closest candidate, if it is close enough to be a likely typo. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  return closest(input, candidates)?.best;
}

/** English plurals of a (normalized) name: retry -> retries, type -> types, box -> boxes. */
function plurals(s: string): string[] {
  return s.endsWith('y') ? [s + 's', s.slice(0, -1) + 'ies'] : [s + 's', s + 'es'];
}

/**
 * A did-you-mean close enough to be certain: no other candidate is as close, and the two differ
 * only in letter case and separators (clientName), by one edit (client_nam), or as singular and
 * plural (max_retry). A looser guess (uri for logo_uri) stays a guess in the message.
 */
export function certainMatch(input: string, candidates: readonly string[]): string | undefined {
  return matchesOf(input, candidates).certain;
}

/** closestMatch and certainMatch at once (one comparison with each candidate, not two). */
export function matchesOf(input: string, candidates: readonly string[]): { closest?: string; certain?: string } {
  const found = closest(input, candidates);
  if (found === undefined) return {};
  if (found.tied) return { closest: found.best };
  const a = normalize(input);
  const b = normalizeCandidate(found.best);
  const near = a === b || editDistance(a, b) <= 1 || plurals(a).includes(b) || plurals(b).includes(a);
  return near ? { closest: found.best, certain: found.best } : { closest: found.best };
}

/** Candidates ordered from closest to farthest (stable for ties). */
export function byCloseness(input: string, candidates: readonly string[]): string[] {
  const a = input.length > 200 ? '' : normalize(input);
  const scored = candidates.map((c, i) => ({ c, i, s: input.length > 200 ? 0 : score(a, c) }));
  scored.sort((x, y) => x.s - y.s || x.i - y.i);
  return scored.map((x) => x.c);
}
