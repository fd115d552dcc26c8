// `npm run smoke`: the checklist a maintainer follows after `npm run push`. With credentials (the
// same as test:live) it also creates a scratch 1:1, waits for Tandem to attach its doc, checks the
// sharing where Drive lets it, and deletes the scratch series; without, every step is manual.
import { createInterface } from 'node:readline';
import type { CalendarEvent, ContractTarget } from '../contract/clients';
import { createLiveTarget } from '../contract/live-clients';
import { LIVE_ENV, readLiveConfig } from '../contract/live-config';
import { explainFailure, preflight } from '../contract/preflight';
import { deleteEventQuietly, newRunId } from '../contract/scratch';
import { renderChecklist, scriptableStepIds, smokeSteps, stepNumbers, type SmokePeople } from './checklist';
import { checkAttached, checkShared, scratchOneOnOne, waitFor, type CheckResult } from './one-on-one';

const WHAT = 'smoke';
const POLL_MS = 15_000;

interface Options {
  waitMinutes: number;
  eventId: string | null;
  keep: boolean;
}

function parseOptions(args: string[]): Options {
  const options: Options = { waitMinutes: 10, eventId: null, keep: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--keep') options.keep = true;
    else if (arg === '--event') options.eventId = args[++i] ?? null;
    else if (arg === '--wait-minutes') options.waitMinutes = Number(args[++i]);
    else throw new Error(`unknown option ${arg} (use --wait-minutes N, --event SERIES_ID, --keep)`);
  }
  if (!Number.isFinite(options.waitMinutes) || options.waitMinutes <= 0)
    throw new Error('--wait-minutes takes a positive number');
  if (args.includes('--event') && !options.eventId) throw new Error('--event takes a series id');
  return options;
}

/** Waits for Enter when someone is at the terminal; goes straight on otherwise (CI, pipes). */
async function pause(prompt: string): Promise<void> {
  if (!process.stdin.isTTY) return;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  await new Promise<void>((resolve) => rl.question(`${prompt} `, () => resolve()));
  rl.close();
}

const mark = (result: CheckResult) => (result.ok === true ? '✓' : result.ok === false ? '✗' : '?');

/** The other person of a series: the one attendee who is not the user and not a room. */
function otherOf(series: CalendarEvent, user: string): string | null {
  const others = (series.attendees ?? []).filter((a) => !a.resource && a.email?.toLowerCase() !== user);
  return others.length === 1 ? (others[0]?.email?.toLowerCase() ?? null) : null;
}

async function scripted(target: ContractTarget, options: Options): Promise<number> {
  let seriesId = options.eventId;
  const existing = seriesId ? await target.clients.calendar.get('primary', seriesId) : null;
  const other = target.otherUser ?? (existing ? otherOf(existing, target.user) : null);
  const people: SmokePeople = { user: target.user, other: other ?? 'the other person' };
  const creating = !seriesId && other !== null;
  const scriptable = new Set<string>();
  if (creating) scriptable.add('series');
  if (creating && !options.keep) scriptable.add('cleanup');
  if (creating || seriesId) scriptable.add('attached');
  if (scriptable.has('attached') && other) scriptable.add('shared');
  console.log(`Tandem smoke test for ${target.user}, after npm run push\n`);
  const steps = smokeSteps(people, scriptable);
  const numbers = (...ids: string[]) => stepNumbers(steps, ids).join('–');
  for (const line of renderChecklist(steps)) console.log(line);
  if (!scriptable.has('attached')) {
    console.log(`\nNothing to script: set ${LIVE_ENV.otherUser}, or pass --event SERIES_ID of a 1:1.`);
    return 0;
  }
  console.log('');
  await pause(`Press Enter once Tandem is installed and turned on (steps ${numbers('install', 'turn-on')})…`);
  let failed = false;
  try {
    if (creating && other) {
      const series = scratchOneOnOne({ user: target.user, other }, newRunId(), Date.now());
      const created = await target.clients.calendar.insert('primary', series, { sendUpdates: 'none' });
      seriesId = created.id ?? '';
      console.log(`✓ series: created “${created.summary}” (${seriesId})`);
      // "Script executions and API requests do not cause triggers to run" (Apps Script's
      // installable-triggers guide): a series made through the API wakes no calendar trigger.
      await pause(
        'The series was made through the API, which fires no calendar trigger: open it in Google ' +
          `Calendar for editing and press “Create agenda doc” on Tandem’s card, then Discard (step ` +
          `${numbers('card-attach')}) — or add a word to its description and save — then press Enter…`,
      );
    }
    const clock = { now: Date.now, sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) };
    console.log(`… attached: waiting up to ${options.waitMinutes} min for Tandem’s sync`);
    const attached = await waitFor(
      () => checkAttached(target.clients, seriesId ?? ''),
      options.waitMinutes * 60_000,
      POLL_MS,
      clock,
    );
    console.log(`${mark(attached)} attached: ${attached.detail}`);
    failed ||= attached.ok === false;
    if (attached.ok && attached.docId && other) {
      const shared = await checkShared(target.clients, attached.docId, { user: target.user, other });
      console.log(
        `${mark(shared)} shared: ${shared.detail}${shared.ok === null ? ` — check step ${numbers('shared')} by hand` : ''}`,
      );
      failed ||= shared.ok === false;
    }
  } finally {
    if (creating && seriesId && !options.keep) {
      await deleteEventQuietly(target.clients, seriesId);
      console.log(
        `✓ cleanup: scratch series deleted (Tandem’s agenda doc stays: delete it by hand if unwanted)`,
      );
    }
  }
  console.log(
    failed
      ? '\nA scripted check failed: see ✗ above.'
      : '\nScripted checks done; the manual steps are yours.',
  );
  return failed ? 1 : 0;
}

async function main(args: string[]): Promise<number> {
  const options = parseOptions(args);
  const config = readLiveConfig(process.env, WHAT);
  if (config.status === 'incomplete') {
    console.error(config.message);
    return 2;
  }
  if (config.status === 'missing') {
    console.log('Tandem smoke test, after npm run push — every step is manual\n');
    const people = { user: 'you', other: 'the other person' };
    for (const line of renderChecklist(smokeSteps(people, new Set()))) console.log(line);
    const byScript = stepNumbers(smokeSteps(people, new Set()), scriptableStepIds());
    console.log(
      `\nWith credentials (and ${LIVE_ENV.otherUser}, or --event SERIES_ID of a 1:1) the script does ` +
        `steps ${byScript.slice(0, -1).join(', ')} and ${byScript.at(-1)} itself.`,
    );
    console.log(config.message);
    return 0;
  }
  const target = await createLiveTarget(config.credentials);
  const problem = await preflight(target);
  if (problem) {
    console.error(`${WHAT}: ${problem}`);
    return 1;
  }
  return scripted(target, options);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `${WHAT}: ${error instanceof Error && !('failure' in error) ? error.message : explainFailure(error)}`,
    );
    process.exit(1);
  },
);
