// `duplicate-client-name`: LivePerson requires client_name to be unique in an account, so two
// manifests of one run must not share one. Each file gets a finding naming the other files and
// lines (the first few: a name copied into thousands of manifests must not make each message list
// them all, which grows the report with the square of their number).
import type { PendingFinding } from '../findings.js';
import { displayPath, quote } from '../text/describe.js';

export interface ClientNameEntry {
  path: string;
  clientName: string;
  /** Line of the client_name value in that file. */
  line: number;
}

/** Other files a message names; the rest are counted. */
export const MAX_OTHERS_NAMED = 5;

/** The finding of each entry whose client_name another entry has too. */
export function duplicateClientNames<E extends ClientNameEntry>(entries: readonly E[]): Map<E, PendingFinding> {
  const byName = new Map<string, E[]>();
  for (const e of entries) {
    const group = byName.get(e.clientName);
    if (group) group.push(e);
    else byName.set(e.clientName, [e]);
  }
  const out = new Map<E, PendingFinding>();
  for (const [name, group] of byName) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const named: string[] = [];
      for (let i = 0; i < group.length && named.length < MAX_OTHERS_NAMED; i++) {
        const other = group[i]!;
        if (other !== entry) named.push(`${displayPath(other.path)}:${other.line}`);
      }
      const unnamed = group.length - 1 - named.length;
      const others = unnamed > 0 ? `${named.join(', ')} and ${unnamed.toLocaleString('en')} other file${unnamed === 1 ? '' : 's'}` : named.join(', ');
      out.set(entry, {
        rule: 'duplicate-client-name',
        severity: 'error',
        pointer: '/client_name',
        target: 'value',
        message: `client_name ${quote(name)} is also used by ${others}; LivePerson requires it to be unique`,
      });
    }
  }
  return out;
}
