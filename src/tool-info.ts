// Name, version and documentation home of the tool (kept equal to package.json by a test).
export const TOOL_NAME = 'lp-manifest';
export const TOOL_VERSION = '1.0.0';
export const REPOSITORY_URL = 'https://github.com/lp-manifest/liveperson-manifest-action';
export const README_URL = `${REPOSITORY_URL}/blob/main/README.md`;
