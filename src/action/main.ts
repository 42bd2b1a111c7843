// The action's entry point (action.yml runs dist/index.js, built from this file by ncc).
import { lowerHelperThreadPriority } from '../helper-thread-priority.js';
import { runAction } from './run-action.js';

lowerHelperThreadPriority();

await runAction();
