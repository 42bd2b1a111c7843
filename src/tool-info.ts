// Name, version and home of the tool. REPOSITORY_URL is the one place that says where the action lives:
// the schema's $id (scripts/build-schema.mjs), the SARIF and rule help links, and a test that checks every
// GitHub address in package.json, action.yml, README.md, SECURITY.md and CHANGELOG.md against it.
// TOOL_VERSION is kept equal to package.json by a test.
export const TOOL_NAME = 'lp-manifest';
export const TOOL_VERSION = '1.0.0';
export const REPOSITORY_URL = 'https://github.com/lp-manifest/liveperson-manifest-action';
/**
 * The README at the running version's tag (v1.0.0): every rule link (job summary, check run, SARIF
 * help, rdjson, review comments) describes the rules this version checks, not what main says later.
 */
export const README_URL = `${REPOSITORY_URL}/blob/v${TOOL_VERSION}/README.md`;
/** The same address, by the name the summaries use. */
export const VERSION_README_URL = README_URL;
/** The schema as editors download it: the committed file at the moving major tag (v1), served raw. Also its $id. */
export const SCHEMA_URL = `${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/v${TOOL_VERSION.split('.')[0]}/schemas/liveperson-app-manifest.schema.json`;
