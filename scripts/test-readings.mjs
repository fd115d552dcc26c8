// The emulator's readings of what Google leaves undocumented (dev/emulator/readings.ts): Tandem must
// pass under each variant, not only under the strict default (design.md §1).
//
// `npm run test:readings`: the scenario, card and fault suites once under each variant, one jest run
// per variant (in band), as many variants at a time as there are cores. Extra arguments narrow the
// suites: npm run test:readings -- test/scenarios
//
// `npm test` (`--beside-jest`): every suite under the strict default, and beside it the scenario and
// card suites under each other variant, one after the other in a second process. On a 2-core machine
// jest runs in band, so the variants take the core it leaves idle instead of adding their time to the
// run. The fault suites per variant stay in `npm run test:readings` (they cost about as much as all
// of `npm test`'s other suites under one variant). Arguments after --beside-jest go to the main jest
// run, which then runs alone: npm test -- test/cards
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Buffer } from 'node:buffer';

/** The variants of dev/emulator/readings.ts (a test keeps this list equal to READINGS_NAMES). */
const VARIANTS = ['strict', 'lenient', 'detailed'];
/** The default variant: what a run without TANDEM_READINGS uses. */
const DEFAULT_VARIANT = 'strict';
const SUITES = [
  'test/scenarios',
  'test/cards',
  'test/reliability/faults-first-sync.test.ts',
  'test/reliability/faults-after-meeting.test.ts',
];
/** What `npm test` runs under each other variant, beside the main run. */
const BESIDE_SUITES = ['test/scenarios', 'test/cards'];

const jest = createRequire(import.meta.url).resolve('jest/bin/jest');

/** Runs jest under one variant with its output kept; resolves with what to print. */
function runVariant(variant, suites) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [jest, '--maxWorkers=1', ...suites], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TANDEM_READINGS: variant, FORCE_COLOR: '0' },
    });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      const text = Buffer.concat(output).toString('utf8');
      const seconds = Math.round((Date.now() - started) / 1000);
      const tests = /^Tests:\s+(.*)$/m.exec(text)?.[1]?.trim() ?? 'no test summary';
      resolve({ variant, ok: code === 0, text, line: `${tests} (${seconds} s)`, signal });
    });
  });
}

/** Prints a variant's result: one line when it passed, its whole output when it failed. */
function report(result, what) {
  if (!result.ok) process.stdout.write(`\n${result.text}\n`);
  console.log(
    `test:readings: ${result.variant} — ${what}: ${result.ok ? 'passed' : 'FAILED'}, ${result.line}`,
  );
}

/** Runs `variants` with at most `parallel` jest processes at a time; `done` hears each as it ends. */
async function runVariants(variants, suites, parallel, done = () => {}) {
  const results = [];
  const queue = [...variants];
  const worker = async () => {
    for (let variant = queue.shift(); variant !== undefined; variant = queue.shift()) {
      const result = await runVariant(variant, suites);
      results.push(result);
      done(result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  return variants.map((v) => results.find((r) => r.variant === v));
}

function runMainJest(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [jest, ...args], { stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function besideJest(args) {
  if (args.length > 0) return runMainJest(args);
  const others = VARIANTS.filter((v) => v !== DEFAULT_VARIANT);
  const [main, variants] = await Promise.all([runMainJest([]), runVariants(others, BESIDE_SUITES, 1)]);
  const what = 'scenario and card suites';
  console.log('');
  for (const result of variants) report(result, what);
  const failed = variants.filter((r) => !r.ok).map((r) => r.variant);
  if (failed.length > 0) console.log(`test:readings: failed under ${failed.join(', ')}`);
  return main !== 0 || failed.length > 0 ? 1 : 0;
}

async function everyVariant(args) {
  const suites = args.length > 0 ? args : SUITES;
  const parallel = Math.min(VARIANTS.length, availableParallelism());
  console.log(`test:readings: ${suites.join(' ')} under ${VARIANTS.join(', ')}, ${parallel} at a time`);
  const results = await runVariants(VARIANTS, suites, parallel, (result) => report(result, 'suites'));
  const failed = results.filter((r) => !r.ok).map((r) => r.variant);
  console.log(
    failed.length === 0
      ? 'test:readings: every variant passed'
      : `test:readings: failed under ${failed.join(', ')}`,
  );
  return failed.length === 0 ? 0 : 1;
}

const argv = process.argv.slice(2);
const run = argv[0] === '--beside-jest' ? besideJest(argv.slice(1)) : everyVariant(argv);
run.then(
  (code) => process.exit(code),
  (error) => {
    console.error(`test:readings: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
