// Every per-manifest semantic rule, in one list. (duplicate-client-name spans files: see engine.)
import type { ManifestCheck } from './manifest-check.js';
import { checkUriFormat } from './uri-format.js';

export const MANIFEST_CHECKS: readonly ManifestCheck[] = [checkUriFormat];
