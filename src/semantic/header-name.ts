// `header-name`: a webhook header_name must be an HTTP field name (RFC 9110 §5.1: a token of
// letters, digits and !#$%&'*+-.^_`|~) and appear once per webhook (field names are
// case-insensitive): errors. A name starting with X-LivePerson- (any case) is a warning: LivePerson
// sends its own X-LivePerson-* headers with every notification (account id, client id, signature),
// and a custom one collides with them. Located at the header_name value (at the repeat for a
// repeated name). An invalid name is not quoted: it may hold a whole "Authorization: Bearer ..." line.
import type { PendingFinding } from '../engine/findings.js';
import { quote } from '../text/describe.js';
import type { ManifestCheck } from './manifest-check.js';
import { eventLabel, NO_FINDINGS, own } from './manifest-check.js';
import { headerLabel, headerPointer, headersIn } from './webhook-headers.js';

/** RFC 9110 §5.6.2 token: what a field name must be. */
export const HTTP_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** LivePerson's own header prefix (webhooks notification headers). */
const LIVEPERSON_PREFIX = 'x-liveperson-';

export const checkHeaderName: ManifestCheck = (context) => {
  let findings: PendingFinding[] | undefined;
  const groups = headersIn(context);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    // Header names seen in this webhook (lower case) and where first; a webhook has few headers.
    let first: Map<string, number> | undefined;
    for (let i = 0; i < group.length; i++) {
      const h = group[i]!;
      const name = own(h.header, 'header_name');
      if (typeof name !== 'string') continue;
      if (!HTTP_TOKEN.test(name)) {
        if (!context.budget.admit('header-name', 'error')) continue;
        const why = name === '' ? 'is empty' : /\s/.test(name) ? 'contains white space' : name.includes(':') ? 'contains ":"' : 'contains a character not allowed in an HTTP field name';
        (findings ??= []).push({
          rule: 'header-name',
          severity: 'error',
          pointer: headerPointer(h, 'header_name'),
          target: 'value',
          message: `the header_name of ${headerLabel(h)} ${why}; use letters, digits and !#$%&'*+-.^_\`|~ only (RFC 9110), e.g. "X-My-Header"`,
        });
        continue;
      }
      const key = name.toLowerCase();
      if (key.startsWith(LIVEPERSON_PREFIX) && context.budget.admit('header-name', 'warning')) {
        (findings ??= []).push({
          rule: 'header-name',
          severity: 'warning',
          pointer: headerPointer(h, 'header_name'),
          target: 'value',
          message: `header_name ${quote(name)} of ${headerLabel(h)} starts with "X-LivePerson-": LivePerson sends its own X-LivePerson-* headers with every notification (account id, client id, signature), so this one collides with them; use a prefix of your own`,
        });
      }
      const seen = first?.get(key);
      if (seen === undefined) (first ??= new Map()).set(key, h.index);
      else if (context.budget.admit('header-name', 'error')) {
        (findings ??= []).push({
          rule: 'header-name',
          severity: 'error',
          pointer: headerPointer(h, 'header_name'),
          target: 'value',
          message: `header_name ${quote(name)} is repeated in the headers of ${eventLabel(h.event)} (first at headers[${seen}]; header names are case-insensitive)`,
        });
      }
    }
  }
  return findings ?? NO_FINDINGS;
};
