// The report (JSON report version 1, README "JSON report") built from per-file results.
import type { FileResult, Report } from './findings.js';
import { summarize } from './findings.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool-info.js';

export function buildReport(files: readonly FileResult[]): Report {
  return { version: 1, tool: { name: TOOL_NAME, version: TOOL_VERSION }, summary: summarize(files), files: [...files] };
}
