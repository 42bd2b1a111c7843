// `lp-manifest --account ID --export-installed DIR`: each installed app written as a manifest file,
// to start a repository from what is installed. The fields LivePerson sets (id, client_id,
// client_secret, ..., capabilities.broadcast) are removed; header values become "<set me>" unless
// asked for (--include-header-values: either may be a secret). File names come from client_name,
// reduced to letters, digits, - and _ (never a path); a repeat gets a suffix; no file is overwritten
// (an existing one is skipped and said). The caller checks the written files like any manifest.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SERVER_FIELDS } from '../schema/schema-findings.js';

export const HEADER_PLACEHOLDER = '<set me>';

export interface ExportedApp {
  fileName: string;
  clientName: string;
  text: string;
  /** Header values replaced by HEADER_PLACEHOLDER. */
  placeholders: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** "Bot: FAQ (EN)" -> "Bot-FAQ-EN"; at most 80 characters; "app" when nothing is left. */
export function safeFileStem(clientName: string): string {
  const stem = clientName
    .slice(0, 400)
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 80)
    .replace(/[-_]+$/, '');
  return stem === '' ? 'app' : stem;
}

/** The manifest of an installed app: server fields removed, header values hidden unless asked. */
export function manifestOf(app: Readonly<Record<string, unknown>>, includeHeaderValues: boolean): { manifest: Record<string, unknown>; placeholders: number } {
  const manifest: Record<string, unknown> = {};
  let placeholders = 0;
  for (const key of Object.keys(app)) {
    if (SERVER_FIELDS.includes(key)) continue;
    manifest[key] = app[key];
  }
  const capabilities = manifest['capabilities'];
  if (isRecord(capabilities)) {
    const copy: Record<string, unknown> = { ...capabilities };
    delete copy['broadcast'];
    const webhooks = copy['webhooks'];
    if (isRecord(webhooks)) {
      const hooks: Record<string, unknown> = {};
      for (const event of Object.keys(webhooks)) {
        const hook = webhooks[event];
        const headers = isRecord(hook) ? hook['headers'] : undefined;
        if (!isRecord(hook) || !Array.isArray(headers) || includeHeaderValues) {
          hooks[event] = hook;
          continue;
        }
        hooks[event] = {
          ...hook,
          headers: headers.map((h: unknown) => {
            if (!isRecord(h) || !Object.prototype.hasOwnProperty.call(h, 'header_value')) return h;
            placeholders++;
            return { ...h, header_value: HEADER_PLACEHOLDER };
          }),
        };
      }
      copy['webhooks'] = hooks;
    }
    manifest['capabilities'] = copy;
  }
  return { manifest, placeholders };
}

/** The files to write, named after client_name (a repeat gets -2, -3, ...); deleted installations left out. */
export function exportPlan(installations: readonly Readonly<Record<string, unknown>>[], includeHeaderValues: boolean): ExportedApp[] {
  const used = new Set<string>();
  const out: ExportedApp[] = [];
  for (const app of installations) {
    if (app['deleted'] === true) continue;
    const clientName = typeof app['client_name'] === 'string' ? app['client_name'] : '';
    const stem = safeFileStem(clientName);
    let fileName = `${stem}.json`;
    for (let n = 2; used.has(fileName.toLowerCase()); n++) fileName = `${stem}-${n}.json`;
    used.add(fileName.toLowerCase());
    const { manifest, placeholders } = manifestOf(app, includeHeaderValues);
    out.push({ fileName, clientName, text: JSON.stringify(manifest, null, 2) + '\n', placeholders });
  }
  return out;
}

export interface WriteOutcome {
  written: ExportedApp[];
  /** Files that already exist: not overwritten. */
  skipped: ExportedApp[];
}

/** Writes the plan into `dir` (made if missing), never over an existing file or through a link. */
export async function writeExport(dir: string, plan: readonly ExportedApp[]): Promise<WriteOutcome> {
  await mkdir(dir, { recursive: true });
  const written: ExportedApp[] = [];
  const skipped: ExportedApp[] = [];
  for (const file of plan) {
    try {
      // wx: fails if anything (a file, a symbolic link) is at the name.
      await writeFile(join(dir, file.fileName), file.text, { flag: 'wx' });
      written.push(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      skipped.push(file);
    }
  }
  return { written, skipped };
}
