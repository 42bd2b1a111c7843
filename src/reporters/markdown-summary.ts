// The Markdown summary shown as the job summary and as the check run's summary: a heading that
// agrees with the step's verdict, counts, how many findings `lp-manifest --fix` fixes, a table per
// file (line linked to the file at the commit checked, rule linked to its documentation at the
// running version, message; a note row per rule with findings past the listing limits) and, with
// profiles, a manifest x profile table of the manifests that enable QuickLaunch. It is cut, with a
// note, before `maxChars` / `maxBytes` (GitHub: 65,535 characters for a check run, 1 MiB for a job
// summary); its rows are made only while they fit.
import { MAX_LISTED_PER_RULE, MAX_LISTED_PER_RUN, type ProfileId, type Report } from '../engine/findings.js';
import { escapeInvisible } from '../text/describe.js';
import { count, omittedNote, plural } from './text-report.js';
import { accountMarkdown, profileMarkdown } from './account-report.js';

/** Where the checked files are on GitHub: links to a finding's line. */
export interface SourceLinks {
  /** GITHUB_SERVER_URL, e.g. https://github.com. */
  serverUrl: string;
  /** owner/name. */
  repository: string;
  /** The commit checked (the pull request's head). */
  sha: string;
}

export interface SummaryOptions {
  /** Limit in UTF-16 code units (GitHub's "characters": 65,535 for a check run summary). */
  maxChars: number;
  /** Limit in UTF-8 bytes (a job summary must stay under 1 MiB). */
  maxBytes?: number;
  /** The profiles input, for the QuickLaunch table. */
  profiles?: readonly ProfileId[];
  /** Help links base (README), for rule ids. */
  readmeUrl?: string;
  /** Where the complete list is when the summary is cut. */
  moreAt?: string;
  /** Why the step fails besides the findings (`files` matched nothing): said under a ❌ heading. */
  failure?: string;
  /**
   * The verdict (fail-on applied): the heading's ❌ is for a failing step only. Undefined: failing
   * when there is an error (fail-on's default).
   */
  failing?: boolean;
  /** Links each finding's line to the file at this commit. */
  links?: SourceLinks;
  /** The pull request's review carries the fixes on changed lines as suggested changes. */
  reviewPosted?: boolean;
  /** Markdown (src/config/config-change.ts, configChangeMarkdown): the pull request changes the config file, and what it turns off or down. */
  configChange?: string;
}

/**
 * `https://github.com/<repo>/blob/<sha>/<path>#L<line>`, each path segment percent-encoded (and the
 * characters a Markdown link destination or a URL would read, `(`, `)`, `'`, `!`, `*`, too);
 * undefined when the parts do not make a safe address (a `.` or `..` segment, a name that is not
 * UTF-8, a repository or commit of other characters).
 */
export function blobLineUrl(links: SourceLinks, path: string, line: number): string | undefined {
  if (!/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?$/.test(links.serverUrl)) return undefined;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(links.repository) || !/^[0-9a-f]{40,64}$/i.test(links.sha)) return undefined;
  const segments = path.split('/');
  // (A lone surrogate or U+FFFD: a name shown with replacements, whose address is not known.)
  if (segments.some((s) => s === '' || s === '.' || s === '..') || /[\ufffd\ud800-\udfff]/.test(path)) return undefined;
  const encoded = segments.map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${encoded.join('/')}#L${line}`;
}

/** Files that have findings, listed or counted. */
function withFindings(report: Report): number {
  let n = 0;
  for (const f of report.files) if (f.findings.length > 0 || (f.omitted?.length ?? 0) > 0) n++;
  return n;
}

/** "3 errors in 2 of 14 manifests", "2 warnings in 1 of 3 manifests", "14 manifests, no problems". */
export function reportTitle(report: Report): string {
  const { manifests, errors, warnings } = report.summary;
  if (manifests === 0) return 'No LivePerson manifests found';
  if (errors > 0) {
    return `${plural(errors, 'error')}${warnings > 0 ? ` and ${plural(warnings, 'warning')}` : ''} in ${count(withFindings(report))} of ${plural(manifests, 'manifest')}`;
  }
  if (warnings > 0) return `${plural(warnings, 'warning')} in ${count(withFindings(report))} of ${plural(manifests, 'manifest')}`;
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
  /** Heading and table header. */
  header: string[];
  /** The rows, made as they are added. */
  rows: Iterable<string>;
  /** Whether the rows are findings (counted, to say how many a cut leaves out). */
  findings: boolean;
  quickLaunch: boolean;
}

/** The heading's words after the title when the verdict does not follow from the counts (fail-on). */
function verdictNote(report: Report, failing: boolean): string {
  const { errors, warnings } = report.summary;
  if (!failing && errors > 0) return ' (not failing: `fail-on` is `never`)';
  if (failing && errors === 0 && warnings > 0) return ' (failing: `fail-on` is `warning`)';
  return '';
}

/** How many listed findings have a certain fix: what `lp-manifest --fix` applies. */
function fixLine(report: Report, reviewPosted: boolean): string | undefined {
  let fixable = 0;
  let listed = 0;
  for (const file of report.files) {
    listed += file.findings.length;
    for (const f of file.findings) if (f.fix !== undefined) fixable++;
  }
  if (fixable === 0) return undefined;
  const total = report.summary.errors + report.summary.warnings;
  const of = fixable === total ? (fixable === 1 ? 'The finding has' : `All ${count(total)} findings have`) : `${count(fixable)} of the ${count(total)} findings ${fixable === 1 ? 'has' : 'have'}`;
  const more = listed < total ? ' (of those listed; run it again for the next ones)' : '';
  const review = reviewPosted ? ' The review of this pull request carries the fixes on changed lines as suggested changes.' : '';
  return `🔧 ${of} a certain fix: \`lp-manifest --fix\` applies ${fixable === 1 ? 'it' : 'them'}${more}.${review}`;
}

function* quickLaunchRows(report: Report, profiles: readonly ProfileId[]): Generator<string> {
  for (const f of report.files) {
    if (f.quickLaunch?.enabled !== true) continue;
    const visible = f.quickLaunch.visibleTo ?? [];
    yield `| ${codeSpan(f.path, true)} | ${profiles.map((p) => (visible.includes(p) ? '✅' : '—')).join(' | ')} |`;
  }
}

function* findingRows(file: Report['files'][number], options: SummaryOptions): Generator<string> {
  const ruleLink = (rule: string) => (options.readmeUrl ? `[${rule}](${options.readmeUrl}#${rule})` : rule);
  for (const f of file.findings) {
    const url = options.links === undefined ? undefined : blobLineUrl(options.links, file.path, f.line);
    // The link's text is our numbers only.
    const where = url === undefined ? `${f.line}:${f.column}` : `[${f.line}:${f.column}](${url})`;
    yield `| ${where} | ${f.severity} | ${ruleLink(f.rule)} | ${codeSpan(f.message, true)} |`;
  }
  // Our own words and numbers only: no code span needed.
  for (const o of file.omitted ?? []) yield `| | ${o.severity} | ${ruleLink(o.rule)} | ${omittedNote(o)} |`;
}

function* blocksOf(report: Report, options: SummaryOptions): Generator<Block> {
  const profiles = options.profiles ?? [];
  if (profiles.length > 0 && report.files.length > 0) {
    if (report.files.some((f) => f.quickLaunch?.enabled === true)) {
      const header = [
        '### QuickLaunch visibility',
        '',
        `| manifest | ${profiles.map((p) => `profile ${profileMarkdown(p, report.account)}`).join(' | ')} |`,
        `|---|${profiles.map(() => ':---:').join('|')}|`,
      ];
      yield { header, rows: quickLaunchRows(report, profiles), findings: false, quickLaunch: true };
    } else {
      yield { header: [`QuickLaunch: none of the ${plural(report.files.length, 'manifest')} enables it (\`quick_launch_enabled\`).`], rows: [], findings: false, quickLaunch: true };
    }
  }
  for (const file of report.files) {
    if (file.findings.length === 0 && (file.omitted?.length ?? 0) === 0) continue;
    const header = [`### ${file.valid ? '⚠️' : '❌'} ${codeSpan(file.path)}`, '', '| line | severity | rule | message |', '|---:|---|---|---|'];
    yield { header, rows: findingRows(file, options), findings: true, quickLaunch: false };
  }
}

export function formatMarkdownSummary(report: Report, options: SummaryOptions): string {
  const failing = options.failing ?? (report.summary.errors > 0 || options.failure !== undefined);
  const icon = failing ? '❌' : report.summary.errors + report.summary.warnings > 0 ? '⚠️' : '✅';
  const head: string[] = [`## ${icon} LivePerson manifests: ${reportTitle(report)}${options.failure === undefined ? verdictNote(report, failing) : ''}`, ''];
  if (options.failure !== undefined) head.push(`**${codeSpan(options.failure)}**`, '');
  if (options.configChange !== undefined) head.push(options.configChange, '');
  head.push(`| manifests | errors | warnings |`, `|---:|---:|---:|`, `| ${count(report.summary.manifests)} | ${count(report.summary.errors)} | ${count(report.summary.warnings)} |`);
  const fixes = fixLine(report, options.reviewPosted === true);
  if (fixes !== undefined) head.push('', fixes);
  // The account checks (bounded lists): in the head, never cut.
  if (report.account !== undefined) head.push('', accountMarkdown(report.account));

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
  const fits = (lines: readonly string[]) => {
    let chars = 0;
    let b = 0;
    for (const l of lines) {
      chars += l.length + 1;
      b += utf8Length(l) + 1;
    }
    return out.length + chars <= maxChars && bytes + b <= maxBytes;
  };
  const add = (line: string): boolean => {
    if (!fits([line])) return false;
    out += '\n' + line;
    bytes += utf8Length(line) + 1;
    return true;
  };
  blocks: for (const block of blocksOf(report, options)) {
    const rows = block.rows[Symbol.iterator]();
    let next = rows.next();
    // A heading alone is useless: start a block only when its header and first row fit.
    if (!fits(['', ...block.header, ...(next.done ? [] : [next.value])])) {
      full = true;
      quickLaunchCut = block.quickLaunch;
      break;
    }
    add('');
    for (const line of block.header) add(line);
    for (; !next.done; next = rows.next()) {
      if (!add(next.value)) {
        full = true;
        quickLaunchCut = block.quickLaunch;
        break blocks;
      }
      if (block.findings && !next.value.startsWith('| | ')) shown++;
    }
  }
  out += '\n';
  if (full) {
    // Past the listing limits a finding is counted, not listed: the cut is told in listed findings then.
    let listed = 0;
    let byRun = false;
    for (const file of report.files) {
      listed += file.findings.length;
      if (file.omitted?.some((o) => o.limit === 'run')) byRun = true;
    }
    const unlisted = report.summary.errors + report.summary.warnings - listed;
    const partial = unlisted > 0;
    const hidden = listed - shown;
    const what =
      hidden > 0
        ? `${plural(hidden, partial ? 'listed finding' : 'finding')} of ${count(listed)} ${hidden === 1 ? 'is' : 'are'} not shown here`
        : quickLaunchCut
          ? 'the QuickLaunch table is incomplete'
          : 'the notes on findings past the listing limit are not all shown here';
    // The notes rows may be among what is cut: the count of findings not listed is said here too.
    const limits = `${count(MAX_LISTED_PER_RULE)} of one rule per file${byRun ? `, ${count(MAX_LISTED_PER_RUN)} in a run` : ''}`;
    const counted = partial ? ` The other ${count(unlisted)} ${unlisted === 1 ? 'finding is' : 'findings are'} past the listing limit (${limits}): counted, not listed.` : '';
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
