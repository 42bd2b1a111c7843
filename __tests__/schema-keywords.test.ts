// The compiled validator uses our own uniqueItems and maxLength keywords (scripts/validator-keywords.mjs).
// They must report exactly what Ajv's own keywords report: compared here, error for error, with a
// validator compiled from the same schema by stock Ajv.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import validateManifest from '../src/schema/generated/validate-manifest.cjs';

const schema = JSON.parse(readFileSync(new URL('../schemas/liveperson-app-manifest.schema.json', import.meta.url), 'utf8'));
const stock = new Ajv2020.default({ allErrors: true, strict: true }).compile(schema);

function errorsOf(validate: { (data: unknown): boolean; errors?: unknown[] | null }, data: unknown) {
  const valid = validate(data);
  return { valid, errors: validate.errors ?? [] };
}

// Few distinct values, so that arrays repeat some; items of every JSON type, so that wrong-typed
// items (skipped by uniqueItems) are exercised too.
const item = fc.oneof(
  fc.constantFrom('code', 'token', 'url', 'auth', 'client_credentials', 'x', ''),
  fc.constantFrom(1, 2, 40, 1.5, -0, 0, 2e9),
  fc.constantFrom(true, false, null),
  fc.constantFrom({}, { a: 1 }, [], ['code']),
);
// Up to 40 items (the keyword compares pairwise up to 32, then uses a Map), sometimes 100.
const list = fc.oneof({ weight: 4, arbitrary: fc.array(item, { maxLength: 40 }) }, { weight: 1, arbitrary: fc.array(item, { minLength: 90, maxLength: 100 }) });

// Strings around the limits (128, 256, 1024), of characters that take one or two UTF-16 units: a
// string of 129 units may hold fewer than 129 code points.
const char = fc.constantFrom('a', 'é', '日', '🙂', '👩‍💻', '\u{1F600}');
const around = (limit: number) =>
  fc.tuple(fc.integer({ min: Math.floor(limit / 2) - 3, max: limit + 3 }), char, char).map(([n, a, b]) => Array.from({ length: n }, (_, i) => (i % 3 ? a : b)).join(''));
const text = fc.oneof(around(128), around(256), fc.string({ maxLength: 20 }), fc.constant(42));

const manifest = fc.record(
  {
    client_name: fc.oneof(fc.constant('Unique'), around(128)),
    display_name: around(128),
    description: around(256),
    scope: text,
    logo_uri: fc.oneof(around(1024), text),
    'client_name#fr-CA': around(128),
    grant_types: list,
    redirect_uris: fc.oneof(list, fc.array(fc.oneof(around(128), text), { maxLength: 4 })),
    response_types: list,
    enabled_for_profiles: list,
    capabilities: fc.record(
      {
        engagement: fc.record(
          { entry_point: list, visitor_behavior: list, target_audience: list, goal: list, consumer_identity: list },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['client_name'] },
);

describe('uniqueItems and maxLength: the same errors as Ajv', () => {
  test('property: random arrays of every type, short and long; strings around their limits', () => {
    fc.assert(
      // (Compared as JSON text: a deep toEqual on thousands of error lists is most of the time.)
      fc.property(manifest, (data) => JSON.stringify(errorsOf(validateManifest, data)) === JSON.stringify(errorsOf(stock, data))),
      { numRuns: 2000 },
    );
  });

  test('maxLength counts code points: 128 emoji (256 UTF-16 units) pass, 129 do not', () => {
    const ok = { client_name: '🙂'.repeat(128) };
    expect(errorsOf(validateManifest, ok)).toEqual({ valid: true, errors: [] });
    const over = { client_name: '🙂'.repeat(129) };
    expect(errorsOf(validateManifest, over).errors).toMatchObject([{ keyword: 'maxLength', instancePath: '/client_name', params: { limit: 128 } }]);
  });

  test('the pair reported is the one Ajv reports', () => {
    const data = { client_name: 'U', enabled_for_profiles: [7, 8, 7, 9, 8, 7] };
    const ours = errorsOf(validateManifest, data).errors;
    expect(ours).toEqual(errorsOf(stock, data).errors);
    expect(ours).toEqual([
      {
        instancePath: '/enabled_for_profiles',
        schemaPath: '#/properties/enabled_for_profiles/uniqueItems',
        keyword: 'uniqueItems',
        params: { i: 2, j: 5 },
        message: 'must NOT have duplicate items (items ## 5 and 2 are identical)',
      },
    ]);
  });

  test('a repeated "__proto__" is reported (stock Ajv misses it: its table is a plain object)', () => {
    for (const length of [2, 40]) {
      const uris = ['__proto__', '__proto__', ...Array.from({ length: length - 2 }, (_, i) => `https://example.com/${i}`)];
      const data = { client_name: 'P', redirect_uris: uris };
      expect(errorsOf(stock, data).valid).toBe(true);
      expect(errorsOf(validateManifest, data).errors).toMatchObject([{ keyword: 'uniqueItems', instancePath: '/redirect_uris', params: { i: 0, j: 1 } }]);
    }
  });

  test('a hostile array of 200,000 distinct items is checked in linear time (no pairwise loop)', () => {
    const data = { client_name: 'L', enabled_for_profiles: Array.from({ length: 200_000 }, (_, i) => i) };
    expect(errorsOf(validateManifest, data)).toEqual({ valid: true, errors: [] });
    data.enabled_for_profiles.push(199_999);
    expect(errorsOf(validateManifest, data).errors).toMatchObject([{ keyword: 'uniqueItems', params: { i: 199_999, j: 200_000 } }]);
  });
});
