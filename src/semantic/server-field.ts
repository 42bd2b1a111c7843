// `server-field`: a top-level field LivePerson sets itself (id, client_id, client_secret, ...). The
// file is an exported API response rather than a manifest, and a client_secret is a committed
// secret. Located at the key; the value is never quoted.
import type { PendingFinding } from '../engine/findings.js';
import { pointerFrom } from '../engine/findings.js';
import { removeMember } from '../fixes/fix-ops.js';
import { SERVER_FIELDS } from '../schema/schema-findings.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS } from './manifest-check.js';

export const checkServerField: ManifestCheck = ({ manifest, budget }) => {
  let findings: PendingFinding[] | undefined;
  for (let i = 0; i < SERVER_FIELDS.length; i++) {
    const key = SERVER_FIELDS[i]!;
    if (!Object.prototype.hasOwnProperty.call(manifest, key) || !budget.admit('server-field', 'error')) continue;
    const message =
      key === 'client_secret'
        ? '"client_secret" is set by LivePerson, not by a manifest: this looks like an exported API response, and it commits a secret. Remove it and rotate the secret'
        : `"${key}" is set by LivePerson, not by a manifest: this looks like an exported API response. Remove it`;
    const pointer = pointerFrom([key]);
    // A suggestion, not a fix: removing a committed client_secret does not make it secret again.
    const suggestion = removeMember(pointer, key === 'client_secret' ? ', and rotate the secret: it was committed' : '');
    (findings ??= []).push({ rule: 'server-field', severity: 'error', pointer, target: 'key', message, suggestion });
  }
  return findings ?? NO_FINDINGS;
};
