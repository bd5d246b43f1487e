// Runs before every unit-test file (vite.config.ts `test.setupFiles`).
// fast-check draws its inputs from one fixed seed, so a run of the suite is the same run every time: a
// fuzz test cannot pass on one CI run and fail on the next with nothing changed. FUZZ_SEED=<n> replays
// another corpus; FUZZ_SEED=random draws a new one each run (fast-check prints the seed of a failure).
import fc from 'fast-check';

const FIXED_SEED = 20_251_205;
const wanted = process.env.FUZZ_SEED;
if (wanted !== 'random') {
  const seed = wanted !== undefined && /^-?\d+$/.test(wanted) ? Number(wanted) : FIXED_SEED;
  fc.configureGlobal({ seed });
}
