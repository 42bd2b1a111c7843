// Issue 11 (items 1-3): auto-discovery paths a pull request could use to dodge the required check,
// run through the BUILT action (dist/index.js) as the runner runs it. Before the fix each of these
// workspaces passed: "No LivePerson manifests found", exit 0, valid true. `npm run build` first.
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { encode } from '../support/encodings.js';
import { tempWorkspace, type TempWorkspace } from '../support/workspace.js';
import { ACTION, at, OWNER, REPO, runAction, startApi, type FakeApi, type RunResult } from './harness.js';

let ws: TempWorkspace | undefined;
let api: FakeApi | undefined;

beforeAll(() => {
  if (!existsSync(ACTION)) throw new Error('dist/index.js is missing: run `npm run build` first');
});

afterEach(async () => {
  ws?.cleanup();
  ws = undefined;
  await api?.close();
  api = undefined;
});

/** A pull request's checkout (a git work tree, the files committed); names given as bytes may be any bytes. */
async function setup(files: Record<string, string | Buffer>, byteNames: [Buffer, string][] = []): Promise<{ ws: TempWorkspace; api: FakeApi }> {
  ws = tempWorkspace();
  execFileSync('git', ['init', '-q'], { cwd: ws.root });
  for (const [path, text] of Object.entries(files)) ws.write(path, text);
  for (const [name, text] of byteNames) {
    const full = Buffer.concat([Buffer.from(ws.root + '/'), name]);
    mkdirSync(full.subarray(0, full.lastIndexOf('/')), { recursive: true });
    writeFileSync(full, text);
  }
  execFileSync('git', ['add', '.'], { cwd: ws.root });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'pr'], { cwd: ws.root });
  api = await startApi();
  return { ws, api };
}

/** Each file of the JSON report: `path: rule line:column-endLine:endColumn message | ...`. */
function findings(r: RunResult): string[] {
  const files = (r.report as { files: { path: string; findings: { rule: string; line: number; column: number; endLine: number; endColumn: number; message: string }[] }[] }).files;
  return files.map((f) => `${f.path}: ${f.findings.map((x) => `${x.rule} ${x.line}:${x.column}-${x.endLine}:${x.endColumn} ${x.message}`).join(' | ')}`);
}

/** The check run the action created: its conclusion and the paths and lines of its annotations. */
function checkRun(api: FakeApi): { conclusion: string; annotations: string[] } {
  const create = api.requests.find((q) => q.method === 'POST' && q.path === `/repos/${OWNER}/${REPO}/check-runs`);
  const output = (create!.body as { conclusion: string; output: { annotations: { path: string; start_line: number; title: string }[] } }).output;
  return { conclusion: (create!.body as { conclusion: string }).conclusion, annotations: output.annotations.map((a) => `${a.path}:${a.start_line} ${a.title}`) };
}

const NOT_MANIFESTS = {
  'package.json': '{"name": "app", "version": "1.0.0", "scripts": {"test": "jest"}}\n',
  'tsconfig.json': '{"compilerOptions": {"strict": true}, "include": ["src"]}\n',
  'data/list.json': '[{"client_name": "inside an array"}]\n',
  'data/nested.json': '{"config": {"client_name": "nested"}}\n',
  'data/broken.json': '{"rows": [1, 2, }\n',
};

describe('item 1: keys are judged as parsed, escapes decoded', () => {
  const ESCAPED = [
    '{',
    '  "client\\u005fname": "Escaped",',
    '  "c\\u0061pabilities": {',
    '    "webhooks": {',
    '      "ms.MessagingEventNotification.ContentEvent": { "endpoint": "https://a.example.com/hook", "max_retries": 9 },',
    '      "ms.MessagingEventNotification.Nope": { "endpoint": "https://a.example.com/hook" }',
    '    },',
    '    "retention_time": 5',
    '  }',
    '}',
    '',
  ].join('\n');

  test('"client\\u005fname" and "c\\u0061pabilities" with max_retries 9: found, three errors, the step fails', async () => {
    const { ws, api } = await setup({ 'apps/escaped.json': ESCAPED, ...NOT_MANIFESTS });
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ valid: 'false', manifests: '1', errors: '3', warnings: '0' });
    const retries = at(ESCAPED, '9 }');
    const nope = at(ESCAPED, '"ms.MessagingEventNotification.Nope"');
    const retention = at(ESCAPED, '"retention_time"');
    expect([retries.line, nope.line, retention.line]).toEqual([5, 6, 8]);
    expect(findings(r)).toEqual([
      `apps/escaped.json: range 5:${retries.column}-5:${retries.column + 1} max_retries of ms.MessagingEventNotification.ContentEvent is 9; it must be between 0 and 5` +
        ` | unknown-event 6:${nope.column}-6:${nope.endColumn} unknown webhook event "ms.MessagingEventNotification.Nope"; did you mean "ms.MessagingEventNotification.ContentEvent"? This webhook never fires` +
        ` | unknown-property 8:${retention.column}-8:${retention.endColumn} unknown property "retention_time" in capabilities; known properties: "webhooks", "engagement"`,
    ]);
    expect(checkRun(api)).toEqual({
      conclusion: 'failure',
      annotations: ['apps/escaped.json:5 range (LivePerson manifest)', 'apps/escaped.json:6 unknown-event (LivePerson manifest)', 'apps/escaped.json:8 unknown-property (LivePerson manifest)'],
    });
  });
});

describe('item 2: a misspelled name key never hides a manifest', () => {
  const oauthOnly = (key: string) => `{\n  "${key}": "OAuth app",\n  "grant_types": ["client_credentials"],\n  "scope": "msg.consumer"\n}\n`;

  test('OAuth-only manifests with clientName, client-name, Client_Name, clinet_name; capabilites without a name: found and failed', async () => {
    const { ws, api } = await setup({
      'apps/camel.json': oauthOnly('clientName'),
      'apps/kebab.json': oauthOnly('client-name'),
      'apps/title.json': oauthOnly('Client_Name'),
      'apps/typo.json': oauthOnly('clinet_name'),
      'apps/webhooks.json': '{\n  "capabilites": {"webhooks": {}},\n  "grant_types": ["client_credentials"]\n}\n',
      ...NOT_MANIFESTS,
    });
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ valid: 'false', manifests: '5', errors: '10' });
    const didYouMean = (key: string) => `unknown property ${JSON.stringify(key)}; did you mean "client_name"? (client_name is required)`;
    // Line 2, from column 3 to the end of the quoted key; client_name is missing too (its own finding, at the brace).
    const key = (k: string) => `2:3-2:${3 + k.length + 2}`;
    const required = 'required 1:1-1:2 missing required property "client_name" | ';
    expect(findings(r)).toEqual([
      `apps/camel.json: ${required}unknown-property ${key('clientName')} ${didYouMean('clientName')}`,
      `apps/kebab.json: ${required}unknown-property ${key('client-name')} ${didYouMean('client-name')}`,
      `apps/title.json: ${required}unknown-property ${key('Client_Name')} ${didYouMean('Client_Name')}`,
      `apps/typo.json: ${required}unknown-property ${key('clinet_name')} ${didYouMean('clinet_name')}`,
      'apps/webhooks.json: required 1:1-1:2 missing required property "client_name"' + ` | unknown-property ${key('capabilites')} unknown property "capabilites"; did you mean "capabilities"?`,
    ]);
    expect(checkRun(api).conclusion).toBe('failure');
  });
});

describe('item 3: file names and encodings', () => {
  const BAD_NAME = Buffer.concat([Buffer.from('apps/caf'), Buffer.from([0xe9]), Buffer.from('.json')]); // Latin-1 "café.json"

  test('APP.JSON, a name that is not UTF-8, UTF-16LE/BE and UTF-32 without a byte order mark: found and failed', async () => {
    const wide = '{"client_name": "Wide", "scope": "msg.consumer"}';
    const upper = '{\n  "client_name": "Upper",\n  "entry_uri": "http://upper.example.com/"\n}\n';
    const latin1 = '{\n  "client_name": "Latin-1 name",\n  "scope": "msg.consumr"\n}\n';
    const { ws, api } = await setup(
      {
        'apps/APP.JSON': upper,
        'apps/wide-16le.json': encode(wide, 'UTF-16LE'),
        'apps/wide-16be.json': encode(wide, 'UTF-16BE'),
        'apps/wide-32le.json': encode(wide, 'UTF-32LE'),
        'apps/wide-32be.json': encode(wide, 'UTF-32BE'),
        ...NOT_MANIFESTS,
      },
      [[BAD_NAME, latin1]],
    );
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ valid: 'false', manifests: '6', errors: '4', warnings: '2' });
    const unreadable = (encoding: string) => `unreadable-file 1:1-1:1 file is ${encoding} encoded (no byte order mark); save it as UTF-8`;
    const entry = at(upper, '"http://upper.example.com/"');
    const scope = at(latin1, '"msg.consumr"');
    expect(findings(r)).toEqual([
      // (Sorted by path: a quoted one first.)
      `"apps/caf\\351.json": scope 3:${scope.column}-3:${scope.endColumn} unknown scope token "msg.consumr"; did you mean "msg.consumer"?`,
      `apps/APP.JSON: insecure-url 3:${entry.column}-3:${entry.endColumn} entry_uri uses http://: the app would load unencrypted; use https://`,
      `apps/wide-16be.json: ${unreadable('UTF-16BE')}`,
      `apps/wide-16le.json: ${unreadable('UTF-16LE')}`,
      `apps/wide-32be.json: ${unreadable('UTF-32BE')}`,
      `apps/wide-32le.json: ${unreadable('UTF-32LE')}`,
    ]);
    // The log's text report shows the name quoted as git quotes it (issue 19: never as another file's name).
    expect(r.stdout).toContain(`"apps/caf\\351.json":3:${scope.column}: warning scope`);
  });

  test('a files glob selects a name that is not UTF-8; it is read by its bytes', async () => {
    const broken = '{"client_name": "Latin-1 name", }\n';
    const { ws, api } = await setup({ 'apps/good.json': '{"client_name": "Good"}\n' }, [[BAD_NAME, broken]]);
    const r = await runAction({ workspace: ws.root, api, inputs: { files: 'apps/*.json' } });
    expect(r.code).toBe(1);
    const comma = at(broken, ', }');
    expect(findings(r)).toEqual([`"apps/caf\\351.json": invalid-json 1:${comma.column}-1:${comma.column + 1} invalid JSON: trailing comma before '}' is not allowed in JSON`, 'apps/good.json: ']);
  });
});

describe('issue 19: nothing skipped unseen', () => {
  test('over the limit, a NUL byte, an LFS pointer, a link to a directory: each a finding; other LFS pointers and submodules a notice', async () => {
    const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${'a'.repeat(64)}\nsize 2048\n`;
    const { ws, api } = await setup({
      'apps/late-key.json': '\t'.repeat(1024 * 1024) + '{"client_name": "Late"}',
      'apps/nul.json': Buffer.from('\u0000{"client_name": "NUL"}'),
      'apps/lp-app-manifest.json': pointer,
      'data/big.json': pointer,
      'assets/logo.png': 'not an image',
      '.gitmodules': '[submodule "apps/shared"]\n\tpath = apps/shared\n\turl = https://example.com/shared.git\n',
    });
    execFileSync('ln', ['-s', '../assets', `${ws.root}/apps/assets.json`]);
    execFileSync('git', ['add', '.'], { cwd: ws.root });
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(findings(r)).toEqual([
      'apps/assets.json: unreadable-file 1:1-1:1 this is a directory, not a file',
      'apps/late-key.json: unreadable-file 1:1-1:1 file is 1,048,599 bytes; the limit is 1,048,576 bytes (not read)',
      'apps/lp-app-manifest.json: unreadable-file 1:1-1:1 file is a Git LFS pointer (to a file of 2.0 KiB), not the manifest itself: the checkout did not fetch Git LFS content; check out with lfs: true (actions/checkout) or run git lfs pull',
      'apps/nul.json: unreadable-file 1:1-1:2 file holds a NUL byte (0x00) at byte offset 0, which JSON text never does (a binary file, or text saved in another encoding); save it as UTF-8 text',
    ]);
    expect(r.commands.filter((c) => c.startsWith('::notice::'))).toEqual([
      "::notice::this repository has git submodules (apps/shared): git lists a submodule as one entry, not its files, so manifests inside submodules were not checked; check them in each submodule's own repository",
      "::notice::1 .json file is a Git LFS pointer (data/big.json), not the file's content: the checkout did not fetch Git LFS content, so it was not checked; check out with lfs: true (actions/checkout) or run git lfs pull",
    ]);
  });
});

describe('what is and is not a manifest', () => {
  test('broken JSON named like a manifest, or holding "clientName", is checked; other JSON is not', async () => {
    const { ws, api } = await setup({
      'apps/app-manifest.json': '{\n  "name": "no key, but named like a manifest",\n}\n',
      'apps/broken.json': '{\n  "clientName": "Broken",\n  "scope": "msg.consumer",\n}\n',
      'apps/liveperson.json': '',
      ...NOT_MANIFESTS,
    });
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(findings(r)).toEqual([
      "apps/app-manifest.json: invalid-json 2:46-2:47 invalid JSON: trailing comma before '}' is not allowed in JSON",
      "apps/broken.json: invalid-json 3:26-3:27 invalid JSON: trailing comma before '}' is not allowed in JSON",
      'apps/liveperson.json: invalid-json 1:1-1:1 invalid JSON: the file is empty; a manifest is a JSON object',
    ]);
  });

  test('package.json, tsconfig.json, a JSON array, a nested client_name, broken JSON without a key: no manifest, a notice', async () => {
    const { ws, api } = await setup(NOT_MANIFESTS);
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ valid: 'true', manifests: '0' });
    expect(r.commands).toContain('::notice::No LivePerson manifests found.');
  });
});
