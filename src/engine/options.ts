// Parsing of the user's settings, shared by the action inputs and the command line flags. A bad
// value is a UsageError that names the input and says what is allowed.
import type { FileResult, ProfileId, RuleId, Severity } from './findings.js';
import { MAX_PROFILE_ID, profileIdOfDigits } from './profile-id.js';
import { isRuleId, RULE_IDS } from '../rules/catalogue.js';
import { splitList, UsageError } from '../discovery/discovery.js';
import type { SeverityOverrides } from './engine.js';
import { closestMatch } from '../text/closest.js';

export { UsageError };

export type FailOn = 'error' | 'warning' | 'never';

export function parseFailOn(value: string, inputName = 'fail-on'): FailOn {
  const v = value.trim().toLowerCase() || 'error';
  if (v === 'error' || v === 'warning' || v === 'never') return v;
  const guess = closestMatch(v, ['error', 'warning', 'never']);
  throw new UsageError(`${inputName}: "${value.trim()}" is not one of error, warning, never${guess === undefined ? '' : `; did you mean "${guess}"?`}`);
}

/**
 * Profile ids, as in enabled_for_profiles: integers written in digits (leading zeros allowed here:
 * "042" is 42), from 1 to 9223372036854775807 (2^63-1), each once. Not `+5`, `5.0`, `1e3`, `0`.
 */
export function parseProfiles(value: string, inputName = 'profiles'): ProfileId[] {
  const out = new Set<ProfileId>();
  for (const token of value.split(/[\s,]+/)) {
    if (token === '') continue;
    const shown = token.length > 40 ? `${token.slice(0, 40)}…` : token;
    if (!/^[0-9]+$/.test(token)) {
      throw new UsageError(`${inputName}: "${shown}" is not a profile id; give integers separated by commas, spaces or newlines (e.g. "42, 43")`);
    }
    const digits = token.replace(/^0+/, '');
    if (digits === '') throw new UsageError(`${inputName}: "${shown}" is not a profile id; profile ids are positive integers (e.g. "42, 43")`);
    const id = profileIdOfDigits(digits);
    if (id === undefined) throw new UsageError(`${inputName}: "${shown}" is not a profile id; profile ids are at most ${MAX_PROFILE_ID} (a 64-bit integer)`);
    out.add(id);
  }
  return [...out];
}

export function parseSeverityOverrides(value: string, inputName = 'rules'): SeverityOverrides {
  const overrides = new Map<RuleId, Severity | 'off'>();
  for (const item of splitList(value)) {
    const match = /^([a-z-]+)\s*[=:]\s*([a-z]+)$/i.exec(item.trim());
    if (!match) {
      throw new UsageError(`${inputName}: "${item}" is not of the form id=off|warning|error (e.g. "placeholder=off, insecure-url=error")`);
    }
    const id = match[1]!.toLowerCase();
    const level = match[2]!.toLowerCase();
    if (!isRuleId(id)) {
      const guess = closestMatch(id, RULE_IDS);
      throw new UsageError(`${inputName}: unknown rule id "${id}"; ${guess === undefined ? `valid ids: ${RULE_IDS.join(', ')}` : `did you mean "${guess}"?`}`);
    }
    if (id === 'internal-error') {
      throw new UsageError(`${inputName}: internal-error cannot be changed; a validator failure always fails the run`);
    }
    if (level !== 'off' && level !== 'warning' && level !== 'error') {
      const guess = closestMatch(level, ['off', 'warning', 'error']);
      throw new UsageError(`${inputName}: "${match[2]}" for ${id} is not one of off, warning, error${guess === undefined ? '' : `; did you mean "${guess}"?`}`);
    }
    overrides.set(id, level);
  }
  return overrides;
}

export function parseBoolean(value: string, inputName: string, fallback: boolean): boolean {
  const v = value.trim();
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new UsageError(`${inputName}: "${v}" is not true or false${inputName === 'annotations' ? ' (or auto)' : ''}`);
}

/** An input that is `auto` (the default), true or false. */
export function parseAuto(value: string, inputName: string): 'auto' | 'true' | 'false' {
  const v = value.trim();
  if (v === '' || v.toLowerCase() === 'auto') return 'auto';
  return parseBoolean(v, inputName, false) ? 'true' : 'false';
}

/** Whether the findings fail the step / command, per fail-on. An internal error always fails. */
export function isFailing(files: readonly FileResult[], failOn: FailOn): boolean {
  if (files.some((f) => f.findings.some((x) => x.rule === 'internal-error'))) return true;
  if (failOn === 'never') return false;
  // The findings past the listing limit count too (FileResult.omitted).
  const failing = (x: { severity: string }) => x.severity === 'error' || failOn === 'warning';
  return files.some((f) => f.findings.some(failing) || (f.omitted?.some(failing) ?? false));
}
