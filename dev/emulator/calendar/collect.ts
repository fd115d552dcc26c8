// Which items a listing returns before filters and paging: stored events and exceptions, series
// expanded into instances when singleEvents is set, and for incremental sync what changed since.
import type { CalendarData, Located } from './data';
import type { Event } from './model';
import { isRecurring, viewersOf } from './model';
import { expandRecurrence } from './recurrence';
import { DAY, dateToWall, instantToWall, parseDateTime, wallToInstant } from './time';
import { goneFromView, render, seriesOf, synthesizeInstance } from './view';

/**
 * How far an open-ended series is expanded: two years past now (or past timeMin when later).
 * Google documents no horizon; this keeps instances/singleEvents bounded and covers Tandem's needs.
 */
export const EXPANSION_HORIZON_MS = 730 * DAY;

export interface Window {
  /** timeMin: items must end after it. */
  min?: number;
  /** timeMax: items must start before it. */
  max?: number;
}

export interface Scope {
  viewer: string;
  /** The zone dateTimes are rendered in. */
  timeZone: string;
  singleEvents: boolean;
  showDeleted: boolean;
  window: Window;
  /** Instant past which series are not expanded. */
  until: number;
}

/** Start and end instants of a rendered item; all-day dates are read in `timeZone`. */
export function spanOf(event: Event, timeZone: string): { start: number; end: number } {
  const read = (value: Event['start']): number =>
    value?.date
      ? wallToInstant(timeZone, dateToWall(value.date))
      : parseDateTime(value?.dateTime ?? '', value?.timeZone ?? timeZone);
  const start = read(event.start);
  const end = event.end ? read(event.end) : start;
  return { start, end: Number.isNaN(end) ? start : end };
}

export function inWindow(event: Event, window: Window, timeZone: string): boolean {
  const { start, end } = spanOf(event, timeZone);
  if (window.min !== undefined && !(end > window.min)) return false;
  if (window.max !== undefined && !(start < window.max)) return false;
  return true;
}

/** The instances of a series up to `until` that are not stored as exceptions. */
export function expandSeries(data: CalendarData, located: Located, until: number): Event[] {
  const series = seriesOf(data, located.event, located.organizer);
  const untilWall = instantToWall(series.start.timeZone, until) + (series.start.allDay ? DAY : 0);
  const exceptions = data.calendars.get(located.organizer);
  return expandRecurrence(series.recurrence, series.start, untilWall)
    .map((wall) => synthesizeInstance(located.event, series, wall))
    .filter((instance) => !exceptions?.has(instance.id ?? ''));
}

function seriesItems(data: CalendarData, located: Located, scope: Scope, cancelled: boolean): Event[] {
  const items: Event[] = [];
  for (const instance of expandSeries(data, located, scope.until)) {
    const item = render(
      data,
      scope.viewer,
      { event: instance, organizer: located.organizer },
      scope.timeZone,
    );
    if (cancelled) item.status = 'cancelled';
    if (item.status === 'cancelled' && !scope.showDeleted) continue;
    if (inWindow(item, scope.window, scope.timeZone)) items.push(item);
  }
  return items;
}

function masterOf(data: CalendarData, located: Located): Event | undefined {
  return data.calendars.get(located.organizer)?.get(located.event.recurringEventId ?? '');
}

/**
 * Everything a full listing shows, per the showDeleted doc: cancelled events only with
 * showDeleted, except cancelled instances of a live series, which also show when showDeleted and
 * singleEvents are both false.
 */
export function collectAll(data: CalendarData, scope: Scope): Event[] {
  const items: Event[] = [];
  for (const located of data.visibleIn(scope.viewer)) {
    const item = render(data, scope.viewer, located, scope.timeZone);
    const cancelled = item.status === 'cancelled';
    if (located.event.recurringEventId) {
      const master = masterOf(data, located);
      if (master && master.status === 'cancelled') continue;
      if (cancelled && !scope.showDeleted && scope.singleEvents) continue;
      if (inWindow(item, scope.window, scope.timeZone)) items.push(item);
    } else if (isRecurring(located.event)) {
      if (cancelled && !scope.showDeleted) continue;
      if (scope.singleEvents) {
        items.push(...seriesItems(data, located, scope, cancelled));
      } else if (scope.window.min === undefined && scope.window.max === undefined) {
        items.push(item);
      } else {
        const bounded = { ...scope, until: scope.window.max ?? scope.until, showDeleted: true };
        if (seriesItems(data, located, bounded, false).length > 0) items.push(item);
      }
    } else {
      if (cancelled && !scope.showDeleted) continue;
      if (inWindow(item, scope.window, scope.timeZone)) items.push(item);
    }
  }
  return items;
}

/**
 * What changed in the viewer's calendar after change number `since`, oldest change first,
 * deletions included (as status 'cancelled') whatever showDeleted says.
 */
export function collectChanges(data: CalendarData, scope: Scope, since: number, now: number): Event[] {
  const changes = Object.entries(data.state.changes[scope.viewer] ?? {})
    .filter(([, change]) => change.seq > since)
    .sort(([, a], [, b]) => a.seq - b.seq);
  const items: Event[] = [];
  for (const [id, change] of changes) {
    const event = data.calendars.get(change.organizer)?.get(id);
    if (!event || !viewersOf(event).includes(scope.viewer)) {
      items.push(goneFromView(id, change.seq, now));
      continue;
    }
    const located = { event, organizer: change.organizer };
    const item = render(data, scope.viewer, located, scope.timeZone);
    if (scope.singleEvents && isRecurring(event)) {
      const everything = { ...scope, showDeleted: true, window: {} };
      items.push(...seriesItems(data, located, everything, item.status === 'cancelled'));
    } else {
      items.push(item);
    }
  }
  return items;
}
