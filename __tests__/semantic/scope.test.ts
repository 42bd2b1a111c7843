// scope: space-separated tokens; unknown or repeated token = warning at the scope value.
import { describe, expect, test } from '@jest/globals';
import { checkText, where } from '../support/workspace.js';

describe('scope', () => {
  test('a misspelled token: warning at the value with a suggestion', async () => {
    const findings = await checkText('{"client_name": "a", "scope": "msg.consumr"}');
    expect(findings.map(where)).toEqual(['scope warning 1:31-1:44']);
    expect(findings[0]!.message).toBe('unknown scope token "msg.consumr"; did you mean "msg.consumer"?');
    expect(findings[0]!.pointer).toBe('/scope');
  });

  test('an unknown token and a repeated token: two warnings on the same value', async () => {
    const findings = await checkText('{"client_name": "a", "scope": "msg.consumer openid msg.consumer"}');
    expect(findings.map(where)).toEqual(['scope warning 1:31-1:65', 'scope warning 1:31-1:65']);
    expect(findings.map((f) => f.message).sort()).toEqual([
      'scope token "msg.consumer" is repeated',
      'unknown scope token "openid"; known: "msg.consumer", "faas.lambda.invoke", "ihub.tpb.customendpoint", "users.read", "users.write", "users.external", "data.services.enghist"',
    ]);
  });

  test('comma-separated known tokens: told to use spaces', async () => {
    const findings = await checkText('{"client_name": "a", "scope": "msg.consumer,faas.lambda.invoke"}');
    expect(findings.map(where)).toEqual(['scope warning 1:31-1:64']);
    expect(findings[0]!.message).toContain('space');
  });

  test('tokens are case-sensitive (RFC 6749 §3.3)', async () => {
    const findings = await checkText('{"client_name": "a", "scope": "MSG.CONSUMER"}');
    expect(findings.map((f) => f.rule)).toEqual(['scope']);
  });

  test('near misses: both known tokens, extra spaces, an empty scope', async () => {
    expect(await checkText('{"client_name": "a", "scope": "msg.consumer faas.lambda.invoke"}')).toEqual([]);
    expect(await checkText('{"client_name": "a", "scope": " msg.consumer  faas.lambda.invoke "}')).toEqual([]);
    expect(await checkText('{"client_name": "a", "scope": ""}')).toEqual([]);
  });

  test('the scopes LivePerson API pages document are known (Third-Party Bots custom endpoint, Users API, Engagement History API)', async () => {
    expect(await checkText('{"client_name": "a", "scope": "msg.consumer ihub.tpb.customendpoint users.read users.write users.external data.services.enghist"}')).toEqual([]);
    expect(await checkText('{"client_name": "a", "scope": "faas.lambda.invoke"}')).toEqual([]);
    const findings = await checkText('{"client_name": "a", "scope": "users.raed data.services.enghist"}');
    expect(findings.map(where)).toEqual(['scope warning 1:31-1:65']);
    expect(findings[0]!.message).toBe('unknown scope token "users.raed"; did you mean "users.read"?');
  });

  test("a scope of the wrong type is the schema's", async () => {
    const findings = await checkText('{"client_name": "a", "scope": ["msg.consumer", "x"]}');
    expect(findings.map((f) => f.rule)).toEqual(['type']);
  });
});

// Which tokens are "not space-separated" (every part a known scope) and which are unknown: each
// edge of that test (found untested by mutation testing).
describe('scope: not space-separated, or unknown', () => {
  test.each([
    ['msg.consumer,faas.lambda.invoke', 'not space-separated'],
    ['msg.consumer;faas.lambda.invoke', 'not space-separated'],
    ['msg.consumer,,faas.lambda.invoke', 'not space-separated'],
    [',msg.consumer', 'not space-separated'],
    ['msg.consumer,\tfaas.lambda.invoke', 'not space-separated'],
    [',', 'not space-separated'],
    ['bogus,msg.consumer', 'unknown'],
    ['msg.consumer,bogus', 'unknown'],
    ['msg.consumerX', 'unknown'],
  ])('%j: %s', async (scope, kind) => {
    const findings = (await checkText(JSON.stringify({ client_name: 'a', scope }))).filter((f) => f.rule === 'scope');
    expect(findings.map((f) => f.message)).toEqual([
      kind === 'unknown' ? expect.stringMatching(/^unknown scope token /) : `scope ${JSON.stringify(scope)} is not space-separated; separate the tokens with spaces`,
    ]);
  });

  test('a placeholder in the scope is one placeholder warning, not unknown tokens made of its pieces', async () => {
    for (const scope of ['<API Scopes>', '{SCOPES}', '${SCOPES}', 'YOUR_SCOPES']) {
      const findings = await checkText(`{"client_name": "a", "scope": ${JSON.stringify(scope)}}`);
      expect(findings.map((f) => `${where(f)} ${f.message}`)).toEqual([
        `placeholder warning 1:31-1:${33 + scope.length} scope contains the placeholder ${JSON.stringify(scope)}; replace it with the real value`,
      ]);
    }
  });

  test('the tokens beside a placeholder are still checked', async () => {
    const findings = await checkText('{"client_name": "a", "scope": "msg.consumer <more scopes> msg.consumr"}');
    expect(findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
      'placeholder scope contains the placeholder "<more scopes>"; replace it with the real value',
      'scope unknown scope token "msg.consumr"; did you mean "msg.consumer"?',
    ]);
  });
});
