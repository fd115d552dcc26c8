// events.insert and events.delete, and the commit step every write shares: stamp updated/etag,
// store, log the change in each affected calendar's view, and cancel exceptions a series lost.
import type { ApiContext } from '../context';
import type { CalendarData, ChangeActor, Located } from './data';
import {
  checkEvent,
  etagFor,
  isValidEventId,
  prepareAttachments,
  toBase32Hex,
  withDefaults,
} from './defaults';
import type { Event } from './model';
import { deepCopy, fault, isRecurring, viewersOf } from './model';
import { expandRecurrence } from './recurrence';
import { formatTimestamp, instantToWall, parseDateTime } from './time';
import type { Resolved } from './view';
import { copyFor, personalize, render, resolve, seriesOf } from './view';

export interface WriteArgs {
  supportsAttachments?: boolean;
  sendUpdates?: string;
  conferenceDataVersion?: number;
}

/** Fields the server owns: ignored in request bodies. */
export const READ_ONLY_FIELDS = [
  'kind',
  'etag',
  'htmlLink',
  'created',
  'updated',
  'organizer',
  'creator',
  'recurringEventId',
  'originalStartTime',
  'sequence',
] as const;

/** A request body without the fields the server owns. */
export function cleanInput(body: unknown): Event {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    fault(400, 'Bad Request: missing event resource.');
  const input = deepCopy(body) as Event;
  for (const field of READ_ONLY_FIELDS) delete input[field];
  return input;
}

function timingKey(event: Event): string {
  return JSON.stringify([event.start, event.end, event.recurrence ?? null]);
}

/**
 * Stores `after` in `organizer`'s calendar as one change, and returns every calendar whose view
 * changed (viewers before and after, so a removed guest sees the event go).
 */
export function commit(
  data: CalendarData,
  organizer: string,
  before: Event | undefined,
  after: Event,
  now: number,
): Set<string> {
  const seq = data.nextSeq();
  after.updated = formatTimestamp(now);
  after.etag = etagFor(now, seq);
  if (before && timingKey(before) !== timingKey(after)) after.sequence = (before.sequence ?? 0) + 1;
  const id = after.id ?? '';
  data.organizedBy(organizer).set(id, after);
  const changed = new Set([...(before ? viewersOf(before) : []), ...viewersOf(after)]);
  data.record(changed, id, organizer, seq);
  return changed;
}

function originalWall(exception: Event, timeZone: string): number {
  const original = exception.originalStartTime;
  if (original?.date) return Date.parse(`${original.date}T00:00:00Z`);
  return instantToWall(timeZone, parseDateTime(original?.dateTime ?? '', original?.timeZone ?? undefined));
}

/**
 * After a series changes, its exceptions whose original start it no longer produces (the series
 * was cut by "this and following", moved, or lost its rules) become cancelled.
 */
export function cancelOrphans(
  data: CalendarData,
  organizer: string,
  master: Event,
  now: number,
): Set<string> {
  const changed = new Set<string>();
  const series = isRecurring(master) ? seriesOf(data, master, organizer) : undefined;
  for (const exception of [...data.organizedBy(organizer).values()]) {
    if (exception.recurringEventId !== master.id || exception.status === 'cancelled') continue;
    if (series) {
      const wall = originalWall(exception, series.start.timeZone);
      if (expandRecurrence(series.recurrence, series.start, wall).includes(wall)) continue;
    }
    const after = { ...deepCopy(exception), status: 'cancelled' };
    for (const calendar of commit(data, organizer, exception, after, now)) changed.add(calendar);
  }
  return changed;
}

/** Creates an event in the caller's calendar, as events.insert does. */
export function insertEvent(
  data: CalendarData,
  ctx: ApiContext,
  calendarId: string,
  body: unknown,
  args: WriteArgs,
): Event {
  const calendar = data.ownCalendar(ctx, calendarId);
  const input = cleanInput(body);
  let id: string;
  if (input.id !== undefined && input.id !== null) {
    id = input.id;
    if (!isValidEventId(id)) fault(400, 'Invalid resource id value.', 'invalid');
    if (data.calendars.get(calendar)?.has(id) || data.find(calendar, id)) {
      fault(409, 'The requested identifier already exists.', 'duplicate');
    }
  } else {
    id = newEventId(data, ctx);
  }
  const attachments = args.supportsAttachments ? prepareAttachments(input.attachments) : undefined;
  if (attachments) input.attachments = attachments;
  else delete input.attachments;
  const now = ctx.now();
  const event = withDefaults(input, { id, organizer: calendar, creator: ctx.user, now, seq: 0 });
  checkEvent(event, data.timeZoneOf(calendar));
  const changed = commit(data, calendar, undefined, event, now);
  data.emit(changed, now, ctx.actor);
  return render(data, calendar, { event, organizer: calendar }, data.timeZoneOf(calendar));
}

/** A fresh id in Google's alphabet, never one already in the world. */
function newEventId(data: CalendarData, ctx: ApiContext): string {
  const taken = (id: string) => [...data.calendars.values()].some((events) => events.has(id));
  let id = toBase32Hex(ctx.newId('ev'));
  for (let n = 1; taken(id); n++) id = toBase32Hex(`${ctx.newId('ev')}.${n}`);
  return id;
}

/** Records a guest's own change (their copy only) and tells their calendar. */
export function commitGuestCopy(
  data: CalendarData,
  viewer: string,
  target: Located,
  change: {
    private?: Record<string, string>;
    reminders?: Event['reminders'];
    colorId?: string | null;
    hidden?: boolean;
  },
  now: number,
  actor: ChangeActor,
): void {
  const seq = data.nextSeq();
  const id = target.event.id ?? '';
  const base = copyFor(data, viewer, target.event);
  const copy = {
    ...deepCopy(base ?? {}),
    ...deepCopy(change),
    updated: formatTimestamp(now),
    etag: etagFor(now, seq),
  };
  for (const key of ['private', 'reminders', 'colorId'] as const)
    if (copy[key] === undefined) delete copy[key];
  data.setCopy(viewer, id, copy);
  data.record([viewer], id, target.organizer, seq);
  data.emit([viewer], now, actor);
}

/**
 * Deletes an event, as events.delete does: the organizer cancels it for everyone (status
 * 'cancelled', still returned by get, sync and showDeleted); a guest removes it from their own
 * calendar only. An instance id cancels just that instance (a cancelled exception).
 */
export function removeEvent(data: CalendarData, ctx: ApiContext, calendarId: string, eventId: string): void {
  const viewer = data.ownCalendar(ctx, calendarId);
  const target: Resolved | undefined = resolve(data, viewer, eventId);
  if (!target) fault(404, 'Not Found', 'notFound');
  if (personalize(data, viewer, target).status === 'cancelled')
    fault(410, 'Resource has been deleted', 'deleted');
  const now = ctx.now();
  if (viewer !== target.organizer) {
    commitGuestCopy(data, viewer, target, { hidden: true }, now, ctx.actor);
    return;
  }
  const after = { ...deepCopy(target.event), status: 'cancelled' };
  const changed = commit(data, target.organizer, target.event, after, now);
  data.emit(changed, now, ctx.actor);
}
