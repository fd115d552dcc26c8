// Whether the reminder to prepare is due now, from stored state alone (no API call): it is on,
// the person's chosen hour has come in their zone, today's is not done, and 1:1s are tomorrow.
import { DAY_MS, dateIn, type IsoDate } from '../../core/schedule';
import type { PairRecord, Settings, UpcomingMeeting } from '../state';
import type { ReminderRecord } from './record';

/**
 * The hour (0–23) of an instant on the wall clock of an IANA zone; UTC's for an unknown zone.
 *
 * @example hourIn(Date.parse('2026-11-23T16:30:00Z'), 'Europe/Paris') // 17
 */
export function hourIn(instant: number, timeZone: string): number {
  try {
    const text = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(
      instant,
    );
    const hour = Number.parseInt(text, 10);
    if (Number.isInteger(hour)) return hour % 24;
  } catch {
    // An unknown zone reads as UTC, as dateIn does.
  }
  return new Date(instant).getUTCHours();
}

/**
 * The calendar day after `date`.
 *
 * @example dayAfter('2026-12-31') // '2027-01-01'
 */
export function dayAfter(date: IsoDate): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export interface DueReminder {
  /** The day it is sent, in the person's zone: at most one reminder per such day. */
  readonly day: IsoDate;
  /** The day of the meetings it lists. */
  readonly tomorrow: IsoDate;
  readonly meetings: readonly { readonly pair: PairRecord; readonly meeting: UpcomingMeeting }[];
}

export interface ReminderInputs {
  readonly enabled: boolean;
  readonly settings: Pick<Settings, 'remindDayBefore' | 'remindHour'>;
  readonly timeZone: string;
  readonly pairs: Iterable<PairRecord>;
  /** What was done about today's reminder, if anything (record.ts). */
  readonly record: ReminderRecord | null;
}

/**
 * The reminder due at `now`, or null. From the chosen hour to the end of the day, so a missed
 * hourly run is made up by the next; once a day has a record (sent, being sent, refused), never again
 * that day — except 'waiting' (MailApp did not answer), tried again at the next hourly run.
 *
 * @example reminderDue({ enabled: true, settings: { remindDayBefore: true, remindHour: 17 }, … }, Date.parse('2026-11-23T16:05:00Z'))
 *   // { day: '2026-11-23', tomorrow: '2026-11-24', meetings: [Bob's 10:00 1:1] } in Europe/Paris
 */
export function reminderDue(inputs: ReminderInputs, now: number): DueReminder | null {
  const { enabled, settings, timeZone, record } = inputs;
  if (!enabled || !settings.remindDayBefore) return null;
  if (hourIn(now, timeZone) < settings.remindHour) return null;
  const day = dateIn(now, timeZone);
  // A day whose quota check went unanswered ('waiting') is tried again at the next hourly run.
  if (record && (record.day > day || (record.day === day && record.outcome !== 'waiting'))) return null;
  const tomorrow = dayAfter(day);
  const meetings: { pair: PairRecord; meeting: UpcomingMeeting }[] = [];
  for (const pair of inputs.pairs) {
    if (pair.status !== 'active') continue;
    for (const meeting of pair.upcoming)
      if (meeting.end > now && dateIn(meeting.start, timeZone) === tomorrow) meetings.push({ pair, meeting });
  }
  if (meetings.length === 0) return null;
  meetings.sort((a, b) => a.meeting.start - b.meeting.start);
  return { day, tomorrow, meetings };
}
