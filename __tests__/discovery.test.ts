// Auto-discovery as the README's "Which files are checked" says: git-aware, content-based, files/exclude globs.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../src/cli/run-cli.js';
import { discoverManifests, normalizeGlobs, splitList } from '../src/discovery/discovery.js';
import { validateManifests } from '../src/engine/engine.js';
import { buildReport } from '../src/engine/report.js';
import { formatJson } from '../src/reporters/json-report.js';
import { formatText } from '../src/reporters/text-report.js';
import { encode } from './support/encodings.js';
import { tempWorkspace, type TempWorkspace } from './support/workspace.js';

let ws: TempWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
  ws.write('apps/a.json', '{"client_name": "A"}');
  ws.write('apps/b.json', '{"capabilities": {}}');
  ws.write('apps/broken.json', '{"client_name": "B", }');
  ws.write('package.json', '{"name": "not-a-manifest", "version": "1.0.0"}');
  ws.write('data/list.json', '[{"client_name": "inside an array"}]');
  ws.write('node_modules/pkg/app.json', '{"client_name": "dependency"}');
  ws.write('build/out.json', '{"client_name": "ignored build output"}');
  ws.write('notes.txt', '"client_name"');
});
afterEach(() => ws.cleanup());

const git = (...args: string[]) => execFileSync('git', args, { cwd: ws.root, stdio: 'pipe' });

describe('auto-discovery', () => {
  test('outside git: every manifest but node_modules/', async () => {
    const found = await discoverManifests({ workspaceRoot: ws.root });
    expect(found.source).toBe('walk');
    expect(found.explicit).toBe(false);
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/broken.json', 'build/out.json']);
  });

  test('in git: tracked and untracked-but-not-ignored files only', async () => {
    git('init', '-q');
    ws.write('.gitignore', 'build/\n');
    git('add', 'apps/a.json');
    const found = await discoverManifests({ workspaceRoot: ws.root });
    expect(found.source).toBe('git');
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/broken.json']);
  });

  test('in a git work tree where git fails: the walk, and the reason to warn about', async () => {
    git('init', '-q');
    ws.write('.gitignore', 'build/\n');
    ws.write('.git/HEAD', 'not a ref\n'); // git refuses the repository, as it does with "dubious ownership"
    const found = await discoverManifests({ workspaceRoot: ws.root });
    expect(found.source).toBe('walk');
    expect(found.gitProblem).toMatch(/^fatal: not a git repository/);
    // Files .gitignore excludes are found too: the reason the shells warn.
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/broken.json', 'build/out.json']);
    // Outside a git work tree the walk is the rule, not a problem.
    const outside = tempWorkspace();
    try {
      outside.write('a.json', '{"client_name": "A"}');
      expect(await discoverManifests({ workspaceRoot: outside.root })).toEqual({ manifests: [{ path: 'a.json', text: '{"client_name": "A"}' }], explicit: false, source: 'walk' });
    } finally {
      outside.cleanup();
    }
  });

  test('a manifest saved as UTF-16 (with its byte order mark) is found, so the engine reports its encoding', async () => {
    const le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    ws.write('apps/wide-le.json', le('{"client_name": "Wide"}'));
    ws.write('apps/wide-be.json', be('{\n  "entry_uri": "https://app.example.com"\n}'));
    ws.write('data/wide-data.json', le('{"rows": [1, 2, 3]}'));
    symlinkSync(join(ws.root, 'apps/wide-le.json'), join(ws.root, 'apps/wide-link.json')); // the careful path
    const found = await discoverManifests({ workspaceRoot: ws.root });
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/broken.json', 'apps/wide-be.json', 'apps/wide-le.json', 'apps/wide-link.json', 'build/out.json']);
    const results = await validateManifests(found.manifests, { workspaceRoot: ws.root });
    const wide = results.filter((r) => r.path.startsWith('apps/wide'));
    expect(wide.map((r) => r.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`))).toEqual([
      ['unreadable-file 1:1 file is UTF-16BE encoded; save it as UTF-8'],
      ['unreadable-file 1:1 file is UTF-16LE encoded; save it as UTF-8'],
      ['unreadable-file 1:1 file is UTF-16LE encoded; save it as UTF-8'],
    ]);
  });

  test('a file over the size limit is a manifest when its text has "client_name", as a file that does not parse', async () => {
    const big = (head: string) => head + ' '.repeat(1024 * 1024) + '}';
    ws.write('apps/huge.json', big('{"client_name": "Huge", "description": "padded"'));
    ws.write('data/huge-data.json', big('{"rows": [1, 2, 3]'));
    symlinkSync(join(ws.root, 'apps/huge.json'), join(ws.root, 'apps/huge-link.json')); // the careful path
    const found = await discoverManifests({ workspaceRoot: ws.root });
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/broken.json', 'apps/huge-link.json', 'apps/huge.json', 'build/out.json']);
    const [huge] = await validateManifests([{ path: 'apps/huge.json' }], { workspaceRoot: ws.root });
    expect(huge!.findings.map((f) => `${f.rule} ${f.message}`)).toEqual(['unreadable-file file is 1,048,624 bytes; the limit is 1,048,576 bytes (not read)']);
  });

  test('symbolic links leaving the workspace or looping are kept (to be reported), never read', async () => {
    const outside = tempWorkspace();
    try {
      outside.write('plain.json', '{"name": "not a manifest, but outside: must not be read"}');
      symlinkSync(join(outside.root, 'plain.json'), join(ws.root, 'apps/outside.json'));
      symlinkSync(join(ws.root, 'apps/loop2.json'), join(ws.root, 'apps/loop1.json'));
      symlinkSync(join(ws.root, 'apps/loop1.json'), join(ws.root, 'apps/loop2.json'));
      symlinkSync(join(ws.root, 'package.json'), join(ws.root, 'apps/inside.json'));
      const found = await discoverManifests({ workspaceRoot: ws.root });
      expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/broken.json', 'apps/loop1.json', 'apps/loop2.json', 'apps/outside.json', 'build/out.json']);
    } finally {
      outside.cleanup();
    }
  });

  test('a *.json symbolic link to a directory (directly or through another link) is kept, and reported as unreadable-file (issue 19)', async () => {
    mkdirSync(join(ws.root, 'apps/assets'));
    symlinkSync(join(ws.root, 'apps/assets'), join(ws.root, 'apps/to-dir.json'));
    symlinkSync('assets', join(ws.root, 'apps/relative-to-dir.json'));
    symlinkSync('to-dir.json', join(ws.root, 'apps/to-link-to-dir.json'));
    const expected = ['apps/a.json', 'apps/b.json', 'apps/broken.json', 'apps/relative-to-dir.json', 'apps/to-dir.json', 'apps/to-link-to-dir.json', 'build/out.json'];
    const found = await discoverManifests({ workspaceRoot: ws.root });
    expect(found.manifests.map((m) => m.path)).toEqual(expected);
    git('init', '-q');
    git('add', '.');
    expect((await discoverManifests({ workspaceRoot: ws.root })).manifests.map((m) => m.path)).toEqual(expected);
    const results = await validateManifests(
      found.manifests.filter((m) => m.path.includes('dir')),
      { workspaceRoot: ws.root },
    );
    expect(results.map((r) => `${r.path}: ${r.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`).join(' | ')}`)).toEqual([
      'apps/relative-to-dir.json: unreadable-file 1:1 this is a directory, not a file',
      'apps/to-dir.json: unreadable-file 1:1 this is a directory, not a file',
      'apps/to-link-to-dir.json: unreadable-file 1:1 this is a directory, not a file',
    ]);
  });

  test('a file in a merge conflict (listed by git once per stage) is one candidate', async () => {
    const commit = (message: string) => git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-am', message);
    git('init', '-q', '-b', 'main');
    git('add', '.');
    commit('base');
    git('checkout', '-q', '-b', 'other');
    ws.write('apps/a.json', '{"client_name": "Theirs"}');
    commit('theirs');
    git('checkout', '-q', 'main');
    ws.write('apps/a.json', '{"client_name": "Ours"}');
    commit('ours');
    expect(() => git('merge', '-q', 'other')).toThrow();
    expect(execFileSync('git', ['ls-files', '--cached', 'apps/a.json'], { cwd: ws.root, encoding: 'utf8' })).toBe('apps/a.json\n'.repeat(3));
    const found = await discoverManifests({ workspaceRoot: ws.root });
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/broken.json', 'build/out.json']);
    const globbed = await discoverManifests({ workspaceRoot: ws.root, files: ['apps/a.json'] });
    expect(globbed.manifests.map((m) => m.path)).toEqual(['apps/a.json']);
  });

  test('exclude globs', async () => {
    const found = await discoverManifests({ workspaceRoot: ws.root, exclude: ['broken.json', 'build/'] });
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json']);
  });
});

/** A file (or directory) name with a byte that is not UTF-8: `bad\xff.json` shown, these bytes opened. */
const badName = (before: string, after = '.json') => Buffer.concat([Buffer.from(before), Buffer.from([0xff]), Buffer.from(after)]);
const writeBytes = (root: string, relative: Buffer, content: string) => writeFileSync(Buffer.concat([Buffer.from(root + '/'), relative]), content);

describe('recognition: keys as parsed, near misses, names and encodings (issue 11)', () => {
  beforeEach(() => {
    ws.write('apps/escaped.json', '{"client\\u005fname": "Escaped", "c\\u0061pabilities": {}}');
    ws.write('apps/camel.json', '{"clientName": "Camel", "grant_types": ["client_credentials"]}');
    ws.write('apps/kebab.json', '{"client-name": "Kebab"}');
    ws.write('apps/title.json', '{"Client_Name": "Title"}');
    ws.write('apps/typo.json', '{"clinet_name": "Typo"}');
    ws.write('apps/capabilites.json', '{"capabilites": {}}');
    ws.write('apps/tagged.json', '{"client_name#fr": "Étiqueté"}');
    ws.write('apps/APP.JSON', '{"client_name": "Upper"}');
    ws.write('apps/Mixed.Json', '{"client_name": "Mixed"}');
    ws.write('apps/app-manifest.json', '{"name": "broken", }');
    ws.write('apps/broken-camel.json', '{"clientName": "broken", }');
    ws.write('apps/wide16le.json', encode('{"client_name": "W"}', 'UTF-16LE'));
    ws.write('apps/wide16be.json', encode('{"clientName": "W"}', 'UTF-16BE'));
    ws.write('apps/wide32le.json', encode('{"capabilities": {}}', 'UTF-32LE'));
    ws.write('apps/wide32be.json', encode('{"entry_uri": "https://x.example.com"}', 'UTF-32BE', true));
    // Not manifests.
    ws.write('tsconfig.json', '{"compilerOptions": {"strict": true}, "include": ["src"]}');
    ws.write('data/broken.json', '{"rows": [1, 2, }');
    ws.write('data/wide-data.json', encode('{"rows": [1, 2, 3]}', 'UTF-16LE'));
    ws.write('data/nested.json', '{"config": {"client_name": "nested"}}');
    ws.write('apps/manifest-like-but-valid.json', '{"name": "a web app manifest"}');
  });

  const expected = [
    'apps/APP.JSON',
    'apps/Mixed.Json',
    'apps/a.json',
    'apps/app-manifest.json',
    'apps/b.json',
    'apps/broken-camel.json',
    'apps/broken.json',
    'apps/camel.json',
    'apps/capabilites.json',
    'apps/escaped.json',
    'apps/kebab.json',
    'apps/tagged.json',
    'apps/title.json',
    'apps/typo.json',
    'apps/wide16be.json',
    'apps/wide16le.json',
    'apps/wide32be.json',
    'apps/wide32le.json',
    'build/out.json',
  ];

  test('outside git (the walk) and in git (ls-files): the same manifests', async () => {
    const walked = await discoverManifests({ workspaceRoot: ws.root });
    expect(walked.source).toBe('walk');
    expect(walked.manifests.map((m) => m.path)).toEqual(expected);
    git('init', '-q');
    git('add', 'apps');
    const listed = await discoverManifests({ workspaceRoot: ws.root });
    expect(listed.source).toBe('git');
    expect(listed.manifests.map((m) => m.path)).toEqual(expected);
  });

  test('the engine reports the encodings discovery found', async () => {
    const found = await discoverManifests({ workspaceRoot: ws.root });
    const results = await validateManifests(
      found.manifests.filter((m) => m.path.includes('wide')),
      { workspaceRoot: ws.root },
    );
    expect(results.map((r) => `${r.path}: ${r.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`).join(' | ')}`)).toEqual([
      'apps/wide16be.json: unreadable-file 1:1 file is UTF-16BE encoded (no byte order mark); save it as UTF-8',
      'apps/wide16le.json: unreadable-file 1:1 file is UTF-16LE encoded (no byte order mark); save it as UTF-8',
      'apps/wide32be.json: unreadable-file 1:1 file is UTF-32BE encoded; save it as UTF-8',
      'apps/wide32le.json: unreadable-file 1:1 file is UTF-32LE encoded (no byte order mark); save it as UTF-8',
    ]);
  });

  test('a file over the size limit is judged by its first MiB, escapes decoded', async () => {
    ws.write('apps/huge-escaped.json', '{"client\\u005fname": "Huge", "padding": "' + ' '.repeat(1024 * 1024) + '"}');
    ws.write('data/huge-named-manifest.json', '[' + '1, '.repeat(400000) + '1]');
    ws.write('data/huge-data.json', '[' + '1, '.repeat(400000) + '1]');
    const found = await discoverManifests({ workspaceRoot: ws.root });
    expect(found.manifests.map((m) => m.path).filter((p) => p.includes('huge'))).toEqual(['apps/huge-escaped.json', 'data/huge-named-manifest.json']);
  });

  test('a candidate over the size limit is judged by the top-level keys of the whole file, streamed (issue 19)', async () => {
    const MiB = 1024 * 1024;
    const manifests: Record<string, string | Buffer> = {
      'apps/space-before.json': ' '.repeat(MiB) + '{"client_name": "A"}',
      'apps/lines-before.json': '\n'.repeat(MiB + 5) + '{\n  "entry_uri": "https://app.example.com"\n}\n',
      'apps/long-first-string.json': '{"description": "' + 'x'.repeat(MiB) + '", "client_name": "A"}',
      'apps/escaped-quotes-first.json': '{"description": "' + 'say \\"hi\\" '.repeat(MiB / 8) + '", "capabilities": {}}',
      'apps/huge-first-value.json': '{"rows": [' + '[1, {"a": "}]"}], '.repeat(MiB / 16) + '0], "clientName": "camel, after a huge value"}',
      'apps/escaped-key-last.json': '{"padding": "' + ' '.repeat(MiB) + '", "client\\u005fname#fr": "escaped and tagged"}',
      'apps/wide-key-last.json': encode('{"padding": "' + ' '.repeat(MiB / 2) + '", "quick_launch_enabled": true}', 'UTF-16LE', true),
      'apps/one-byte-over.json': '{"client_name": "A", "padding": "' + ' '.repeat(MiB - 34) + '"}',
    };
    const notManifests: Record<string, string> = {
      'data/nested-after-limit.json': '{"rows": [' + ' '.repeat(MiB) + '{"client_name": "nested"}]}',
      'data/array-after-limit.json': '[' + ' '.repeat(MiB) + '{"client_name": "in an array"}]',
      'data/value-after-limit.json': '{"padding": "' + ' '.repeat(MiB) + '", "name": "client_name"}',
    };
    for (const [path, content] of Object.entries({ ...manifests, ...notManifests })) ws.write(path, content);
    expect(Buffer.byteLength(manifests['apps/one-byte-over.json']!)).toBe(MiB + 1);
    symlinkSync('space-before.json', join(ws.root, 'apps/link-to-space-before.json')); // the careful path
    const expected = [...Object.keys(manifests), 'apps/link-to-space-before.json'].sort();
    const found = await discoverManifests({ workspaceRoot: ws.root });
    const mine = new Set([...Object.keys(manifests), ...Object.keys(notManifests), 'apps/link-to-space-before.json']);
    expect(found.manifests.map((m) => m.path).filter((p) => mine.has(p))).toEqual(expected);
    const results = await validateManifests(
      found.manifests.filter((m) => m.path === 'apps/space-before.json' || m.path === 'apps/one-byte-over.json' || m.path.startsWith('apps/link')),
      { workspaceRoot: ws.root },
    );
    expect(results.map((r) => `${r.path}: ${r.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`).join(' | ')}`)).toEqual([
      'apps/link-to-space-before.json: unreadable-file 1:1 file is 1,048,596 bytes; the limit is 1,048,576 bytes (not read)',
      'apps/one-byte-over.json: unreadable-file 1:1 file is 1,048,577 bytes; the limit is 1,048,576 bytes (not read)',
      'apps/space-before.json: unreadable-file 1:1 file is 1,048,596 bytes; the limit is 1,048,576 bytes (not read)',
    ]);
  });

  test('a NUL byte anywhere does not hide a manifest, nor make UTF-8 read as UTF-16/32; the engine names the byte (issue 19)', async () => {
    const nul = (...parts: string[]) => Buffer.from(parts.join('\0'));
    const files: Record<string, Buffer> = {
      'apps/nul-first.json': nul('', '{"client_name": "A"}'),
      'apps/nul-second.json': nul('{', '"client_name": "A"}'),
      'apps/nul-third.json': nul('{"', 'client_name": "A"}'),
      'apps/nul-fourth.json': nul('{\n', '\n"entry_uri": "https://app.example.com"}'),
      'apps/nul-three-after-first.json': nul('{', '', '', '"capabilities": {}}'),
      'apps/nul-in-key.json': nul('{"client', '_name": "A"}'),
      'apps/nul-between-key-letters.json': Buffer.from('{"' + [...'client_name'].join('\0') + '": "A", "description": "a long enough text"}'),
      'apps/nul-last.json': nul('{"client_name": "A"}', ''),
      'apps/nul-after-bom.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0]), Buffer.from('{"client_name": "A"}')]),
    };
    for (const [path, content] of Object.entries(files)) ws.write(path, content);
    ws.write('data/nul-second.json', nul('{', '"rows": [1, 2, 3]}'));
    const found = await discoverManifests({ workspaceRoot: ws.root });
    const mine = found.manifests.filter((m) => m.path.includes('nul'));
    expect(mine.map((m) => m.path)).toEqual(Object.keys(files).sort());
    const results = await validateManifests(mine, { workspaceRoot: ws.root });
    const NUL = 'which JSON text never does (a binary file, or text saved in another encoding); save it as UTF-8 text';
    expect(results.map((r) => `${r.path}: ${r.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`).join(' | ')}`)).toEqual([
      `apps/nul-after-bom.json: unreadable-file 1:1 file holds a NUL byte (0x00) at byte offset 3, ${NUL}`,
      `apps/nul-between-key-letters.json: unreadable-file 1:4 file holds a NUL byte (0x00) at byte offset 3, ${NUL}`,
      `apps/nul-first.json: unreadable-file 1:1 file holds a NUL byte (0x00) at byte offset 0, ${NUL}`,
      `apps/nul-fourth.json: unreadable-file 2:1 file holds a NUL byte (0x00) at byte offset 2, ${NUL}`,
      `apps/nul-in-key.json: unreadable-file 1:9 file holds a NUL byte (0x00) at byte offset 8, ${NUL}`,
      `apps/nul-last.json: unreadable-file 1:21 file holds a NUL byte (0x00) at byte offset 20, ${NUL}`,
      `apps/nul-second.json: unreadable-file 1:2 file holds a NUL byte (0x00) at byte offset 1, ${NUL}`,
      `apps/nul-third.json: unreadable-file 1:3 file holds a NUL byte (0x00) at byte offset 2, ${NUL}`,
      `apps/nul-three-after-first.json: unreadable-file 1:2 file holds a NUL byte (0x00) at byte offset 1, ${NUL}`,
    ]);
  });

  test('a name that is not UTF-8 is found (walk and git), quoted as git quotes it and read by its bytes, also by a files glob (issue 19: one-to-one)', async () => {
    mkdirSync(Buffer.concat([Buffer.from(ws.root + '/'), badName('dir', '')]));
    writeBytes(ws.root, badName('apps/bad'), '{\n  "client_name": "Same",\n  "x": 1\n}\n');
    writeBytes(ws.root, Buffer.concat([badName('dir', ''), Buffer.from('/in-bad-dir.json')]), '{"client_name": "Same"}');
    writeBytes(ws.root, badName('data/not-a-manifest'), '{"name": "x"}');
    const paths = ['"apps/bad\\377.json"', '"dir\\377/in-bad-dir.json"'];
    const check = async () => {
      const found = await discoverManifests({ workspaceRoot: ws.root });
      const odd = found.manifests.filter((m) => m.fsPath !== undefined);
      expect(odd.map((m) => m.path)).toEqual(paths);
      expect(odd.map((m) => m.fsPath)).toEqual([badName('apps/bad'), Buffer.concat([badName('dir', ''), Buffer.from('/in-bad-dir.json')])]);
      // The engine opens it (twice for duplicate-client-name: the second read must find it too).
      const results = await validateManifests(
        odd.map(({ path, fsPath }) => ({ path, fsPath })),
        { workspaceRoot: ws.root },
      );
      expect(results.map((r) => `${r.path}: ${r.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`).join(' | ')}`)).toEqual([
        '"apps/bad\\377.json": duplicate-client-name 2:18 client_name "Same" is also used by "dir\\377/in-bad-dir.json":1; LivePerson requires it to be unique | unknown-property 3:3 unknown property "x"; known properties: "client_name", "display_name", "description", "grant_types", "redirect_uris", "response_types", "scope", "logo_uri", "capabilities", "enabled", "quick_launch_enabled", "entry_uri", "enabled_for_profiles"',
        '"dir\\377/in-bad-dir.json": duplicate-client-name 1:17 client_name "Same" is also used by "apps/bad\\377.json":2; LivePerson requires it to be unique',
      ]);
      // A files glob matches the path without its quotes. (In a glob a backslash escapes: the glob *\\377.json matches the name shown as "…\377.json".)
      const globbed = await discoverManifests({ workspaceRoot: ws.root, files: ['apps/bad*.json', 'dir*/**', '*\\\\377.json'] });
      expect(globbed.manifests.map((m) => m.path)).toEqual([...paths, '"data/not-a-manifest\\377.json"'].sort());
      expect(globbed.manifests.every((m) => m.fsPath !== undefined)).toBe(true);
    };
    await check();
    git('init', '-q');
    git('add', '.');
    await check();
  });

  test('with files globs, a broken symbolic link is kept (and reported), a file deleted from the work tree is not', async () => {
    git('init', '-q');
    ws.write('apps/deleted.json', '{}');
    git('add', 'apps');
    execFileSync('rm', [join(ws.root, 'apps/deleted.json')]);
    symlinkSync(join(ws.root, 'apps/nowhere.json'), join(ws.root, 'apps/dangling.json'));
    const found = await discoverManifests({ workspaceRoot: ws.root, files: ['apps/d*.json'] });
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/dangling.json']);
    const [result] = await validateManifests(found.manifests, { workspaceRoot: ws.root });
    expect(result!.findings.map((f) => `${f.rule} ${f.message}`)).toEqual(['unreadable-file file not found (or a broken symbolic link)']);
  });
});

describe('files globs', () => {
  test('every matched file is a manifest whatever it holds', async () => {
    const found = await discoverManifests({ workspaceRoot: ws.root, files: ['*.json', 'notes.txt'] });
    expect(found.explicit).toBe(true);
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/broken.json', 'build/out.json', 'data/list.json', 'notes.txt', 'package.json']);
  });

  test('a glob that matches nothing yields no manifests (the shells turn it into an error)', async () => {
    const found = await discoverManifests({ workspaceRoot: ws.root, files: ['app/*.json'] });
    expect(found).toEqual({ manifests: [], explicit: true, source: 'walk' });
  });

  test('a glob leaving the workspace is a usage error naming the input', () => {
    expect(() => normalizeGlobs(['../secrets/*.json'], 'files')).toThrow('files: "../secrets/*.json" points outside the workspace');
    expect(() => normalizeGlobs(['/etc/*.json'], 'exclude')).toThrow('exclude: "/etc/*.json" points outside the workspace');
  });

  test('lists split on commas and newlines but not inside braces', () => {
    expect(splitList('a.json, b/*.json\n{c,d}.json\n\n')).toEqual(['a.json', 'b/*.json', '{c,d}.json']);
  });
});

describe('what auto-discovery cannot check says so (issue 19)', () => {
  test('a Git LFS pointer named like a manifest is one, and the engine says what it is and what to do; other pointers and submodules are notices (issue 19)', async () => {
    const pointer = (size: number) => `version https://git-lfs.github.com/spec/v1\noid sha256:${'4d7a2146'.repeat(8)}\nsize ${size}\n`;
    ws.write('apps/app-manifest.json', pointer(2048));
    ws.write('apps/LivePerson-Bot.JSON', pointer(12_345));
    ws.write('apps/web-app-install.json', 'version https://hawser.github.com/spec/v1\noid sha256:' + 'ab'.repeat(32) + '\nsize 1\n');
    symlinkSync('app-manifest.json', join(ws.root, 'apps/link-manifest.json')); // the careful path
    ws.write('data/big-data.json', pointer(50_000_000));
    ws.write('data/more-data.json', pointer(1));
    ws.write('.gitmodules', '[submodule "vendor/apps"]\n\tpath = vendor/apps\n\turl = https://example.com/apps.git\n[submodule "x"]\n  path=tools/x\n');
    git('init', '-q');
    git('add', '.');
    const found = await discoverManifests({ workspaceRoot: ws.root });
    expect(found.manifests.map((m) => m.path)).toEqual([
      'apps/LivePerson-Bot.JSON',
      'apps/a.json',
      'apps/app-manifest.json',
      'apps/b.json',
      'apps/broken.json',
      'apps/link-manifest.json',
      'apps/web-app-install.json',
      'build/out.json',
    ]);
    expect(found.notices).toEqual([
      "this repository has git submodules (vendor/apps, tools/x): git lists a submodule as one entry, not its files, so manifests inside submodules were not checked; check them in each submodule's own repository",
      "2 .json files are Git LFS pointers (data/big-data.json, data/more-data.json), not the files' content: the checkout did not fetch Git LFS content, so they were not checked; check out with lfs: true (actions/checkout) or run git lfs pull",
    ]);
    const results = await validateManifests(
      found.manifests.filter((m) => !['apps/a.json', 'apps/b.json', 'apps/broken.json', 'build/out.json'].includes(m.path)),
      { workspaceRoot: ws.root },
    );
    const what = 'not the manifest itself: the checkout did not fetch Git LFS content; check out with lfs: true (actions/checkout) or run git lfs pull';
    expect(results.map((r) => `${r.path}: ${r.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`).join(' | ')}`)).toEqual([
      `apps/LivePerson-Bot.JSON: unreadable-file 1:1 file is a Git LFS pointer (to a file of 12.1 KiB), ${what}`,
      `apps/app-manifest.json: unreadable-file 1:1 file is a Git LFS pointer (to a file of 2.0 KiB), ${what}`,
      `apps/link-manifest.json: unreadable-file 1:1 file is a Git LFS pointer (to a file of 2.0 KiB), ${what}`,
      `apps/web-app-install.json: unreadable-file 1:1 file is a Git LFS pointer (to a file of 1 bytes), ${what}`,
    ]);
    // One pointer; outside git, a submodule not checked out.
    execFileSync('rm', ['-rf', join(ws.root, '.git'), join(ws.root, 'data/more-data.json')]);
    expect((await discoverManifests({ workspaceRoot: ws.root })).notices).toEqual([
      'this repository has git submodules (vendor/apps, tools/x): a submodule that is not checked out (actions/checkout with submodules: true) has no files here, so its manifests were not checked',
      "1 .json file is a Git LFS pointer (data/big-data.json), not the file's content: the checkout did not fetch Git LFS content, so it was not checked; check out with lfs: true (actions/checkout) or run git lfs pull",
    ]);
    // No .gitmodules, no pointer: no notices.
    execFileSync('rm', [join(ws.root, '.gitmodules'), join(ws.root, 'data/big-data.json')]);
    expect((await discoverManifests({ workspaceRoot: ws.root })).notices).toBeUndefined();
  });

  test('the command line says each notice once, as a note on stderr, also with PATH arguments', async () => {
    ws.write('data/big.json', `version https://git-lfs.github.com/spec/v1\noid sha256:${'0'.repeat(64)}\nsize 9\n`);
    ws.write('.gitmodules', '[submodule "s"]\n\tpath = vendor/s\n');
    for (const args of [[], ['data', 'data', 'apps/a.json']]) {
      let stderr = '';
      const code = await runCli(['--format', 'json', ...args], { cwd: ws.root, stdout: () => undefined, stderr: (s) => (stderr += s), parseArgs });
      expect([args, code, stderr]).toEqual([
        args,
        args.length === 0 ? 1 : 0,
        'lp-manifest: note: this repository has git submodules (vendor/s): a submodule that is not checked out (actions/checkout with submodules: true) has no files here, so its manifests were not checked\n' +
          "lp-manifest: note: 1 .json file is a Git LFS pointer (data/big.json), not the file's content: the checkout did not fetch Git LFS content, so it was not checked; check out with lfs: true (actions/checkout) or run git lfs pull\n",
      ]);
    }
  });

  test('a symbolic link inside the workspace (also through other links) is resolved and read once: its text goes to the engine (issue 19, item 10)', async () => {
    mkdirSync(join(ws.root, 'hops'));
    symlinkSync('../apps/a.json', join(ws.root, 'hops/hop-2'));
    symlinkSync('hop-2', join(ws.root, 'hops/hop-1'));
    symlinkSync('../hops/hop-1', join(ws.root, 'apps/chain.json'));
    symlinkSync(join(ws.root, 'apps/a.json'), join(ws.root, 'apps/absolute.json'));
    const outside = tempWorkspace();
    try {
      outside.write('x.json', '{"client_name": "Outside"}');
      symlinkSync(join(outside.root, 'x.json'), join(ws.root, 'hops/out'));
      symlinkSync('../hops/out', join(ws.root, 'apps/chain-out.json'));
      const found = await discoverManifests({ workspaceRoot: ws.root });
      const byPath = new Map(found.manifests.map((m) => [m.path, m]));
      expect(byPath.get('apps/chain.json')).toEqual({ path: 'apps/chain.json', text: '{"client_name": "A"}' });
      expect(byPath.get('apps/absolute.json')).toEqual({ path: 'apps/absolute.json', text: '{"client_name": "A"}' });
      // A chain that leaves the workspace at its end: kept without text, never read.
      expect(byPath.get('apps/chain-out.json')).toEqual({ path: 'apps/chain-out.json' });
      const results = await validateManifests(
        ['apps/chain.json', 'apps/chain-out.json'].map((path) => ({ path })),
        { workspaceRoot: ws.root },
      );
      expect(results.map((r) => `${r.path}: ${r.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`).join(' | ')}`)).toEqual([
        'apps/chain-out.json: unreadable-file 1:1 symbolic link to a file outside the workspace; not followed',
        'apps/chain.json: ',
      ]);
    } finally {
      outside.cleanup();
    }
  });

  test('names shown alike are not: a Latin-1 café.json, files named caf\\xe9.json and caf\\351.json, one starting with a quote; the JSON report keeps the bytes (issue 19, item 6)', async () => {
    const latin1 = Buffer.from('apps/caf\xe9.json', 'latin1');
    writeFileSync(Buffer.concat([Buffer.from(ws.root + '/'), latin1]), '{"client_name": "Latin-1", }');
    ws.write('apps/caf\\xe9.json', '{"client_name": "Backslash x"}');
    ws.write('apps/caf\\351.json', '{"client_name": "Backslash octal"}');
    ws.write('"apps".json', '{"client_name": "Quoted", "x": 1}');
    ws.write('apps/tab\there.json', '{"client_name": "Tab", "y": 1}');
    ws.write('apps/tab\\there.json', '{"client_name": "Backslash t", "y": 1}');
    const mine = (p: string) => !['apps/a.json', 'apps/b.json', 'apps/broken.json', 'build/out.json'].includes(p);
    for (const run of ['walk', 'git']) {
      if (run === 'git') {
        git('init', '-q');
        git('add', '.');
      }
      const found = await discoverManifests({ workspaceRoot: ws.root });
      const files = await validateManifests(
        found.manifests.filter((m) => mine(m.path)),
        { workspaceRoot: ws.root },
      );
      expect(files.map((f) => f.path)).toEqual(['"\\"apps\\".json"', '"apps/caf\\351.json"', 'apps/caf\\351.json', 'apps/caf\\xe9.json', 'apps/tab\there.json', 'apps/tab\\there.json']);
      const report = buildReport(files);
      expect(formatText(report).split('\n')).toEqual([
        '"\\"apps\\".json":1:27: error unknown-property unknown property "x"; known properties: "client_name", "display_name", "description", "grant_types", "redirect_uris", "response_types", "scope", "logo_uri", "capabilities", "enabled", "quick_launch_enabled", "entry_uri", "enabled_for_profiles"',
        '"apps/caf\\351.json":1:26: error invalid-json invalid JSON: trailing comma before \'}\' is not allowed in JSON',
        'apps/tab\\there.json:1:24: error unknown-property unknown property "y"; known properties: "client_name", "display_name", "description", "grant_types", "redirect_uris", "response_types", "scope", "logo_uri", "capabilities", "enabled", "quick_launch_enabled", "entry_uri", "enabled_for_profiles"',
        '"apps/tab\\\\there.json":1:32: error unknown-property unknown property "y"; known properties: "client_name", "display_name", "description", "grant_types", "redirect_uris", "response_types", "scope", "logo_uri", "capabilities", "enabled", "quick_launch_enabled", "entry_uri", "enabled_for_profiles"',
        '4 errors, 0 warnings in 6 manifests',
        '',
      ]);
      const json = JSON.parse(formatJson(report)) as { files: { path: string; pathBytes?: string }[] };
      expect(json.files.map((f) => [f.path, f.pathBytes === undefined ? undefined : Buffer.from(f.pathBytes, 'base64')])).toEqual([
        ['"\\"apps\\".json"', Buffer.from('"apps".json')],
        ['"apps/caf\\351.json"', latin1],
        ['apps/caf\\351.json', undefined],
        ['apps/caf\\xe9.json', undefined],
        ['apps/tab\there.json', undefined],
        ['apps/tab\\there.json', undefined],
      ]);
    }
  });
});
