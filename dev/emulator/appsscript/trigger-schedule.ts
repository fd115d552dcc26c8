// When a recurring clock trigger runs: its first run after creation and each next run. Daily and
// weekly triggers keep their wall-clock time in the trigger's zone across daylight-saving changes.
import { addDays, wallClockToInstant, zonedFields } from '../time-zone';

export interface ClockSchedule {
  timeZone: string;
  unit: 'minutes' | 'hours' | 'days' | 'weeks';
  every: number;
  /** days/weeks: the wall-clock hour and minute of every run; hours: the minute past the hour. */
  hour?: number;
  minute?: number;
  /** weeks: 0 = Sunday … 6 = Saturday */
  weekday?: number;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** The nominal period, written to WorldTrigger.everyMs. */
export function periodMs(schedule: ClockSchedule): number {
  const unit = { minutes: MINUTE, hours: HOUR, days: DAY, weeks: 7 * DAY }[schedule.unit];
  return schedule.every * unit;
}

/**
 * The minute past the hour Apps Script picks for an hourly trigger without nearMinute(): Google
 * does not say which, only that it keeps it, so the emulator derives it from the trigger's id —
 * fixed for that trigger, different across triggers, the same in every run of a world.
 * @example pickedMinute('7000000000000000001') // the same minute in [0, 60) every time
 */
export function pickedMinute(triggerId: string): number {
  let hash = 0x811c9dc5; // FNV-1a, then a final mix so ids one apart land far apart
  for (let i = 0; i < triggerId.length; i++) hash = Math.imul(hash ^ triggerId.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return ((hash ^ (hash >>> 16)) >>> 0) % 60;
}

/**
 * Fills in what Apps Script would pick at random (hour, minute, weekday) deterministically, and
 * returns the resolved schedule with its first run, strictly after `now`. Apps Script picks a time
 * within the requested hour and keeps it from day to day
 * (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers);
 * here a daily or weekly trigger runs at nearMinute's minute, or :00 with atHour, or the creation
 * minute otherwise; an hourly one at nearMinute's minute, or the minute picked from `triggerId`
 * (pickedMinute), or, without an id, one period after creation.
 * @example firstRun({ timeZone: 'Europe/Paris', unit: 'days', every: 1, hour: 9 }, Date.parse('2026-11-23T10:00:00Z'))
 *   // { at: Date.parse('2026-11-24T08:00:00Z'), schedule: { …, hour: 9, minute: 0 } }
 */
export function firstRun(
  schedule: ClockSchedule,
  now: number,
  triggerId?: string,
): { at: number; schedule: ClockSchedule } {
  const here = zonedFields(now, schedule.timeZone);
  switch (schedule.unit) {
    case 'minutes':
      return { at: now + periodMs(schedule), schedule };
    case 'hours': {
      const minute = schedule.minute ?? (triggerId === undefined ? undefined : pickedMinute(triggerId));
      if (minute === undefined) return { at: now + periodMs(schedule), schedule };
      let at = wallClockToInstant(here.year, here.month, here.day, here.hour, minute, schedule.timeZone);
      while (at <= now) at += HOUR;
      return { at, schedule: { ...schedule, minute } };
    }
    case 'days':
    case 'weeks': {
      const pinned = schedule.hour !== undefined || schedule.weekday !== undefined;
      const resolved: ClockSchedule = {
        ...schedule,
        hour: schedule.hour ?? here.hour,
        minute: schedule.minute ?? (schedule.hour !== undefined ? 0 : here.minute),
        ...(schedule.unit === 'weeks' ? { weekday: schedule.weekday ?? here.weekday } : {}),
      };
      if (!pinned) return { at: nextRun(resolved, now), schedule: resolved };
      for (let offset = 0; offset <= 8; offset++) {
        const date = addDays(here.year, here.month, here.day, offset);
        const at = wallClockToInstant(
          date.year,
          date.month,
          date.day,
          resolved.hour!,
          resolved.minute!,
          schedule.timeZone,
        );
        const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
        if (at > now && (resolved.weekday === undefined || weekday === resolved.weekday)) {
          return { at, schedule: resolved };
        }
      }
      throw new Error('unreachable: a weekday recurs within eight days');
    }
  }
}

/**
 * The run after `previous`: a fixed period for minutes and hours; the same wall-clock time
 * `every` days (or weeks) later for days and weeks, so a 09:00 Paris trigger stays at 09:00.
 * @example nextRun({ timeZone: 'Europe/Paris', unit: 'days', every: 1, hour: 9, minute: 0 }, Date.parse('2026-03-28T08:00:00Z'))
 *   // Date.parse('2026-03-29T07:00:00Z'): 09:00 CEST, 23 hours later
 */
export function nextRun(schedule: ClockSchedule, previous: number): number {
  if (schedule.unit === 'minutes' || schedule.unit === 'hours') return previous + periodMs(schedule);
  const here = zonedFields(previous, schedule.timeZone);
  const date = addDays(here.year, here.month, here.day, schedule.every * (schedule.unit === 'weeks' ? 7 : 1));
  return wallClockToInstant(
    date.year,
    date.month,
    date.day,
    schedule.hour ?? here.hour,
    schedule.minute ?? here.minute,
    schedule.timeZone,
  );
}
