// `duplicate-client-name`: LivePerson requires client_name to be unique in an account, so two
// manifests of one run must not share one. Each file gets a finding naming the other file and line.
import type { PendingFinding } from '../findings.js';
import { displayPath, quote } from '../text/describe.js';

export interface ClientNameEntry {
  path: string;
  clientName: string;
  /** Line of the client_name value in that file. */
  line: number;
}

export function duplicateClientNames(entries: readonly ClientNameEntry[]): { path: string; finding: PendingFinding }[] {
  const byName = new Map<string, ClientNameEntry[]>();
  for (const e of entries) byName.set(e.clientName, [...(byName.get(e.clientName) ?? []), e]);
  const out: { path: string; finding: PendingFinding }[] = [];
  for (const [name, group] of byName) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = group.filter((o) => o !== entry).map((o) => `${displayPath(o.path)}:${o.line}`);
      out.push({
        path: entry.path,
        finding: {
          rule: 'duplicate-client-name',
          severity: 'error',
          pointer: '/client_name',
          target: 'value',
          message: `client_name ${quote(name)} is also used by ${others.join(', ')}; LivePerson requires it to be unique`,
        },
      });
    }
  }
  return out;
}
