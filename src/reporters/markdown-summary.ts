// The Markdown summary shown as the job summary and as the check run's summary: counts, a table per
// file (line, rule, message; a note row per rule with findings past the listing limit) and, with
// profiles, a manifest x profile QuickLaunch table. It is cut,
// with a note, before `maxChars` / `maxBytes` (GitHub: 65,535 characters for a check run, 1 MiB for a
// job summary).
import { MAX_LISTED_PER_RULE, type Report } from '../findings.js';
import { escapeInvisible } from '../text/describe.js';
import { count, omittedNote, plural } from './text-report.js';
import { accountMarkdown, profileMarkdown } from './account-report.js';

export interface SummaryOptions {
  /** Limit in UTF-16 code units (GitHub's "characters": 65,535 for a check run summary). */
  maxChars: number;
  /** Limit in UTF-8 bytes (a job summary must stay under 1 MiB). */
  maxBytes?: number;
  /** The profiles input, for the QuickLaunch table. */
  profiles?: readonly number[];
  /** Help links base (README), for rule ids. */
  readmeUrl?: string;
  /** Where the complete list is when the summary is cut. */
  moreAt?: string;
  /** Why the step fails besides the findings (`files` matched nothing): said under a ❌ heading. */
  failure?: string;
}

/** "3 errors in 2 of 14 manifests", "2 warnings in 1 of 3 manifests", "14 manifests, no problems". */
export function reportTitle(report: Report): string {
  const { manifests, errors, warnings } = report.summary;
  if (manifests === 0) return 'No LivePerson manifests found';
  const withFindings = report.files.filter((f) => f.findings.length > 0).length;
  if (errors > 0) {
    return `${plural(errors, 'error')}${warnings > 0 ? ` and ${plural(warnings, 'warning')}` : ''} in ${withFindings} of ${plural(manifests, 'manifest')}`;
  }
  if (warnings > 0) return `${plural(warnings, 'warning')} in ${withFindings} of ${plural(manifests, 'manifest')}`;
  return `${plural(manifests, 'manifest')} checked, no problems`;
}

/**
 * Text from a manifest (a message, a file path, the failure note) as a Markdown code span: nothing
 * inside one is parsed, and GitHub's own filters (mentions, issue references, autolinks) skip code,
 * so it can make no image, link, mention, heading, HTML or emphasis. Messages are rendered whole
 * this way: they mix our words with keys, values and paths, and cannot be told apart after the fact.
 * - Invisible characters and line breaks are shown as JSON escapes (a line break would end a table
 *   row or a heading; a bidi override would reorder what a reader sees).
 * - The fence is one backtick longer than the longest run inside; content that starts or ends with a
 *   backtick or a space is padded with one space each side, which CommonMark strips again.
 * - `inTable`: GFM splits table rows at `|` before anything else, code spans included, and reads
 *   `\|` as a literal pipe there. A backslash right before a pipe would escape that backslash
 *   instead on renderers that read `\\` first (micromark does, cmark-gfm does not), so an odd run of
 *   backslashes before a pipe gets one more backslash: on every renderer the row keeps its cells
 *   (shown as `\\|`, the way JSON writes a backslash; an even run shows exactly).
 */
export function codeSpan(text: string, inTable = false): string {
  let content = escapeInvisible(text, { oneLine: true });
  if (content === '') return '';
  if (inTable) content = content.replace(/(\\*)\|/g, (_m, slashes: string) => `${slashes}${slashes.length % 2 === 1 ? '\\' : ''}\\|`);
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) && !/^ +$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

interface Block {
  lines: string[];
  /** How many of `lines` are heading and table header; the rest are rows. */
  header: number;
  /** How many rows after the header are findings (counted, to say how many a cut leaves out). */
  findingRows: number;
}

export function formatMarkdownSummary(report: Report, options: SummaryOptions): string {
  const icon = report.summary.errors > 0 || options.failure !== undefined ? '❌' : report.summary.warnings > 0 ? '⚠️' : '✅';
  const head: string[] = [`## ${icon} LivePerson manifests: ${reportTitle(report)}`, ''];
  if (options.failure !== undefined) head.push(`**${codeSpan(options.failure)}**`, '');
  head.push(`| manifests | errors | warnings |`, `|---:|---:|---:|`, `| ${report.summary.manifests} | ${report.summary.errors} | ${report.summary.warnings} |`);
  // The account checks (bounded lists): in the head, never cut.
  if (report.account !== undefined) head.push(accountMarkdown(report.account));

  const blocks: Block[] = [];
  const profiles = options.profiles ?? [];
  if (profiles.length > 0 && report.files.length > 0) {
    const lines = [
      '### QuickLaunch visibility',
      '',
      `| manifest | ${profiles.map((p) => `profile ${profileMarkdown(p, report.account)}`).join(' | ')} |`,
      `|---|${profiles.map(() => ':---:').join('|')}|`,
    ];
    for (const f of report.files) {
      const visible = f.quickLaunch?.visibleTo ?? [];
      lines.push(`| ${codeSpan(f.path, true)} | ${profiles.map((p) => (visible.includes(p) ? '✅' : '—')).join(' | ')} |`);
    }
    blocks.push({ lines, header: 4, findingRows: 0 });
  }
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const lines = [`### ${file.valid ? '⚠️' : '❌'} ${codeSpan(file.path)}`, '', '| line | severity | rule | message |', '|---:|---|---|---|'];
    const ruleLink = (rule: string) => (options.readmeUrl ? `[\`${rule}\`](${options.readmeUrl}#${rule})` : `\`${rule}\``);
    for (const f of file.findings) lines.push(`| ${f.line}:${f.column} | ${f.severity} | ${ruleLink(f.rule)} | ${codeSpan(f.message, true)} |`);
    // Our own words and numbers only: no code span needed.
    for (const o of file.omitted ?? []) lines.push(`| | ${o.severity} | ${ruleLink(o.rule)} | ${omittedNote(o)} |`);
    blocks.push({ lines, header: 4, findingRows: file.findings.length });
  }

  // Fill line by line (a big file is cut inside its table, not dropped whole), keeping room for the note.
  const reserve = 400;
  const maxChars = options.maxChars - reserve;
  const maxBytes = (options.maxBytes ?? Infinity) - reserve;
  let out = head.join('\n');
  let bytes = utf8Length(out);
  let shown = 0;
  let full = false;
  /** The cut fell in the QuickLaunch table (the first block, with profiles). */
  let quickLaunchCut = false;
  const add = (line: string): boolean => {
    const b = utf8Length(line) + 1;
    if (out.length + line.length + 1 > maxChars || bytes + b > maxBytes) return false;
    out += '\n' + line;
    bytes += b;
    return true;
  };
  for (const [index, block] of blocks.entries()) {
    const isQuickLaunch = index === 0 && profiles.length > 0;
    // A heading alone is useless: start a block only when its header and first row fit.
    const opening = block.lines.slice(0, block.header + 1);
    const openingChars = opening.reduce((n, l) => n + l.length + 1, 1);
    const openingBytes = opening.reduce((n, l) => n + utf8Length(l) + 1, 1);
    if (out.length + openingChars > maxChars || bytes + openingBytes > maxBytes) {
      full = true;
      quickLaunchCut = isQuickLaunch;
      break;
    }
    add('');
    let i = 0;
    for (; i < block.lines.length; i++) {
      if (!add(block.lines[i]!)) break;
      if (i >= block.header && i < block.header + block.findingRows) shown++;
    }
    if (i < block.lines.length) {
      full = true;
      quickLaunchCut = isQuickLaunch;
      break;
    }
  }
  out += '\n';
  if (full) {
    // Past the listing limit a finding is counted, not listed: the cut is told in listed findings then.
    let listed = 0;
    for (const file of report.files) listed += file.findings.length;
    const unlisted = report.summary.errors + report.summary.warnings - listed;
    const partial = unlisted > 0;
    const hidden = listed - shown;
    const what =
      hidden > 0
        ? `${plural(hidden, partial ? 'listed finding' : 'finding')} of ${listed} ${hidden === 1 ? 'is' : 'are'} not shown here`
        : quickLaunchCut
          ? 'the QuickLaunch table is incomplete'
          : 'the notes on findings past the listing limit are not all shown here';
    // The notes rows may be among what is cut: the count of findings not listed is said here too.
    const counted = partial
      ? ` The other ${count(unlisted)} ${unlisted === 1 ? 'finding is' : 'findings are'} past the listing limit (${count(MAX_LISTED_PER_RULE)} of one rule per file): counted, not listed.`
      : '';
    out += `\n> **Summary cut:** ${what}, to stay within GitHub's size limit. Every ${partial ? 'listed ' : ''}finding is in ${options.moreAt ?? 'the log and the JSON report'}.${counted}\n`;
  }
  return truncate(out, options.maxChars, options.maxBytes ?? Infinity);
}

/** Bytes of `s` in UTF-8 (a lone surrogate counts as the 3 bytes of U+FFFD, as it is written). */
export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * The longest prefix within both limits, never splitting a surrogate pair, and ending at a line
 * break when it has one: a line cut inside a code span would let the rest of it be read as Markdown.
 */
function truncate(s: string, maxChars: number, maxBytes: number): string {
  if (s.length <= maxChars && (maxBytes === Infinity || utf8Length(s) <= maxBytes)) return s;
  let end = Math.min(s.length, maxChars);
  if (end < s.length && (s.charCodeAt(end) & 0xfc00) === 0xdc00) end--;
  let out = s.slice(0, end);
  while (maxBytes !== Infinity && utf8Length(out) > maxBytes) {
    end = Math.max(0, end - Math.max(1, Math.ceil((utf8Length(out) - maxBytes) / 4)));
    if (end > 0 && (s.charCodeAt(end) & 0xfc00) === 0xdc00) end--;
    out = s.slice(0, end);
  }
  const lineEnd = out.lastIndexOf('\n');
  return lineEnd > 0 ? out.slice(0, lineEnd + 1) : out;
}
