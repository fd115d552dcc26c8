// Watches what each person's Tandem writes, for the rules of a pair with two installs (design §2):
// only the Tandem that keeps a doc (its owner's) writes meeting sections into it, and a Tandem
// changes only series its user organizes — a guest's own attendee comment aside.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { docToLines } from '../../../dev/doc-text';
import type { Workspace } from '../../../dev/emulator/workspace';
import { sectionDates } from './invariants';

type Event = calendar_v3.Schema$Event;

/** Meeting dates a doc gained: each date counted as often as its headings appear. */
function gainedSections(before: string[], after: string[]): string[] {
  const left = [...before];
  const gained: string[] = [];
  for (const date of after) {
    const at = left.indexOf(date);
    if (at >= 0) left.splice(at, 1);
    else gained.push(date);
  }
  return gained;
}

/** Whether `patch` changes nothing but `user`'s own attendee comment on `event`. */
function onlyOwnComment(patch: Event, event: Event, user: string): boolean {
  if (Object.keys(patch).some((key) => key !== 'attendees')) return false;
  const strip = (list: Event['attendees']) =>
    JSON.stringify((list ?? []).map((a) => (a.email?.toLowerCase() === user ? { ...a, comment: null } : a)));
  return strip(patch.attendees) === strip(event.attendees);
}

export class WriteWatch {
  readonly violations: string[] = [];
  /** Doc writes by a Tandem that does not own the doc (the other person's card presses). */
  othersWrites = 0;

  constructor(private readonly ws: Workspace) {
    const docsService = ws.drive.docsService.bind(ws.drive);
    ws.drive.docsService = (ctx) => {
      const service = docsService(ctx);
      if (ctx.actor !== 'app') return service;
      const batchUpdate = service.Documents.batchUpdate.bind(service.Documents);
      service.Documents.batchUpdate = (resource: docs_v1.Schema$BatchUpdateDocumentRequest, documentId) => {
        const owner = ws.drive.file(documentId)?.meta.owners?.[0]?.emailAddress?.toLowerCase();
        if (!owner || owner === ctx.user) return batchUpdate(resource, documentId);
        this.othersWrites++;
        const before = this.sections(documentId);
        try {
          return batchUpdate(resource, documentId);
        } finally {
          const gained = gainedSections(before, this.sections(documentId));
          if (gained.length > 0)
            this.violations.push(
              `${ctx.user}'s Tandem wrote section ${gained.join(', ')} into ${owner}'s doc ${documentId}`,
            );
        }
      };
      return service;
    };
    const calendarService = ws.calendar.service.bind(ws.calendar);
    ws.calendar.service = (ctx) => {
      const service = calendarService(ctx);
      if (ctx.actor !== 'app') return service;
      const { patch, update, remove } = service.Events;
      // Who organizes comes from the patched event itself, so a patch that went through costs no
      // read; only a refused one, or another kind of change, reads the event first.
      service.Events.patch = (resource, calendarId, eventId, args) => {
        let result: Event;
        try {
          result = patch(resource, calendarId, eventId, args);
        } catch (e) {
          this.checkChange(ctx.user, 'patched', calendarId, eventId, resource);
          throw e;
        }
        const organizer = result.organizer?.email?.toLowerCase();
        const onlyAttendees = Object.keys(resource).every((key) => key === 'attendees');
        if (organizer !== ctx.user && !onlyAttendees)
          this.violations.push(
            `${ctx.user}'s Tandem patched ${eventId}, organized by ${organizer ?? 'nobody'}`,
          );
        return result;
      };
      service.Events.update = (resource, calendarId, eventId, args) => {
        this.checkChange(ctx.user, 'updated', calendarId, eventId, null);
        return update(resource, calendarId, eventId, args);
      };
      service.Events.remove = (calendarId, eventId, args) => {
        this.checkChange(ctx.user, 'deleted', calendarId, eventId, null);
        remove(calendarId, eventId, args);
      };
      return service;
    };
  }

  private sections(documentId: string): string[] {
    const document = this.ws.drive.documentJson(documentId);
    return document ? sectionDates(docToLines(document)) : [];
  }

  /** A change to an event its user does not organize is a violation, the user's own comment aside. */
  private checkChange(
    user: string,
    verb: string,
    calendarId: string,
    eventId: string,
    patch: Event | null,
  ): void {
    let event: Event;
    try {
      event = this.ws.calendar
        .service(this.ws.personContext(user))
        .Events.get(calendarId === 'primary' ? user : calendarId, eventId);
    } catch {
      return; // not there for this user: Calendar answers the call itself
    }
    const organizer = event.organizer?.email?.toLowerCase();
    if (organizer === user) return;
    if (patch && onlyOwnComment(patch, event, user)) return;
    this.violations.push(`${user}'s Tandem ${verb} ${eventId}, organized by ${organizer ?? 'nobody'}`);
  }
}
