// `language-tag`: in a `client_name#<tag>` key, the tag must be a valid BCP 47 (RFC 5646) language
// tag. Well-formedness is Intl's (ECMA-402's structurally valid tag), plus the primary language
// subtag must be 2 or 3 letters: the 5-8 letter form is reserved for registration and none is
// registered, so `client_name#french` is an error (Intl alone accepts "french"). Private-use tags
// (`x-...`), extended language subtags (`zh-yue`) and the grandfathered tags of RFC 5646 §2.2.8 are
// valid too. Located at the key.
import type { PendingFinding } from '../engine/findings.js';
import { pointerFrom } from '../engine/findings.js';
import { quote } from '../text/describe.js';
import type { ManifestCheck } from './manifest-check.js';
import { keysIn, NO_FINDINGS } from './manifest-check.js';

const PREFIX = 'client_name#';

/** RFC 5646 §2.2.8 grandfathered tags (a closed list), lower-cased. */
const GRANDFATHERED = new Set(
  [
    'en-GB-oed',
    'i-ami',
    'i-bnn',
    'i-default',
    'i-enochian',
    'i-hak',
    'i-klingon',
    'i-lux',
    'i-mingo',
    'i-navajo',
    'i-pwn',
    'i-tao',
    'i-tay',
    'i-tsu',
    'sgn-BE-FR',
    'sgn-BE-NL',
    'sgn-CH-DE',
    'art-lojban',
    'cel-gaulish',
    'no-bok',
    'no-nyn',
    'zh-guoyu',
    'zh-hakka',
    'zh-min',
    'zh-min-nan',
    'zh-xiang',
  ].map((t) => t.toLowerCase()),
);

const PRIVATE_USE = /^x(-[a-z0-9]{1,8})+$/i;

/**
 * Up to three extended language subtags after a 2- or 3-letter language (RFC 5646 §2.2.2:
 * "zh-yue", "sgn-ase"). ECMA-402's grammar (Unicode locale identifiers) has no such subtag, so Intl
 * refuses these well-formed tags; they are taken off before Intl checks the rest.
 */
const EXTLANG = /^([a-z]{2,3})(?:-[a-z]{3}){1,3}(?=-|$)/i;

/** Why `tag` is not a valid BCP 47 language tag, or undefined when it is. */
export function languageTagProblem(tag: string): string | undefined {
  if (tag === '') return 'is empty';
  if (GRANDFATHERED.has(tag.toLowerCase()) || PRIVATE_USE.test(tag)) return undefined;
  try {
    Intl.getCanonicalLocales(tag.replace(EXTLANG, '$1'));
  } catch {
    return 'is not a well-formed BCP 47 language tag';
  }
  const language = tag.split('-')[0]!;
  if (!/^[a-z]{2,3}$/i.test(language)) {
    const what = 'a 2- or 3-letter ISO 639 language code';
    return language === tag ? `is not ${what}` : `starts with ${quote(language)}, which is not ${what}`;
  }
  return undefined;
}

export const checkLanguageTag: ManifestCheck = (context) => {
  let findings: PendingFinding[] | undefined;
  const keys = keysIn(context);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (!key.startsWith(PREFIX)) continue;
    const tag = key.slice(PREFIX.length);
    const problem = languageTagProblem(tag);
    if (problem === undefined || !context.budget.admit('language-tag', 'error')) continue;
    (findings ??= []).push({
      rule: 'language-tag',
      severity: 'error',
      pointer: pointerFrom([key]),
      target: 'key',
      message: `the language tag ${tag === '' ? 'after "client_name#"' : quote(tag)} ${problem}; use a BCP 47 tag such as "client_name#fr" or "client_name#pt-BR"`,
    });
  }
  return findings ?? NO_FINDINGS;
};
