// The JSON report (version 1), as written to report-file and printed by --format json.
import type { Report } from '../findings.js';

export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
