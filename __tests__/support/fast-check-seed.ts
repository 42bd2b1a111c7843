// Every property test draws the same cases on every run (CI must not pass or fail by chance). To
// explore new cases: FC_SEED=random npm test (fast-check prints a failure's seed), or
// FC_SEED=<n> to replay one.
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined || seed === '' ? 20261201 : Number(seed) });
