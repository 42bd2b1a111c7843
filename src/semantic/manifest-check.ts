// What a semantic rule is: a function from one parsed manifest to pending findings (by pointer).
// Rules must tolerate values of the wrong type: the schema already reports those.
import type { PendingFinding } from '../findings.js';

export interface CheckOptions {
  /** Profile ids from the `profiles` input; empty when not given. */
  profiles: readonly number[];
  requireQuickLaunch: boolean;
}

export interface ManifestContext {
  /** The parsed top-level object. */
  manifest: Readonly<Record<string, unknown>>;
  /** Workspace-relative POSIX path of the manifest. */
  path: string;
  /** Absolute path of the workspace (repository root). */
  workspaceRoot: string;
  options: CheckOptions;
}

export type ManifestCheck = (context: ManifestContext) => PendingFinding[] | Promise<PendingFinding[]>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Own property only: manifests may contain keys such as "__proto__" or "constructor". */
export function own(object: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** The webhook objects of a manifest with their event keys (skipping "retry" and non-objects). */
export function webhooksOf(manifest: Readonly<Record<string, unknown>>): { event: string; webhook: Record<string, unknown> }[] {
  const capabilities = own(manifest, 'capabilities');
  if (!isRecord(capabilities)) return [];
  const webhooks = own(capabilities, 'webhooks');
  if (!isRecord(webhooks)) return [];
  return Object.keys(webhooks)
    .filter((event) => event !== 'retry' && isRecord(webhooks[event]))
    .map((event) => ({ event, webhook: webhooks[event] as Record<string, unknown> }));
}
