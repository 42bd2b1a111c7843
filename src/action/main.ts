// The action's entry point (action.yml runs dist/index.js, built from this file by ncc).
import { runAction } from './run-action.js';

await runAction();
