// What a profile id is: a positive 64-bit integer (LivePerson's profile ids are Java longs), judged
// by its text: in a manifest, a JSON integer token (digits, no fraction, no exponent, no sign) from 1
// to 2^63-1; in the `profiles` input, the same digits (leading zeros allowed there).
import type { ProfileId } from './findings.js';

/** The largest profile id: 2^63-1, the largest Java long. */
export const MAX_PROFILE_ID = '9223372036854775807';

/**
 * The profile id that decimal digits `digits` (no sign, no leading zero) spell, or undefined when
 * they are 0 or past 2^63-1. A number when it is at most Number.MAX_SAFE_INTEGER, else the digits.
 */
export function profileIdOfDigits(digits: string): ProfileId | undefined {
  if (!/^[1-9][0-9]*$/.test(digits) || digits.length > MAX_PROFILE_ID.length || (digits.length === MAX_PROFILE_ID.length && digits > MAX_PROFILE_ID)) return undefined;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : digits;
}

/** The profile id a JSON number token is, or undefined: `5.0`, `1e2`, `-0`, `0`, `9223372036854775808` are none. */
export function profileIdOfToken(token: string): ProfileId | undefined {
  return profileIdOfDigits(token);
}
