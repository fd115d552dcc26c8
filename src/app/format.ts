// How cards, toasts and reminder e-mails word dates, times, counts and people: in the viewer's
// locale and time zone, from values in the view model (views never read the clock). Plain text
// out; callers escape it.
// The one home for dates in the UI: doc headings keep their ISO date, every card and toast words it here.
import type { Person } from '../core/agenda';
import { DAY_MS, dateIn, type IsoDate } from '../core/schedule';

/** Who is looking at the card: how to word dates for them, and what day it is where they are. */
export interface Viewer {
  /** IANA zone, e.g. 'Europe/Paris'. */
  readonly timeZone: string;
  /** BCP 47 tag, e.g. 'en-GB'. */
  readonly locale: string;
  /** Today in the viewer's zone, YYYY-MM-DD. */
  readonly today: IsoDate;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A region subtag (`GB`, `419`) after the language, and the script if any: `en-GB`, `zh-Hant-TW`. */
const REGION = /^[a-z]{2,3}(?:-[a-z]{4})?-(?:[a-z]{2}|\d{3})(?:-|$)/i;

/**
 * The clock for a locale: a tag with a region (`en-US`, `en-GB`) brings its own; a bare language
 * (`en`, which the event object may carry) says nothing about the clock, and Intl would then pick
 * the language's default (12-hour for English), so a bare tag gets the 24-hour clock no reader misreads.
 *
 * @example hourCycleFor('en') // { hourCycle: 'h23' }
 * @example hourCycleFor('en-US') // {}
 */
export function hourCycleFor(locale: string): { hourCycle?: 'h23' } {
  return REGION.test(locale) ? {} : { hourCycle: 'h23' };
}

/**
 * A calendar day for people: weekday, day and month, and the year when it is not this year.
 * Falls back to the ISO date when the locale or Intl cannot word it.
 *
 * @example formatDay('2026-11-24', { locale: 'en-US', timeZone: 'Europe/Paris', today: '2026-11-20' }) // 'Tue, Nov 24'
 * @example formatDay('2025-11-24', { locale: 'en-GB', timeZone: 'Europe/Paris', today: '2026-11-20' }) // 'Mon, 24 Nov 2025'
 */
export function formatDay(date: IsoDate, viewer: Viewer): string {
  const m = ISO_DATE.exec(date);
  if (!m) return date;
  const sameYear = viewer.today.slice(0, 4) === m[1];
  try {
    // A calendar day has no zone: word it as the UTC midnight it is stored as.
    return new Intl.DateTimeFormat(viewer.locale, {
      timeZone: 'UTC',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      ...(sameYear ? {} : { year: 'numeric' }),
    }).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  } catch {
    return date;
  }
}

/**
 * An instant (milliseconds since the epoch) as date and time in the viewer's zone. Falls back to
 * ISO in UTC when the zone or locale is unknown to Intl.
 *
 * @example formatMoment(Date.UTC(2026, 10, 24, 8, 30), { locale: 'en-GB', timeZone: 'Europe/Paris', today: '2026-11-24' }) // 'Tue 24 Nov, 09:30'
 */
export function formatMoment(ms: number, viewer: Viewer): string {
  if (!Number.isFinite(ms)) return '';
  try {
    return new Intl.DateTimeFormat(viewer.locale, {
      timeZone: viewer.timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      ...hourCycleFor(viewer.locale),
    }).format(ms);
  } catch {
    return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
}

/**
 * The time of day of an instant in the viewer's zone and clock. Falls back to HH:MM UTC.
 *
 * @example formatTime(Date.UTC(2026, 10, 24, 8, 30), { locale: 'en', timeZone: 'Europe/Paris', today: '2026-11-24' }) // '09:30'
 * @example formatTime(Date.UTC(2026, 10, 24, 8, 30), { locale: 'en-US', timeZone: 'Europe/Paris', today: '2026-11-24' }) // '9:30 AM'
 */
export function formatTime(ms: number, viewer: Viewer): string {
  if (!Number.isFinite(ms)) return '';
  try {
    const options = { timeZone: viewer.timeZone, ...hourCycleFor(viewer.locale) };
    const cycle = new Intl.DateTimeFormat(viewer.locale, { ...options, hour: 'numeric' }).resolvedOptions()
      .hourCycle;
    // A 24-hour clock reads 07:30, a 12-hour one 7:30 AM.
    const hour = cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
    return new Intl.DateTimeFormat(viewer.locale, { ...options, hour, minute: '2-digit' }).format(ms);
  } catch {
    return `${new Date(ms).toISOString().slice(11, 16)} UTC`;
  }
}

/**
 * An instant as a person says it: its day where the viewer is (today, tomorrow… or the day) and
 * its time on the viewer's clock.
 *
 * @example whenMoment(Date.UTC(2026, 10, 25, 9, 0), { locale: 'en', timeZone: 'Europe/Paris', today: '2026-11-24' }) // 'tomorrow at 10:00'
 * @example whenMoment(Date.UTC(2026, 10, 27, 9, 0), { locale: 'en-US', timeZone: 'Europe/Paris', today: '2026-11-24' }) // 'Fri, Nov 27 at 10:00 AM'
 */
export function whenMoment(ms: number, viewer: Viewer): string {
  if (!Number.isFinite(ms)) return '';
  return `${whenDay(dateIn(ms, viewer.timeZone), viewer)} at ${formatTime(ms, viewer)}`;
}

/**
 * A meeting as cards and toasts name it: day and time when its start is known, else its day.
 *
 * @example whenMeeting('2026-11-25', Date.UTC(2026, 10, 25, 9, 0), viewer) // 'tomorrow at 10:00'
 * @example whenMeeting('2026-11-25', null, viewer) // 'tomorrow'
 */
export function whenMeeting(day: IsoDate, start: number | null, viewer: Viewer): string {
  return start !== null && Number.isFinite(start) ? whenMoment(start, viewer) : whenDay(day, viewer);
}

/**
 * Whole days from `from` to `to` (both YYYY-MM-DD); null when either is not a date.
 *
 * @example daysFrom('2026-11-20', '2026-11-24') // 4
 */
export function daysFrom(from: IsoDate, to: IsoDate): number | null {
  const a = ISO_DATE.exec(from);
  const b = ISO_DATE.exec(to);
  if (!a || !b) return null;
  const ms = (x: RegExpExecArray) => Date.UTC(Number(x[1]), Number(x[2]) - 1, Number(x[3]));
  return Math.round((ms(b) - ms(a)) / DAY_MS);
}

/**
 * A day relative to today when near, else the day itself.
 *
 * @example whenDay('2026-11-24', { ...viewer, today: '2026-11-24' }) // 'today'
 * @example whenDay('2026-11-25', { ...viewer, today: '2026-11-24' }) // 'tomorrow'
 */
export function whenDay(date: IsoDate, viewer: Viewer): string {
  const days = daysFrom(viewer.today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return formatDay(date, viewer);
}

/**
 * How often a pair meets, in words.
 *
 * @example howOften(7) // 'every week'
 * @example howOften(14) // 'every 2 weeks'
 * @example howOften(10) // 'every 10 days'
 */
export function howOften(days: number): string {
  if (days <= 1) return 'every day';
  if (days === 7) return 'every week';
  if (days % 7 === 0 && days <= 56) return `every ${days / 7} weeks`;
  if (days >= 28 && days <= 31) return 'every month';
  return `every ${days} days`;
}

/**
 * Text cut to at most `max` characters (code points), at a word boundary when one is near, with an
 * ellipsis: for a card line that must not grow to a paragraph. The doc keeps the full text.
 *
 * @example clampText('send the design doc to Priya and the whole platform team', 30) // 'send the design doc to Priya…'
 * @example clampText('short', 30) // 'short'
 */
export function clampText(text: string, max: number): string {
  const points = Array.from(text);
  if (points.length <= max) return text;
  const cut = points.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  const head = space >= cut.length * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.·-]+$/, '')}…`;
}

/**
 * A count with its noun.
 *
 * @example plural(1, 'open item') // '1 open item'
 * @example plural(3, 'open item') // '3 open items'
 */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}

/**
 * What the card calls a person: their name, else their email.
 *
 * @example displayName({ email: 'bob@x.com', name: 'Bob Okafor' }) // 'Bob Okafor'
 * @example displayName({ email: 'bob@x.com' }) // 'bob@x.com'
 */
export function displayName(person: Person): string {
  const name = person.name?.trim();
  return name ? name : person.email;
}
