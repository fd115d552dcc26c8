// How one calendar sees an event: its guest copy applied (private properties, reminders, removal),
// `self` flags, dateTimes in the requested zone; and instances of a series made on demand.
import type { CalendarData, Located } from './data';
import { etagFor, htmlLinkFor, seriesStartOf } from './defaults';
import type { Event, EventDateTime } from './model';
import { deepCopy, emailKey, isRecurring } from './model';
import { expandRecurrence, instanceId, parseInstanceId, parseRecurrence } from './recurrence';
import type { Recurrence, SeriesStart } from './recurrence';
import { formatDateTime, instantToWall, parseDateTime, wallToDate, wallToInstant } from './time';

/** A series ready to expand: where it starts, how long each instance lasts, and its rules. */
export interface Series {
  start: SeriesStart & { duration: number };
  recurrence: Recurrence;
  /** The organizer's zone: stored dateTimes carry its offset. */
  calendarZone: string;
}

export function seriesOf(data: CalendarData, master: Event, organizer: string): Series {
  const calendarZone = data.timeZoneOf(organizer);
  const start = seriesStartOf(master, calendarZone);
  return { start, recurrence: parseRecurrence(master.recurrence ?? [], start), calendarZone };
}

/** One instance of `master` starting at wall-clock `startWall`, as Google returns it. */
export function synthesizeInstance(master: Event, series: Series, startWall: number): Event {
  const instance = deepCopy(master);
  delete instance.recurrence;
  const { start } = series;
  instance.id = instanceId(master.id ?? '', start, startWall);
  instance.recurringEventId = master.id ?? null;
  instance.htmlLink = htmlLinkFor(instance.id, master.organizer?.email ?? '');
  if (start.allDay) {
    instance.start = { date: wallToDate(startWall) };
    instance.end = { date: wallToDate(startWall + start.duration) };
  } else {
    const zone = master.start?.timeZone ?? start.timeZone;
    const begin = wallToInstant(start.timeZone, startWall);
    const finish = wallToInstant(start.timeZone, startWall + start.duration);
    instance.start = { dateTime: formatDateTime(begin, series.calendarZone), timeZone: zone };
    instance.end = {
      dateTime: formatDateTime(finish, series.calendarZone),
      timeZone: master.end?.timeZone ?? zone,
    };
  }
  instance.originalStartTime = { ...instance.start };
  return instance;
}

/** What an id names for `viewer`: a stored event, or an instance of a series it shows. */
export interface Resolved extends Located {
  /** The series, when the id names an instance that is not stored as an exception. */
  master?: Event;
}

/**
 * Finds the event or instance `id` names in `viewer`'s calendar; undefined when it shows none.
 * @example resolve(data, 'bob@example.com', 'abc123_20261027T090000Z')?.master?.id // 'abc123'
 */
export function resolve(data: CalendarData, viewer: string, id: string): Resolved | undefined {
  const stored = data.find(viewer, id);
  if (stored) return stored;
  const parsed = parseInstanceId(id);
  if (!parsed) return undefined;
  const base = data.find(viewer, parsed.baseId);
  if (!base || !isRecurring(base.event)) return undefined;
  if (data.calendars.get(base.organizer)?.has(id)) return undefined; // an exception this viewer is not on
  const series = seriesOf(data, base.event, base.organizer);
  if (series.start.allDay !== (parsed.day !== undefined)) return undefined;
  const wall = parsed.day ?? instantToWall(series.start.timeZone, parsed.utc ?? 0);
  if (!expandRecurrence(series.recurrence, series.start, wall).includes(wall)) return undefined;
  return {
    event: synthesizeInstance(base.event, series, wall),
    organizer: base.organizer,
    master: base.event,
  };
}

/** The guest copy that applies to `event` in `viewer`'s calendar (an instance falls back to its series'). */
export function copyFor(data: CalendarData, viewer: string, event: Event) {
  const own = data.copyOf(viewer, event.id ?? '');
  if (own) return own;
  return event.recurringEventId ? data.copyOf(viewer, event.recurringEventId) : undefined;
}

/**
 * The event as `viewer` keeps it, before presentation: a guest sees their own private properties,
 * reminders and colour, never the organizer's; an event they removed reads as cancelled.
 */
export function personalize(data: CalendarData, viewer: string, located: Located): Event {
  const event = deepCopy(located.event);
  if (viewer === located.organizer) return event;
  const copy = copyFor(data, viewer, event);
  const shared = event.extendedProperties?.shared;
  event.extendedProperties = { ...(shared ? { shared } : {}) };
  if (copy?.private && Object.keys(copy.private).length > 0)
    event.extendedProperties.private = { ...copy.private };
  event.reminders = deepCopy(copy?.reminders) ?? { useDefault: true };
  delete event.colorId;
  if (copy?.colorId) event.colorId = copy.colorId;
  if (copy?.hidden) event.status = 'cancelled';
  if (copy && Date.parse(copy.updated) > Date.parse(event.updated ?? '')) {
    event.updated = copy.updated;
    event.etag = copy.etag;
  }
  return event;
}

function inZone(value: EventDateTime | undefined, timeZone: string): EventDateTime | undefined {
  if (!value?.dateTime) return value;
  const instant = parseDateTime(value.dateTime, value.timeZone ?? undefined);
  return Number.isNaN(instant) ? value : { ...value, dateTime: formatDateTime(instant, timeZone) };
}

/**
 * The event exactly as the API returns it to `viewer`: personalized, `self` flags set, dateTimes
 * written with `timeZone`'s offset (the calendar's zone unless the request names one).
 */
export function render(data: CalendarData, viewer: string, located: Located, timeZone: string): Event {
  const event = personalize(data, viewer, located);
  if (event.organizer) {
    event.organizer = { ...event.organizer };
    if (emailKey(event.organizer.email) === viewer) event.organizer.self = true;
  }
  if (event.creator && emailKey(event.creator.email) === viewer)
    event.creator = { ...event.creator, self: true };
  if (event.attendees) {
    event.attendees = event.attendees.map((attendee) => {
      const copy = { ...attendee };
      delete copy.self;
      if (emailKey(attendee.email) === viewer) copy.self = true;
      return copy;
    });
  }
  if (event.extendedProperties && !event.extendedProperties.private && !event.extendedProperties.shared) {
    delete event.extendedProperties;
  }
  event.start = inZone(event.start, timeZone);
  event.end = inZone(event.end, timeZone);
  if (event.originalStartTime) event.originalStartTime = inZone(event.originalStartTime, timeZone);
  return event;
}

/** What a calendar that no longer shows an event gets from sync: only the id is guaranteed. */
export function goneFromView(id: string, seq: number, at: number): Event {
  return { kind: 'calendar#event', etag: etagFor(at, seq), id, status: 'cancelled' };
}
