// Every per-manifest semantic rule, in one list. (duplicate-client-name spans files: see engine.)
import { checkConsumerIdentity } from './consumer-identity.js';
import { checkDrift } from './drift.js';
import { checkHeaderName } from './header-name.js';
import { checkInsecureUrl } from './insecure-url.js';
import { checkLanguageTag } from './language-tag.js';
import { checkLogoSize } from './logo-size.js';
import type { ManifestCheck } from './manifest-check.js';
import { checkMaxRetriesIgnored } from './max-retries-ignored.js';
import { checkOauthFlow } from './oauth-flow.js';
import { checkPlaceholder } from './placeholder.js';
import { checkQuickLaunch } from './quick-launch.js';
import { checkQuickLaunchProfile } from './quick-launch-profile.js';
import { checkScope } from './scope.js';
import { checkSecretInHeader } from './secret-in-header.js';
import { checkServerField } from './server-field.js';
import { checkUnknownProfile } from './unknown-profile.js';
import { checkUnreachableEndpoint } from './unreachable-endpoint.js';
import { checkUriFormat } from './uri-format.js';

export const MANIFEST_CHECKS: readonly ManifestCheck[] = [
  checkUriFormat,
  checkServerField,
  checkLanguageTag,
  checkScope,
  checkOauthFlow,
  checkInsecureUrl,
  checkPlaceholder,
  checkUnreachableEndpoint,
  checkLogoSize,
  checkQuickLaunch,
  checkQuickLaunchProfile,
  checkConsumerIdentity,
  checkMaxRetriesIgnored,
  checkHeaderName,
  checkSecretInHeader,
  checkUnknownProfile,
  checkDrift,
];
