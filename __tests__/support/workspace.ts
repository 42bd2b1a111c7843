// Test support: a temporary workspace with files, and one-call validation of manifest text.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validateManifests, type ValidationOptions } from '../../src/engine/engine.js';
import type { Finding, FileResult } from '../../src/engine/findings.js';

export interface TempWorkspace {
  root: string;
  write(path: string, content: string | Buffer): string;
  cleanup(): void;
}

export function tempWorkspace(): TempWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'lp-manifest-test-'));
  return {
    root,
    write(path, content) {
      const full = join(root, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
      return full;
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export async function checkFiles(files: Record<string, string | Buffer>, options: Partial<ValidationOptions> = {}): Promise<FileResult[]> {
  const ws = tempWorkspace();
  try {
    for (const [path, content] of Object.entries(files)) ws.write(path, content);
    return await validateManifests(
      Object.keys(files).map((path) => ({ path })),
      { workspaceRoot: ws.root, ...options },
    );
  } finally {
    ws.cleanup();
  }
}

/** Findings for one manifest's text. */
export async function checkText(text: string | Buffer, options: Partial<ValidationOptions> = {}): Promise<Finding[]> {
  const [result] = await checkFiles({ 'app.json': text }, options);
  return result!.findings;
}

/** The compact shape most assertions use: rule, severity and the exact range. */
export function where(f: Finding): string {
  return `${f.rule} ${f.severity} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
}

/** A manifest from lines, so tests can say exactly where each token is. */
export function lines(...l: string[]): string {
  return l.join('\n') + '\n';
}
