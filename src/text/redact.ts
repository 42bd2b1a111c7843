// Credentials in text the tool quotes: a URL's user-info password (`https://deploy:***@app.acme.com`),
// what follows an authorization scheme (`Bearer ***`) and a long random-looking token (an API key, a
// JWT, a hex secret: `***`). quote() (describe.ts) sends every value, key and name a message or a
// fix's description quotes through redact(), so no rule can print one, whichever rule quotes it.
// The same tests decide what the secret-in-header rule flags (looksRandom, SCHEME).

/** An authorization scheme and the white space after it (anchored, bounded: the same cost on any value). */
export const SCHEME = /^(bearer|basic|digest|token)\s/i;

/** A value that only names a secret to fill in (`${TOKEN}`, `{{token}}`, `<token>`, `%TOKEN%`, `$TOKEN`). */
export const PLACEHOLDER = /^(\$\{[^{}]*\}|\{\{[^{}]*\}\}|\{[^{}]*\}|<[^<>]*>|%[A-Za-z0-9_]+%|\$[A-Za-z_][A-Za-z0-9_]*)$/;

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  const n = [...s].length;
  for (const k of counts.values()) bits -= (k / n) * Math.log2(k / n);
  return bits;
}

function classOf(c: string): number {
  return c >= 'a' && c <= 'z' ? 0 : c >= 'A' && c <= 'Z' ? 1 : c >= '0' && c <= '9' ? 2 : 3;
}

/** How often consecutive characters change class (lower case, upper case, digit, other). */
export function classChanges(s: string): number {
  let n = 0;
  for (let i = 1; i < s.length; i++) if (classOf(s[i]!) !== classOf(s[i - 1]!)) n++;
  return n;
}

/**
 * One run of base64 characters that looks random: 16+ characters mixing upper case, lower case and
 * digits, or 32+ hex digits, or 24+ digits and single-case letters, each with enough entropy.
 * Words in camel case ("MyCompanyHeader2024") rarely change character class; random text does so
 * every other character.
 */
export function isRandomRun(run: string): boolean {
  if (run.length < 16) return false;
  const lower = /[a-z]/.test(run);
  const upper = /[A-Z]/.test(run);
  const digit = /[0-9]/.test(run);
  const mixing = classChanges(run) / (run.length - 1);
  if (lower && upper && digit && entropy(run) >= 3.5 && mixing >= 0.35) return true;
  if (run.length >= 32 && /^[0-9a-f]+$/i.test(run) && digit && (lower || upper)) return true;
  return run.length >= 24 && digit && lower !== upper && entropy(run) >= 4 && mixing >= 0.25;
}

/**
 * A long random-looking token, judged on each run of base64 characters (separators such as "-",
 * "_", "." split words: "liveperson-webhooks-2024" is not random). A value with white space is not
 * one token.
 */
export function looksRandom(value: string): boolean {
  if (/\s/.test(value)) return false;
  const runs = value.match(/[A-Za-z0-9+/]+/g) ?? [];
  return runs.some(isRandomRun);
}

export const REDACTED = '***';

/** Characters that end a URL's authority (the host part after `//`). */
function endsAuthority(c: number): boolean {
  // / ? # \ white space, quotes and angle brackets (a URL quoted inside other text)
  return c === 47 || c === 63 || c === 35 || c === 92 || c === 32 || c === 9 || c === 10 || c === 13 || c === 34 || c === 39 || c === 60 || c === 62 || c === 12 || c === 11;
}

/**
 * Every `scheme://user:password@` with the password replaced by `***`. `complete`: false when the
 * text is the start of a longer value: an authority that reaches its end may have its `@` further
 * on, so everything after its first `:` is replaced. Linear: an authority ends at the next `/`, so
 * no two `://` scan the same characters.
 */
function redactUserInfo(text: string, complete: boolean): string {
  let from = 0;
  let out = '';
  let copied = 0;
  for (;;) {
    const at = text.indexOf('://', from);
    if (at < 0) break;
    const start = at + 3;
    let end = start;
    while (end < text.length && !endsAuthority(text.charCodeAt(end))) end++;
    const lastAt = text.lastIndexOf('@', end - 1);
    const userInfoEnd = lastAt >= start ? lastAt : !complete && end === text.length ? end : -1;
    if (userInfoEnd >= 0) {
      const colon = text.indexOf(':', start);
      if (colon >= 0 && colon < userInfoEnd && colon + 1 < userInfoEnd) {
        out += text.slice(copied, colon + 1) + REDACTED;
        copied = userInfoEnd;
      }
    }
    from = Math.max(end, start);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** An authorization scheme at the start, or after a header name that takes one (`Authorization: Bearer …`). */
const LEADING_SCHEME = /^\s*(?:(?:proxy-)?authori[sz]ation\s*:\s*)?(bearer|basic|digest|token)\s/i;

/** The text after an authorization scheme, as `Bearer ***` (unless it is empty or a placeholder). */
function redactScheme(text: string): string {
  const scheme = LEADING_SCHEME.exec(text.slice(0, 64)); // bounded: the same cost on any value
  if (scheme === null) return text;
  const rest = text.slice(scheme[0].length).trim();
  if (rest === '' || PLACEHOLDER.test(rest)) return text;
  return text.slice(0, scheme[0].length) + REDACTED;
}

/**
 * `text` with the credentials it shows replaced by `***`: a URL's user-info password, what follows
 * an authorization scheme, each random-looking run of base64 characters. `complete` (default true):
 * false when `text` is only the start of a longer value (see redactUserInfo).
 */
export function redact(text: string, complete = true): string {
  let out = redactScheme(redactUserInfo(text, complete));
  if (/[A-Za-z0-9+/]{16}/.test(out)) out = out.replace(/[A-Za-z0-9+/]+/g, (run) => (isRandomRun(run) ? REDACTED : run));
  return out;
}

/**
 * A JSON pointer with each key redacted as quote() shows it (a key may be a URL with a password):
 * the pointer of a finding is printed too (the JSON report). Unchanged, and not split, when no
 * key can hold a credential (no `:` and no long run of base64 characters).
 */
export function redactPointer(pointer: string): string {
  if (!pointer.includes(':') && !/[A-Za-z0-9+]{16}/.test(pointer)) return pointer;
  const segments = pointer.split('/');
  for (let i = 1; i < segments.length; i++) {
    const s = segments[i]!;
    const key = s.includes('~') ? s.replace(/~1/g, '/').replace(/~0/g, '~') : s;
    const shown = redact(key);
    if (shown !== key) segments[i] = shown.replace(/~/g, '~0').replace(/\//g, '~1');
  }
  return segments.join('/');
}
