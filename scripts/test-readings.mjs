// `npm run test:readings`: the scenario and fault suites once under each variant of the emulator's
// readings (dev/emulator/readings.ts, READINGS_NAMES), one jest run per variant, in band.
// Extra arguments narrow the suites: npm run test:readings -- test/scenarios
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** The variants of dev/emulator/readings.ts (a test keeps this list equal to READINGS_NAMES). */
const VARIANTS = ['strict', 'lenient', 'detailed'];
const SUITES = [
  'test/scenarios',
  'test/reliability/faults-first-sync.test.ts',
  'test/reliability/faults-after-meeting.test.ts',
];

const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const suites = process.argv.length > 2 ? process.argv.slice(2) : SUITES;
const failed = [];
for (const variant of VARIANTS) {
  console.log(`test:readings: ${variant}`);
  const run = spawnSync(process.execPath, [jest, '--maxWorkers=1', ...suites], {
    stdio: 'inherit',
    env: { ...process.env, TANDEM_READINGS: variant },
  });
  if (run.status !== 0) failed.push(variant);
}
console.log(
  failed.length === 0
    ? 'test:readings: every variant passed'
    : `test:readings: failed under ${failed.join(', ')}`,
);
process.exit(failed.length === 0 ? 0 : 1);
