// Calendar days from ISO 8601 dates, for "how long since growth was last discussed".
// Counts whole days on the date as written, so no time zone or daylight-saving shift applies.

import { DAY_MS } from '../schedule';

const ISO_DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/**
 * The number of days since 1970-01-01 of the date part of an ISO date or date-time, or null
 * when the text is not one (or names a day that does not exist).
 *
 * @example
 * isoDayNumber('1970-01-02')                // 1
 * isoDayNumber('2026-11-24T23:30:00-08:00') // the day of 2026-11-24, as written
 * isoDayNumber('2026-02-30')                // null
 */
export function isoDayNumber(text: string): number | null {
  const match = ISO_DATE_PREFIX.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return Math.round(ms / DAY_MS);
}
