// `oauth-flow`: an OAuth setup LivePerson cannot use.
// - error: grant_types has authorization_code but redirect_uris is missing or has no non-empty URI
//   (LivePerson: both are mandatory for that flow). Located at redirect_uris when it is there (an
//   empty array), else at the "authorization_code" item of grant_types.
// - error: a redirect URI with a #fragment (RFC 6749 §3.1.2). Located at that URI.
// - warning: refresh_token without authorization_code (refresh tokens come from that flow only).
//   Located at the "refresh_token" item.
import type { PendingFinding } from '../engine/findings.js';
import { pointerFrom } from '../engine/findings.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS, own } from './manifest-check.js';

export const checkOauthFlow: ManifestCheck = ({ manifest, budget }) => {
  let findings: PendingFinding[] | undefined;
  const grants = own(manifest, 'grant_types');
  const redirects = own(manifest, 'redirect_uris');

  if (Array.isArray(redirects)) {
    redirects.forEach((uri: unknown, i) => {
      if (typeof uri === 'string' && uri.includes('#') && budget.admit('oauth-flow', 'error')) {
        (findings ??= []).push({
          rule: 'oauth-flow',
          severity: 'error',
          pointer: pointerFrom(['redirect_uris', i]),
          target: 'value',
          message: `redirect_uris[${i}] has a #fragment; a redirect URI must not contain one (RFC 6749 §3.1.2)`,
        });
      }
    });
  }

  if (!Array.isArray(grants)) return findings ?? NO_FINDINGS;
  const authorizationCode = grants.indexOf('authorization_code');
  const refreshToken = grants.indexOf('refresh_token');

  if (authorizationCode >= 0) {
    const hasRedirect = Array.isArray(redirects) && redirects.some((u: unknown) => typeof u === 'string' && u.trim() !== '');
    if (redirects === undefined) {
      if (budget.admit('oauth-flow', 'error')) {
        (findings ??= []).push({
          rule: 'oauth-flow',
          severity: 'error',
          pointer: pointerFrom(['grant_types', authorizationCode]),
          target: 'value',
          message: 'grant type "authorization_code" needs redirect_uris, and there is none; LivePerson requires both for the authorization code flow',
        });
      }
    } else if (Array.isArray(redirects) && !hasRedirect && budget.admit('oauth-flow', 'error')) {
      (findings ??= []).push({
        rule: 'oauth-flow',
        severity: 'error',
        pointer: '/redirect_uris',
        target: 'value',
        message: 'redirect_uris has no redirect URI but grant_types has "authorization_code"; LivePerson requires at least one for the authorization code flow',
      });
    }
    // redirect_uris of another type: the schema reports it; nothing to interpret here.
  } else if (refreshToken >= 0 && budget.admit('oauth-flow', 'warning')) {
    (findings ??= []).push({
      rule: 'oauth-flow',
      severity: 'warning',
      pointer: pointerFrom(['grant_types', refreshToken]),
      target: 'value',
      message: 'grant type "refresh_token" without "authorization_code": refresh tokens are issued by the authorization code flow, so this grant is never used',
    });
  }
  return findings ?? NO_FINDINGS;
};
