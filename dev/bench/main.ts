// `npm run bench`: measures every scenario through dist/Code.js in the emulator, prints the table
// and the capacity statement, writes bench/results/<timestamp>.json, and exits 1 if a target is missed.
import { existsSync, readFileSync } from 'node:fs';
import { CAPACITY_INPUTS, capacity, capacityLines, runtimeLines } from './capacity';
import { LATENCY_NOTE, SOURCES } from './quota';
import { formatTable, toJson, writeResults } from './report';
import { benchContext, measureScenario, MIN_RUNS, type ScenarioResult } from './run';
import { allScenarios } from './scenarios';

const BUNDLE = 'dist/Code.js';
const RESULTS_DIR = 'bench/results';

interface Options {
  runs: number;
  only: string[] | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: MIN_RUNS, only: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--runs' && value !== undefined) {
      options.runs = Number(value);
      i++;
    } else if (arg === '--only' && value !== undefined) {
      options.only = value.split(',').map((s) => s.trim());
      i++;
    } else {
      throw new Error(`unknown argument "${arg}" (use --runs N, --only id,id)`);
    }
  }
  if (!Number.isInteger(options.runs) || options.runs < MIN_RUNS) {
    throw new Error(`--runs must be an integer of at least ${MIN_RUNS} (medians of fewer runs mean little)`);
  }
  return options;
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first`);
  const ctx = benchContext(readFileSync(BUNDLE, 'utf8'), BUNDLE);
  const specs = allScenarios().filter((s) => !options.only || options.only.includes(s.id));
  if (specs.length === 0) throw new Error(`no scenario matches --only ${options.only?.join(',')}`);

  const results: ScenarioResult[] = [];
  for (const spec of specs) {
    process.stderr.write(`bench: ${spec.id}…\n`);
    results.push(measureScenario(spec, ctx, options.runs));
  }
  const hasCapacityInputs = CAPACITY_INPUTS.every((id) => results.some((r) => r.id === id));
  const cap = hasCapacityInputs ? capacity(results) : null;

  console.log(formatTable(results));
  console.log('');
  console.log(`Latency: ${LATENCY_NOTE}`);
  console.log(
    `CPU: bundle CPU is the execution's host CPU minus the emulator's own API work, median of ${options.runs} runs.`,
  );
  for (const line of runtimeLines(results)) console.log(line);
  if (cap) {
    console.log('');
    for (const line of capacityLines(cap)) console.log(line);
  }
  console.log('');
  console.log(`Sources: ${Object.values(SOURCES).join(' ')}`);

  const path = writeResults(
    RESULTS_DIR,
    toJson(results, cap, { runs: options.runs, node: process.version, bundlePath: BUNDLE }),
  );
  console.log(`\nWrote ${path}`);

  const over = results.filter((r) => r.failures.length > 0);
  for (const r of over) console.error(`over target: ${r.id} (${r.title}): ${r.failures.join('; ')}`);
  return over.length === 0 ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`bench: ${(e as Error).message}`);
  process.exitCode = 2;
}
