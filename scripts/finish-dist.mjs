// After ncc: dist/cli.js, a stable entry for `node dist/cli.js` next to the bundled dist/cli/index.js.
import { writeFileSync, chmodSync } from 'node:fs';
writeFileSync('dist/cli.js', "#!/usr/bin/env node\n// lp-manifest command line (bundle in dist/cli/index.js).\nimport './cli/index.js';\n");
chmodSync('dist/cli.js', 0o755);
