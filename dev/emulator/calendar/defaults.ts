// What Google fills in and checks on every stored event: ids, etags, links, organizer, default
// statuses, and the validation of start/end, time zones, recurrence and attachments.
import type { Event, EventDateTime } from './model';
import { emailKey, fault, isRecurring } from './model';
import { parseRecurrence, RecurrenceError } from './recurrence';
import type { SeriesStart } from './recurrence';
import { dateToWall, formatDateTime, formatTimestamp, instantToWall, parseDateTime } from './time';
import { isIanaTimeZone } from '../time-zone';

/** Google's cap on attachments per event (Schema$Event.attachments: "at most 25"). */
export const MAX_ATTACHMENTS = 25;

const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';

/**
 * base32hex (RFC 2938 §3.1.2 alphabet, lower-case, no padding) of a text's UTF-8 bytes.
 * @example toBase32Hex('ev1') // 'clr32'
 */
export function toBase32Hex(text: string): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32HEX[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32HEX[(value << (5 - bits)) & 31];
  return out;
}

/**
 * Whether a client-chosen event id is one Google accepts: base32hex characters, 5 to 1024 long.
 * @example isValidEventId('tandem0001') // true; isValidEventId('Tandem-1') // false
 */
export function isValidEventId(id: string): boolean {
  return /^[a-v0-9]{5,1024}$/.test(id);
}

/** Google's etags are quoted numbers that change on every write. */
export function etagFor(updatedMs: number, seq: number): string {
  return `"${2 * (updatedMs * 1000 + (seq % 1000))}"`;
}

/** Calendar's web link: `eid` is base64 of "<event id> <calendar id>". */
export function htmlLinkFor(eventId: string, calendarId: string): string {
  const eid = Buffer.from(`${eventId} ${calendarId}`, 'utf8').toString('base64').replace(/=+$/, '');
  return `https://www.google.com/calendar/event?eid=${eid}`;
}

/** Drive file id of a Drive or Docs URL, as Google derives attachments' read-only fileId. */
export function driveFileIdOf(url: string): string | undefined {
  return /\/d\/([A-Za-z0-9_-]{10,})/.exec(url)?.[1] ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(url)?.[1];
}

/** Checks and completes attachments; Google keeps at most 25 and needs a fileUrl on each. */
export function prepareAttachments(attachments: Event['attachments']): Event['attachments'] {
  if (attachments === undefined || attachments === null) return undefined;
  if (attachments.length > MAX_ATTACHMENTS) {
    fault(
      400,
      `An event can have at most ${MAX_ATTACHMENTS} attachments (got ${attachments.length}).`,
      'invalid',
    );
  }
  return attachments.map((attachment) => {
    if (!attachment.fileUrl) fault(400, 'Missing attachment file URL.', 'required');
    // fileId is read-only: Calendar derives it from fileUrl, whatever a caller sent.
    const { fileId: _sent, ...rest } = attachment;
    const fileId = driveFileIdOf(attachment.fileUrl);
    return fileId ? { ...rest, fileId } : { ...rest };
  });
}

/** An event's time: instants for timed events, floating midnights for all-day ones. */
export interface Timing {
  allDay: boolean;
  start: number;
  end: number;
}

function readTime(value: EventDateTime | undefined, which: 'start' | 'end', zone?: string | null): number {
  if (!value || (!value.date && !value.dateTime)) fault(400, `Missing ${which} time.`, 'required');
  if (value.timeZone && !isIanaTimeZone(value.timeZone)) {
    fault(400, `Invalid time zone definition for ${which} time.`, 'invalid');
  }
  if (value.date) {
    const wall = dateToWall(value.date);
    if (Number.isNaN(wall)) fault(400, `Invalid ${which} time.`, 'invalid');
    return wall;
  }
  const text = value.dateTime ?? '';
  const instant = parseDateTime(text, value.timeZone ?? zone ?? undefined);
  if (Number.isNaN(instant)) {
    if (!Number.isNaN(parseDateTime(text, 'UTC'))) {
      fault(400, `Missing time zone definition for ${which} time.`, 'required');
    }
    fault(400, `Invalid ${which} time.`, 'invalid');
  }
  return instant;
}

/** Reads and checks start/end the way events.insert/update do. */
export function readTiming(event: Event): Timing {
  const start = readTime(event.start, 'start');
  const end = readTime(event.end, 'end', event.start?.timeZone);
  const allDay = Boolean(event.start?.date);
  if (allDay !== Boolean(event.end?.date)) {
    fault(400, 'Start and end times must either both be date or both be dateTime.', 'invalid');
  }
  if (end < start || (allDay && end === start))
    fault(400, 'The specified time range is empty.', 'timeRangeEmpty');
  return { allDay, start, end };
}

/** Where a series' rules are read: start.timeZone for timed series, the calendar's zone otherwise. */
export function seriesStartOf(event: Event, calendarTimeZone: string): SeriesStart & { duration: number } {
  const timing = readTiming(event);
  if (timing.allDay) {
    return {
      allDay: true,
      timeZone: calendarTimeZone,
      startWall: timing.start,
      duration: timing.end - timing.start,
    };
  }
  const timeZone = event.start?.timeZone ?? calendarTimeZone;
  const startWall = instantToWall(timeZone, timing.start);
  return { allDay: false, timeZone, startWall, duration: instantToWall(timeZone, timing.end) - startWall };
}

/**
 * Checks an event about to be stored and writes its dateTimes in the calendar's offset, as Google
 * returns them. Recurring timed events need start.timeZone; rules must parse.
 */
export function checkEvent(event: Event, calendarTimeZone: string): void {
  const timing = readTiming(event);
  if (isRecurring(event)) {
    if (!timing.allDay && !event.start?.timeZone) {
      fault(400, 'Missing time zone definition for start time.', 'required');
    }
    try {
      parseRecurrence(event.recurrence ?? [], seriesStartOf(event, calendarTimeZone));
    } catch (error) {
      if (error instanceof RecurrenceError) fault(400, 'Invalid recurrence rule.', 'invalid');
      throw error;
    }
  }
  if (!timing.allDay && event.start && event.end) {
    event.start.dateTime = formatDateTime(timing.start, calendarTimeZone);
    event.end.dateTime = formatDateTime(timing.end, calendarTimeZone);
  }
}

export interface Stamp {
  id: string;
  organizer: string;
  creator: string;
  now: number;
  seq: number;
}

/**
 * Fills the fields Google sets on a new event (and on world-file events when loaded), keeping
 * any already there.
 */
export function withDefaults(event: Event, stamp: Stamp): Event {
  const created = event.created ?? formatTimestamp(stamp.now);
  const updated = event.updated ?? created;
  const organizerEmail = emailKey(stamp.organizer);
  const done: Event = {
    kind: 'calendar#event',
    etag: event.etag ?? etagFor(Date.parse(updated), stamp.seq),
    id: stamp.id,
    status: event.status ?? 'confirmed',
    htmlLink: htmlLinkFor(stamp.id, organizerEmail),
    created,
    updated,
    ...event,
  };
  done.id = stamp.id;
  done.htmlLink = htmlLinkFor(stamp.id, organizerEmail);
  done.iCalUID = event.iCalUID ?? `${stamp.id}@google.com`;
  done.sequence = event.sequence ?? 0;
  done.organizer = { ...(event.organizer ?? {}), email: organizerEmail };
  delete done.organizer.self;
  done.creator = { ...(event.creator ?? { email: emailKey(stamp.creator) }) };
  delete done.creator.self;
  done.eventType = event.eventType ?? 'default';
  done.reminders = event.reminders ?? { useDefault: true };
  if (event.attendees) done.attendees = normalizeAttendees(event.attendees, organizerEmail);
  return done;
}

/** The domain of Google Workspace room and equipment calendars (Admin console → Buildings and resources). */
const RESOURCE_DOMAIN = '@resource.calendar.google.com';

/**
 * Attendees as Google stores them: a response status each, the organizer flagged, no `self`, and
 * a room or equipment added by its bare `…@resource.calendar.google.com` address marked
 * `resource: true`, as Google marks it (the caller need not say so).
 */
export function normalizeAttendees(
  attendees: NonNullable<Event['attendees']>,
  organizer: string,
): Event['attendees'] {
  return attendees.map((attendee) => {
    const copy = { ...attendee, responseStatus: attendee.responseStatus ?? 'needsAction' };
    delete copy.self;
    delete copy.organizer;
    if (emailKey(attendee.email) === organizer) copy.organizer = true;
    if (emailKey(attendee.email).endsWith(RESOURCE_DOMAIN)) copy.resource = true;
    return copy;
  });
}
