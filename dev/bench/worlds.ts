// Generated worlds for the benchmark: a manager in Paris with P weekly 1:1 series among 200 other
// events (team meetings, 3-person meetings, all-day, focus time, solo blocks, one-off meetings).
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import type { World, WorldUser } from '../emulator/world';

type Event = calendar_v3.Schema$Event;

export const TIME_ZONE = 'Europe/Paris';
export const MANAGER = { email: 'maya@example.com', name: 'Maya Laurent' };
export const DIRECTOR = { email: 'director@example.com', name: 'Dana Director' };
/** Monday 2026-11-16, 07:00 in Paris (UTC+1): before any 1:1 of the week. */
export const MONDAY = '2026-11-16T06:00:00Z';
/** How many non-1:1 events every generated calendar holds. */
export const OTHER_EVENTS = 200;
/** Each 1:1 lasts 30 minutes; eight slots a day from 09:00, Monday to Friday. */
const SLOT_MINUTES = 30;
const FIRST_SLOT_MINUTES = 9 * 60;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'] as const;
export const MAX_PAIRS = 40;

const FIRST = ['Bob', 'Chloé', 'Diego', 'Emma', 'Farid', 'Gwen', 'Hugo', 'Ines', 'Jonas', 'Keiko'];
const LAST = ['Okafor', 'Dubois', 'Ramírez', 'Lindqvist'];

/** The i-th report (0-based, up to MAX_PAIRS): a unique name and email. */
export function report(i: number): { email: string; name: string } {
  const first = FIRST[i % FIRST.length] ?? 'Person';
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? 'Doe';
  const local = `${first}.${last}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return { email: `${local}@example.com`, name: `${first} ${last}` };
}

/** The series id of pair i's weekly 1:1 (base32hex, as Google accepts). */
export function pairSeriesId(i: number): string {
  return `pair${String(i).padStart(3, '0')}`;
}

/** Pair i meets on weekday i % 5, in slot floor(i / 5): ends are all distinct within a week. */
export function pairSlot(i: number): { weekday: number; startMinutes: number } {
  return {
    weekday: i % WEEKDAYS.length,
    startMinutes: FIRST_SLOT_MINUTES + SLOT_MINUTES * Math.floor(i / 5),
  };
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function person(p: { email: string; name: string }, extra: calendar_v3.Schema$EventAttendee = {}) {
  return { email: p.email, displayName: p.name, responseStatus: 'accepted', ...extra };
}

function timed(date: string, startMinutes: number, minutes: number): Pick<Event, 'start' | 'end'> {
  return {
    start: { dateTime: `${date}T${hhmm(startMinutes)}`, timeZone: TIME_ZONE },
    end: { dateTime: `${date}T${hhmm(startMinutes + minutes)}`, timeZone: TIME_ZONE },
  };
}

/** Pair i's weekly 1:1, organized by the manager, first held in the week of `firstMonday`. */
export function oneOnOne(i: number, firstMonday: string): Event {
  const { weekday, startMinutes } = pairSlot(i);
  const other = report(i);
  return {
    id: pairSeriesId(i),
    summary: `${MANAGER.name.split(' ')[0]} / ${other.name.split(' ')[0]}`,
    organizer: { email: MANAGER.email, displayName: MANAGER.name },
    attendees: [person(MANAGER, { organizer: true }), person(other)],
    ...timed(addDays(firstMonday, weekday), startMinutes, SLOT_MINUTES),
    recurrence: [`RRULE:FREQ=WEEKLY;BYDAY=${WEEKDAYS[weekday]}`],
  };
}

const colleague = (n: number) => ({ email: `colleague${n}@example.com`, name: `Colleague ${n}` });

/**
 * The 200 events that are not 1:1s, spread over the weeks around `monday`: recurring team
 * meetings and 3-person meetings, focus time, solo blocks, all-day events, one-off meetings
 * (including 2-person ones, which are not recurring) and the director's staff meetings.
 */
export function otherEvents(monday: string): { manager: Event[]; director: Event[] } {
  const manager: Event[] = [];
  const director: Event[] = [];
  const organizer = { email: MANAGER.email, displayName: MANAGER.name };
  const past = addDays(monday, -28);
  for (let n = 0; n < 20; n++) {
    const people = Array.from({ length: 4 + (n % 5) }, (_, k) => person(colleague(n * 7 + k)));
    manager.push({
      id: `team${n}`,
      summary: `Team meeting ${n}`,
      organizer,
      attendees: [person(MANAGER, { organizer: true }), ...people],
      ...timed(addDays(past, n % 5), 14 * 60 + 30 * (n % 6), 45),
      recurrence: [`RRULE:FREQ=WEEKLY;INTERVAL=${1 + (n % 2)};BYDAY=${WEEKDAYS[n % 5]}`],
    });
  }
  for (let n = 0; n < 30; n++) {
    manager.push({
      id: `trio${n}`,
      summary: `Sync ${n}`,
      organizer,
      attendees: [
        person(MANAGER, { organizer: true }),
        person(colleague(200 + 2 * n)),
        person(colleague(201 + 2 * n)),
      ],
      ...timed(addDays(past, n % 5), 16 * 60 + 30 * (n % 4), 30),
      recurrence: [`RRULE:FREQ=WEEKLY;INTERVAL=${1 + (n % 3)};BYDAY=${WEEKDAYS[(n + 2) % 5]}`],
    });
  }
  for (let n = 0; n < 10; n++) {
    manager.push({
      id: `focus${n}`,
      summary: 'Focus time',
      eventType: 'focusTime',
      organizer,
      ...timed(addDays(past, n % 5), 13 * 60, 60),
      recurrence: [`RRULE:FREQ=WEEKLY;BYDAY=${WEEKDAYS[n % 5]}`],
    });
    manager.push({
      id: `solo${n}`,
      summary: `Prepare the week ${n}`,
      organizer,
      ...timed(addDays(past, n % 5), 8 * 60, 30),
      recurrence: [`RRULE:FREQ=WEEKLY;BYDAY=${WEEKDAYS[n % 5]}`],
    });
  }
  for (let n = 0; n < 30; n++) {
    const date = addDays(monday, -21 + 3 * n);
    manager.push({
      id: `entire${n}`,
      summary: n % 3 === 0 ? 'Out of office' : `Company day ${n}`,
      ...(n % 3 === 0 ? { eventType: 'outOfOffice' } : {}),
      organizer,
      start: { date },
      end: { date: addDays(date, 1 + (n % 2)) },
    });
  }
  for (let n = 0; n < 90; n++) {
    const size = n % 9 === 0 ? 1 : 2 + (n % 5);
    manager.push({
      id: `adhoc${n}`,
      summary: `Meeting ${n}`,
      organizer,
      attendees: [
        person(MANAGER, { organizer: true }),
        ...Array.from({ length: size }, (_, k) => person(colleague(300 + n + k))),
      ],
      ...timed(addDays(monday, -25 + n), 10 * 60 + 30 * (n % 12), 30),
    });
  }
  for (let n = 0; n < 10; n++) {
    director.push({
      id: `staff${n}`,
      summary: `Staff meeting ${n}`,
      organizer: { email: DIRECTOR.email, displayName: DIRECTOR.name },
      attendees: [person(DIRECTOR, { organizer: true }), person(MANAGER), person(colleague(500 + n))],
      ...timed(addDays(past, n % 5), 17 * 60, 45),
      recurrence: [`RRULE:FREQ=WEEKLY;INTERVAL=${1 + (n % 2)};BYDAY=${WEEKDAYS[n % 5]}`],
    });
  }
  return { manager, director };
}

export interface ManagerWorldOptions {
  /** How many weekly 1:1 series (1 to 40). */
  pairs: number;
  /** The Monday of the first 1:1 week (default: eight weeks before MONDAY). */
  firstMonday?: string;
}

/**
 * The manager's world at MONDAY: P weekly 1:1s plus OTHER_EVENTS other events, nothing enabled.
 * @example managerWorld({ pairs: 10 }).calendars['maya@example.com'].events.length // 10 + 190
 */
export function managerWorld(options: ManagerWorldOptions): World {
  if (!Number.isInteger(options.pairs) || options.pairs < 1 || options.pairs > MAX_PAIRS) {
    throw new Error(`pairs must be an integer from 1 to ${MAX_PAIRS} (got ${options.pairs})`);
  }
  const firstMonday = options.firstMonday ?? addDays(MONDAY.slice(0, 10), -56);
  const others = otherEvents(MONDAY.slice(0, 10));
  const pairs = Array.from({ length: options.pairs }, (_, i) => oneOnOne(i, firstMonday));
  const users: WorldUser[] = [MANAGER, DIRECTOR, ...pairs.map((_, i) => report(i))].map((u) => ({
    ...u,
    timeZone: TIME_ZONE,
    locale: 'en',
  }));
  return {
    now: MONDAY,
    users,
    calendars: {
      [MANAGER.email]: { events: [...pairs, ...others.manager] },
      [DIRECTOR.email]: { events: others.director },
    },
    drive: { files: [] },
    userProperties: {},
    triggers: [],
  };
}
