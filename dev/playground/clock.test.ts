// Where the playground's clock buttons take the world's time, in the user's time zone, across the
// daylight-saving change of the sample world.
import { Workspace } from '../emulator/workspace';
import { sampleWorld } from '../sample-world';
import { AFTER_MEETING_MS, ClockError, advanceClock, clockTarget } from './clock';

const ALICE = 'alice@example.com';

function at(iso: string, world = sampleWorld()) {
  const ws = Workspace.fromWorld({ ...world, now: iso });
  return ws;
}

describe('when a person moves the clock', () => {
  it('"next day" is tomorrow 08:00 local time', () => {
    expect(new Date(clockTarget(at('2026-10-19T07:00:00Z'), ALICE, 'day')).toISOString()).toBe(
      '2026-10-20T06:00:00.000Z',
    );
  });

  it('"after the next meeting" is five minutes after the next meeting ends, even one under way', () => {
    const ws = at('2026-10-19T07:45:00Z'); // 09:45 Paris, during the 09:30 team sync
    expect(clockTarget(ws, ALICE, 'meeting')).toBe(Date.parse('2026-10-19T08:00:00Z') + AFTER_MEETING_MS);
  });

  it('"after the next meeting" waits for the hourly run that prepares the next section, when Tandem is on', () => {
    const ws = at('2026-10-19T07:45:00Z');
    ws.appsScript.addTrigger({
      id: '7000000000000000009',
      user: ALICE,
      handlerFunction: 'onScheduledSync',
      eventType: 'CLOCK',
      everyMs: 3_600_000,
      nextRunAt: '2026-10-19T08:00:30.000Z', // too soon after the 08:00 end: the 09:00:30 run does it
    });
    expect(new Date(clockTarget(ws, ALICE, 'meeting')).toISOString()).toBe('2026-10-19T09:01:30.000Z');
  });

  it('"next week" is the same local time seven days later, "+1 hour" one hour', () => {
    const ws = at('2026-11-02T08:00:00Z');
    expect(clockTarget(ws, ALICE, 'week') - ws.now).toBe(7 * 24 * 3_600_000);
    expect(clockTarget(ws, ALICE, 'hour') - ws.now).toBe(3_600_000);
  });

  it('advancing without a bundle still moves time, firing nothing', () => {
    const ws = at('2026-10-19T07:00:00Z');
    expect(advanceClock(ws, null, Date.parse('2026-10-20T07:00:00Z'))).toEqual({
      now: '2026-10-20T07:00:00.000Z',
      fired: [],
    });
  });
});

describe('edge cases', () => {
  it('"next day" across the daylight-saving change lands at 08:00 winter time', () => {
    // Saturday 24 October, 22:00 in Paris (summer time); Sunday 08:00 is UTC+1.
    expect(new Date(clockTarget(at('2026-10-24T20:00:00Z'), ALICE, 'day')).toISOString()).toBe(
      '2026-10-25T07:00:00.000Z',
    );
  });

  it('"next week" across the daylight-saving change keeps 09:00 local time (169 hours later)', () => {
    const ws = at('2026-10-19T07:00:00Z'); // Monday 09:00 summer time
    expect(new Date(clockTarget(ws, ALICE, 'week')).toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('"after the next meeting" says so when the user has no meeting soon', () => {
    const world = sampleWorld();
    world.users.push({ email: 'zoe@example.com', name: 'Zoé', timeZone: 'Europe/Paris' });
    expect(() => clockTarget(at('2026-10-19T07:00:00Z', world), 'zoe@example.com', 'meeting')).toThrow(
      ClockError,
    );
  });

  it('never goes back in time', () => {
    const ws = at('2026-10-19T07:00:00Z');
    expect(() => advanceClock(ws, null, Date.parse('2026-10-18T07:00:00Z'))).toThrow(
      /cannot go back in time/,
    );
  });
});
