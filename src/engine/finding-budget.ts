// How many findings of each rule one file lists: at most MAX_LISTED_PER_RULE (findings.ts), the
// first ones the checks produce; the rest are counted, exactly, by severity after the overrides.
// A run lists at most MAX_LISTED_PER_RUN findings in all (RunBudget, shared by every file's budget):
// once they are spent, a file still lists its first finding (every file with a finding has one
// located in every output) and counts the rest, marked `limit: 'run'`. Every producer of findings
// (the schema's mapping, each semantic rule, duplicate keys) asks the budget before it builds a
// finding, so a finding that will not be listed costs a count, not a message, a pointer, a
// position and a line of output: memory and output stay bounded whatever the number of files.
import { MAX_LISTED_PER_RULE, MAX_LISTED_PER_RUN, type Omitted, type RuleId, type Severity } from './findings.js';

export interface ListingBudget {
  /**
   * Whether the finding about to be built (of `rule`, at the rule's own `severity`) is listed. When
   * not, it has been counted (or dropped: its rule is turned off) and must not be built.
   */
  admit(rule: RuleId, severity: Severity): boolean;
}

/** Lists everything (for a caller that wants every finding of a rule, e.g. a unit test of one rule). */
export const LIST_ALL: ListingBudget = { admit: () => true };

/** The findings one run may still list, shared by the budgets of its files (files are checked in path order). */
export class RunBudget {
  private left: number;

  constructor(readonly limit: number = MAX_LISTED_PER_RUN) {
    this.left = Math.max(0, limit);
  }

  /** Takes one listing; false when the run's budget is spent. */
  take(): boolean {
    if (this.left === 0) return false;
    this.left--;
    return true;
  }
}

/** Per rule, the findings not listed: errors and warnings after the overrides, and whether the run's budget was the reason. */
interface Counted {
  errors: number;
  warnings: number;
  run: boolean;
}

/** One file's budget (`run`: the run's, when the file is part of one). */
export class FindingBudget implements ListingBudget {
  /** Findings listed per rule; made on the first finding (most files have none). */
  private listed: Map<RuleId, number> | undefined;
  /** Findings listed in all. */
  private total = 0;
  private counted: Map<RuleId, Counted> | undefined;

  constructor(
    private readonly overrides: ReadonlyMap<RuleId, Severity | 'off'> | undefined,
    private readonly limit: number = MAX_LISTED_PER_RULE,
    private readonly run?: RunBudget,
  ) {}

  admit(rule: RuleId, severity: Severity): boolean {
    const override = this.overrides?.get(rule);
    if (override === 'off') return false; // neither listed nor counted: nothing to build
    const listed = (this.listed ??= new Map<RuleId, number>()).get(rule) ?? 0;
    // (A rule is counted for one reason in a file: once the run's budget is spent, nothing more is listed but a file's first finding.)
    let byRun = false;
    if (listed < this.limit) {
      if (this.run === undefined || this.run.take() || this.total === 0) {
        this.listed.set(rule, listed + 1);
        this.total++;
        return true;
      }
      byRun = true;
    }
    let counts = (this.counted ??= new Map<RuleId, Counted>()).get(rule);
    if (counts === undefined) this.counted.set(rule, (counts = { errors: 0, warnings: 0, run: byRun }));
    if ((override ?? severity) === 'error') counts.errors++;
    else counts.warnings++;
    return false;
  }

  /** The counts of what was not listed, by rule id then errors before warnings; undefined when nothing was left out. */
  omitted(): Omitted[] | undefined {
    if (this.counted === undefined) return undefined;
    const out: Omitted[] = [];
    for (const rule of [...this.counted.keys()].sort()) {
      const { errors, warnings, run } = this.counted.get(rule)!;
      const limit = run ? { limit: 'run' as const } : {};
      if (errors > 0) out.push({ rule, severity: 'error', count: errors, ...limit });
      if (warnings > 0) out.push({ rule, severity: 'warning', count: warnings, ...limit });
    }
    return out;
  }
}
