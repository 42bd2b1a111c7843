// `scope`: scope is a space-separated list of tokens (RFC 6749 §3.3). A token other than the known
// ones, or a repeated token, is a warning; each is located at the scope value. Known: the tokens a
// LivePerson API page documents for an installed app: msg.consumer (Messaging), faas.lambda.invoke
// (Functions external invocation), ihub.tpb.customendpoint (Third-Party Bots custom endpoint),
// users.read / users.write / users.external (Users API), data.services.enghist (Engagement History API).
// A template placeholder in the scope (`"<API Scopes>"`) is the `placeholder` rule's one finding: its
// pieces are not tokens, so only the rest of the scope is split.
import type { PendingFinding } from '../engine/findings.js';
import { closestMatch } from '../text/closest.js';
import { quote } from '../text/describe.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS, own } from './manifest-check.js';
import { withoutPlaceholders } from './placeholder-text.js';

export const KNOWN_SCOPES: readonly string[] = ['msg.consumer', 'faas.lambda.invoke', 'ihub.tpb.customendpoint', 'users.read', 'users.write', 'users.external', 'data.services.enghist'];

const KNOWN_LIST = KNOWN_SCOPES.map((s) => `"${s}"`).join(', ');

export const checkScope: ManifestCheck = ({ manifest, budget }) => {
  const scope = own(manifest, 'scope');
  if (typeof scope !== 'string') return NO_FINDINGS;
  // The common case, one known token: nothing to split or remember.
  if (KNOWN_SCOPES.includes(scope)) return NO_FINDINGS;
  const findings: PendingFinding[] = [];
  const flag = (message: string) => findings.push({ rule: 'scope', severity: 'warning', pointer: '/scope', target: 'value', message });
  /** Tokens seen, each with the message of its repeats once it has one (shared: a token may repeat half a million times). */
  const seen = new Map<string, string | undefined>();
  for (const token of withoutPlaceholders(scope).split(' ')) {
    if (token === '') continue;
    if (seen.has(token)) {
      if (!budget.admit('scope', 'warning')) continue;
      let message = seen.get(token);
      if (message === undefined) seen.set(token, (message = `scope token ${quote(token)} is repeated`));
      flag(message);
      continue;
    }
    seen.set(token, undefined);
    // Every other token is one finding: not space-separated, or unknown.
    if (KNOWN_SCOPES.includes(token) || !budget.admit('scope', 'warning')) continue;
    if (/[,;\t\n]/.test(token) && token.split(/[,;\s]+/).every((t) => t === '' || KNOWN_SCOPES.includes(t))) {
      flag(`scope ${quote(token)} is not space-separated; separate the tokens with spaces`);
      continue;
    }
    const guess = closestMatch(token, KNOWN_SCOPES);
    flag(guess ? `unknown scope token ${quote(token)}; did you mean "${guess}"?` : `unknown scope token ${quote(token)}; known: ${KNOWN_LIST}`);
  }
  return findings;
};
