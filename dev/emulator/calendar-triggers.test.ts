// Which calendar changes fire calendar triggers: a person's change fires those of every calendar it
// touches; a script's or an API request's fires none, unless the readings say otherwise.
import { BundleRunner } from './runtime';
import { tick } from './scheduler';
import { Workspace, type WorkspaceOptions } from './workspace';
import type { World } from './world';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';

const world = (): World => ({
  now: '2026-11-23T08:00:00Z',
  users: [
    { email: ALICE, name: 'Alice Moreau', timeZone: 'Europe/Paris' },
    { email: BOB, name: 'Bob Okafor', timeZone: 'Europe/Paris' },
  ],
  calendars: {},
  drive: { files: [] },
  userProperties: {},
  triggers: [],
});

const SCRIPT = `
function arm() { ScriptApp.newTrigger('onCal').forUserCalendar(Session.getEffectiveUser().getEmail()).onEventUpdated().create(); }
function onCal() { var p = PropertiesService.getUserProperties(); p.setProperty('runs', String(Number(p.getProperty('runs') || 0) + 1)); }
function patchAsScript(id) { Calendar.Events.patch({ description: 'agenda' }, 'primary', id, { supportsAttachments: true }); }
`;

/** Alice and Bob each with a calendar trigger, and a 1:1 Alice (a person) made; its triggers have run. */
function setup(options: WorkspaceOptions = {}) {
  const ws = Workspace.fromWorld(world(), options);
  const runner = new BundleRunner(SCRIPT);
  for (const user of [ALICE, BOB]) runner.run(ws, { user, functionName: 'arm', kind: 'card' });
  const id =
    ws.calendar.service(ws.personContext(ALICE)).Events.insert(
      {
        summary: '1:1',
        start: { dateTime: '2026-11-24T10:00:00Z' },
        end: { dateTime: '2026-11-24T10:30:00Z' },
        attendees: [{ email: ALICE }, { email: BOB }],
      },
      'primary',
    ).id ?? '';
  const fired = tick(ws, runner, Date.parse('2026-11-23T08:05:00Z'));
  const runs = (user: string) => Number(ws.toWorld().userProperties[user]?.runs ?? 0);
  return { ws, runner, id, fired, runs };
}

describe('when a person changes their calendar', () => {
  it('fires the calendar trigger of every user whose calendar the change touches', () => {
    const { fired, runs } = setup();
    expect(fired.map((f) => [f.user, f.eventType, f.at])).toEqual([
      [ALICE, 'ON_EVENT_UPDATED', '2026-11-23T08:01:00.000Z'],
      [BOB, 'ON_EVENT_UPDATED', '2026-11-23T08:01:00.000Z'],
    ]);
    expect([runs(ALICE), runs(BOB)]).toEqual([1, 1]);
  });

  it('a guest’s own change (hiding the event) fires only the guest’s trigger', () => {
    const { ws, runner, id, runs } = setup();
    ws.calendar.service(ws.personContext(BOB)).Events.remove('primary', id);
    tick(ws, runner, Date.parse('2026-11-23T09:00:00Z'));
    expect([runs(ALICE), runs(BOB)]).toEqual([1, 2]);
  });
});

describe('when a script or an API request changes a calendar', () => {
  // "Script executions and API requests do not cause triggers to run"
  // (https://developers.google.com/apps-script/guides/triggers/installable#restrictions).
  it('fires no calendar trigger, neither the writer’s nor the other person’s', () => {
    const { ws, runner, id, runs } = setup();
    const patched = runner.run(ws, {
      user: ALICE,
      functionName: 'patchAsScript',
      args: [id],
      kind: 'trigger',
    });
    expect(patched.ok).toBe(true);
    expect([...ws.pendingCalendarTriggers]).toEqual([]);
    expect(tick(ws, runner, Date.parse('2026-11-23T12:00:00Z'))).toEqual([]);
    expect([runs(ALICE), runs(BOB)]).toEqual([1, 1]);
  });

  it('under the lenient reading (calendarTriggersOnApiWrites), fires them as a person’s change would', () => {
    for (const readings of ['lenient', { calendarTriggersOnApiWrites: true }] as const) {
      const { ws, runner, id, runs } = setup({ readings });
      runner.run(ws, { user: ALICE, functionName: 'patchAsScript', args: [id], kind: 'trigger' });
      tick(ws, runner, Date.parse('2026-11-23T12:00:00Z'));
      expect([runs(ALICE), runs(BOB)]).toEqual([2, 2]);
    }
  });
});
