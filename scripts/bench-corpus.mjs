// Corpora for scripts/bench.mjs: deterministic (seeded), written with plain fs calls, committed with a
// fixed author and date so every run measures the same repository.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** mulberry32: a small seeded PRNG, so corpora are identical from run to run. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (list) => list[Math.floor(next() * list.length)];
  next.some = (list, min = 1) => {
    const out = list.filter(() => next() < 0.5);
    return out.length >= min ? out : list.slice(0, min);
  };
  return next;
}

const WORDS = [
  'account',
  'agent',
  'bot',
  'campaign',
  'chat',
  'connector',
  'conversation',
  'crm',
  'desk',
  'engage',
  'flow',
  'helper',
  'inbox',
  'lead',
  'message',
  'order',
  'portal',
  'queue',
  'router',
  'sales',
  'survey',
  'ticket',
  'voice',
  'widget',
];
const EVENTS = [
  'ms.MessagingEventNotification.ContentEvent',
  'ms.MessagingEventNotification.RichContentEvent',
  'ms.MessagingEventNotification.AcceptStatusEvent',
  'ms.MessagingEventNotification.ChatStateEvent',
  'cqm.ExConversationChangeNotification',
];
const VISITOR_BEHAVIOR = ['visited_location', 'time_on_location', 'flow', 'engaged_in_session', 'about_to_abandon', 'cart_value', 'cart_items', 'visitor_error', 'viewed_products', 'service_activity'];
const TARGET_AUDIENCE = [
  'external_referral',
  'search_keywords',
  'ip',
  'platform',
  'geo_location',
  'returning_visitors',
  'marketing_source',
  'customer_type',
  'age',
  'balance',
  'customer_id',
  'gender',
  'store_zip_code',
  'store_number',
  'company_size',
  'registration_date',
];
const GOAL = ['url', 'purchase_total', 'num_of_pages', 'lead', 'service_activity'];

function title(r) {
  return `${r.pick(WORDS)} ${r.pick(WORDS)}`.replace(/\b\w/g, (c) => c.toUpperCase());
}

/** A valid manifest (a connector, a web app or an engagement app), 0.4 to 3 KB. */
export function validManifest(r, id) {
  const host = `${r.pick(WORDS)}-${id}.example.com`;
  const kind = r.int(3);
  const m = { client_name: `${title(r)} ${id}`, description: `Generated app number ${id} for the benchmark.` };
  if (kind === 0) {
    m.grant_types = ['client_credentials'];
    m.scope = 'msg.consumer';
    const webhooks = {};
    for (const event of r.some(EVENTS)) {
      const hook = { endpoint: `https://${host}/hooks/${event.split('.').pop().toLowerCase()}` };
      if (r() < 0.6) hook.max_retries = r.int(6);
      if (r() < 0.3) hook.headers = [{ header_name: 'X-Tenant', header_value: `tenant-${r.int(100)}` }];
      webhooks[event] = hook;
    }
    m.capabilities = { webhooks };
  } else if (kind === 1) {
    m.display_name = title(r);
    m.grant_types = ['authorization_code', 'refresh_token'];
    m.response_types = ['code'];
    m.redirect_uris = [`https://${host}/oauth/callback`];
    m.scope = 'msg.consumer';
    m.logo_uri = `https://cdn.${host}/logo-70.png`;
    m.quick_launch_enabled = true;
    m.entry_uri = `https://${host}/liveperson`;
    m.enabled_for_profiles = [40 + r.int(5), 50 + r.int(5)];
  } else {
    m.grant_types = ['client_credentials'];
    m.scope = 'msg.consumer';
    m.capabilities = {
      webhooks: { 'cqm.ExConversationChangeNotification': { endpoint: `https://${host}/conversations`, max_retries: 3 } },
      engagement: {
        design_engagement: r() < 0.5,
        design_window: r() < 0.5,
        entry_point: [r.pick(['section', 'url'])],
        visitor_behavior: r.some(VISITOR_BEHAVIOR),
        target_audience: r.some(TARGET_AUDIENCE),
        goal: r.some(GOAL),
        consumer_identity: ['auth'],
        language_selection: false,
      },
    };
  }
  return m;
}

/** A manifest with one or two errors of the kinds people make (all parseable: ajv-cli stops at the first unparseable file). */
export function brokenManifestText(r, id) {
  const m = validManifest(r, id);
  const hook = m.capabilities?.webhooks && Object.values(m.capabilities.webhooks)[0];
  switch (r.int(8)) {
    case 0: // typo in a property name
      m.clientName = m.client_name;
      delete m.client_name;
      break;
    case 1: // unsupported enum value
      m.grant_types = ['client_credential'];
      break;
    case 2: // wrong type
      m.enabled = 'yes';
      break;
    case 3: // out of range / insecure endpoint
      if (hook) {
        hook.max_retries = 9;
        hook.endpoint = hook.endpoint.replace('https:', 'http:');
      } else m.entry_uri = 'http://example.com/entry';
      break;
    case 4: // misspelled webhook event
      m.capabilities = { webhooks: { 'ms.MessagingEventNotification.ExConversationChangeNotification': { endpoint: 'https://hooks.example.com/c' } } };
      break;
    case 5: // an exported API response: server fields, a committed secret
      m.client_id = `c${id}`;
      m.client_secret = 'not-a-real-secret';
      break;
    case 6: // quick launch without an entry_uri
      m.quick_launch_enabled = true;
      m.entry_uri = '';
      break;
    default: {
      // duplicate key (JSON.parse keeps the last one silently)
      const text = JSON.stringify(m, null, 2);
      return text.replace('{\n', `{\n  "scope": "msg.consumer",\n`);
    }
  }
  return JSON.stringify(m, null, 2) + '\n';
}

function write(root, rel, text) {
  const abs = join(root, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}

export function gitEnv() {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
    GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
}

/** git init + add + commit, quickly (no compression, no hooks, no gc). */
export function commitAll(root) {
  const env = gitEnv();
  const git = (...args) =>
    execFileSync('git', ['-c', 'core.compression=0', '-c', 'core.looseCompression=0', '-c', 'gc.auto=0', '-c', 'init.defaultBranch=main', ...args], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '--no-verify', '-m', 'corpus');
}

/**
 * A directory of `count` manifests in a git repository (apps/<group>/<name>.json); `errorRate` of them
 * with errors. A few client names repeat (the duplicate-client-name rule reads those files twice).
 */
export function writeManifestCorpus(root, count, { errorRate = 0.1, seed = 1 } = {}) {
  const r = rng(seed);
  let broken = 0;
  for (let i = 0; i < count; i++) {
    let text;
    if (r() < errorRate) {
      broken++;
      text = brokenManifestText(r, i);
    } else {
      const m = validManifest(r, i);
      // One in a thousand shares its client_name with the previous file (an error in both).
      if (i % 1000 === 999) {
        m.client_name = `Shared name ${i - 1}`;
        broken++;
      }
      if (i % 1000 === 998) m.client_name = `Shared name ${i}`;
      text = JSON.stringify(m, null, 2) + '\n';
    }
    write(root, `apps/group-${String(Math.floor(i / 100)).padStart(3, '0')}/app-${String(i).padStart(5, '0')}.json`, text);
  }
  commitAll(root);
  return { manifests: count, broken };
}

/** A one-manifest repository (the cold-start corpus). */
export function writeSingleManifestRepo(root) {
  write(root, 'README.md', '# An app\n');
  write(root, 'package.json', JSON.stringify({ name: 'an-app', version: '1.0.0', private: true }, null, 2) + '\n');
  write(root, 'src/index.js', 'export const answer = 42;\n');
  write(root, 'liveperson/app.json', JSON.stringify(validManifest(rng(7), 1), null, 2) + '\n');
  commitAll(root);
}

const SOURCE_EXT = ['ts', 'ts', 'ts', 'tsx', 'js', 'js', 'mjs', 'css', 'md', 'yml', 'svg', 'snap'];

function sourceText(r, i) {
  const name = `${r.pick(WORDS)}${r.int(1000)}`;
  const lines = [`// ${name}: generated source file ${i}`, `import { ${r.pick(WORDS)} } from './${r.pick(WORDS)}';`, ''];
  const n = 5 + r.int(60);
  for (let k = 0; k < n; k++) lines.push(`export function ${r.pick(WORDS)}${k}(input: string): number { return input.length * ${r.int(100)}; }`);
  return lines.join('\n') + '\n';
}

function localeText(r, size) {
  const o = {};
  for (let k = 0; k < size; k++) o[`${r.pick(WORDS)}.${r.pick(WORDS)}.${k}`] = `${title(r)} ${r.pick(WORDS)} ${r.pick(WORDS)}`;
  return JSON.stringify(o, null, 2) + '\n';
}

function fixtureText(r, i) {
  // Some API fixtures mention manifest keys below the top level: the content check must parse them.
  const nested = r() < 0.15;
  const o = {
    id: i,
    status: r.pick(['open', 'closed', 'pending']),
    items: Array.from({ length: 1 + r.int(20) }, (_, k) => ({ sku: `${r.pick(WORDS)}-${k}`, qty: r.int(9), price: r.int(10000) / 100 })),
  };
  if (nested) o.app = { client_name: `${title(r)}`, capabilities: { webhooks: {} } };
  return JSON.stringify(o, null, 2) + '\n';
}

/**
 * A monorepo of `total` tracked files: about 6% JSON (package.json, tsconfig.json, locales, API
 * fixtures, one multi-megabyte lock file), `manifests` LivePerson manifests, the rest source, docs and
 * assets; plus an ignored node_modules/ and dist/, as after `npm ci && npm run build` on a runner.
 */
export function writeMonorepo(root, total, { manifests = 40, seed = 2 } = {}) {
  const r = rng(seed);
  let files = 0;
  let json = 0;
  const put = (rel, text) => {
    write(root, rel, text);
    files++;
    if (rel.endsWith('.json')) json++;
  };
  put('.gitignore', 'node_modules/\ndist/\n*.log\n');
  put('README.md', '# A monorepo\n');
  const lock = { name: 'monorepo', lockfileVersion: 3, packages: {} };
  for (let k = 0; k < 12000; k++)
    lock.packages[`node_modules/${r.pick(WORDS)}-${k}`] = { version: `1.${r.int(20)}.${r.int(20)}`, resolved: `https://registry.npmjs.org/x/-/x-${k}.tgz`, integrity: `sha512-${'A'.repeat(40)}${k}` };
  put('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
  const packages = Math.max(4, Math.round(total / 500));
  const perPackage = Math.floor((total - files - manifests) / packages);
  let manifestsLeft = manifests;
  for (let p = 0; p < packages; p++) {
    const pkg = `packages/${r.pick(WORDS)}-${p}`;
    put(
      `${pkg}/package.json`,
      JSON.stringify({ name: `@mono/${pkg.split('/')[1]}`, version: '1.0.0', main: 'dist/index.js', scripts: { build: 'tsc' }, dependencies: { react: '^18.0.0' } }, null, 2) + '\n',
    );
    put(`${pkg}/tsconfig.json`, JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { outDir: 'dist' }, include: ['src'] }, null, 2) + '\n');
    if (manifestsLeft > 0 && p % Math.max(1, Math.floor(packages / manifests)) === 0) {
      put(`${pkg}/liveperson/manifest.json`, JSON.stringify(validManifest(r, p), null, 2) + '\n');
      manifestsLeft--;
    }
    for (let k = 0; k < perPackage - 2; k++) {
      const dir = `${pkg}/src/${WORDS[k % 7]}/${WORDS[(k >> 3) % 11]}`;
      const roll = r();
      if (roll < 0.025) put(`${pkg}/locales/${WORDS[k % WORDS.length]}-${k}.json`, localeText(r, 5 + r.int(80)));
      else if (roll < 0.055) put(`${pkg}/test/fixtures/${WORDS[k % 9]}/f-${k}.json`, fixtureText(r, k));
      else put(`${dir}/${r.pick(WORDS)}-${k}.${r.pick(SOURCE_EXT)}`, sourceText(r, k));
    }
  }
  while (manifestsLeft-- > 0) put(`apps/extra-${manifestsLeft}/manifest.json`, JSON.stringify(validManifest(r, 1000 + manifestsLeft), null, 2) + '\n');
  let filler = 0;
  while (files < total) put(`tools/scripts/s-${filler++}.sh`, `#!/bin/sh\necho ${filler}\n`);
  // Ignored, as on a runner after npm ci and a build: git skips these directories.
  for (let k = 0; k < 2000; k++) write(root, `node_modules/${WORDS[k % WORDS.length]}-${k % 300}/lib/f-${k}.json`, '{"client_name": "not a manifest, in node_modules"}\n');
  for (let k = 0; k < 200; k++) write(root, `dist/chunk-${k}.js`, sourceText(r, k));
  commitAll(root);
  return { files, json, manifests };
}

/**
 * `count` references to one manifest in a git repository (issue 19, item 10): `files` are copies of
 * it, `links` symbolic links to it, `chains` symbolic links to the first of 38 more in a row that
 * end at it (39 hops; Linux follows at most 40). The same client_name everywhere: duplicate-client-name
 * reads every one of them a second time.
 */
export function writeLinkCorpus(root, count, kind) {
  const manifest = JSON.stringify({ client_name: 'Linked app', description: 'one manifest, many names', grant_types: ['client_credentials'], scope: 'msg.consumer' }, null, 2) + '\n';
  write(root, 'apps/app.json', manifest);
  let first = '../apps/app.json';
  if (kind === 'chains') {
    for (let i = 38; i >= 1; i--) {
      const name = `hops/hop-${String(i).padStart(2, '0')}`;
      mkdirSync(join(root, 'hops'), { recursive: true });
      symlinkSync(i === 38 ? '../apps/app.json' : `hop-${String(i + 1).padStart(2, '0')}`, join(root, name));
    }
    first = '../hops/hop-01';
  }
  for (let i = 0; i < count; i++) {
    const path = `refs/group-${String(Math.floor(i / 1000)).padStart(3, '0')}/app-${String(i).padStart(5, '0')}.json`;
    if (kind === 'files') write(root, path, manifest);
    else {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      symlinkSync(`../${first}`, join(root, path));
    }
  }
  commitAll(root);
  return { references: count };
}

/** A repository of one candidate of `mib` MiB: white space, then a manifest (the key is at the very end). */
export function writeLargeCandidate(root, mib) {
  write(root, 'apps/large.json', ' '.repeat(mib * 1024 * 1024) + '{"client_name": "Large"}\n');
  commitAll(root);
}
