// What a config file turns off or down, for the note the check run, the job summary and the log
// give when a pull request changes the file (a pull request can change it to let itself pass).
// Plain data, and its wording as text and as Markdown (every word from the file in a code span).
import type { SeverityOverrides } from '../engine/engine.js';
import { describeRule } from '../rules/catalogue.js';
import type { LoadedConfig } from './load-config.js';
import { codeSpan } from '../reporters/markdown-summary.js';

export type Lowering =
  { kind: 'rule'; rule: string; to: 'off' | 'warning'; files?: string[] } | { kind: 'fail-on'; to: 'never' } | { kind: 'exclude'; patterns: string[] } | { kind: 'files'; patterns: string[] };

export interface ConfigChange {
  /** The config file, repository-relative. */
  path: string;
  lowered: Lowering[];
}

/** What the config turns off or down from the defaults, leaving out what a given input or flag decides instead. */
export function loweringsOf(config: LoadedConfig, given: { rules: SeverityOverrides; failOn: boolean; files: boolean }): Lowering[] {
  const out: Lowering[] = [];
  const add = (rules: SeverityOverrides | undefined, files?: string[]) => {
    for (const [rule, level] of rules ?? []) {
      if (given.rules.has(rule)) continue;
      if (level === 'off') out.push({ kind: 'rule', rule, to: 'off', ...(files ? { files } : {}) });
      else if (level === 'warning' && describeRule(rule).defaultSeverity === 'error') out.push({ kind: 'rule', rule, to: 'warning', ...(files ? { files } : {}) });
    }
  };
  add(config.rules);
  for (const o of config.overrides) add(o.rules, o.files);
  if (config.failOn === 'never' && !given.failOn) out.push({ kind: 'fail-on', to: 'never' });
  if ((config.exclude ?? []).length > 0) out.push({ kind: 'exclude', patterns: config.exclude! });
  if ((config.files ?? []).length > 0 && !given.files) out.push({ kind: 'files', patterns: config.files! });
  return out;
}

/** The note lists at most this many lowerings, this many patterns each, each cut at PATTERN_CHARS: it stays short in any summary. */
export const MAX_LISTED_LOWERINGS = 10;
const MAX_PATTERNS = 3;
const PATTERN_CHARS = 60;

function words(l: Lowering, quote: (s: string) => string): string {
  const list = (xs: string[]) => {
    const shown = xs.slice(0, MAX_PATTERNS).map((x) => quote(x.length > PATTERN_CHARS ? `${x.slice(0, PATTERN_CHARS)}…` : x));
    return xs.length > shown.length ? `${shown.join(', ')} and ${xs.length - shown.length} more` : shown.join(', ');
  };
  switch (l.kind) {
    case 'rule':
      return `${l.to === 'off' ? `turns ${l.rule} off` : `turns ${l.rule} down to warning`}${l.files ? ` in ${list(l.files)}` : ''}`;
    case 'fail-on':
      return 'sets fail-on to never';
    case 'exclude':
      return `excludes ${list(l.patterns)}`;
    case 'files':
      return `checks only ${list(l.patterns)}`;
  }
}

function sentence(change: ConfigChange, path: string, quote: (s: string) => string, bold: (s: string) => string): string {
  const listed = change.lowered.slice(0, MAX_LISTED_LOWERINGS).map((l) => words(l, quote));
  const more = change.lowered.length - listed.length;
  if (more > 0) listed.push(`${more} more (see ${path})`);
  return `${bold(`This pull request changes ${path}`)}${listed.length > 0 ? `, which ${listed.join('; ')}` : ' (it turns no rule off or down)'}.`;
}

/** One sentence for the log. */
export function configChangeText(change: ConfigChange): string {
  return sentence(
    change,
    change.path,
    (s) => JSON.stringify(s),
    (s) => s,
  );
}

/** The same as Markdown: the path and the patterns (the file's own text) in code spans. */
export function configChangeMarkdown(change: ConfigChange): string {
  return sentence(
    change,
    codeSpan(change.path),
    (s) => codeSpan(s),
    (s) => `**${s}**`,
  );
}
