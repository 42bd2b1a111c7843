// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): one rule per rule id
// with help text and a link to its README section, one result per listed finding with a region.
// The findings past the listing limit (FileResult.omitted) are not results: each file and rule's
// count is a tool execution notification of the run's invocation (§3.20.21, §3.58), at the file,
// associated with the rule, its count and severity in the notification's properties.
import type { ArtifactLocation, Invocation, Notification, Fix as SarifFix } from 'sarif';
import type { Finding, Fix, Report } from '../findings.js';
import { RULES, type RuleId } from '../rules/catalogue.js';
import { displayPath } from '../text/describe.js';
import { README_URL, REPOSITORY_URL, TOOL_NAME, TOOL_VERSION } from '../tool-info.js';
import { omittedNote } from './text-report.js';

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

export function buildSarif(report: Report, options: SarifOptions = {}): object {
  const readme = options.readmeUrl ?? README_URL;
  const ruleIndex = new Map<RuleId, number>(RULES.map((r, i) => [r.id, i]));
  const notifications: Notification[] = [];
  for (const file of report.files) {
    for (const o of file.omitted ?? []) {
      notifications.push({
        level: 'note',
        message: { text: `${displayPath(file.path)}: ${omittedNote(o)}` },
        locations: [{ physicalLocation: { artifactLocation: artifactOf(file.path) } }],
        associatedRule: { id: o.rule, index: ruleIndex.get(o.rule) },
        properties: { severity: o.severity, count: o.count },
      });
    }
  }
  const invocations: Invocation[] = [{ executionSuccessful: true, toolExecutionNotifications: notifications }];
  const results = report.files.flatMap((file) => {
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
    return file.findings.map((f) => ({
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
    }));
  });
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
        ...(notifications.length > 0 ? { invocations } : {}),
        results,
      },
    ],
  };
}

export function formatSarif(report: Report, options: SarifOptions = {}): string {
  return JSON.stringify(buildSarif(report, options), null, 2) + '\n';
}
