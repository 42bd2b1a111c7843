// The severity overrides a file gets: the config file's `rules`, then each of its `overrides`
// whose globs match the file's path (in order: later entries win), then the `rules` input or
// `--rules` flag on top (a given input or flag wins over the config file).
import picomatch from 'picomatch';
import { normalizeGlobs } from '../discovery/discovery.js';
import type { SeverityOverrides } from '../engine/engine.js';
import type { RuleId, Severity } from '../engine/findings.js';
import type { LoadedConfig } from './load-config.js';

export interface EffectiveSeverities {
  /** The overrides of every file (no config overrides), or of files no override matches. */
  severities: SeverityOverrides;
  /** Per path, when the config has overrides (ValidationOptions.severitiesFor). */
  severitiesFor?: (path: string) => SeverityOverrides;
}

function merge(...layers: (SeverityOverrides | undefined)[]): Map<RuleId, Severity | 'off'> {
  const out = new Map<RuleId, Severity | 'off'>();
  for (const layer of layers) for (const [rule, level] of layer ?? []) out.set(rule, level);
  return out;
}

export function effectiveSeverities(config: LoadedConfig | undefined, given: SeverityOverrides): EffectiveSeverities {
  const base = merge(config?.rules, given);
  const overrides = config?.overrides ?? [];
  if (overrides.length === 0) return { severities: base };
  const matchers = overrides.map((o) => picomatch(normalizeGlobs(o.files, 'overrides'), { dot: true }));
  // Files matched by the same overrides share one map (most files: a handful of combinations).
  const byCombination = new Map<string, SeverityOverrides>();
  return {
    severities: base,
    severitiesFor: (path) => {
      let key = '';
      for (let i = 0; i < matchers.length; i++) if (matchers[i]!(path)) key += `${i},`;
      if (key === '') return base;
      let found = byCombination.get(key);
      if (found === undefined) {
        const layers = key
          .split(',')
          .filter((k) => k !== '')
          .map((k) => overrides[Number(k)]!.rules);
        found = merge(config?.rules, ...layers, given);
        byCombination.set(key, found);
      }
      return found;
    },
  };
}
