// A person's changes in Google Calendar, as the playground offers them: move or cancel one
// occurrence, add a guest to a series, swap one guest for another, save files an add-on attached.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { dateToWall, formatDateTime, wallToInstant } from '../emulator/calendar/time';
import type { Workspace } from '../emulator/workspace';

type Event = calendar_v3.Schema$Event;

/** A change the event cannot take as asked (not a timed event, guest not there…). */
export class CalendarChangeError extends Error {
  override readonly name = 'CalendarChangeError';
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

function calendarAs(ws: Workspace, user: string) {
  return ws.calendar.service(ws.personContext(user));
}

/** The series an event belongs to (itself when it is not an occurrence). */
function seriesOf(ws: Workspace, user: string, eventId: string): Event {
  const calendar = calendarAs(ws, user);
  const event = calendar.Events.get('primary', eventId);
  return event.recurringEventId ? calendar.Events.get('primary', event.recurringEventId) : event;
}

/**
 * Moves one occurrence (or a single event) to a new local start time, keeping its length.
 * @example moveOccurrence(ws, 'alice@example.com', 'bob1on1_20261027T090000Z', '2026-10-28T15:00')
 */
export function moveOccurrence(ws: Workspace, user: string, eventId: string, startLocal: string): Event {
  const m = LOCAL_DATE_TIME.exec(startLocal);
  if (!m?.[1] || Number.isNaN(dateToWall(m[1])) || Number(m[2]) > 23 || Number(m[3]) > 59) {
    throw new CalendarChangeError(
      startLocal.trim() === ''
        ? 'Choose the new date and time first.'
        : `"${startLocal}" is not a date and time: choose one in the picker (the API takes YYYY-MM-DDTHH:MM).`,
    );
  }
  const calendar = calendarAs(ws, user);
  const event = calendar.Events.get('primary', eventId);
  if (!event.start?.dateTime || !event.end?.dateTime) {
    throw new CalendarChangeError('only timed events can be moved here (this one is all-day)');
  }
  const timeZone = ws.user(user).timeZone;
  const length = Date.parse(event.end.dateTime) - Date.parse(event.start.dateTime);
  const wall = dateToWall(m[1]) + (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  const start = wallToInstant(timeZone, wall);
  return calendar.Events.patch(
    {
      start: { dateTime: formatDateTime(start, timeZone), timeZone },
      end: { dateTime: formatDateTime(start + length, timeZone), timeZone },
    },
    'primary',
    eventId,
  );
}

/** Cancels one occurrence (or a single event), as "Delete → This event" does. */
export function cancelOccurrence(ws: Workspace, user: string, eventId: string): void {
  calendarAs(ws, user).Events.remove('primary', eventId);
}

function patchAttendees(
  ws: Workspace,
  user: string,
  series: Event,
  attendees: calendar_v3.Schema$EventAttendee[],
): Event {
  return calendarAs(ws, user).Events.patch({ attendees }, 'primary', series.id ?? '');
}

/** Adds a guest to the whole series the event belongs to. */
export function addAttendee(ws: Workspace, user: string, eventId: string, email: string): Event {
  const series = seriesOf(ws, user, eventId);
  const attendees = series.attendees ?? [];
  const wanted = email.toLowerCase();
  if (attendees.some((a) => a.email?.toLowerCase() === wanted)) {
    throw new CalendarChangeError(`${email} is already a guest of this event`);
  }
  const known = ws.users.find((u) => u.email === wanted);
  return patchAttendees(ws, user, series, [
    ...attendees,
    { email: wanted, ...(known ? { displayName: known.name } : {}), responseStatus: 'needsAction' },
  ]);
}

/** Replaces one guest of the whole series with another person (a report handed to a new manager…). */
export function replaceAttendee(
  ws: Workspace,
  user: string,
  eventId: string,
  from: string,
  to: string,
): Event {
  const series = seriesOf(ws, user, eventId);
  const attendees = series.attendees ?? [];
  const leaving = from.toLowerCase();
  const joining = to.toLowerCase();
  if (!attendees.some((a) => a.email?.toLowerCase() === leaving)) {
    throw new CalendarChangeError(`${from} is not a guest of this event`);
  }
  if (attendees.some((a) => a.email?.toLowerCase() === joining)) {
    throw new CalendarChangeError(`${to} is already a guest of this event`);
  }
  const known = ws.users.find((u) => u.email === joining);
  return patchAttendees(
    ws,
    user,
    series,
    attendees.map((a) =>
      a.email?.toLowerCase() === leaving
        ? { email: joining, ...(known ? { displayName: known.name } : {}), responseStatus: 'needsAction' }
        : a,
    ),
  );
}

/** Saving attachments a card added to the open event (what the event editor's Save does). */
export { addAttachments, type AddonAttachment } from '../emulator/open-event-edits';
