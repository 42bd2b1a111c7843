// After ncc: dist/cli.js, a stable entry for `node dist/cli.js` next to the bundled dist/cli/index.js,
// and the third-party notices of each bundle (dist/licenses.txt, dist/cli/licenses.txt): every
// package whose code ncc put in the bundle (read from the webpack stats of the build, .ncc/*.json),
// with its license text. (ncc's own --license leaves out packages reached through a CommonJS require
// in generated code or a lazily loaded chunk: ajv's runtime, jsdiff.)
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

writeFileSync('dist/cli.js', "#!/usr/bin/env node\n// lp-manifest command line (bundle in dist/cli/index.js).\nimport './cli/index.js';\n");
chmodSync('dist/cli.js', 0o755);

/** The packages of node_modules whose files a build's stats name, sorted. */
function bundledPackages(statsFile) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const names = new Set();
  const visit = (modules) => {
    for (const m of modules ?? []) {
      for (const id of [m.name, m.identifier]) {
        for (const match of String(id ?? '').matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)) names.add(match[1]);
      }
      visit(m.modules);
    }
  };
  visit(stats.modules);
  for (const chunk of stats.chunks ?? []) visit(chunk.modules);
  return [...names].sort();
}

function notice(name) {
  const dir = join('node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `(the package ships no license file; its package.json says ${license})`;
  return `${name}\n${license}\n${text}\n`;
}

for (const [stats, out] of [
  ['.ncc/action.json', 'dist/licenses.txt'],
  ['.ncc/cli.json', 'dist/cli/licenses.txt'],
]) {
  writeFileSync(out, bundledPackages(stats).map(notice).join('\n'));
}
