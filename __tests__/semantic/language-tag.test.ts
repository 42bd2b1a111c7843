// language-tag: the tag after client_name# must be BCP 47; error at the key.
import { describe, expect, test } from '@jest/globals';
import { checkText, lines, where } from '../support/workspace.js';
import { languageTagProblem } from '../../src/semantic/language-tag.js';

describe('language-tag', () => {
  test('"french", an empty tag and "en_US": one error each, at the key', async () => {
    const findings = await checkText(
      lines('{', '  "client_name": "My app",', '  "client_name#french": "Mon app",', '  "client_name#": "x",', '  "client_name#en_US": "My app",', '  "client_name#pt-BR": "Meu app"', '}'),
    );
    expect(findings.map(where)).toEqual(['language-tag error 3:3-3:23', 'language-tag error 4:3-4:17', 'language-tag error 5:3-5:22']);
    expect(findings.map((f) => f.pointer)).toEqual(['/client_name#french', '/client_name#', '/client_name#en_US']);
    expect(findings[0]!.message).toBe('the language tag "french" is not a 2- or 3-letter ISO 639 language code; use a BCP 47 tag such as "client_name#fr" or "client_name#pt-BR"');
    expect(findings[1]!.message).toContain('after "client_name#" is empty');
    expect(findings[2]!.message).toContain('not a well-formed BCP 47 language tag');
  });

  test('near misses: valid tags of every shape', async () => {
    const findings = await checkText(
      lines(
        '{',
        '  "client_name": "My app",',
        '  "client_name#pt-BR": "a",',
        '  "client_name#fr": "b",',
        '  "client_name#zh-Hant-TW": "c",',
        '  "client_name#es-419": "d",',
        '  "client_name#haw": "e",',
        '  "client_name#x-pirate": "f",',
        '  "client_name#i-klingon": "g"',
        '}',
      ),
    );
    expect(findings).toEqual([]);
  });

  test.each(['fr-', 'e', 'english', '12', 'de-1996-1996', 'fr CA', 'pt-BRR-', 'zh-yue-yue-yue-yue', 'en-abc-12'])('%j is invalid', (tag) => {
    expect(languageTagProblem(tag)).toBeDefined();
  });

  test('a long primary subtag in a longer tag is named', () => {
    expect(languageTagProblem('french-CA')).toBe('starts with "french", which is not a 2- or 3-letter ISO 639 language code');
  });

  test.each(['EN-us', 'sr-Latn-RS', 'de-CH-1996', 'en-US-u-ca-gregory', 'sgn-BE-FR', 'qaa', 'zh-yue', 'zh-yue-HK', 'sgn-ase', 'ar-afb', 'zh-cmn-Hans-CN'])('%j is valid', (tag) => {
    expect(languageTagProblem(tag)).toBeUndefined();
  });
});
