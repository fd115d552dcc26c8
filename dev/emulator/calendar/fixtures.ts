// Test fixtures for the Calendar emulator: a small world (Alice and Bob in Paris, Carol in New York)
// and one `Calendar` service per person, sharing one clock.
import { testContext } from '../context';
import type { WorldUser } from '../world';
import type { Event } from './model';
import { CalendarStore } from './store';

export const ALICE = 'alice@example.com';
export const BOB = 'bob@example.com';
export const CAROL = 'carol@example.com';

export const USERS: WorldUser[] = [
  { email: ALICE, name: 'Alice Moreau', timeZone: 'Europe/Paris' },
  { email: BOB, name: 'Bob Okafor', timeZone: 'Europe/Paris' },
  { email: CAROL, name: 'Carol Diaz', timeZone: 'America/New_York' },
];

export const NOW = '2026-11-23T08:00:00Z';

/** A store with the given world calendars, a service per person and a clock to advance. */
export function setup(calendars: Record<string, { events: Event[] }> = {}, state?: unknown) {
  const store = CalendarStore.fromWorld(calendars, USERS, state, NOW);
  const ctx = testContext(ALICE, NOW);
  const as = (user: string, actor: 'app' | 'person' = 'app') => {
    const own = testContext(user, NOW, actor);
    return store.service({ ...own, now: () => ctx.now(), newId: ctx.newId });
  };
  const changes: { calendarIds: string[]; at: number; actor: 'app' | 'person' }[] = [];
  store.onChange((calendarIds, at, actor) => changes.push({ calendarIds, at, actor }));
  return { store, clock: ctx, alice: as(ALICE), bob: as(BOB), carol: as(CAROL), as, changes };
}

/** A one-hour meeting in Paris on a given day and hour (local time). */
export function meeting(summary: string, day: string, hour = 10, extra: Event = {}): Event {
  const hh = String(hour).padStart(2, '0');
  const end = String(hour + 1).padStart(2, '0');
  return {
    summary,
    start: { dateTime: `${day}T${hh}:00:00`, timeZone: 'Europe/Paris' },
    end: { dateTime: `${day}T${end}:00:00`, timeZone: 'Europe/Paris' },
    ...extra,
  };
}

/** A weekly 1:1 between Alice and Bob, Tuesdays 10:00–10:30 Paris time. */
export function weeklyOneOnOne(firstDay = '2026-10-20', extra: Event = {}): Event {
  return {
    summary: 'Alice / Bob 1:1',
    start: { dateTime: `${firstDay}T10:00:00`, timeZone: 'Europe/Paris' },
    end: { dateTime: `${firstDay}T10:30:00`, timeZone: 'Europe/Paris' },
    recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TU'],
    attendees: [{ email: ALICE }, { email: BOB }],
    ...extra,
  };
}

/** The error details a call threw (GoogleJsonResponseException.details), or fails the test. */
export function errorOf(call: () => unknown): {
  code: number;
  message: string;
  reason: string;
  text: string;
} {
  try {
    call();
  } catch (error) {
    const details = (error as { details?: { code: number; message: string; errors: { reason: string }[] } })
      .details;
    if (!details) throw error;
    return {
      code: details.code,
      message: details.message,
      reason: details.errors[0]?.reason ?? '',
      text: (error as Error).message,
    };
  }
  throw new Error('expected the call to fail');
}

/** UTC ISO of an event's start, whatever offset it is written with. */
export function startUtc(event: Event): string {
  return new Date(Date.parse(event.start?.dateTime ?? `${event.start?.date}T00:00:00Z`)).toISOString();
}
