// tandem-sim: scripted scenarios against the emulator, running dist/Code.js (design.md §7).
// Exits non-zero with a one-line message on bad input.
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseFault } from './emulator/calls';
import { GoogleJsonResponseException } from './emulator/errors';
import { BundleRunner } from './emulator/runtime';
import { Workspace } from './emulator/workspace';
import { parseWorld, serializeWorld, WorldFileError } from './emulator/world';
import { parseSimArgs, USAGE, UsageError } from './sim/args';
import { runCommand } from './sim/commands';
import { sampleWorld } from './sample-world';

/** build/sim.js → ../dist/Code.js; when run from source by tests, the repo's dist/. */
function bundlePath(): string {
  return join(dirname(__dirname), 'dist', 'Code.js');
}

export function loadRunner(path = bundlePath()): BundleRunner | null {
  if (!existsSync(path)) return null;
  const manifestPath = join(dirname(path), 'appsscript.json');
  const timeZone = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { timeZone?: string }).timeZone
    : undefined;
  return new BundleRunner(readFileSync(path, 'utf8'), timeZone ?? 'Etc/UTC');
}

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  try {
    const args = parseSimArgs(argv);
    let text: string;
    if (args.command === 'new') {
      text = serializeWorld(sampleWorld());
    } else {
      try {
        text = readFileSync(args.world, 'utf8');
      } catch (e) {
        throw new UsageError(
          `cannot read world ${args.world} (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
        );
      }
    }
    const ws = Workspace.fromWorld(parseWorld(text, args.world));
    for (const spec of args.fail) {
      try {
        ws.ledger.addFault(parseFault(spec));
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    }
    const outcome = runCommand(ws, loadRunner(), args);
    ws.ledger.clearFaults();
    if (outcome.changed) writeAtomically(args.world, serializeWorld(ws.toWorld()));
    process.stdout.write(`${outcome.output}\n`);
    if (outcome.note) process.stderr.write(`tandem-sim: ${outcome.note}\n`);
    return outcome.exitCode ?? 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof WorldFileError) {
      process.stderr.write(`tandem-sim: ${e.message}\n`);
      return 2;
    }
    if (e instanceof GoogleJsonResponseException) {
      process.stderr.write(`tandem-sim: ${e.message}\n`);
      return 1;
    }
    const message = (e as Error)?.message ?? String(e);
    process.stderr.write(`tandem-sim: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
