// The emulator's one home for time zones, built on Intl: the fields of an instant in a zone, the instant
// of a wall-clock time, Java-style zone names. Used by formatDate, clock triggers, Calendar and worlds.

export interface ZonedFields {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Offset from UTC in minutes (east positive), e.g. 60 for Paris in winter. */
  offsetMinutes: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const fieldFormats = new Map<string, Intl.DateTimeFormat>();
const FIXED_OFFSET = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/;

const knownZones = new Map<string, boolean>();

/** True when Intl knows the IANA zone (e.g. Europe/Paris, Etc/UTC). Asked once per zone: a formatter is costly. */
export function isIanaTimeZone(timeZone: string): boolean {
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(timeZone, known);
  }
  return known;
}

/**
 * The calendar date (YYYY-MM-DD) of an instant in a zone.
 * @example localDate(Date.parse('2026-11-03T07:00:00Z'), 'America/Los_Angeles') // '2026-11-02'
 */
export function localDate(ms: number, timeZone: string): string {
  const { year, month, day } = zonedFields(ms, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a zone as Java's TimeZone.getTimeZone does: an IANA id, or a custom "GMT+hh:mm" id; anything
 * else falls back to GMT, as Java (and so Apps Script) does.
 * @example resolveTimeZone('GMT+2') // { kind: 'fixed', offsetMinutes: 120, id: 'GMT+02:00' }
 */
export function resolveTimeZone(
  timeZone: string,
): { kind: 'iana'; id: string } | { kind: 'fixed'; offsetMinutes: number; id: string } {
  const fixed = FIXED_OFFSET.exec(timeZone);
  if (fixed) {
    const sign = fixed[1] === '-' ? -1 : 1;
    const hours = Number(fixed[2]);
    const minutes = Number(fixed[3] ?? '0');
    return {
      kind: 'fixed',
      offsetMinutes: sign * (hours * 60 + minutes),
      id: `GMT${formatOffset(sign * (hours * 60 + minutes), ':')}`,
    };
  }
  if (isIanaTimeZone(timeZone)) return { kind: 'iana', id: timeZone };
  return { kind: 'fixed', offsetMinutes: 0, id: 'GMT' };
}

function fieldFormat(timeZone: string): Intl.DateTimeFormat {
  let format = fieldFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    fieldFormats.set(timeZone, format);
  }
  return format;
}

/**
 * The wall-clock fields of an instant in a zone.
 * @example zonedFields(Date.parse('2026-03-29T01:30:00Z'), 'Europe/Paris').hour // 3 (CEST)
 */
export function zonedFields(ms: number, timeZone: string): ZonedFields {
  const zone = resolveTimeZone(timeZone);
  if (zone.kind === 'fixed') {
    const shifted = new Date(ms + zone.offsetMinutes * 60_000);
    return {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
      millisecond: shifted.getUTCMilliseconds(),
      weekday: shifted.getUTCDay(),
      offsetMinutes: zone.offsetMinutes,
    };
  }
  const parts: Record<string, string> = {};
  for (const part of fieldFormat(zone.id).formatToParts(new Date(ms))) parts[part.type] = part.value;
  const fields = {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
  const asUtc = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
    fields.millisecond,
  );
  return { ...fields, offsetMinutes: Math.round((asUtc - ms) / 60_000) };
}

/**
 * The instant a wall-clock time happens in a zone. A time skipped by a spring-forward change
 * resolves to the instant one offset later (02:30 on a skipped day → 03:30), as Java's lenient
 * calendar does; a repeated autumn time resolves to its first occurrence.
 * @example wallClockToInstant(2026, 11, 23, 9, 0, 'Europe/Paris') // Date.parse('2026-11-23T08:00:00Z')
 */
export function wallClockToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const before = zonedFields(asUtc - 14 * 3_600_000, timeZone).offsetMinutes;
  const after = zonedFields(asUtc + 14 * 3_600_000, timeZone).offsetMinutes;
  // The offset in force before the change first, so a repeated hour resolves to its first occurrence.
  for (const offset of [before, after]) {
    const candidate = asUtc - offset * 60_000;
    if (zonedFields(candidate, timeZone).offsetMinutes === offset) return candidate;
  }
  // A skipped time: read it with the old offset, which lands one change later.
  return asUtc - before * 60_000;
}

/** "+0100" with no separator, "+01:00" with ":". */
export function formatOffset(offsetMinutes: number, separator: '' | ':'): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}${separator}${mm}`;
}

/**
 * A short zone name as Java's "z" prints it: CET/CEST, PST/PDT, UTC, else "GMT+05:30".
 * @example shortZoneName(Date.parse('2026-07-01T00:00:00Z'), 'Europe/Paris') // 'CEST'
 */
export function shortZoneName(ms: number, timeZone: string): string {
  const zone = resolveTimeZone(timeZone);
  if (zone.kind === 'fixed')
    return zone.offsetMinutes === 0 ? 'GMT' : `GMT${formatOffset(zone.offsetMinutes, ':')}`;
  // en-US knows the North American abbreviations, en-GB the European ones; both say GMT+x otherwise.
  for (const locale of ['en-US', 'en-GB']) {
    const name = new Intl.DateTimeFormat(locale, { timeZone: zone.id, timeZoneName: 'short' })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value;
    if (name && !/^GMT[+-]/.test(name)) return name;
  }
  return `GMT${formatOffset(zonedFields(ms, zone.id).offsetMinutes, ':')}`;
}

/** A long zone name, e.g. "Central European Standard Time" (Java's "zzzz"). */
export function longZoneName(ms: number, timeZone: string): string {
  const zone = resolveTimeZone(timeZone);
  if (zone.kind === 'fixed') return zone.offsetMinutes === 0 ? 'Greenwich Mean Time' : zone.id;
  return (
    new Intl.DateTimeFormat('en-US', { timeZone: zone.id, timeZoneName: 'long' })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value ?? zone.id
  );
}

/** Adds days to a calendar date (no zone involved). */
export function addDays(
  year: number,
  month: number,
  day: number,
  days: number,
): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** True for a Date from any realm (the bundle's vm context has its own Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
