// The calendar view's model: one user's week as Google Calendar lays it out — timed events placed
// by wall-clock minutes in the user's time zone (daylight-saving days included), all-day events on top.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { DAY, MINUTE, dateToWall, instantToWall, wallToDate, wallToInstant } from '../emulator/calendar/time';
import type { Workspace } from '../emulator/workspace';
import { docIdOfUrl } from './doc-links';

export interface WeekAttendee {
  email: string;
  name: string;
  response: string;
  resource: boolean;
  organizer: boolean;
}

export interface WeekEvent {
  /** The id the user's calendar shows (an instance id for a recurring event). */
  id: string;
  seriesId: string | null;
  summary: string;
  location: string;
  allDay: boolean;
  /** Day columns (0 = Monday) the event covers in this week; timed events: one piece per day. */
  day: number;
  /** Timed: minutes since local midnight of `day`; all-day: 0 and 1440. */
  startMinutes: number;
  endMinutes: number;
  /** All-day: the last day column covered. */
  lastDay: number;
  timeLabel: string;
  start: string;
  end: string;
  organizer: string;
  isOrganizer: boolean;
  myResponse: string;
  attendees: WeekAttendee[];
  attachments: { title: string; url: string; docId: string | null }[];
  /** Attachments a card added to this open event that the person has not saved (Calendar keeps none). */
  unsavedAttachments: { title: string; url: string }[];
  eventType: string;
}

export interface WeekView {
  user: string;
  timeZone: string;
  /** Monday of the week, 'YYYY-MM-DD'. */
  start: string;
  days: { date: string; label: string }[];
  now: string;
  /** Where "now" falls in this week, if it does. */
  nowAt: { day: number; minutes: number } | null;
  events: WeekEvent[];
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Monday of the week holding a date.
 * @example mondayOf('2026-10-25') // '2026-10-19'
 */
export function mondayOf(date: string): string {
  const wall = dateToWall(date);
  const weekday = (new Date(wall).getUTCDay() + 6) % 7;
  return wallToDate(wall - weekday * DAY);
}

const hhmm = (wall: number) => new Date(wall).toISOString().slice(11, 16);

function listWeek(
  ws: Workspace,
  user: string,
  timeMin: number,
  timeMax: number,
  timeZone: string,
): calendar_v3.Schema$Event[] {
  const calendar = ws.calendar.service(ws.personContext(user));
  const events: calendar_v3.Schema$Event[] = [];
  let pageToken: string | undefined;
  do {
    const page = calendar.Events.list('primary', {
      timeMin: new Date(timeMin).toISOString(),
      timeMax: new Date(timeMax).toISOString(),
      singleEvents: true,
      orderBy: 'startTime',
      timeZone,
      maxResults: 2500,
      ...(pageToken ? { pageToken } : {}),
    });
    events.push(...(page.items ?? []));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return events;
}

function common(event: calendar_v3.Schema$Event, user: string) {
  const attendees = (event.attendees ?? []).map((a) => ({
    email: (a.email ?? '').toLowerCase(),
    name: a.displayName ?? a.email ?? '',
    response: a.responseStatus ?? 'needsAction',
    resource: a.resource === true,
    organizer: a.organizer === true,
  }));
  const organizer = (event.organizer?.email ?? '').toLowerCase();
  return {
    id: event.id ?? '',
    seriesId: event.recurringEventId ?? null,
    summary: event.summary ?? '(No title)',
    location: event.location ?? '',
    organizer,
    isOrganizer: organizer === user,
    myResponse:
      attendees.find((a) => a.email === user)?.response ?? (organizer === user ? 'accepted' : 'needsAction'),
    attendees,
    attachments: (event.attachments ?? []).map((a) => ({
      title: a.title ?? a.fileUrl ?? 'attachment',
      url: a.fileUrl ?? '',
      docId: a.fileId ?? docIdOfUrl(a.fileUrl ?? ''),
    })),
    eventType: event.eventType ?? 'default',
  };
}

function place(
  event: calendar_v3.Schema$Event,
  user: string,
  weekWall: number,
  timeZone: string,
): Omit<WeekEvent, 'unsavedAttachments'>[] {
  const base = common(event, user);
  if (event.start?.date) {
    const first = Math.max(0, Math.round((dateToWall(event.start.date) - weekWall) / DAY));
    const endWall = dateToWall(event.end?.date ?? event.start.date);
    const last = Math.min(6, Math.round((endWall - weekWall) / DAY) - 1);
    return [
      {
        ...base,
        allDay: true,
        day: first,
        lastDay: Math.max(first, last),
        startMinutes: 0,
        endMinutes: 1440,
        timeLabel: 'All day',
        start: event.start.date,
        end: event.end?.date ?? event.start.date,
      },
    ];
  }
  const start = Date.parse(event.start?.dateTime ?? '');
  const end = Date.parse(event.end?.dateTime ?? '');
  if (Number.isNaN(start) || Number.isNaN(end)) return [];
  const startWall = instantToWall(timeZone, start);
  const endWall = instantToWall(timeZone, end);
  const pieces: Omit<WeekEvent, 'unsavedAttachments'>[] = [];
  const label = `${hhmm(startWall)} – ${hhmm(endWall)}`;
  for (let day = 0; day < 7; day++) {
    const dayStart = weekWall + day * DAY;
    const from = Math.max(startWall, dayStart);
    const to = Math.min(endWall, dayStart + DAY);
    if (to <= from && !(startWall === endWall && startWall >= dayStart && startWall < dayStart + DAY))
      continue;
    pieces.push({
      ...base,
      allDay: false,
      day,
      lastDay: day,
      startMinutes: Math.round((from - dayStart) / MINUTE),
      endMinutes: Math.round((Math.max(to, from) - dayStart) / MINUTE),
      timeLabel: label,
      start: event.start?.dateTime ?? '',
      end: event.end?.dateTime ?? '',
    });
  }
  return pieces;
}

/**
 * One user's week, Monday to Sunday in their time zone; `start` defaults to the week holding now.
 * Events are read as the person sees them in Google Calendar (not counted as Tandem's calls).
 * @example weekView(ws, 'alice@example.com', '2026-10-19').events[0].summary // 'Team sync'
 */
export function weekView(ws: Workspace, email: string, start?: string): WeekView {
  const user = ws.user(email);
  const timeZone = user.timeZone;
  if (start !== undefined && (!DATE.test(start) || Number.isNaN(dateToWall(start)))) {
    throw new RangeError(`start must be a date YYYY-MM-DD, got "${start}"`);
  }
  const monday = mondayOf(start ?? wallToDate(instantToWall(timeZone, ws.now)));
  const weekWall = dateToWall(monday);
  const timeMin = wallToInstant(timeZone, weekWall);
  const timeMax = wallToInstant(timeZone, weekWall + 7 * DAY);
  const events = listWeek(ws, user.email, timeMin, timeMax, timeZone)
    .flatMap((e) => place(e, user.email, weekWall, timeZone))
    .map((e) => ({
      ...e,
      unsavedAttachments: ws.openEvents
        .pending(user.email, e.id)
        .map((a) => ({ title: a.title ?? a.resourceUrl, url: a.resourceUrl })),
    }));
  const nowWall = instantToWall(timeZone, ws.now);
  const nowDay = Math.floor((nowWall - weekWall) / DAY);
  return {
    user: user.email,
    timeZone,
    start: monday,
    days: WEEKDAYS.map((name, i) => {
      const date = wallToDate(weekWall + i * DAY);
      return { date, label: `${name} ${Number(date.slice(8))}` };
    }),
    now: new Date(ws.now).toISOString(),
    nowAt:
      nowDay >= 0 && nowDay < 7
        ? { day: nowDay, minutes: Math.floor((nowWall - weekWall - nowDay * DAY) / MINUTE) }
        : null,
    events,
  };
}
