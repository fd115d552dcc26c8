// `npm run test:live`: the contract suites against Google. No credentials: one line, exit 0, nothing
// claimed. Credentials: a preflight call, a sweep of old scratch leftovers, then jest runs the suites.
import { spawnSync } from 'node:child_process';
import { createLiveTarget } from './live-clients';
import { readLiveConfig } from './live-config';
import { explainFailure, preflight } from './preflight';
import { sweepLeftovers } from './scratch';

const WHAT = 'test:live';

async function main(args: string[]): Promise<number> {
  const config = readLiveConfig(process.env, WHAT);
  if (config.status === 'missing') {
    console.log(config.message);
    return 0;
  }
  if (config.status === 'incomplete') {
    console.error(config.message);
    return 2;
  }
  const target = await createLiveTarget(config.credentials);
  const problem = await preflight(target);
  if (problem) {
    console.error(`${WHAT}: ${problem}`);
    return 1;
  }
  const swept = await sweepLeftovers(target);
  if (swept.events + swept.files > 0) {
    console.log(`${WHAT}: removed ${swept.events} events and ${swept.files} files left by earlier runs`);
  }
  console.log(`${WHAT}: running the contract suites against Google as ${target.user}`);
  const jest = require.resolve('jest/bin/jest');
  const run = spawnSync(process.execPath, [jest, '-c', 'test/contract/jest.live.config.js', ...args], {
    stdio: 'inherit',
    env: process.env,
  });
  return run.status ?? 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`${WHAT}: ${explainFailure(error)}`);
    process.exit(1);
  },
);
