// The release notes of one version: the body of CHANGELOG.md's `## [X.Y.Z] - YYYY-MM-DD` section
// (Keep a Changelog), up to the next `## ` heading or the link definitions at the end, trimmed.
// The release workflow (.github/workflows/release.yml) makes the GitHub release from it.
//   node scripts/changelog-section.mjs 1.2.3 [CHANGELOG.md] > notes.md
// Exits 1 with a message on stderr when the version has no section, or an empty one: a release
// without notes is a mistake to stop at, not to publish.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The section of `version` in a Keep a Changelog text, or an Error saying why there is none. */
export function changelogSection(text, version) {
  if (!VERSION.test(version)) return new Error(`not a version: ${JSON.stringify(version)} (expected X.Y.Z, without the v)`);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const heading = `## [${version}]`;
  const start = lines.findIndex((line) => line === heading || line.startsWith(`${heading} `));
  if (start < 0) return new Error(`CHANGELOG has no "${heading} - YYYY-MM-DD" section`);
  let end = start + 1;
  while (end < lines.length && !/^## /.test(lines[end]) && !/^\[[^\]]+\]: /.test(lines[end])) end++;
  const body = lines
    .slice(start + 1, end)
    .join('\n')
    .trim();
  if (body === '') return new Error(`the CHANGELOG's "${heading}" section is empty`);
  return `${body}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [version = '', file = 'CHANGELOG.md'] = process.argv.slice(2);
  const section = changelogSection(readFileSync(file, 'utf8'), version.replace(/^v/, ''));
  if (section instanceof Error) {
    process.stderr.write(`changelog-section: ${section.message}\n`);
    process.exit(1);
  }
  process.stdout.write(section);
}
