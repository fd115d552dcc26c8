// events.list and events.instances: parameter checks as Google makes them, filters (time window,
// q, extended properties, event types, updatedMin), ordering, paging, and sync tokens.
import type { ApiContext } from '../context';
import type { CalendarData } from './data';
import { collectAll, collectChanges, EXPANSION_HORIZON_MS, expandSeries, inWindow, spanOf } from './collect';
import type { Scope, Window } from './collect';
import type { Event, Events } from './model';
import { fault, isRecurring } from './model';
import { pageTokenFor, readPageToken, readSyncToken, syncTokenFor } from './sync';
import { formatTimestamp, parseDateTime } from './time';
import { isIanaTimeZone } from '../time-zone';
import { render } from './view';

export interface ListArgs {
  timeMin?: string;
  timeMax?: string;
  singleEvents?: boolean | string;
  orderBy?: string;
  q?: string;
  maxResults?: number | string;
  pageToken?: string;
  syncToken?: string;
  privateExtendedProperty?: string | string[];
  sharedExtendedProperty?: string | string[];
  showDeleted?: boolean | string;
  timeZone?: string;
  updatedMin?: string;
  eventTypes?: string | string[];
  iCalUID?: string;
  originalStart?: string;
}

export const DEFAULT_PAGE_SIZE = 250;
export const MAX_PAGE_SIZE = 2500;

/** Parameters Google refuses alongside syncToken (Params$Resource$Events$List.syncToken doc). */
const NOT_WITH_SYNC_TOKEN = [
  'iCalUID',
  'orderBy',
  'privateExtendedProperty',
  'q',
  'sharedExtendedProperty',
  'timeMin',
  'timeMax',
  'updatedMin',
] as const;

const flag = (value: boolean | string | undefined): boolean => value === true || value === 'true';
const many = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function readTime(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === null) return undefined;
  const instant = parseDateTime(String(value));
  if (Number.isNaN(instant)) {
    fault(400, `Bad Request: ${name} must be an RFC 3339 timestamp with a time zone offset.`, 'invalid');
  }
  return instant;
}

function pageSize(value: number | string | undefined): number {
  const size = value === undefined ? DEFAULT_PAGE_SIZE : Number(value);
  if (!Number.isInteger(size) || size < 1)
    fault(400, `Bad Request: invalid maxResults ${String(value)}.`, 'invalid');
  return Math.min(size, MAX_PAGE_SIZE);
}

function readWindow(args: ListArgs): Window {
  const window = { min: readTime('timeMin', args.timeMin), max: readTime('timeMax', args.timeMax) };
  if (window.min !== undefined && window.max !== undefined && window.max <= window.min) {
    fault(400, 'The specified time range is empty.', 'timeRangeEmpty');
  }
  return window;
}

function scopeFor(
  ctx: ApiContext,
  data: CalendarData,
  viewer: string,
  args: ListArgs,
  window: Window,
): Scope {
  const timeZone = args.timeZone && isIanaTimeZone(args.timeZone) ? args.timeZone : data.timeZoneOf(viewer);
  const from = Math.max(ctx.now(), window.min ?? ctx.now());
  return {
    viewer,
    timeZone,
    singleEvents: flag(args.singleEvents),
    showDeleted: flag(args.showDeleted) || args.updatedMin !== undefined,
    window,
    until: window.max ?? from + EXPANSION_HORIZON_MS,
  };
}

function propertiesMatch(found: Record<string, string> | undefined, wanted: string[]): boolean {
  return wanted.every((pair) => {
    const at = pair.indexOf('=');
    const [key, value] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    return found?.[key] === value;
  });
}

/** Free text over summary, description, location, attendees' and organizer's names and emails. */
function matchesText(event: Event, q: string): boolean {
  const haystack = [
    event.summary,
    event.description,
    event.location,
    event.organizer?.displayName,
    event.organizer?.email,
    ...(event.attendees ?? []).flatMap((attendee) => [attendee.displayName, attendee.email]),
  ]
    .filter((text): text is string => typeof text === 'string')
    .join('\n')
    .toLowerCase();
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => haystack.includes(term));
}

function filterItems(items: Event[], args: ListArgs): Event[] {
  const privates = many(args.privateExtendedProperty);
  const shareds = many(args.sharedExtendedProperty);
  const types = many(args.eventTypes);
  const updatedMin = readTime('updatedMin', args.updatedMin);
  return items.filter(
    (event) =>
      (!args.q || matchesText(event, args.q)) &&
      propertiesMatch(event.extendedProperties?.private, privates) &&
      propertiesMatch(event.extendedProperties?.shared, shareds) &&
      (types.length === 0 || types.includes(event.eventType ?? 'default')) &&
      (updatedMin === undefined || Date.parse(event.updated ?? '') >= updatedMin) &&
      (!args.iCalUID || event.iCalUID === args.iCalUID),
  );
}

function sortItems(items: Event[], orderBy: string | undefined, byStart: boolean, timeZone: string): Event[] {
  const key = (event: Event): number =>
    orderBy === 'updated' ? Date.parse(event.updated ?? '') : spanOf(event, timeZone).start;
  if (!orderBy && !byStart) return items;
  return [...items].sort((a, b) => key(a) - key(b) || (a.id ?? '').localeCompare(b.id ?? ''));
}

function page(
  data: CalendarData,
  viewer: string,
  all: Event[],
  args: ListArgs,
  seq: number,
  offset: number,
  withSyncToken: boolean,
  now: number,
): Events {
  const size = pageSize(args.maxResults);
  const items = all.slice(offset, offset + size);
  const latest = Math.max(
    ...all.map((event) => Date.parse(event.updated ?? '')).filter((t) => !Number.isNaN(t)),
  );
  const result: Events = {
    kind: 'calendar#events',
    etag: `"${seq}"`,
    summary: viewer,
    updated: formatTimestamp(Number.isFinite(latest) ? latest : now),
    timeZone: data.timeZoneOf(viewer),
    accessRole: 'owner',
    defaultReminders: [],
    items,
  };
  if (offset + size < all.length) result.nextPageToken = pageTokenFor(offset + size, seq);
  else if (withSyncToken) result.nextSyncToken = syncTokenFor(data, viewer, seq);
  return result;
}

/** events.list on the caller's calendar. */
export function listEvents(data: CalendarData, ctx: ApiContext, calendarId: string, args: ListArgs): Events {
  const viewer = data.ownCalendar(ctx, calendarId);
  if (args.syncToken !== undefined) {
    for (const name of NOT_WITH_SYNC_TOKEN) {
      if (args[name] !== undefined)
        fault(400, `Bad Request: syncToken cannot be combined with ${name}.`, 'invalid');
    }
  }
  if (args.orderBy !== undefined && args.orderBy !== 'startTime' && args.orderBy !== 'updated') {
    fault(400, `Bad Request: invalid orderBy ${String(args.orderBy)}.`, 'invalid');
  }
  if (args.orderBy === 'startTime' && !flag(args.singleEvents)) {
    fault(400, 'The requested ordering is not available for the particular query.', 'invalid');
  }
  const scope = scopeFor(ctx, data, viewer, args, readWindow(args));
  pageSize(args.maxResults);
  const since = args.syncToken !== undefined ? readSyncToken(data, viewer, args.syncToken) : undefined;
  const position = args.pageToken ? readPageToken(args.pageToken) : { offset: 0, seq: data.state.seq };
  const now = ctx.now();
  const collected = since === undefined ? collectAll(data, scope) : collectChanges(data, scope, since, now);
  const items = sortItems(
    filterItems(collected, args),
    args.orderBy,
    scope.singleEvents && since === undefined,
    scope.timeZone,
  );
  return page(data, viewer, items, args, position.seq, position.offset, true, now);
}

/** events.instances: the instances of one series in the caller's calendar, exceptions applied. */
export function listInstances(
  data: CalendarData,
  ctx: ApiContext,
  calendarId: string,
  eventId: string,
  args: ListArgs,
): Events {
  const viewer = data.ownCalendar(ctx, calendarId);
  const located = data.find(viewer, eventId);
  if (!located) fault(404, 'Not Found', 'notFound');
  const scope = scopeFor(ctx, data, viewer, args, readWindow(args));
  const position = args.pageToken ? readPageToken(args.pageToken) : { offset: 0, seq: data.state.seq };
  const master = render(data, viewer, located, scope.timeZone);
  let items: Event[] = [];
  if (!isRecurring(located.event)) items = [master];
  else if (master.status !== 'cancelled') {
    const exceptions = [...(data.calendars.get(located.organizer)?.values() ?? [])]
      .filter((event) => event.recurringEventId === eventId)
      .filter((event) => data.find(viewer, event.id ?? '') !== undefined);
    items = [...expandSeries(data, located, scope.until), ...exceptions]
      .map((event) => render(data, viewer, { event, organizer: located.organizer }, scope.timeZone))
      .filter((event) => scope.showDeleted || event.status !== 'cancelled')
      .filter((event) => inWindow(event, scope.window, scope.timeZone));
  }
  if (args.originalStart !== undefined) {
    const wanted = readTime('originalStart', args.originalStart);
    items = items.filter(
      (event) => spanOf({ start: event.originalStartTime }, scope.timeZone).start === wanted,
    );
  }
  items = sortItems(items, undefined, true, scope.timeZone);
  return page(data, viewer, items, args, position.seq, position.offset, false, ctx.now());
}
