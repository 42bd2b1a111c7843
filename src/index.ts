// The action's entry point (action.yml runs dist/index.js, built from this file by ncc). The action
// itself is run() in main.ts, as in GitHub's typescript-action template.
import { run } from './main.js';

await run();
