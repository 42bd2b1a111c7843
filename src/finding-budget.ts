// How many findings of each rule one file lists: at most MAX_LISTED_PER_RULE (findings.ts), the
// first ones the checks produce; the rest are counted, exactly, by severity after the overrides.
// Every producer of findings (the schema's mapping, each semantic rule, duplicate keys) asks the
// budget before it builds a finding, so a finding that will not be listed costs a count, not a
// message, a pointer, a position and a line of output.
import { MAX_LISTED_PER_RULE, type Omitted, type RuleId, type Severity } from './findings.js';

export interface ListingBudget {
  /**
   * Whether the finding about to be built (of `rule`, at the rule's own `severity`) is listed. When
   * not, it has been counted (or dropped: its rule is turned off) and must not be built.
   */
  admit(rule: RuleId, severity: Severity): boolean;
}

/** Lists everything (for a caller that wants every finding of a rule, e.g. a unit test of one rule). */
export const LIST_ALL: ListingBudget = { admit: () => true };

/** One file's budget. */
export class FindingBudget implements ListingBudget {
  /** Findings listed per rule; made on the first finding (most files have none). */
  private listed: Map<RuleId, number> | undefined;
  /** Per rule, the findings not listed: [errors, warnings] after the overrides. */
  private counted: Map<RuleId, [number, number]> | undefined;

  constructor(
    private readonly overrides: ReadonlyMap<RuleId, Severity | 'off'> | undefined,
    private readonly limit: number = MAX_LISTED_PER_RULE,
  ) {}

  admit(rule: RuleId, severity: Severity): boolean {
    const override = this.overrides?.get(rule);
    if (override === 'off') return false; // neither listed nor counted: nothing to build
    const listed = (this.listed ??= new Map<RuleId, number>()).get(rule) ?? 0;
    if (listed < this.limit) {
      this.listed.set(rule, listed + 1);
      return true;
    }
    let counts = (this.counted ??= new Map<RuleId, [number, number]>()).get(rule);
    if (counts === undefined) this.counted.set(rule, (counts = [0, 0]));
    counts[(override ?? severity) === 'error' ? 0 : 1]++;
    return false;
  }

  /** The counts of what was not listed, by rule id then errors before warnings; undefined when nothing was left out. */
  omitted(): Omitted[] | undefined {
    if (this.counted === undefined) return undefined;
    const out: Omitted[] = [];
    for (const rule of [...this.counted.keys()].sort()) {
      const [errors, warnings] = this.counted.get(rule)!;
      if (errors > 0) out.push({ rule, severity: 'error', count: errors });
      if (warnings > 0) out.push({ rule, severity: 'warning', count: warnings });
    }
    return out;
  }
}
