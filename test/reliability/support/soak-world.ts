// The soak's world: N managers who run Tandem, each with P weekly or biweekly 1:1s in their own time
// zone, half of whose reports run Tandem too, from another zone; and the schedule as the test knows
// it (moves and cancellations applied) — the oracle the invariants compare the docs with, computed
// without Tandem's code.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { compactDateTime, wallToInstant } from '../../../dev/emulator/calendar/time';
import type { World } from '../../../dev/emulator/world';

export interface SoakSize {
  users: number;
  pairsPerUser: number;
  weeks: number;
  seed: number;
}

/** A seeded PRNG (mulberry32): the same seed replays the same soak. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'America/Los_Angeles'];
/**
 * Where a manager's reports who run Tandem live: far enough that a 1:1 between 09:00 and 17:00 the
 * manager's time falls on another calendar day for some of them (the day before in Honolulu and Los
 * Angeles, the day after in Kolkata and Sydney).
 */
const REPORT_ZONES: Readonly<Record<string, string>> = {
  'Europe/Paris': 'Pacific/Honolulu',
  'America/New_York': 'Asia/Kolkata',
  'Asia/Kolkata': 'America/Los_Angeles',
  'Australia/Sydney': 'America/Los_Angeles',
  'America/Los_Angeles': 'Australia/Sydney',
};
const DAY_MS = 24 * 60 * 60 * 1000;
export const SOAK_START = '2026-10-19T00:00:00Z';

export interface SoakPair {
  organizer: string;
  other: string;
  pairKey: string;
  seriesId: string;
  zone: string;
  /** Local wall-clock epoch (ms, as if UTC) of the first occurrence's start. */
  firstWall: number;
  minutes: number;
  everyWeeks: number;
  /** Original wall start → the moved wall start, or null when cancelled. */
  changes: Map<number, number | null>;
  /** Set when the pair stopped being a 1:1 (a third person joined): no more checks after it. */
  stoppedAt?: number;
  /** The other person (the report) runs Tandem too. */
  otherRunsTandem: boolean;
}

export interface Occurrence {
  /** The local date, as the section heading shows it. */
  date: string;
  start: number;
  end: number;
  originalWall: number;
}

export function occurrences(pair: SoakPair, fromMs: number, toMs: number): Occurrence[] {
  const found: Occurrence[] = [];
  for (let wall = pair.firstWall; ; wall += pair.everyWeeks * 7 * DAY_MS) {
    if (wallToInstant(pair.zone, wall) > toMs + 8 * DAY_MS) break;
    const moved = pair.changes.has(wall) ? pair.changes.get(wall) : wall;
    if (moved === null || moved === undefined) continue;
    const start = wallToInstant(pair.zone, moved);
    const end = start + pair.minutes * 60 * 1000;
    if (end > fromMs && start < toMs)
      found.push({ date: new Date(moved).toISOString().slice(0, 10), start, end, originalWall: wall });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The instance id Calendar gives the occurrence that originally started at `wall`. */
export function instanceIdOf(pair: SoakPair, wall: number): string {
  return `${pair.seriesId}_${compactDateTime(wallToInstant(pair.zone, wall))}Z`;
}

export function localDateTime(wall: number): string {
  return new Date(wall).toISOString().slice(0, 19);
}

function seriesEvent(pair: SoakPair): calendar_v3.Schema$Event {
  return {
    id: pair.seriesId,
    summary: `1:1 ${pair.other.split('@')[0]} / ${pair.organizer.split('@')[0]}`,
    organizer: { email: pair.organizer },
    start: { dateTime: localDateTime(pair.firstWall), timeZone: pair.zone },
    end: { dateTime: localDateTime(pair.firstWall + pair.minutes * 60 * 1000), timeZone: pair.zone },
    recurrence: [`RRULE:FREQ=WEEKLY;INTERVAL=${pair.everyWeeks}`],
    attendees: [
      { email: pair.organizer, responseStatus: 'accepted', organizer: true },
      { email: pair.other, responseStatus: 'accepted' },
    ],
  };
}

/** Who turns Tandem on, in this order: reports before their manager, the managers, reports after. */
export interface Installs {
  reportsFirst: string[];
  managers: string[];
  reportsAfter: string[];
}

/**
 * Managers m0…, each with reports; manager i>0 is also one of m0's reports, so two installs share a
 * doc. Every other report (p odd) runs Tandem in REPORT_ZONES, half of them installed before their
 * manager and half after.
 */
export function soakWorld(size: SoakSize): { world: World; pairs: SoakPair[]; installs: Installs } {
  const random = prng(size.seed);
  const managers = Array.from({ length: size.users }, (_, i) => `m${i}@soak.example.com`);
  const users: World['users'] = managers.map((email, i) => ({
    email,
    name: `Manager ${i}`,
    timeZone: ZONES[i % ZONES.length] ?? 'Europe/Paris',
  }));
  const calendars: World['calendars'] = {};
  const pairs: SoakPair[] = [];
  const installs: Installs = { reportsFirst: [], managers, reportsAfter: [] };
  managers.forEach((organizer, u) => {
    const zone = users[u]?.timeZone ?? 'Europe/Paris';
    const events: calendar_v3.Schema$Event[] = [];
    for (let p = 0; p < size.pairsPerUser; p++) {
      const peer = u === 0 ? managers[p + 1] : undefined;
      const other = peer ?? `r${u}x${p}@soak.example.com`;
      const runsTandem = peer !== undefined || p % 2 === 1;
      if (!peer) {
        const away = runsTandem ? (REPORT_ZONES[zone] ?? zone) : zone;
        users.push({ email: other, name: `Report ${u}-${p}`, timeZone: away });
        if (runsTandem) (p % 4 === 1 ? installs.reportsFirst : installs.reportsAfter).push(other);
      }
      const weekday = p % 4; // Tuesday to Friday of the first week (after Tandem is turned on)
      const minute = 9 * 60 + ((p * 37) % (8 * 60));
      const firstWall = Date.parse(SOAK_START) + weekday * DAY_MS + minute * 60 * 1000 + DAY_MS;
      const pair: SoakPair = {
        organizer,
        other,
        pairKey: [organizer, other].sort().join(' '),
        seriesId: `s${u.toString(32)}v${p.toString(32)}0000`,
        zone,
        firstWall: firstWall - (firstWall % (15 * 60 * 1000)),
        minutes: 30,
        everyWeeks: random() < 0.75 ? 1 : 2,
        changes: new Map(),
        otherRunsTandem: runsTandem,
      };
      pairs.push(pair);
      events.push(seriesEvent(pair));
    }
    calendars[organizer] = { events };
  });
  return {
    world: {
      now: SOAK_START,
      users,
      calendars,
      drive: { files: [] },
      userProperties: {},
      triggers: [],
    },
    pairs,
    installs,
  };
}
