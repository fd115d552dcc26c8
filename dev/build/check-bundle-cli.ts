// `node build/check-bundle.js dist`: runs the bundle check on dist/ and exits non-zero on any problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExecution } from '../emulator/runtime';
import { Workspace } from '../emulator/workspace';
import { checkBundle } from './check-bundle';

/** A one-user world: enough for the emulator to provide every Apps Script global. */
export function bareGlobals(): Record<string, unknown> {
  const ws = Workspace.fromWorld({
    now: '2026-11-23T08:00:00Z',
    users: [{ email: 'check@example.com', name: 'Bundle Check', timeZone: 'Etc/UTC' }],
    calendars: {},
    drive: { files: [] },
    userProperties: {},
    triggers: [],
  });
  const { context } = createExecution(ws, { user: 'check@example.com', kind: 'trigger' }, 'bundle-check', 'Etc/UTC');
  return Object.fromEntries(Object.getOwnPropertyNames(context).map((name) => [name, (context as Record<string, unknown>)[name]]));
}

function main(dir: string): number {
  const code = readFileSync(join(dir, 'Code.js'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')) as unknown;
  const problems = checkBundle({ code, manifest, globals: bareGlobals() });
  for (const problem of problems) process.stderr.write(`bundle check: ${problem}\n`);
  return problems.length === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv[2] ?? 'dist');
