// unreachable-endpoint (issue 15): a webhook endpoint LivePerson cannot reach from the internet
// (localhost, special-use names, loopback / private / link-local / unique-local addresses in every
// notation `new URL` accepts), or only while a developer's tunnel runs. Warning at the endpoint value.
import { describe, expect, test } from '@jest/globals';
import { ipv6Groups, unreachableHost } from '../../src/semantic/unreachable-endpoint.js';
import { checkText, lines, where } from '../support/workspace.js';

const PREFIX = '  "cqm.ExConversationChangeNotification": {"endpoint": ';

/** A manifest whose only endpoint is `url`, on line 3 from column PREFIX.length + 1. */
function withEndpoint(url: string): string {
  return lines('{"client_name": "a", "capabilities": {', ' "webhooks": {', `${PREFIX}${JSON.stringify(url)}}`, '}}}');
}

/** The range of the endpoint value (quotes included) on line 3. */
function endpointRange(url: string): string {
  const start = PREFIX.length + 1;
  return `3:${start}-3:${start + JSON.stringify(url).length}`;
}

async function unreachable(url: string) {
  return (await checkText(withEndpoint(url))).filter((f) => f.rule === 'unreachable-endpoint');
}

describe('unreachable-endpoint', () => {
  test('a loopback address in hexadecimal IPv4 notation: warning at the endpoint value, the host as new URL reads it', async () => {
    const findings = await checkText(withEndpoint('https://0x7f.1/hooks'));
    expect(findings.map(where)).toEqual(['unreachable-endpoint warning 3:56-3:78']);
    expect(findings[0]!.message).toBe(
      "the endpoint of cqm.ExConversationChangeNotification is the loopback address 127.0.0.1: LivePerson's servers cannot reach it from the internet; use the public https:// host of the deployed service",
    );
    expect(findings[0]!.pointer).toBe('/capabilities/webhooks/cqm.ExConversationChangeNotification/endpoint');
  });

  test('a tunnel host: warning that says the tunnel must be running', async () => {
    const findings = await checkText(withEndpoint('https://4f2a-81-2-69-142.ngrok-free.app/lp'));
    expect(findings.map(where)).toEqual([`unreachable-endpoint warning ${endpointRange('https://4f2a-81-2-69-142.ngrok-free.app/lp')}`]);
    expect(findings[0]!.message).toBe(
      'the endpoint of cqm.ExConversationChangeNotification is an ngrok tunnel ("4f2a-81-2-69-142.ngrok-free.app"): LivePerson reaches it only while the tunnel runs; use the public https:// host of the deployed service',
    );
  });

  test.each([
    ['https://localhost/hook', 'the host "localhost"'],
    ['https://LOCALHOST./hook', 'the host "localhost"'],
    ['https://%6c%6fcalhost/', 'the host "localhost"'],
    ['https://api.localhost/', 'the loopback name "api.localhost"'],
    ['https://printer.local/', 'the local-network (multicast DNS) name "printer.local"'],
    ['https://printer.local./', 'the local-network (multicast DNS) name "printer.local"'],
    ['https://hooks.corp.internal/', 'the private-network name "hooks.corp.internal"'],
    ['https://nas.home.arpa/', 'the home-network name "nas.home.arpa"'],
    ['https://127.0.0.1:8443/', 'the loopback address 127.0.0.1'],
    ['https://2130706433/', 'the loopback address 127.0.0.1'],
    ['https://127.1/', 'the loopback address 127.0.0.1'],
    ['https://0/', 'the unspecified address 0.0.0.0'],
    ['https://0.0.0.0:3000/', 'the unspecified address 0.0.0.0'],
    ['https://10.1.2.3/', 'the private address 10.1.2.3'],
    ['https://172.16.0.1/', 'the private address 172.16.0.1'],
    ['https://172.31.255.255/', 'the private address 172.31.255.255'],
    ['https://192.168.1.10/', 'the private address 192.168.1.10'],
    ['https://0xc0.0xa8.1.10/', 'the private address 192.168.1.10'],
    ['https://169.254.169.254/latest/meta-data/', 'the link-local address 169.254.169.254'],
    ['https://100.64.0.1/', 'the shared (carrier-grade NAT) address 100.64.0.1'],
    ['https://100.127.255.255/', 'the shared (carrier-grade NAT) address 100.127.255.255'],
    ['https://[::1]/', 'the loopback address [::1]'],
    ['https://[::]/', 'the unspecified address [::]'],
    ['https://[fe80::1]/', 'the link-local address [fe80::1]'],
    ['https://[FEBF::1]/', 'the link-local address [febf::1]'],
    ['https://[fd00::1]/', 'the unique-local address [fd00::1]'],
    ['https://[fc00::abcd]/', 'the unique-local address [fc00::abcd]'],
    ['https://[fec0::1]/', 'the site-local address [fec0::1]'],
    ['https://[::ffff:10.0.0.1]/', 'the IPv4-mapped private address [::ffff:a00:1]'],
    ['https://[::ffff:127.0.0.1]:8080/', 'the IPv4-mapped loopback address [::ffff:7f00:1]'],
    ['https://abc123.ngrok.io/', 'an ngrok tunnel ("abc123.ngrok.io")'],
    ['https://abc123.ngrok.io./', 'an ngrok tunnel ("abc123.ngrok.io")'],
    ['https://team.ngrok.app/x', 'an ngrok tunnel ("team.ngrok.app")'],
    ['https://brave-fox-12.loca.lt/', 'a localtunnel tunnel ("brave-fox-12.loca.lt")'],
    ['https://words-in-a-row.trycloudflare.com/', 'a Cloudflare quick tunnel ("words-in-a-row.trycloudflare.com")'],
  ])('%s is %s', async (url, what) => {
    const findings = await unreachable(url);
    expect(findings.map(where)).toEqual([`unreachable-endpoint warning ${endpointRange(url)}`]);
    expect(findings[0]!.message).toContain(`the endpoint of cqm.ExConversationChangeNotification is ${what}`);
  });

  test.each([
    'https://hooks.example.com/lp',
    'https://172.15.255.255/',
    'https://172.32.0.1/',
    'https://100.63.255.255/',
    'https://100.128.0.1/',
    'https://11.0.0.1/',
    'https://192.169.0.1/',
    'https://169.255.0.1/',
    'https://128.0.0.1/',
    'https://[2606:4700::1111]/',
    'https://[fe7f::1]/',
    'https://[fbff::1]/',
    'https://[::ffff:8.8.8.8]/',
    'https://[::2]/',
    'https://ngrok.io/',
    'https://ngrok.com/',
    'https://localhost.example.com/',
    'https://local.example.com/',
    'https://internal.example.com/',
    'https://example.local.com/',
    'https://myngrok.io/',
  ])('near miss: %s is reachable', async (url) => {
    expect(await unreachable(url)).toEqual([]);
  });

  test('an http:// endpoint on localhost: the format error and this warning, each at the value (localhost is no placeholder)', async () => {
    const url = 'http://localhost:3000/hook';
    const findings = await checkText(withEndpoint(url));
    const range = endpointRange(url);
    expect(findings.map(where)).toEqual([`format error ${range}`, `unreachable-endpoint warning ${range}`]);
  });

  test('redirect_uris, entry_uri and logo_uri are not checked (a loopback redirect URI is right for a native app, RFC 8252)', async () => {
    const findings = await checkText(
      '{"client_name": "a", "grant_types": ["authorization_code"], "redirect_uris": ["https://127.0.0.1:8080/callback"], "entry_uri": "https://10.0.0.1/app", "logo_uri": "https://192.168.0.1/logo.png"}',
    );
    expect(findings).toEqual([]);
  });

  test('every webhook is checked, an unknown event too (its name quoted)', async () => {
    const text = lines(
      '{"client_name": "a", "capabilities": {"webhooks": {',
      '  "ms.MessagingEventNotification.ContentEvent": {"endpoint": "https://hooks.example.com/a"},',
      '  "ms.MessagingEventNotification.ChatStateEvnt": {"endpoint": "https://10.0.0.7/b"},',
      '  "ms.MessagingEventNotification.RichContentEvent": {"endpoint": "https://[fd12:3456::1]/c"}',
      '}}}',
    );
    const findings = (await checkText(text)).filter((f) => f.rule === 'unreachable-endpoint');
    expect(findings.map(where)).toEqual(['unreachable-endpoint warning 3:63-3:83', 'unreachable-endpoint warning 4:66-4:92']);
    expect(findings[0]!.message).toMatch(/^the endpoint of "ms\.MessagingEventNotification\.ChatStateEvnt" is the private address 10\.0\.0\.7:/);
  });

  test('severity overrides apply like every rule', async () => {
    const text = withEndpoint('https://localhost/x');
    expect((await checkText(text, { severities: new Map([['unreachable-endpoint', 'error']]) })).filter((f) => f.rule === 'unreachable-endpoint').map(where)).toEqual([
      `unreachable-endpoint error ${endpointRange('https://localhost/x')}`,
    ]);
    expect((await checkText(text, { severities: new Map([['unreachable-endpoint', 'off']]) })).map((f) => f.rule)).toEqual([]);
  });

  test('ipv6Groups reads the serialisation of new URL; unreachableHost takes its hostname', () => {
    expect(ipv6Groups('[fe80::1]')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups('[::]')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(ipv6Groups('[1:2:3:4:5:6:7:8]')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ipv6Groups('[::ffff:a00:1]')).toEqual([0, 0, 0, 0, 0, 0xffff, 0xa00, 1]);
    expect(ipv6Groups('example.com')).toBeUndefined();
    expect(unreachableHost('x'.repeat(100_000) + '.ngrok.io')).toMatch(/^an ngrok tunnel \("x{60}…"\)/);
    expect(unreachableHost('example.com')).toBeUndefined();
  });

  // Mutation testing found these edges untested.
  test('ipv6Groups refuses what is not eight 16-bit groups in brackets', () => {
    expect(ipv6Groups('[1111:2222:3333:4444:5555:6666:7777:8888]')).toEqual([0x1111, 0x2222, 0x3333, 0x4444, 0x5555, 0x6666, 0x7777, 0x8888]); // 41 characters, the longest
    expect(ipv6Groups('[1111:2222:3333:4444:5555:6666:7777:88888]')).toBeUndefined(); // 42
    expect(ipv6Groups('[1:2:3:4:5:6:7]')).toBeUndefined(); // seven groups, no "::"
    expect(ipv6Groups('[1:2:3:4:5:6:7:8:9]')).toBeUndefined();
    expect(ipv6Groups('1::2]')).toBeUndefined();
    expect(ipv6Groups('[1::2')).toBeUndefined();
    expect(ipv6Groups('[::')).toBeUndefined();
    expect(ipv6Groups('[1::fffff]')).toBeUndefined();
    expect(ipv6Groups('[1::-1]')).toBeUndefined();
    expect(ipv6Groups('[1::2::3]')).toBeUndefined();
  });

  test('a tunnel suffix alone is not a tunnel host (new URL gives ".ngrok.io" for https://.ngrok.io/)', () => {
    expect(new URL('https://.ngrok.io/').hostname).toBe('.ngrok.io');
    expect(unreachableHost('.ngrok.io')).toBeUndefined();
    expect(unreachableHost('a.ngrok.io')).toBe('an ngrok tunnel ("a.ngrok.io"): LivePerson reaches it only while the tunnel runs');
  });

  test.each(['8.8.8.8', '172.15.0.1', '172.32.0.1', '192.169.0.1', '191.168.0.1', '169.253.0.1', '168.254.0.1', '100.63.0.1', '100.128.0.1', '11.0.0.1', '9.0.0.1'])(
    'the public address %s next to a private range is reachable',
    (host) => {
      expect(unreachableHost(host)).toBeUndefined();
    },
  );

  test.each([
    ['172.16.0.1', 'private address'],
    ['172.31.255.255', 'private address'],
    ['192.168.0.1', 'private address'],
    ['10.255.255.255', 'private address'],
    ['169.254.0.1', 'link-local address'],
    ['100.64.0.1', 'shared (carrier-grade NAT) address'],
    ['100.127.255.255', 'shared (carrier-grade NAT) address'],
  ])('%s at the edge of its range: the %s', (host, kind) => {
    expect(unreachableHost(host)).toBe(`the ${kind} ${host}: LivePerson's servers cannot reach it from the internet`);
  });
});
