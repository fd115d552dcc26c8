// Utilities.formatDate: Java SimpleDateFormat patterns (yyyy, MMM, EEEE, HH, a, z, Z, XXX, 'quoted'
// text…) rendered in a time zone with Intl, with English names as Apps Script's server locale gives.
import { AppsScriptException } from './exception';
import { formatOffset, isDate, longZoneName, shortZoneName, zonedFields } from '../time-zone';
import type { ZonedFields } from '../time-zone';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function dayOfYear(f: ZonedFields): number {
  return Math.round((Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86_400_000) + 1;
}

/** One run of a pattern letter, e.g. ('M', 3) → "Nov". */
function field(letter: string, count: number, f: ZonedFields, ms: number, timeZone: string): string {
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[f.month - 1]!;
      if (count === 3) return MONTHS[f.month - 1]!.slice(0, 3);
      return pad(f.month, count);
    case 'd':
      return pad(f.day, count);
    case 'D':
      return pad(dayOfYear(f), count);
    case 'E':
      return count >= 4 ? DAYS[f.weekday]! : DAYS[f.weekday]!.slice(0, 3);
    case 'u':
      return pad(f.weekday === 0 ? 7 : f.weekday, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millisecond, count);
    case 'z':
      return count >= 4 ? longZoneName(ms, timeZone) : shortZoneName(ms, timeZone);
    case 'Z':
      return formatOffset(f.offsetMinutes, '');
    case 'X':
      if (f.offsetMinutes === 0) return 'Z';
      if (count === 1) return formatOffset(f.offsetMinutes, '').slice(0, 3);
      return formatOffset(f.offsetMinutes, count === 2 ? '' : ':');
    default:
      throw new AppsScriptException(`Illegal pattern character '${letter}'`);
  }
}

/**
 * Formats like Apps Script's Utilities.formatDate (Java SimpleDateFormat,
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 * An unknown zone falls back to GMT, as Java's TimeZone does.
 * @example formatDate(new Date('2026-11-24T08:00:00Z'), 'Europe/Paris', "EEEE d MMMM yyyy 'at' HH:mm z")
 *   // 'Tuesday 24 November 2026 at 09:00 CET'
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!isDate(date) || typeof timeZone !== 'string' || typeof pattern !== 'string') {
    const kinds = [date, timeZone, pattern].map((a) =>
      isDate(a) ? 'Date' : typeof a === 'string' ? 'String' : typeof a,
    );
    throw new AppsScriptException(
      `The parameters (${kinds.join(',')}) don't match the method signature for Utilities.formatDate.`,
    );
  }
  const ms = date.getTime();
  const fields = zonedFields(ms, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i]!;
    if (ch === "'") {
      // Quoted text; '' is a literal quote, inside or outside quotes.
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw new AppsScriptException('Unterminated quote');
        if (pattern[j] === "'") {
          if (pattern[j + 1] !== "'") break;
          out += "'";
          j += 2;
          continue;
        }
        out += pattern[j];
        j++;
      }
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let count = 1;
    while (pattern[i + count] === ch) count++;
    out += field(ch, count, fields, ms, timeZone);
    i += count;
  }
  return out;
}
