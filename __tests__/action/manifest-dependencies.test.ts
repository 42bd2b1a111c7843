// What a manifest depends on for only-changed: the symbolic links its path goes through (links to
// links, linked folders, absolute targets inside the workspace) and the file reached, and the same
// for its logo file, resolved as the logo-size rule resolves logo_uri. Real links in a temporary folder.
import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { dependenciesOf, mapLimited, MAX_LINKS, PathResolver } from '../../src/action/manifest-dependencies.js';
import { tempWorkspace, type TempWorkspace } from '../support/workspace.js';

let ws: TempWorkspace | undefined;
afterEach(() => {
  ws?.cleanup();
  ws = undefined;
});

function workspace(files: Record<string, string>, links: Record<string, string> = {}): TempWorkspace {
  ws = tempWorkspace();
  for (const [path, text] of Object.entries(files)) ws.write(path, text);
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(join(ws.root, path, '..'), { recursive: true });
    symlinkSync(target.replace('$ROOT', ws.root), join(ws.root, path));
  }
  return ws;
}

const MANIFEST = (logo?: string) => JSON.stringify({ client_name: 'x', ...(logo === undefined ? {} : { logo_uri: logo }) });

describe('PathResolver.through', () => {
  test('a plain file: itself; a missing one: itself (the pull request may have removed it)', async () => {
    const { root } = workspace({ 'apps/a.json': '{}' });
    const r = new PathResolver(root);
    expect(await r.through('apps/a.json')).toEqual(['apps/a.json']);
    expect(await r.through('apps/gone.json')).toEqual(['apps/gone.json']);
    expect(await r.through('nowhere/deep/x.json')).toEqual(['nowhere']);
  });

  test('a link to a link to a file: every link on the way and the file reached', async () => {
    const { root } = workspace({ 'real/a.json': '{}' }, { 'apps/a.json': '../links/b.json', 'links/b.json': '../real/a.json' });
    expect(await new PathResolver(root).through('apps/a.json')).toEqual(['apps/a.json', 'links/b.json', 'real/a.json']);
  });

  test('a linked folder, and an absolute target inside the workspace', async () => {
    const { root } = workspace({ 'real/dir/a.json': '{}', 'real/b.json': '{}' }, { apps: 'real/dir', 'x/b.json': '$ROOT/real/b.json' });
    const r = new PathResolver(root);
    expect(await r.through('apps/a.json')).toEqual(['apps', 'real/dir/a.json']);
    expect(await r.through('x/b.json')).toEqual(['x/b.json', 'real/b.json']);
  });

  test('out of the workspace, a loop: the walk stops where it is', async () => {
    const { root } = workspace({}, { 'apps/out.json': '../../etc/passwd', 'apps/abs.json': '/etc/passwd', 'apps/loop.json': 'loop2.json', 'apps/loop2.json': 'loop.json' });
    const r = new PathResolver(root);
    expect(await r.through('apps/out.json')).toEqual(['apps/out.json']);
    expect(await r.through('apps/abs.json')).toEqual(['apps/abs.json']);
    const loop = await r.through('apps/loop.json');
    expect(loop).toHaveLength(MAX_LINKS + 1);
    expect(new Set(loop)).toEqual(new Set(['apps/loop.json', 'apps/loop2.json']));
  });
});

describe('dependenciesOf', () => {
  test('a relative logo_uri, from the folder of the manifest (as the path names it): the logo file', async () => {
    const { root } = workspace({ 'apps/bot/app.json': MANIFEST('img/logo.png'), 'apps/bot/img/logo.png': 'png' });
    expect(await dependenciesOf({ path: 'apps/bot/app.json' }, root, new PathResolver(root))).toEqual(['apps/bot/img/logo.png']);
  });

  test('../, a leading / (the workspace root), a query: resolved as logo-size does; a URL or none: nothing', async () => {
    const { root } = workspace({
      'apps/a.json': MANIFEST('../assets/logo.png?v=2'),
      'apps/b.json': MANIFEST('/assets/logo.png'),
      'apps/c.json': MANIFEST('https://cdn.example.com/l.png'),
      'apps/d.json': MANIFEST(),
      'assets/logo.png': 'png',
    });
    const r = new PathResolver(root);
    expect(await dependenciesOf({ path: 'apps/a.json' }, root, r)).toEqual(['assets/logo.png']);
    expect(await dependenciesOf({ path: 'apps/b.json' }, root, r)).toEqual(['assets/logo.png']);
    expect(await dependenciesOf({ path: 'apps/c.json' }, root, r)).toEqual([]);
    expect(await dependenciesOf({ path: 'apps/d.json' }, root, r)).toEqual([]);
  });

  test('a manifest linked from elsewhere, with a logo that is a link: both chains; the text given is used as is', async () => {
    const { root } = workspace({ 'real/app.json': MANIFEST('logo.png'), 'img/real.png': 'png' }, { 'apps/app.json': '../real/app.json', 'apps/logo.png': '../img/real.png' });
    // logo_uri is relative to the folder of the path checked (apps/), as logo-size resolves it.
    expect(await dependenciesOf({ path: 'apps/app.json' }, root, new PathResolver(root))).toEqual(['real/app.json', 'apps/logo.png', 'img/real.png']);
    expect(await dependenciesOf({ path: 'apps/app.json', text: MANIFEST('other.png') }, root, new PathResolver(root))).toEqual(['real/app.json', 'apps/other.png']);
  });

  test('a manifest that does not parse: its links only; a name that is not UTF-8: nothing (kept anyway)', async () => {
    const { root } = workspace({ 'real/a.json': '{"logo_uri": "x.png",' }, { 'apps/a.json': '../real/a.json' });
    expect(await dependenciesOf({ path: 'apps/a.json' }, root, new PathResolver(root))).toEqual(['real/a.json']);
    expect(await dependenciesOf({ path: 'apps/\\xff.json', fsPath: Buffer.from([0x61, 0xff]) }, root, new PathResolver(root))).toEqual([]);
  });
});

test('mapLimited: every item, in order, at most `limit` at once', async () => {
  let running = 0;
  let most = 0;
  const out = await mapLimited([5, 4, 3, 2, 1, 0], 2, async (n, i) => {
    running++;
    most = Math.max(most, running);
    await new Promise((r) => setTimeout(r, n));
    running--;
    return `${i}:${n}`;
  });
  expect(out).toEqual(['0:5', '1:4', '2:3', '3:2', '4:1', '5:0']);
  expect(most).toBe(2);
});
