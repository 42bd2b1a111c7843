// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): one rule per rule id
// with help text and a link to its README section, one result per listed finding with a region.
// The findings past the listing limit (FileResult.omitted) are not results: each file and rule's
// count is a tool execution notification of the run's invocation (§3.20.21, §3.58), at the file,
// associated with the rule, its count and severity in the notification's properties. Written as a
// stream (sarifChunks): results and notifications are made one at a time as they are written.
import type { ArtifactLocation, Notification, Fix as SarifFix } from 'sarif';
import type { Finding, Fix, Report } from '../engine/findings.js';
import { RULES, type RuleId } from '../rules/catalogue.js';
import { displayPath } from '../text/describe.js';
import { README_URL, REPOSITORY_URL, TOOL_NAME, TOOL_VERSION } from '../tool-info.js';
import { omittedNote } from './text-report.js';
import { joinChunks, jsonChunks, StreamedArray } from './text-stream.js';

const SARIF_LEVEL = { error: 'error', warning: 'warning' } as const;

export interface SarifOptions {
  /** Base of the help links (the README); defaults to the project's README. */
  readmeUrl?: string;
}

/**
 * A fix as SARIF 2.1.0 §3.55 (typed by @types/sarif): its edits as replacements in the one file. An empty deleted region
 * is an insertion point (§3.57.3), and a replacement without insertedContent a deletion.
 */
function sarifFix(fix: Fix, artifactLocation: ArtifactLocation): SarifFix {
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation,
        replacements: fix.edits.map((e) => ({
          deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
          ...(e.text === '' ? {} : { insertedContent: { text: e.text } }),
        })),
      },
    ],
  };
}

function artifactOf(path: string): ArtifactLocation {
  return { uri: encodeURI(path).replace(/[?#]/g, encodeURIComponent), uriBaseId: '%SRCROOT%' };
}

/** The tool execution notifications of the findings past the listing limits, file by file. */
function* notificationsOf(report: Report, ruleIndex: ReadonlyMap<RuleId, number>): Generator<Notification> {
  for (const file of report.files) {
    for (const o of file.omitted ?? []) {
      yield {
        level: 'note',
        message: { text: `${displayPath(file.path)}: ${omittedNote(o)}` },
        locations: [{ physicalLocation: { artifactLocation: artifactOf(file.path) } }],
        associatedRule: { id: o.rule, index: ruleIndex.get(o.rule) },
        properties: { severity: o.severity, count: o.count },
      };
    }
  }
}

/** The results: one per listed finding, file by file. */
function* resultsOf(report: Report, ruleIndex: ReadonlyMap<RuleId, number>): Generator<object> {
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    // A fingerprint names the rule, file and pointer (not the line: it survives edits above it).
    // Two findings of one rule at one pointer (two bad scope tokens) are told apart by their order,
    // or code scanning would merge them into one alert.
    const seen = new Map<string, number>();
    const fingerprint = (f: Finding) => {
      const base = `${f.rule}:${file.path}:${f.pointer}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return n === 1 ? base : `${base}:${n}`;
    };
    const artifactLocation = artifactOf(file.path);
    for (const f of file.findings) {
      yield {
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.endLine === f.line ? f.column + 1 : 1) },
            },
          },
        ],
        partialFingerprints: { 'lpManifestFinding/v1': fingerprint(f) },
        ...(f.fix === undefined ? {} : { fixes: [sarifFix(f.fix, artifactLocation)] }),
      };
    }
  }
}

/** The SARIF log, its results and notifications made by `list` from their generators (an array, or a StreamedArray). */
function sarifLog(report: Report, options: SarifOptions, list: <T>(items: Generator<T>) => T[] | StreamedArray): object {
  const readme = options.readmeUrl ?? README_URL;
  const ruleIndex = new Map<RuleId, number>(RULES.map((r, i) => [r.id, i]));
  const omitted = report.files.some((f) => f.omitted !== undefined && f.omitted.length > 0);
  const invocations = [{ executionSuccessful: true, toolExecutionNotifications: list(notificationsOf(report, ruleIndex)) }];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: REPOSITORY_URL,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.summary },
              fullDescription: { text: `${r.summary} ${r.fix}` },
              help: { text: r.fix, markdown: `${r.summary}\n\n**Fix:** ${r.fix}\n\n[Documentation](${readme}#${r.id})` },
              helpUri: `${readme}#${r.id}`,
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
              properties: { tags: ['liveperson', 'manifest'] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root (workspace).' } } },
        columnKind: 'utf16CodeUnits',
        ...(omitted ? { invocations } : {}),
        results: list(resultsOf(report, ruleIndex)),
      },
    ],
  };
}

export function buildSarif(report: Report, options: SarifOptions = {}): object {
  return sarifLog(report, options, (items) => [...items]);
}

/** The SARIF log's text in pieces (its results and notifications written one at a time): formatSarif's text. */
export function sarifChunks(report: Report, options: SarifOptions = {}): Generator<string> {
  return jsonChunks(sarifLog(report, options, (items) => new StreamedArray(items)));
}

export function formatSarif(report: Report, options: SarifOptions = {}): string {
  return joinChunks(sarifChunks(report, options));
}
