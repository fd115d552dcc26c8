// The shared listing of instances (events.list, singleEvents) gives every pair the schedule
// events.instances gives it — moved and cancelled instances, the last meeting held — in one call.
import { ALICE, BOB, CAROL, NOW, setup, weeklyOneOnOne } from '../../dev/emulator/calendar/fixtures';
import type { CalendarEvent, Ports } from '../ports';
import { instancesPerSeries, scheduleFrom, SharedInstances } from './schedules';
import type { PairRecord } from './state';

const ZONE = 'Europe/Paris';
const now = new Date(NOW); // Monday 2026-11-23, 09:00 Paris

function world() {
  const fixture = setup();
  const bob = fixture.alice.Events.insert(weeklyOneOnOne('2026-10-20'), 'primary');
  const carol = fixture.alice.Events.insert(
    weeklyOneOnOne('2026-10-22', {
      summary: 'Alice / Carol',
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TH'],
      attendees: [{ email: ALICE }, { email: CAROL }],
    }),
    'primary',
  );
  // Tuesday's 1:1 with Bob moves to Wednesday; the Thursday after with Carol is cancelled.
  fixture.alice.Events.patch(
    {
      start: { dateTime: '2026-11-25T15:00:00+01:00', timeZone: ZONE },
      end: { dateTime: '2026-11-25T15:30:00+01:00', timeZone: ZONE },
    },
    'primary',
    `${bob.id ?? ''}_20261124T090000Z`,
  );
  fixture.alice.Events.remove('primary', `${carol.id ?? ''}_20261126T090000Z`);
  const calls: string[] = [];
  const calendar = {
    listEvents: (calendarId: string, query: object) => {
      calls.push('list');
      return fixture.alice.Events.list(calendarId, query);
    },
    listInstances: (calendarId: string, eventId: string, query: object) => {
      calls.push('instances');
      return fixture.alice.Events.instances(calendarId, eventId, query);
    },
  };
  const ports = { calendar } as unknown as Ports;
  return { ports, calls, bobSeries: bob.id ?? '', carolSeries: carol.id ?? '' };
}

const pairOf = (other: string, seriesId: string): PairRecord => ({
  pairKey: `${ALICE} ${other}`,
  other: { email: other },
  userIsOrganizer: true,
  seriesIds: [seriesId],
  upcoming: [],
  status: 'active',
});

describe('schedules from the shared listing', () => {
  it('are the schedules events.instances gives, moved and cancelled instances included', () => {
    const { ports, bobSeries, carolSeries } = world();
    const pairs = [pairOf(BOB, bobSeries), pairOf(CAROL, carolSeries)];
    const shared = new SharedInstances(ports, ZONE, now);
    const perSeries = instancesPerSeries(ports, ZONE, now);
    for (const pair of pairs)
      expect(scheduleFrom(shared, pair, ZONE, now)).toEqual(scheduleFrom(perSeries, pair, ZONE, now));
    const bob = scheduleFrom(shared, pairs[0] as PairRecord, ZONE, now);
    expect(bob.upcoming[0]?.date).toBe('2026-11-25');
    expect(bob.lastHeld?.date).toBe('2026-11-17');
    const carol = scheduleFrom(shared, pairs[1] as PairRecord, ZONE, now);
    expect(carol.upcoming.map((m) => m.date)).not.toContain('2026-11-26');
  });

  it('cost one events.list for every pair of the run', () => {
    const { ports, calls, bobSeries, carolSeries } = world();
    const shared = new SharedInstances(ports, ZONE, now);
    scheduleFrom(shared, pairOf(BOB, bobSeries), ZONE, now);
    scheduleFrom(shared, pairOf(CAROL, carolSeries), ZONE, now);
    expect(calls).toEqual(['list']);
  });

  it('when the listing fails, each pair that asks fails with it, and Google is not asked again', () => {
    const failure = new Error('backendError');
    let asked = 0;
    const ports = {
      calendar: {
        listEvents: (): CalendarEvent => {
          asked++;
          throw failure;
        },
      },
    } as unknown as Ports;
    const shared = new SharedInstances(ports, ZONE, now);
    expect(() => scheduleFrom(shared, pairOf(BOB, 'a'), ZONE, now)).toThrow(failure);
    expect(() => scheduleFrom(shared, pairOf(CAROL, 'b'), ZONE, now)).toThrow(failure);
    expect(asked).toBe(1);
  });
});
