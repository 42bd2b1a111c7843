// The rule catalogue: every rule id the tool can report, its default severity and its help text.
// Ids are public (README anchors, SARIF, the `rules` input): never rename one.

export type Severity = 'error' | 'warning';

export interface RuleDescription {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule finds. */
  summary: string;
  /** One line: how to fix it. */
  fix: string;
}

export const RULES = [
  {
    id: 'invalid-json',
    defaultSeverity: 'error',
    summary: 'The file is not RFC 8259 JSON (syntax error, comment, trailing comma, NaN, single quotes).',
    fix: 'Fix the syntax at the reported character; LivePerson accepts strict JSON only.',
  },
  { id: 'duplicate-key', defaultSeverity: 'error', summary: 'An object repeats a key; JSON.parse silently keeps the last one.', fix: 'Keep one of the two keys.' },
  {
    id: 'unreadable-file',
    defaultSeverity: 'error',
    summary: 'The file cannot be read, is not UTF-8, is over the size limit (1 MiB) or nests deeper than 64 levels.',
    fix: 'Save the file as UTF-8 JSON under 1 MiB, or exclude it.',
  },
  { id: 'required', defaultSeverity: 'error', summary: 'A required property is missing.', fix: 'Add the property to the object the finding points at.' },
  { id: 'unknown-property', defaultSeverity: 'error', summary: 'A property the manifest schema does not define (often a typo).', fix: 'Rename it to the suggested property or remove it.' },
  { id: 'type', defaultSeverity: 'error', summary: 'A value has the wrong JSON type.', fix: 'Use the type the message names (e.g. an array of strings, an integer).' },
  { id: 'enum', defaultSeverity: 'error', summary: 'A value LivePerson does not support.', fix: 'Use one of the listed values.' },
  { id: 'max-length', defaultSeverity: 'error', summary: 'A string is longer than LivePerson allows (counted in Unicode code points).', fix: 'Shorten the string to the limit.' },
  {
    id: 'range',
    defaultSeverity: 'error',
    summary: 'A number is out of range (max_retries 0..5, retention_time 2..259200, profile ids in enabled_for_profiles 1 to 9223372036854775807).',
    fix: 'Use a value inside the range.',
  },
  { id: 'format', defaultSeverity: 'error', summary: 'A webhook endpoint that is not an absolute https:// URL, or a URI field that is not a URI.', fix: 'Use an absolute https:// URL.' },
  { id: 'duplicate-item', defaultSeverity: 'warning', summary: 'An array repeats a value.', fix: 'Remove the repeated value.' },
  {
    id: 'unknown-event',
    defaultSeverity: 'error',
    summary: 'A webhooks key that is not one of the five events or retry: that webhook never fires.',
    fix: 'Use one of the event names listed in the message.',
  },
  {
    id: 'max-retries-ignored',
    defaultSeverity: 'warning',
    summary: 'webhooks.retry.retention_time is set, so the non-zero max_retries of a webhook is ignored.',
    fix: 'Remove max_retries (or set it to 0 to drop that event instead of retrying it), or remove retry to use max_retries.',
  },
  {
    id: 'scope',
    defaultSeverity: 'warning',
    summary: 'A scope token that is not known (msg.consumer, faas.lambda.invoke, ihub.tpb.customendpoint, users.read, users.write, users.external, data.services.enghist), or repeated.',
    fix: 'Use known, space-separated scope tokens, each once.',
  },
  { id: 'language-tag', defaultSeverity: 'error', summary: 'The tag after client_name# is not a valid BCP 47 language tag.', fix: 'Use a tag such as client_name#fr or client_name#pt-BR.' },
  {
    id: 'oauth-flow',
    defaultSeverity: 'error',
    summary: 'An inconsistent OAuth setup: authorization_code without redirect_uris, a redirect URI with a #fragment (error), refresh_token without authorization_code (warning).',
    fix: 'Add redirect_uris for authorization_code, drop fragments, or drop refresh_token.',
  },
  { id: 'insecure-url', defaultSeverity: 'warning', summary: 'An http:// URL in redirect_uris, entry_uri or logo_uri.', fix: 'Use https://.' },
  {
    id: 'unreachable-endpoint',
    defaultSeverity: 'warning',
    summary:
      'A webhook endpoint LivePerson cannot reach from the internet (localhost, *.local, *.internal, a loopback, private or link-local address) or only while a tunnel runs (ngrok, localtunnel, Cloudflare quick tunnels).',
    fix: 'Use the public https:// host of the deployed service.',
  },
  {
    id: 'placeholder',
    defaultSeverity: 'warning',
    summary: 'A template placeholder left in: {...} or <...> in a URL or name, or a URL host with no dot.',
    fix: 'Replace the placeholder with the real value.',
  },
  {
    id: 'logo-size',
    defaultSeverity: 'error',
    summary: 'logo_uri points to an image in the repository that is not exactly 70x70 pixels, or an image file over 1 MiB.',
    fix: 'Resize the logo to 70x70 pixels.',
  },
  {
    id: 'quick-launch',
    defaultSeverity: 'error',
    summary: 'quick_launch_enabled is true but the app cannot appear: no entry_uri (error); no enabled_for_profiles or enabled: false (warning).',
    fix: 'Set a non-empty entry_uri and enabled_for_profiles.',
  },
  {
    id: 'quick-launch-profile',
    defaultSeverity: 'error',
    summary: 'With the profiles input: a QuickLaunch app none of those profiles will see (or, with require-quick-launch, any app not QuickLaunch-ready for one of them).',
    fix: 'Add one of the profiles to enabled_for_profiles.',
  },
  { id: 'consumer-identity', defaultSeverity: 'warning', summary: 'engagement.consumer_identity lacks "auth".', fix: 'Add "auth" to consumer_identity.' },
  { id: 'duplicate-client-name', defaultSeverity: 'error', summary: 'Two manifests share a client_name; LivePerson requires it unique.', fix: 'Give each app its own client_name.' },
  {
    id: 'server-field',
    defaultSeverity: 'error',
    summary: 'A field LivePerson sets itself (id, client_id, client_secret, ...): the file is an exported API response, and client_secret is a committed secret.',
    fix: 'Remove the field; rotate the secret if client_secret was committed.',
  },
  { id: 'secret-in-header', defaultSeverity: 'warning', summary: 'A webhook header value that looks like a credential.', fix: 'Do not commit credentials; inject them at deploy time.' },
  {
    id: 'header-name',
    defaultSeverity: 'error',
    summary: "A header_name that is not a valid HTTP field name, or repeated within one webhook (error); one starting with X-LivePerson-, which collides with LivePerson's own headers (warning).",
    fix: 'Use a token with a prefix of your own, such as X-My-Header, once per webhook.',
  },
  {
    id: 'unknown-profile',
    defaultSeverity: 'error',
    summary: 'With the LivePerson account: an id in enabled_for_profiles that is not a profile of the account, or a deleted one (the message lists the profiles).',
    fix: "Use one of the account's profile ids (lp-manifest --account ID --list-profiles lists them).",
  },
  {
    id: 'drift',
    defaultSeverity: 'warning',
    summary: 'With compare-installed: a field where the app installed in the account differs from the file (header values are compared, never shown).',
    fix: 'Update the file, or the installed app, so that they agree.',
  },
  { id: 'internal-error', defaultSeverity: 'error', summary: 'The validator itself failed on this file; the other files were still checked.', fix: 'Report the bug with the file that triggers it.' },
] as const satisfies readonly RuleDescription[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

const byId = new Map<string, RuleDescription>(RULES.map((r) => [r.id, r]));

export function isRuleId(id: string): id is RuleId {
  return byId.has(id);
}

export function describeRule(id: RuleId): RuleDescription {
  return byId.get(id)!;
}

/** Where a rule is documented: the README heading of the same name. */
export function ruleHelpUri(id: RuleId, readmeUrl: string): string {
  return `${readmeUrl}#${id}`;
}
