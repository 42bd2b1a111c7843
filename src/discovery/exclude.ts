// `exclude` (the input, --exclude and the config file's) with .gitignore semantics, by the `ignore`
// package (the matcher Prettier and ESLint use): `widgets/` is a folder at any depth, `*.tmp.json` a
// name at any depth, `/apps` or `apps/legacy` anchored at the repository root, `**` any folders,
// `!pattern` includes again (not inside an excluded folder, as git). Letter case counts, as in git
// on Linux. Each pattern that excludes no file is reported, so a typo does not pass silently.
import ignore, { type Ignore } from 'ignore';
import { UsageError } from './discovery.js';

/** Patterns an exclude may hold: each is a regular expression tested against every path. */
export const MAX_EXCLUDE_PATTERNS = 1000;
export const MAX_EXCLUDE_PATTERN_LENGTH = 1000;
/** Paths tested again, at most, to be sure that a pattern that decided no path matches none (a bound for the whole run). */
const MAX_RECHECKS = 1_000_000;

export interface Excluder {
  /** Whether the workspace-relative POSIX path is excluded. */
  excludes(path: string): boolean;
  /** The patterns (as given) that matched none of the paths asked about. */
  unmatched(): string[];
}

/** At most this many `**` segments in an exclude pattern. */
export const MAX_EXCLUDE_GLOBSTARS = 1;
/** At most this many `**` segments in a config file's files and overrides globs (picomatch). */
export const MAX_GLOB_GLOBSTARS = 2;

/** How many path segments of `pattern` are `**`. */
export function globstars(pattern: string): number {
  let n = 0;
  for (const segment of pattern.split('/')) if (segment === '**') n++;
  return n;
}

/** Checks and normalizes one pattern (a UsageError naming the input for one that leaves the workspace). */
function normalize(raw: string, inputName: string): string | undefined {
  let p = raw.trim();
  if (p === '' || p.startsWith('#')) return undefined;
  const negated = p.startsWith('!');
  const body = negated ? p.slice(1) : p;
  if (/^[A-Za-z]:[\\/]/.test(body) || body.split('/').includes('..')) {
    throw new UsageError(`${inputName}: "${raw.trim()}" points outside the workspace; patterns are relative to the repository root, as in .gitignore (e.g. "widgets/", "apps/legacy/**")`);
  }
  if (p.length > MAX_EXCLUDE_PATTERN_LENGTH) throw new UsageError(`${inputName}: a pattern of ${p.length} characters is too long (at most ${MAX_EXCLUDE_PATTERN_LENGTH})`);
  // The matcher's regular expression backtracks on each further "**" (two of them against a path 2,000
  // folders deep: 10 s for one path); one keeps every test linear in the path's length.
  if (globstars(body) > MAX_EXCLUDE_GLOBSTARS) {
    throw new UsageError(
      `${inputName}: "${raw.trim().slice(0, 80)}" has ${globstars(body)} "**" segments; a pattern may have at most ${MAX_EXCLUDE_GLOBSTARS} (a pattern without "/" already matches at any depth: "widgets/")`,
    );
  }
  // "./apps": the repository's apps (a leading slash anchors, as in .gitignore).
  if (body.startsWith('./')) p = `${negated ? '!' : ''}/${body.replace(/^(\.\/)+/, '')}`;
  return p;
}

const nothing: Excluder = { excludes: () => false, unmatched: () => [] };

export function createExcluder(patterns: readonly string[], inputName = 'exclude'): Excluder {
  if (patterns.length > MAX_EXCLUDE_PATTERNS) throw new UsageError(`${inputName}: ${patterns.length} patterns are too many (at most ${MAX_EXCLUDE_PATTERNS})`);
  const rules: { given: string; pattern: string }[] = [];
  for (const given of patterns) {
    const pattern = normalize(given, inputName);
    if (pattern !== undefined) rules.push({ given: given.trim(), pattern });
  }
  if (rules.length === 0) return nothing;
  const matcher = ignore({ ignorecase: false }).add(rules.map((r) => r.pattern));
  /** The patterns that decided at least one path. */
  const used = new Set<string>();
  /**
   * The paths some pattern decided (excluded, or included again), kept while some pattern has decided
   * none: a pattern that matches only paths a later one decides is found among them at the end.
   */
  let decided: string[] | undefined = [];
  const excludes = (path: string): boolean => {
    // A path above the workspace (a PATH argument's `..`) is never excluded (ignore refuses it).
    if (path.startsWith('../') || path === '..') return false;
    const result = matcher.test(path);
    if (result.rule !== undefined) {
      used.add(result.rule.pattern);
      if (decided !== undefined) {
        if (used.size === rules.length) decided = undefined;
        else decided.push(path);
      }
    }
    return result.ignored;
  };
  const unmatched = (): string[] => {
    const candidates = rules.filter((r) => !used.has(r.pattern));
    const out: string[] = [];
    let budget = MAX_RECHECKS;
    for (const r of candidates) {
      const paths = decided ?? [];
      // Past the budget, no warning rather than a wrong one.
      if ((budget -= paths.length) < 0) break;
      const alone: Ignore = ignore({ ignorecase: false }).add(r.pattern.startsWith('!') ? r.pattern.slice(1) : r.pattern);
      if (!paths.some((p) => alone.ignores(p))) out.push(r.given);
    }
    return out;
  };
  return { excludes, unmatched };
}

/** The warning the shells give for each of Discovery.unmatchedExcludes. */
export function unmatchedExcludeWarning(pattern: string): string {
  return `exclude pattern ${JSON.stringify(pattern)} matches no file that would be checked (patterns follow .gitignore: "widgets/" is a folder at any depth, "apps/legacy/**" is relative to the repository root)`;
}
