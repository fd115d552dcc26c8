// The advanced Calendar service as the add-on sees it (the global `Calendar`): Apps Script's call
// signatures, every call through ctx.call, Google's errors, and deep-copied results.
import type { ApiContext } from '../context';
import { apiError } from '../errors';
import type { CalendarData } from './data';
import { editEvent } from './edit';
import { listEvents, listInstances } from './list';
import type { ListArgs } from './list';
import type { Event, Events } from './model';
import { CalendarFault, deepCopy, fault } from './model';
import { isIanaTimeZone } from '../time-zone';
import { render, resolve } from './view';
import type { WriteArgs } from './writes';
import { insertEvent, removeEvent } from './writes';

export interface GetArgs {
  timeZone?: string;
  maxAttendees?: number;
  alwaysIncludeEmail?: boolean;
}

export interface CalendarService {
  Events: {
    insert(resource: Event, calendarId: string, optionalArgs?: WriteArgs): Event;
    get(calendarId: string, eventId: string, optionalArgs?: GetArgs): Event;
    list(calendarId: string, optionalArgs?: ListArgs): Events;
    instances(calendarId: string, eventId: string, optionalArgs?: ListArgs): Events;
    patch(resource: Event, calendarId: string, eventId: string, optionalArgs?: WriteArgs): Event;
    update(resource: Event, calendarId: string, eventId: string, optionalArgs?: WriteArgs): Event;
    remove(calendarId: string, eventId: string, optionalArgs?: WriteArgs): void;
  };
}

function getEvent(
  data: CalendarData,
  ctx: ApiContext,
  calendarId: string,
  eventId: string,
  args: GetArgs,
): Event {
  const viewer = data.ownCalendar(ctx, calendarId);
  const target = resolve(data, viewer, eventId);
  if (!target) fault(404, 'Not Found', 'notFound');
  const timeZone = args.timeZone && isIanaTimeZone(args.timeZone) ? args.timeZone : data.timeZoneOf(viewer);
  return render(data, viewer, target, timeZone);
}

/** Builds the `Calendar` global for one execution context. */
export function createCalendarService(data: CalendarData, ctx: ApiContext): CalendarService {
  const run = <T>(method: string, body: () => T): T =>
    ctx.call(method, () => {
      try {
        return deepCopy(body());
      } catch (error) {
        if (error instanceof CalendarFault)
          throw apiError(method, error.code, error.googleMessage, error.reason);
        throw error;
      }
    });
  return {
    Events: {
      insert: (resource, calendarId, optionalArgs = {}) =>
        run('calendar.events.insert', () => insertEvent(data, ctx, calendarId, resource, optionalArgs)),
      get: (calendarId, eventId, optionalArgs = {}) =>
        run('calendar.events.get', () => getEvent(data, ctx, calendarId, eventId, optionalArgs)),
      list: (calendarId, optionalArgs = {}) =>
        run('calendar.events.list', () => listEvents(data, ctx, calendarId, optionalArgs)),
      instances: (calendarId, eventId, optionalArgs = {}) =>
        run('calendar.events.instances', () => listInstances(data, ctx, calendarId, eventId, optionalArgs)),
      patch: (resource, calendarId, eventId, optionalArgs = {}) =>
        run('calendar.events.patch', () =>
          editEvent(data, ctx, calendarId, eventId, resource, optionalArgs, 'patch'),
        ),
      update: (resource, calendarId, eventId, optionalArgs = {}) =>
        run('calendar.events.update', () =>
          editEvent(data, ctx, calendarId, eventId, resource, optionalArgs, 'update'),
        ),
      remove: (calendarId, eventId) =>
        run('calendar.events.delete', () => removeEvent(data, ctx, calendarId, eventId)),
    },
  };
}
