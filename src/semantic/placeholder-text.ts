// What a template placeholder left in a string looks like: `<...>`, `{...}`, `${...}` or a
// `YOUR_...` word (`<API Scopes>`, `{YOUR_APPLICATION_DOMAIN}`, `${HOST}`, `YOUR_CLIENT_ID`). Shared
// by the `placeholder` rule and the rules that would otherwise parse such a string (scope tokens,
// URL format, the schema's https:// pattern for webhook endpoints), which leave it to that one
// finding. No imports: the schema's findings use it too.

/**
 * One placeholder. `<` and `{` must be followed by something other than white space (`a < b > c`
 * is prose); `${...}` is a placeholder whatever it holds. Each alternative stops at the next
 * delimiter of its kind, so a search is linear in the string.
 */
const PLACEHOLDER = /\$\{[^{}]*\}|\{[^{}\s][^{}]*\}|<[^<>\s][^<>]*>|(?<![A-Za-z0-9_])YOUR_[A-Za-z0-9_]*[A-Za-z0-9]/;

export interface Placeholder {
  /** Where it starts in the string (UTF-16 index). */
  index: number;
  /** Its text, e.g. "<API Scopes>". */
  text: string;
}

/** The first placeholder in `value`, or undefined. */
export function placeholderIn(value: string): Placeholder | undefined {
  // The common case, no candidate character at all, without running the expression.
  if (!value.includes('{') && !value.includes('<') && !value.includes('YOUR_')) return undefined;
  const match = PLACEHOLDER.exec(value);
  return match === null ? undefined : { index: match.index, text: match[0] };
}

/** `value` without its placeholders (each removed), for the rules that parse what is left. */
export function withoutPlaceholders(value: string): string {
  if (placeholderIn(value) === undefined) return value;
  return value.replace(new RegExp(PLACEHOLDER.source, 'g'), ' ');
}
