// What a config file turns off or down, for the note the check run, the job summary and the log
// give when a pull request changes the file (a pull request can change it to let itself pass).
// Plain data, and its wording as text and as Markdown (every word from the file in a code span).
import type { SeverityOverrides } from '../engine.js';
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

function words(l: Lowering, quote: (s: string) => string): string {
  const list = (xs: string[]) => xs.map(quote).join(', ');
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

/** One sentence for the log. */
export function configChangeText(change: ConfigChange): string {
  const what = change.lowered.map((l) => words(l, (s) => JSON.stringify(s)));
  return `This pull request changes ${change.path}${what.length > 0 ? `, which ${what.join('; ')}` : ' (it turns no rule off or down)'}.`;
}

/** The same as Markdown: the path and the patterns (the file's own text) in code spans. */
export function configChangeMarkdown(change: ConfigChange): string {
  const what = change.lowered.map((l) => words(l, (s) => codeSpan(s)));
  return `**This pull request changes ${codeSpan(change.path)}**${what.length > 0 ? `, which ${what.join('; ')}` : ' (it turns no rule off or down)'}.`;
}
