// The JSON report (version 1), as written to report-file and printed by --format json: written file
// by file (jsonReportChunks), so a report of any size is written (text-stream.ts).
import type { Report } from '../engine/findings.js';
import { joinChunks, jsonChunks, StreamedArray } from './text-stream.js';

/** The report's text in pieces: JSON.stringify(report, null, 2) + "\n", one file at a time. */
export function jsonReportChunks(report: Report): Generator<string> {
  return jsonChunks({ ...report, files: new StreamedArray(report.files) });
}

export function formatJson(report: Report): string {
  return joinChunks(jsonReportChunks(report));
}
