// The period review notes cover: the last 3, 6 or 12 months up to today, or custom dates the user
// picked, checked (both given, from 2000 on, in order, not in the future, at most two years). Pure: today is an argument.
import type { ReviewPeriod } from '../cards/inputs';
import type { ReviewProblem } from '../cards/view-models';

/** The longest period a review covers; longer reviews are many reviews. */
export const MAX_REVIEW_YEARS = 2;
/** The earliest year a review may start: Google Docs is younger, so anything before is a typo. */
export const EARLIEST_REVIEW_YEAR = 2000;

const MONTHS: Readonly<Record<Exclude<ReviewPeriod, 'custom'>, number>> = {
  lastQuarter: 3,
  lastHalf: 6,
  lastYear: 12,
};
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type PeriodCheck =
  | { readonly ok: true; readonly start: string; readonly end: string }
  | { readonly ok: false; readonly problem: ReviewProblem };

function parts(date: string): [number, number, number] | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(0);
  check.setUTCFullYear(y, mo - 1, d); // Date.UTC would read years 0–99 as 1900–1999
  return check.getUTCMonth() === mo - 1 && check.getUTCDate() === d ? [y, mo, d] : null;
}

/**
 * The date `months` months before `date`, on the same day of the month or the month's last day.
 *
 * @example monthsBefore('2026-05-31', 3) // '2026-02-28'
 */
export function monthsBefore(date: string, months: number): string {
  const p = parts(date);
  if (!p) throw new RangeError(`monthsBefore needs a YYYY-MM-DD date, got "${date.slice(0, 20)}"`);
  const [y, m, d] = p;
  const firstOfTarget = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(d, lastDay));
  return firstOfTarget.toISOString().slice(0, 10);
}

/**
 * The dates a review covers, both included, or what is wrong with the choice.
 *
 * @example resolvePeriod('lastQuarter', null, null, '2026-11-23') // { ok: true, start: '2026-08-23', end: '2026-11-23' }
 * @example resolvePeriod('custom', '2026-11-01', '2026-10-01', '2026-11-23') // { ok: false, problem: { kind: 'endBeforeStart' } }
 */
export function resolvePeriod(
  period: ReviewPeriod,
  start: string | null,
  end: string | null,
  today: string,
): PeriodCheck {
  if (period !== 'custom') return { ok: true, start: monthsBefore(today, MONTHS[period]), end: today };
  if (!start || !end || !parts(start) || !parts(end)) return { ok: false, problem: { kind: 'missingDates' } };
  if (Number(start.slice(0, 4)) < EARLIEST_REVIEW_YEAR || Number(end.slice(0, 4)) < EARLIEST_REVIEW_YEAR) {
    return { ok: false, problem: { kind: 'tooEarly', earliestYear: EARLIEST_REVIEW_YEAR } };
  }
  if (end < start) return { ok: false, problem: { kind: 'endBeforeStart' } };
  if (start > today || end > today) return { ok: false, problem: { kind: 'inFuture' } };
  if (monthsBefore(end, 12 * MAX_REVIEW_YEARS) > start) {
    return { ok: false, problem: { kind: 'tooLong', maxYears: MAX_REVIEW_YEARS } };
  }
  return { ok: true, start, end };
}
