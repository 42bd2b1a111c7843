// Name, version and home of the tool. REPOSITORY_URL is the one place that says where the action lives:
// the schema's $id (scripts/build-schema.mjs), the SARIF and rule help links, and a test that checks every
// GitHub address in package.json, action.yml, README.md, SECURITY.md and CHANGELOG.md against it.
// TOOL_VERSION is kept equal to package.json by a test.
export const TOOL_NAME = 'lp-manifest';
export const TOOL_VERSION = '1.0.0';
export const REPOSITORY_URL = 'https://github.com/lp-manifest/liveperson-manifest-action';
export const README_URL = `${REPOSITORY_URL}/blob/main/README.md`;
/** The README at the running version's tag (v1.0.0): the job summary's rule links describe the rules this version checks. */
export const VERSION_README_URL = `${REPOSITORY_URL}/blob/v${TOOL_VERSION}/README.md`;
/** The schema as editors download it: the committed file at the moving major tag (v1), served raw. Also its $id. */
export const SCHEMA_URL = `${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/v${TOOL_VERSION.split('.')[0]}/schemas/liveperson-app-manifest.schema.json`;
