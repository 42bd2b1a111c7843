// `duplicate-client-name`: LivePerson requires client_name to be unique in an account, so two
// manifests of one run must not share one. Names are compared as a person reads them
// (clientNameKey): "Acme", "acme", " Acme", "Acme\u200b" and "Acme" written with another Unicode
// normalisation are one name. Each file gets a finding naming the other files and lines, with their
// spelling when it differs from its own (the first few: a name copied into thousands of manifests
// must not make each message list them all, which grows the report with the square of their
// number). Grouping is by a hash map of the normalised names: linear, no pair is compared.
import type { PendingFinding } from '../engine/findings.js';
import { displayPath, quote } from '../text/describe.js';

export interface ClientNameEntry {
  path: string;
  clientName: string;
  /** Line of the client_name value in that file. */
  line: number;
}

/** Other files a message names; the rest are counted. */
export const MAX_OTHERS_NAMED = 5;

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * The name as compared: default-ignorable code points (zero-width spaces and joiners, soft hyphens,
 * variation selectors, BOM) removed, NFKC (compatibility forms: full-width letters, ligatures,
 * composed and decomposed accents), case-folded (upper then lower case: "ß" and "SS" are one) and
 * NFKC again, white space trimmed. "" for a name that is nothing else.
 */
export function clientNameKey(name: string): string {
  return name.replace(IGNORABLE, '').normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC').replace(IGNORABLE, '').trim();
}

/**
 * A name quoted so that two spellings of it look different: combining marks as escapes too
 * (`"cafe\u0301"` beside `"café"`), on top of quote()'s invisible characters.
 */
function spelling(name: string): string {
  return quote(name).replace(/\p{M}/gu, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** The finding of each entry whose client_name another entry has too (by clientNameKey). */
export function duplicateClientNames<E extends ClientNameEntry>(entries: readonly E[]): Map<E, PendingFinding> {
  const byName = new Map<string, E[]>();
  for (const e of entries) {
    const key = clientNameKey(e.clientName);
    if (key === '') continue;
    const group = byName.get(key);
    if (group) group.push(e);
    else byName.set(key, [e]);
  }
  const out = new Map<E, PendingFinding>();
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    let spelt = false; // whether the group's names are written differently
    for (let i = 1; i < group.length && !spelt; i++) spelt = group[i]!.clientName !== group[0]!.clientName;
    for (const entry of group) {
      const named: string[] = [];
      for (let i = 0; i < group.length && named.length < MAX_OTHERS_NAMED; i++) {
        const other = group[i]!;
        if (other === entry) continue;
        const as = other.clientName === entry.clientName ? '' : ` (as ${spelling(other.clientName)})`;
        named.push(`${displayPath(other.path)}:${other.line}${as}`);
      }
      const unnamed = group.length - 1 - named.length;
      const others = unnamed > 0 ? `${named.join(', ')} and ${unnamed.toLocaleString('en')} other file${unnamed === 1 ? '' : 's'}` : named.join(', ');
      const name = spelt ? spelling(entry.clientName) : quote(entry.clientName);
      const why = spelt
        ? '; LivePerson requires it to be unique, and names that differ only in case, spaces, invisible characters or Unicode normalisation are the same name to a person'
        : '; LivePerson requires it to be unique';
      out.set(entry, {
        rule: 'duplicate-client-name',
        severity: 'error',
        pointer: '/client_name',
        target: 'value',
        message: `client_name ${name} is also used by ${others}${why}`,
      });
    }
  }
  return out;
}
