// The layers of src hold because lint fails on a crossing (eslint.config.mjs, the import zones):
// each probe is a one-line file linted as if it sat at its path, with the project's own config.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** Where a probe file would sit (from the project root) and the import it makes. */
type Probe = readonly [path: string, from: string];

/**
 * The no-restricted-imports messages for each probe, a type-only import and a re-export from its
 * `from`, from one ESLint run in a child process (ESLint loads its config, an ES module, by dynamic
 * import: not inside jest).
 */
function lint(probes: readonly Probe[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const [path, from] of JSON.parse(process.argv[1])) {
      const code = "import type * as probe from '" + from + "';\\nexport * from '" + from + "';\\nexport type Probe = typeof probe;\\n";
      const [result] = await eslint.lintText(code, { filePath: path });
      out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
    }
    process.stdout.write(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(probes)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`eslint probe failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

/** Crossings, each with the layer its message names. */
const CROSSINGS: readonly (readonly [...Probe, RegExp])[] = [
  ['src/core/agenda/probe.ts', '../../app/state', /src\/app/],
  ['src/core/probe.ts', '../ui/card', /src\/ui/],
  ['src/core/schedule/probe.ts', '../../gas/script-services', /src\/gas/],
  ['src/core/agenda/probe.ts', '../../../dev/emulator/docs', /dev\//],
  ['src/app/cards/probe.ts', '../../ui/card', /src\/ui/],
  ['src/app/cards/probe.ts', '../../ui/views', /src\/ui/],
  ['src/app/probe.ts', '../gas/script-services', /src\/gas/],
  ['src/app/review/probe.ts', '../../../dev/emulator/docs', /dev\//],
  // Test-only helpers: a testing.ts beside the views, a testing/ folder beside the core, test/.
  ['src/app/cards/probe.ts', '../../ui/views/testing', /test-only/],
  ['src/ui/views/probe.ts', './testing', /test-only/],
  ['src/ui/views/probe.ts', '../testing/read-card', /test-only/],
  ['src/gas/probe.ts', '../ui/views/testing', /test-only/],
  ['src/core/agenda/probe.ts', './testing/build-doc', /test-only/],
  ['src/core/probe.ts', './agenda/testing/render-doc', /test-only/],
  ['src/app/review/probe.ts', '../../core/agenda/testing/model', /test-only/],
  ['src/ports.ts', './core/agenda/testing/pair', /test-only/],
  ['src/main.ts', './ui/views/testing', /test-only/],
  ['src/ui/probe.ts', '../../test/cards/card-harness', /test-only/],
  // The helpers themselves keep their layer's direction.
  ['src/ui/views/testing.ts', '../../app/state', /stored state/],
  ['src/core/agenda/testing/probe.ts', '../../../app/state', /src\/app/],
  ['src/ui/views/probe.test.ts', '../../main', /switchboard/],
  ['src/api-error.ts', './gas/google-apis', /src\/gas/],
  ['src/ports.ts', './app/state', /src\/app/],
  ['src/ui/probe.ts', '../app/state', /stored state/],
  ['src/gas/probe.ts', '../app/state/schema', /stored state/],
  ['src/ui/views/probe.ts', '../../../dev/emulator/docs', /dev\//],
  ['src/gas/probe.ts', '../../dev/emulator/appsscript/card-service', /dev\//],
  ['src/main.ts', '../dev/emulator/world', /dev\//],
];

/** Imports along the layers, and tests beside the code driving the emulator. */
const ALLOWED: readonly Probe[] = [
  ['src/ui/probe.ts', '../app/cards/settings'],
  ['src/app/cards/probe.ts', '../../core/agenda'],
  ['src/main.ts', './gas/google-apis'],
  ['src/core/agenda/probe.test.ts', '../../../dev/emulator/docs'],
  ['src/core/agenda/probe.test.ts', './testing/build-doc'],
  ['src/app/review/probe.test.ts', '../../core/agenda/testing/render-doc'],
  ['src/ui/views/probe.test.ts', './testing'],
  ['test/scenarios/probe.ts', '../../src/ui/testing/read-card'],
  ['src/ui/views/testing.ts', '../../../dev/emulator/appsscript/card-service'],
  ['src/core/agenda/testing/probe.ts', '../../../../dev/doc-text'],
  ['dev/probe.ts', '../src/app/state'],
];

describe('the import zones of eslint.config.mjs', () => {
  jest.setTimeout(120_000);
  let crossings: string[][];
  let allowed: string[][];
  beforeAll(() => {
    [crossings, allowed] = [lint(CROSSINGS.map(([path, from]) => [path, from])), lint(ALLOWED)];
  });

  it.each(CROSSINGS.map(([path, from, layer], i) => [path, from, layer, i] as const))(
    'fail lint for %s importing %s',
    (_path, _from, layer, i) => {
      // Both the type-only import and the re-export are caught.
      expect(crossings[i]?.filter((message) => layer.test(message))).toHaveLength(2);
    },
  );

  it.each(ALLOWED.map(([path, from], i) => [path, from, i] as const))(
    'let %s import %s',
    (_path, _from, i) => {
      expect(allowed[i]).toEqual([]);
    },
  );
});
