// The URL rules recognise the common URL shape without `new URL` (src/semantic/parsed-url.ts):
// whenever the fast path accepts a string, `new URL` must accept it too and give the same protocol,
// host and hostname; parseAbsoluteUrl must always agree with `new URL`.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parseAbsoluteUrl, simpleHostEnd, simpleHostStart } from '../../src/semantic/parsed-url.js';

function byWhatwg(value: string): { protocol: string; host: string; hostname: string } | null {
  try {
    const url = new URL(value);
    return { protocol: url.protocol, host: url.host, hostname: url.hostname };
  } catch {
    return null;
  }
}

const schemes = fc.constantFrom('https://', 'http://', 'HTTPS://', 'https:/', 'https:', 'https:///', 'ftp://', 'myapp://', '');
const hostParts = fc.constantFrom(
  'a',
  'z',
  'b0',
  '9',
  '0',
  '1',
  '255',
  '-',
  '.',
  '..',
  'xn--',
  'xn--abc',
  'xn--bcher-kva',
  'com',
  'example',
  'localhost',
  '0x',
  '0x7f',
  'x'.repeat(70),
  'A',
  'É',
  'é',
  '_',
  '%41',
  ':',
  ':8080',
  ':99999',
  '@',
  'user:pw@',
  '[',
  '::1]',
  '\\',
  ' ',
  '\t',
  '\n',
  '{',
  '<',
);
const rests = fc.constantFrom('', '/', '?', '#', '/path/to', '/a b', '?q=1&r=2', '#frag', '/\t', '/%zz', '/é', '\\x', ' ', '/{id}', '/<x>', ':', '//');
const urls = fc.tuple(schemes, fc.array(hostParts, { maxLength: 6 }), fc.array(rests, { maxLength: 3 })).map(([s, h, r]) => s + h.join('') + r.join(''));

describe('the fast path for simple http(s) URLs', () => {
  test('agrees with new URL wherever it accepts a string', () => {
    fc.assert(
      fc.property(urls, (value) => {
        const end = simpleHostEnd(value);
        if (end < 0) return;
        const host = value.slice(simpleHostStart(value), end);
        expect(byWhatwg(value)).toEqual({ protocol: value.startsWith('https:') ? 'https:' : 'http:', host, hostname: host });
      }),
      { numRuns: 20000 },
    );
  });

  test('parseAbsoluteUrl always agrees with new URL', () => {
    fc.assert(
      fc.property(urls, (value) => {
        expect(parseAbsoluteUrl(value)).toEqual(byWhatwg(value));
      }),
      { numRuns: 5000 },
    );
  });

  test.each([
    ['https://hooks.example.com/x', 'hooks.example.com'],
    ['http://your/webhooks', 'your'],
    ['https://a-1.b-2.example?x', 'a-1.b-2.example'],
    ['https://a.example.com#f', 'a.example.com'],
  ])('accepts %s', (value, host) => {
    const end = simpleHostEnd(value);
    expect(value.slice(simpleHostStart(value), end)).toBe(host);
  });

  test.each([
    'https://Example.com/', // upper case: the parser lowers it
    'https://a.com:8443/', // a port
    'https://user@a.com/', // user info
    'https://1.2.3.4/', // an IPv4 address
    'https://a.123/', // ends in a number: the parser reads an IPv4 address (and fails)
    'https://xn--bcher-kva.example/', // punycode: the parser validates it
    'https://a..b/', // an empty label
    'https://a.b./', // a trailing dot
    'https://a.com\\x', // a backslash
    'https://',
    'ftp://a.com/',
  ])('leaves %s to new URL', (value) => {
    expect(simpleHostEnd(value)).toBe(-1);
  });
});
