// The smoke test's scripted checks against the real bundle in the emulator: Tandem, turned on,
// finds the scratch 1:1, and the checks see its doc attached, recorded and shared.
import { emulatorTarget } from '../contract/emulator-clients';
import type { World } from '../emulator/world';
import { Scenario } from '../../test/harness';
import {
  agendaOnSeries,
  checkAttached,
  checkShared,
  scratchOneOnOne,
  waitFor,
  type CheckResult,
} from './one-on-one';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const NOW = '2026-11-23T08:00:00Z';

function world(): World {
  return {
    now: NOW,
    users: [
      { email: ALICE, name: 'Alice Moreau', timeZone: 'Europe/Paris' },
      { email: BOB, name: 'Bob Okafor', timeZone: 'Europe/London' },
    ],
    calendars: {},
    drive: { files: [] },
    userProperties: {},
    triggers: [],
  };
}

async function startSmoke() {
  const scenario = new Scenario(world());
  expect(scenario.enable(ALICE).ok).toBe(true);
  const target = emulatorTarget({ ws: scenario.ws, user: ALICE, otherUser: BOB });
  const series = await target.clients.calendar.insert(
    'primary',
    scratchOneOnOne({ user: ALICE, other: BOB }, 'tcsmoke', scenario.ws.now),
    { sendUpdates: 'none' },
  );
  return { scenario, target, seriesId: series.id ?? '' };
}

/**
 * The series was made through the API, which fires no calendar trigger: as the smoke asks, the
 * person adds a word to its description in Calendar, and that change fires Tandem's trigger.
 */
function touchAsPerson(scenario: Scenario, seriesId: string): void {
  scenario.calendarAs(ALICE).Events.patch({ description: 'smoke' }, 'primary', seriesId);
}

describe('when Tandem is on and the scratch 1:1 is created', () => {
  it('starts a week later, weekly, with the two people', () => {
    const event = scratchOneOnOne({ user: ALICE, other: BOB }, 'tcsmoke', Date.parse(NOW));
    expect(event.start).toEqual({ dateTime: '2026-11-30T15:00:00Z', timeZone: 'UTC' });
    expect(event.attendees?.map((a) => a.email)).toEqual([ALICE, BOB]);
  });

  it('reports no doc before Tandem’s calendar trigger has run', async () => {
    const { target, seriesId } = await startSmoke();
    expect(await checkAttached(target.clients, seriesId)).toMatchObject({ ok: false, docId: null });
  });

  it('made through the API, the series wakes no trigger: no doc until a person changes it', async () => {
    const { scenario, target, seriesId } = await startSmoke();
    scenario.tick('2026-11-23T08:30:00Z');
    expect(await checkAttached(target.clients, seriesId)).toMatchObject({ ok: false, docId: null });
  });

  it('sees the doc attached, recorded and shared with the two people after the trigger', async () => {
    const { scenario, target, seriesId } = await startSmoke();
    touchAsPerson(scenario, seriesId);
    scenario.tick('2026-11-23T08:05:00Z');
    const attached = await checkAttached(target.clients, seriesId);
    expect(attached).toMatchObject({ ok: true, docId: scenario.docId(ALICE, BOB) });
    const shared = await checkShared(target.clients, attached.docId ?? '', { user: ALICE, other: BOB });
    expect(shared).toEqual({ ok: true, detail: 'shared with the two of you only' });
  });

  it('leaves the sharing check to the maintainer when Drive hides the doc from these credentials', async () => {
    const { scenario, target, seriesId } = await startSmoke();
    touchAsPerson(scenario, seriesId);
    scenario.tick('2026-11-23T08:05:00Z');
    const { docId } = await checkAttached(target.clients, seriesId);
    // Bob's credentials never created or opened the doc: drive.file answers 404.
    const shared = await checkShared(target.otherClients!, docId ?? '', { user: ALICE, other: BOB });
    expect(shared.ok).toBeNull();
  });
});

describe('edge cases', () => {
  it('does not count a recorded doc id without the attachment', () => {
    const series = { extendedProperties: { private: { tandemDocId: 'doc1' } }, attachments: [] };
    expect(agendaOnSeries(series)).toBeNull();
  });

  it('polls until the deadline, then answers the last result', async () => {
    let now = 0;
    let calls = 0;
    const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) };
    const never = async (): Promise<CheckResult> => ({ ok: false, detail: `try ${++calls}` });
    const result = await waitFor(never, 60_000, 15_000, clock);
    expect(result).toEqual({ ok: false, detail: 'try 5' });
    expect(now).toBe(60_000);
  });

  it('stops polling at the first answer that is not a failure', async () => {
    let now = 0;
    const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) };
    const results: CheckResult[] = [
      { ok: false, detail: 'a' },
      { ok: null, detail: 'b' },
    ];
    expect(await waitFor(async () => results.shift()!, 60_000, 15_000, clock)).toEqual({
      ok: null,
      detail: 'b',
    });
    expect(now).toBe(15_000);
  });
});
