// Calendar dates as the agenda doc writes them: `YYYY-MM-DD`, no time, no time zone.
// Pure string rules; the clock is never read here.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LEADING_ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?!\d)/;

/**
 * Whether `text` is exactly a real calendar date written `YYYY-MM-DD` (proleptic Gregorian).
 *
 * @example
 * isIsoDate('2026-11-24') // true
 * isIsoDate('2026-02-30') // false: February has no 30th
 * isIsoDate('2026-13-45') // false
 */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The real date a text starts with, or null. The date must not run on into more digits.
 *
 * @example
 * leadingIsoDate('2026-11-24 · Tuesday') // '2026-11-24'
 * leadingIsoDate('2026-13-45 · Tuesday') // null
 * leadingIsoDate('Notes 2026-11-24')     // null
 */
export function leadingIsoDate(text: string): string | null {
  const match = LEADING_ISO_DATE.exec(text);
  const date = match?.[1];
  return date !== undefined && isIsoDate(date) ? date : null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
