// events.patch and events.update: the organizer changes the event for everyone; a guest changes
// only their own copy and response unless the event lets guests modify it (guestsCanModify).
import type { ApiContext } from '../context';
import type { CalendarData, ChangeActor } from './data';
import { checkEvent, normalizeAttendees, prepareAttachments } from './defaults';
import type { Event } from './model';
import { deepCopy, emailKey, fault, isRecurring } from './model';
import { render, resolve, personalize } from './view';
import type { Resolved } from './view';
import type { WriteArgs } from './writes';
import { cancelOrphans, cleanInput, commit, commitGuestCopy, READ_ONLY_FIELDS } from './writes';

type Json = Record<string, unknown>;

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fields replaced whole by a patch even though they are objects (a date must not meet a dateTime). */
const WHOLE_FIELDS = new Set(['start', 'end']);

/**
 * Patch semantics: objects merge key by key, arrays and scalars replace, null clears.
 * @example mergePatch({ a: { x: 1, y: 2 }, l: [1] }, { a: { y: null }, l: [2] }) // { a: { x: 1 }, l: [2] }
 */
export function mergePatch(target: Json, patch: Json, depth = 0): Json {
  const out: Json = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (isPlainObject(value) && isPlainObject(out[key]) && !(depth === 0 && WHOLE_FIELDS.has(key))) {
      out[key] = mergePatch(out[key] as Json, value, depth + 1);
    } else out[key] = deepCopy(value);
  }
  return out;
}

/** JSON with sorted keys, for comparing resources. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** A guest's own fields: kept per calendar by Google. */
function personalPart(event: Event) {
  return {
    private: event.extendedProperties?.private ?? undefined,
    reminders: event.reminders ?? undefined,
    colorId: event.colorId ?? undefined,
  };
}

const RESPONSE_FIELDS = ['responseStatus', 'comment', 'additionalGuests'] as const;

/** Everything everyone sees, minus the guest's own response (which a guest may always change). */
function sharedPart(event: Event, viewer: string): Event {
  const shared = deepCopy(event);
  delete shared.reminders;
  delete shared.colorId;
  if (shared.extendedProperties) {
    delete shared.extendedProperties.private;
    if (!shared.extendedProperties.shared) delete shared.extendedProperties;
  }
  for (const attendee of shared.attendees ?? []) {
    if (emailKey(attendee.email) === viewer) for (const field of RESPONSE_FIELDS) delete attendee[field];
  }
  return shared;
}

function withOwnResponse(event: Event, viewer: string, from: Event): Event {
  const mine = from.attendees?.find((attendee) => emailKey(attendee.email) === viewer);
  if (!mine) return event;
  for (const attendee of event.attendees ?? []) {
    if (emailKey(attendee.email) !== viewer) continue;
    for (const field of RESPONSE_FIELDS) {
      if (mine[field] === undefined) delete attendee[field];
      else (attendee as Json)[field] = mine[field];
    }
    attendee.responseStatus ??= 'needsAction';
  }
  return event;
}

function saveAsOrganizer(
  data: CalendarData,
  target: Resolved,
  next: Event,
  now: number,
  actor: ChangeActor,
): void {
  if (canonical(next) === canonical(target.event)) return;
  const changed = commit(data, target.organizer, target.event, next, now);
  if (isRecurring(target.event) || isRecurring(next)) {
    for (const calendar of cancelOrphans(data, target.organizer, next, now)) changed.add(calendar);
  }
  data.emit(changed, now, actor);
}

function saveAsGuest(
  data: CalendarData,
  viewer: string,
  target: Resolved,
  current: Event,
  next: Event,
  now: number,
  actor: ChangeActor,
) {
  next.status = next.status === current.status ? target.event.status : next.status;
  const sharedChanged = canonical(sharedPart(current, viewer)) !== canonical(sharedPart(next, viewer));
  if (sharedChanged && !target.event.guestsCanModify) {
    fault(
      403,
      'Shared properties can only be changed by the organizer of the event.',
      'forbiddenForNonOrganizer',
    );
  }
  let after = deepCopy(target.event);
  if (sharedChanged) {
    after = sharedPart(next, viewer);
    const organizers = personalPart(target.event);
    if (organizers.private) (after.extendedProperties ??= {}).private = organizers.private;
    if (organizers.reminders) after.reminders = organizers.reminders;
    if (organizers.colorId) after.colorId = organizers.colorId;
    withOwnResponse(after, viewer, target.event);
  }
  withOwnResponse(after, viewer, next);
  if (canonical(after) !== canonical(target.event)) {
    const changed = commit(data, target.organizer, target.event, after, now);
    data.emit(changed, now, actor);
  }
  const personal = personalPart(next);
  if (canonical(personal) !== canonical(personalPart(current))) {
    commitGuestCopy(data, viewer, { event: after, organizer: target.organizer }, personal, now, actor);
  }
}

/**
 * events.patch (`mode` 'patch': merge into the event) and events.update ('update': replace it).
 * Attachments change only with supportsAttachments: true; otherwise they are kept as they were.
 */
export function editEvent(
  data: CalendarData,
  ctx: ApiContext,
  calendarId: string,
  eventId: string,
  body: unknown,
  args: WriteArgs,
  mode: 'patch' | 'update',
): Event {
  const viewer = data.ownCalendar(ctx, calendarId);
  const target = resolve(data, viewer, eventId);
  if (!target) fault(404, 'Not Found', 'notFound');
  const current = personalize(data, viewer, target);
  const incoming = cleanInput(body);
  delete incoming.id;
  if (!args.supportsAttachments) delete incoming.attachments;
  let next: Event;
  if (mode === 'patch') {
    next = mergePatch(current as Json, incoming as Json) as Event;
  } else {
    next = { id: current.id, iCalUID: current.iCalUID, eventType: current.eventType, ...incoming };
    for (const field of READ_ONLY_FIELDS)
      if (current[field] !== undefined) (next as Json)[field] = current[field];
    if (!args.supportsAttachments && current.attachments) next.attachments = current.attachments;
    next.status ??= current.status ?? 'confirmed';
    next.reminders ??= { useDefault: true };
  }
  if (incoming.eventType && incoming.eventType !== current.eventType) {
    fault(400, 'The event type cannot be changed after the event is created.', 'invalid');
  }
  if (target.master || next.recurringEventId) delete next.recurrence;
  if (args.supportsAttachments) {
    const attachments = prepareAttachments(next.attachments);
    if (attachments) next.attachments = attachments;
    else delete next.attachments;
  }
  if (next.attendees) next.attendees = normalizeAttendees(next.attendees, target.organizer);
  const timeZone = data.timeZoneOf(target.organizer);
  checkEvent(next, timeZone);
  const now = ctx.now();
  if (viewer === target.organizer) saveAsOrganizer(data, target, next, now, ctx.actor);
  else saveAsGuest(data, viewer, target, current, next, now, ctx.actor);
  const stored = resolve(data, viewer, eventId);
  if (!stored) return render(data, viewer, { event: next, organizer: target.organizer }, timeZone);
  return render(data, viewer, stored, data.timeZoneOf(viewer));
}
