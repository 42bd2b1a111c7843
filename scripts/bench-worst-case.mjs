// Worst cases per rule for `npm run bench -- worst-case` (scripts/bench.mjs): for every rule id, the
// nastiest inputs we could build just under the 1 MiB file limit: as many findings as fit, strings
// that are pathological for each regular expression and loop of the rule, long keys, deep-but-legal
// nesting, huge arrays, many webhooks and headers, and, for duplicate-client-name, a name shared by
// thousands of files. Deterministic: the same bytes every run.

/** The command line's file size limit (DEFAULT_MAX_FILE_BYTES): every file here is at most this. */
export const LIMIT = 1024 * 1024;

const EVENT = 'cqm.ExConversationChangeNotification';

/** `prefix` + items joined with `separator` + `suffix`, as many items as fit in LIMIT bytes. */
function fill(prefix, item, suffix, { separator = ',', limit = LIMIT } = {}) {
  const parts = [];
  let size = Buffer.byteLength(prefix) + Buffer.byteLength(suffix);
  for (let i = 0; ; i++) {
    const next = item(i);
    const add = Buffer.byteLength(next) + (parts.length > 0 ? separator.length : 0);
    if (size + add > limit) break;
    parts.push(next);
    size += add;
  }
  return prefix + parts.join(separator) + suffix;
}

/** A string of `n` characters unique to `i`: `i` in base 36, "-", then `pad` repeated (and cut). */
function unique(i, n, pad = 'a') {
  return `${i.toString(36)}-${pad.repeat(n)}`.slice(0, n);
}

/** Deterministic base64-ish text (a xorshift generator): random-looking to the entropy checks. */
function randomToken(length, seed) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let x = seed | 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += alphabet[(x >>> 0) % alphabet.length];
  }
  return out;
}

/** A manifest with one webhook whose `headers` array is filled with `header(i)`. */
function headers(header) {
  return fill(`{"client_name":"a","capabilities":{"webhooks":{"${EVENT}":{"endpoint":"https://hooks.example.com/a","headers":[`, header, ']}}}}');
}

/** A manifest whose webhooks object is filled with `member(i)` (each `"key":{...}`). */
function webhooks(member, { retry = false } = {}) {
  return fill(`{"client_name":"a","capabilities":{"webhooks":{${retry ? '"retry":{"retention_time":60},' : ''}`, member, '}}}');
}

/** A JPEG of 1 MiB: SOI, thousands of empty APP segments, then a 64×64 frame: logo-size walks them all. */
function bigJpeg() {
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x40, 0x00, 0x40, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
  const app = Buffer.from([0xff, 0xe1, 0x00, 0x02]);
  const count = Math.floor((LIMIT - 2 - sof.length - 2) / app.length);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), ...Array(count).fill(app), sof, Buffer.from([0xff, 0xd9])]);
}

/**
 * Every worst case: { rule, name, what, files: { path: text or Buffer }, args (after the node and
 * cli paths; default: the manifest), exit: the expected exit code }.
 */
export function worstCases() {
  const cases = [];
  const add = (rule, name, what, text, options = {}) => cases.push({ rule, name, what, files: options.files ?? { 'app.json': text }, args: options.args ?? ['app.json'], exit: options.exit ?? 1 });

  // invalid-json: V8 gives no position for a bad token, so the whole file is scanned (firstSyntaxError).
  add('invalid-json', 'deep-bad-token', '1 MiB of `[` then a bad token', '['.repeat(LIMIT - 1) + 'x');
  add(
    'invalid-json',
    'nan-after-half-a-million-items',
    '`[1,1,…,NaN]`',
    fill('[', () => '1', ',NaN]'),
  );
  add(
    'invalid-json',
    'trailing-comma-after-half-a-million-items',
    '`[1,1,…,1,]`: the grammar check reads the whole file',
    fill('[', () => '1', ',]'),
  );
  add('invalid-json', 'unclosed-string-of-backslashes', 'an unclosed string of escaped backslashes', '{"a":"' + '\\\\'.repeat((LIMIT - 7) / 2));
  add('invalid-json', 'trailing-comma-after-spaces', 'a trailing comma, then 1 MiB of spaces before `}`', '{"a":1,' + ' '.repeat(LIMIT - 9) + '}');

  // duplicate-key
  add(
    'duplicate-key',
    'many',
    '175,000 repeats of one key',
    fill('{"client_name":"a","x":{', () => '"a":0', '}}'),
  );
  add(
    'duplicate-key',
    'under-a-200-character-key',
    '175,000 repeats under a 200-character key (each pointer carries it)',
    fill(`{"client_name":"a","${'k'.repeat(200)}":{`, () => '"a":0', '}}'),
  );
  add(
    'duplicate-key',
    'under-a-500-KB-key',
    '87,000 repeats under a 500 KB key (not looked for: an unknown property already)',
    fill(`{"client_name":"a","${'k'.repeat(500_000)}":{`, () => '"a":0', '}}'),
  );
  add('duplicate-key', 'two-long-keys', 'one 500 KB key, twice', `{"client_name":"a","${'k'.repeat(524_000)}":0,"${'k'.repeat(524_000)}":1}`);

  // unreadable-file
  add('unreadable-file', 'deep-nesting', 'valid JSON nested 524,288 levels deep', '['.repeat(LIMIT / 2) + ']'.repeat(LIMIT / 2));
  add('unreadable-file', 'bad-utf8-at-the-end', '1 MiB of valid UTF-8, then an invalid byte', null, {
    files: { 'app.json': Buffer.concat([Buffer.from('{"client_name":"' + 'a'.repeat(LIMIT - 20) + '"}'), Buffer.from([0xff])]) },
  });
  add('unreadable-file', 'one-byte-over', 'a file of 1 MiB + 1 byte (refused unread)', '{"client_name":"' + 'a'.repeat(LIMIT - 17) + '"}');

  // required
  add(
    'required',
    'empty-headers',
    '349,000 `{}` headers: two findings each',
    headers(() => '{}'),
  );

  // unknown-property
  add(
    'unknown-property',
    'many-short',
    '100,000 unknown top-level keys',
    fill('{"client_name":"a",', (i) => `"${unique(i, 4)}":0`, '}'),
  );
  add(
    'unknown-property',
    'long-names',
    '5,000 keys of 200 characters (the longest did-you-mean compares)',
    fill('{"client_name":"a",', (i) => `"${unique(i, 200, 'client_name')}":0`, '}'),
  );
  add(
    'unknown-property',
    'inside-an-unknown-event',
    '88,000 unknown keys in the webhook of a 200-character event key',
    fill(`{"client_name":"a","capabilities":{"webhooks":{"${'e'.repeat(200)}":{"endpoint":"https://a.example.com",`, (i) => `"${unique(i, 4)}":0`, '}}}}'),
  );

  // type
  add(
    'type',
    'headers-of-numbers',
    '524,000 headers that are numbers',
    headers(() => '1'),
  );

  // enum
  add(
    'enum',
    'short-values',
    '262,000 unsupported grant types (and their repeats)',
    fill('{"client_name":"a","grant_types":[', () => '"x"', ']}'),
  );
  add(
    'enum',
    'long-distinct-values',
    '5,000 distinct 200-character values (closest-first ordering of each)',
    fill('{"client_name":"a","grant_types":[', (i) => `"${unique(i, 200, 'authorization_code')}"`, ']}'),
  );

  // max-length
  add(
    'max-length',
    'many-redirect-uris',
    '7,900 redirect URIs of 129 characters',
    fill('{"client_name":"a","redirect_uris":[', (i) => `"https://app.example.com/${unique(i, 105)}"`, ']}'),
  );
  add('max-length', 'emoji-name', 'a client_name of 262,000 emoji', `{"client_name":"${'😀'.repeat((LIMIT - 20) / 4)}"}`);

  // range
  add(
    'range',
    'zero-profiles',
    '524,000 zeros in enabled_for_profiles (and their repeats)',
    fill('{"client_name":"a","enabled_for_profiles":[', () => '0', ']}'),
  );
  add(
    'range',
    'distinct-negative-profiles',
    '150,000 distinct negative profile ids',
    fill('{"client_name":"a","enabled_for_profiles":[', (i) => `-${i + 1}`, ']}'),
  );
  add(
    'range',
    'max-retries-in-many-webhooks',
    '18,000 unknown events with max_retries 9',
    webhooks((i) => `"${unique(i, 5)}":{"endpoint":"https://a.example.com","max_retries":9}`),
  );

  // format
  add(
    'format',
    'redirect-uris-that-are-not-urls',
    '95,000 redirect URIs with a space',
    fill('{"client_name":"a","redirect_uris":[', (i) => `"a ${unique(i, 4)}"`, ']}'),
  );
  add('format', 'huge-entry-uri', 'an entry_uri of 1 MiB of `%`', `{"client_name":"a","entry_uri":"https://a.example.com/${'%'.repeat(LIMIT - 60)}"}`);
  add(
    'format',
    'bad-endpoints',
    '30,000 unknown events with an endpoint that is not a URL',
    webhooks((i) => `"${unique(i, 5)}":{"endpoint":"https://[${i}"}`),
  );

  // duplicate-item
  add(
    'duplicate-item',
    'ones',
    '524,000 repeats of one profile id',
    fill('{"client_name":"a","enabled_for_profiles":[', () => '1', ']}'),
    { exit: 0 },
  );
  add(
    'duplicate-item',
    'long-strings',
    '16 repeats of a 64 KB redirect URI',
    fill('{"client_name":"a","redirect_uris":[', () => `"https://app.example.com/${'a'.repeat(65_000)}"`, ']}'),
  );

  // unknown-event
  add(
    'unknown-event',
    'many-short-keys',
    '100,000 unknown event keys (each also lacks an endpoint)',
    webhooks((i) => `"${unique(i, 4)}":{}`),
  );
  add(
    'unknown-event',
    'long-keys',
    '5,000 unknown event keys of 200 characters (did-you-mean)',
    webhooks((i) => `"${unique(i, 200, 'ms.MessagingEventNotification.ContentEvent')}":{"endpoint":"https://a.example.com"}`),
  );
  add(
    'unknown-event',
    'one-huge-key',
    'one 500 KB event key over a webhook of 60,000 members (the value is not checked)',
    fill(`{"client_name":"a","capabilities":{"webhooks":{"${'k'.repeat(500_000)}":{"endpoint":"https://a.example.com",`, (i) => `"${unique(i, 4)}":0`, '}}}}'),
  );

  // max-retries-ignored
  add(
    'max-retries-ignored',
    'many-webhooks',
    '20,000 webhooks with max_retries next to retry.retention_time',
    webhooks((i) => `"${unique(i, 5)}":{"endpoint":"https://a.example.com","max_retries":1}`, { retry: true }),
  );

  // scope
  add(
    'scope',
    'distinct-tokens',
    '150,000 distinct unknown tokens (did-you-mean each)',
    fill('{"client_name":"a","scope":"', (i) => unique(i, 5), '"}', { separator: ' ' }),
  );
  add(
    'scope',
    'repeated-token',
    '524,000 repeats of one token',
    fill('{"client_name":"a","scope":"', () => 'x', '"}', { separator: ' ' }),
  );
  add(
    'scope',
    'one-token-of-commas',
    'one 1 MiB token of comma-separated known scopes',
    fill('{"client_name":"a","scope":"', () => 'msg.consumer', '"}'),
  );

  // language-tag
  add(
    'language-tag',
    'many-bad-tags',
    '40,000 client_name#<bad tag> keys',
    fill('{"client_name":"a",', (i) => `"client_name#${unique(i, 6)}_x":"b"`, '}'),
  );
  add('language-tag', 'huge-tag', 'one client_name#<1 MiB tag> of 8-letter variants', `{"client_name":"a","client_name#en-${'abcdefgh-'.repeat((LIMIT - 60) / 9)}x":"b"}`);
  add('language-tag', 'huge-private-use-tag', 'one client_name#x-… private-use tag of 1 MiB', `{"client_name":"a","client_name#x-${'abcdefgh-'.repeat((LIMIT - 60) / 9)}!":"b"}`);

  // oauth-flow
  add(
    'oauth-flow',
    'fragments',
    '40,000 redirect URIs with a #fragment',
    fill('{"client_name":"a","grant_types":["refresh_token"],"redirect_uris":[', (i) => `"https://a.example.com/#${unique(i, 4)}"`, ']}'),
  );

  // insecure-url
  add(
    'insecure-url',
    'http-redirect-uris',
    '40,000 http:// redirect URIs',
    fill('{"client_name":"a","redirect_uris":[', (i) => `"http://a.example.com/${unique(i, 4)}"`, ']}'),
    { exit: 0 },
  );

  // placeholder
  add(
    'placeholder',
    'braces-in-redirect-uris',
    '45,000 redirect URIs with {DOMAIN}',
    fill('{"client_name":"a","redirect_uris":[', (i) => `"https://{DOMAIN}/${unique(i, 4)}"`, ']}'),
    { exit: 0 },
  );
  add('placeholder', 'unclosed-braces', 'a client_name of 1 MiB of `{<` (no placeholder closes)', `{"client_name":"${'{<'.repeat((LIMIT - 20) / 2)}"}`);
  add(
    'placeholder',
    'dotless-hosts',
    '28,000 webhooks with a dotless host',
    webhooks((i) => `"${unique(i, 5)}":{"endpoint":"https://h${unique(i, 5)}/"}`),
  );

  // logo-size
  add('logo-size', 'jpeg-of-empty-segments', 'logo_uri names a 1 MiB JPEG of 262,000 segments', null, {
    files: { 'app.json': '{"client_name":"a","logo_uri":"logo.jpg"}', 'logo.jpg': bigJpeg() },
  });
  // One logo named by 300 manifests (issue 19): measured once per run, not once per manifest.
  const sharedLogo = (logo) => {
    const files = { 'apps/logo.jpg': logo };
    for (let i = 0; i < 300; i++) files[`apps/m${String(i).padStart(3, '0')}.json`] = `{"client_name":"m${i}","logo_uri":"logo.jpg"}`;
    return files;
  };
  add('logo-size', 'one-fake-jpeg-for-300-manifests', '300 manifests naming one 1 MiB file of `FF D8` then zeros (no JPEG structure)', null, {
    files: sharedLogo(Buffer.concat([Buffer.from([0xff, 0xd8]), Buffer.alloc(LIMIT - 2)])),
    args: ['apps'],
    exit: 0,
  });
  add('logo-size', 'one-big-jpeg-for-300-manifests', '300 manifests naming one 1 MiB JPEG of 262,000 segments', null, { files: sharedLogo(bigJpeg()), args: ['apps'] });
  add('logo-size', 'huge-escaped-path', 'a logo_uri of 350,000 `%41` escapes', `{"client_name":"a","logo_uri":"${'%41'.repeat((LIMIT - 40) / 3)}"}`);

  // quick-launch, quick-launch-profile
  const manyProfiles = fill('{"client_name":"a","quick_launch_enabled":true,"enabled":false,"entry_uri":"","enabled_for_profiles":[', (i) => String(1_000_000 + i), ']}');
  add('quick-launch', 'disabled-empty-entry-many-profiles', 'an empty entry_uri, enabled: false, 130,000 profile ids', manyProfiles);
  const listed = Array.from({ length: 10_000 }, (_, i) => String(i + 1)).join(',');
  add('quick-launch-profile', 'ten-thousand-listed-profiles', '--profiles with 10,000 ids, none in 130,000 profile ids, --require-quick-launch', manyProfiles, {
    args: ['app.json', '--profiles', listed, '--require-quick-launch'],
  });

  // consumer-identity
  add(
    'consumer-identity',
    'unauth-repeated',
    'consumer_identity of 110,000 "unauth"',
    fill(
      '{"client_name":"a","capabilities":{"engagement":{"design_engagement":true,"design_window":true,"entry_point":["url"],"visitor_behavior":["flow"],"target_audience":["ip"],"goal":["lead"],"language_selection":true,"consumer_identity":[',
      () => '"unauth"',
      ']}}}',
    ),
    { exit: 0 },
  );

  // duplicate-client-name: across files
  const shared = {};
  for (let i = 0; i < 5_000; i++) shared[`apps/${String(i).padStart(4, '0')}.json`] = `{\n  "client_name": "Shared App"\n}\n`;
  add('duplicate-client-name', 'five-thousand-files', '5,000 files sharing one client_name', null, { files: shared, args: ['apps'] });
  const bigNames = {};
  for (let i = 0; i < 2; i++) bigNames[`apps/${i}.json`] = `{"client_name":"${'n'.repeat(LIMIT - 20)}"}`;
  add('duplicate-client-name', 'two-huge-names', 'two files sharing a 1 MiB client_name', null, { files: bigNames, args: ['apps'] });

  // server-field
  add(
    'server-field',
    'every-field-huge',
    'all six server fields, 170 KB values',
    `{"client_name":"a",${['id', 'client_id', 'client_secret', 'client_id_issued_at', 'client_secret_expires_at', 'deleted'].map((k) => `"${k}":"${'s'.repeat(174_000)}"`).join(',')}}`,
  );

  // secret-in-header
  const bearer = `{"client_name":"a","capabilities":{"webhooks":{"${EVENT}":{"endpoint":"https://hooks.example.com/a","headers":[{"header_name":"X-Hook","header_value":"Bearer`;
  add('secret-in-header', 'bearer-and-a-million-spaces', '"Bearer" + 1 MiB of spaces + "\\nx\\ny" (issue 11 item 10)', bearer + ' '.repeat(LIMIT - bearer.length - 16) + '\\nx\\ny"}]}}}}', {
    exit: 0,
  });
  add(
    'secret-in-header',
    'random-tokens',
    '14,000 headers with 40-character random tokens',
    headers((i) => `{"header_name":"X-${unique(i, 4)}","header_value":"${randomToken(40, i + 1)}"}`),
    { exit: 0 },
  );
  add(
    'secret-in-header',
    'one-huge-token',
    'one 1 MiB random token',
    `{"client_name":"a","capabilities":{"webhooks":{"${EVENT}":{"endpoint":"https://hooks.example.com/a","headers":[{"header_name":"X-Hook","header_value":"${randomToken(LIMIT - 200, 7)}"}]}}}}`,
    { exit: 0 },
  );

  // header-name
  add(
    'header-name',
    'invalid-names',
    '25,000 header names with a space',
    headers((i) => `{"header_name":"a ${unique(i, 4)}","header_value":""}`),
  );
  add(
    'header-name',
    'x-liveperson-names',
    '20,000 X-LivePerson-* names',
    headers((i) => `{"header_name":"X-LivePerson-${unique(i, 4)}","header_value":""}`),
    { exit: 0 },
  );
  add(
    'header-name',
    'one-name-repeated',
    '27,000 repeats of one name',
    headers(() => '{"header_name":"X-A","header_value":""}'),
  );

  // unreachable-endpoint
  add(
    'unreachable-endpoint',
    'private-addresses',
    '25,000 webhooks on distinct private addresses (new URL each)',
    webhooks((i) => `"${unique(i, 5)}":{"endpoint":"https://10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}/"}`),
  );
  add(
    'unreachable-endpoint',
    'hex-loopback-tunnels',
    '22,000 webhooks alternating 0x7f.<n> and ngrok hosts',
    webhooks((i) => `"${unique(i, 5)}":{"endpoint":"${i % 2 ? `https://0x7f.${i}/` : `https://t${unique(i, 5)}.ngrok-free.app/`}"}`),
  );

  return cases;
}

/** Rules without a worst case here, and why. */
export const NOT_MEASURED = {
  'internal-error': 'no input triggers it: it is what a rule that throws becomes (the run goes on)',
};
