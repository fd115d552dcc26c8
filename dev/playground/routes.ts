// The playground's JSON API: one handler per route, each checking its input, acting as the
// person or as Google's add-on host would, and answering JSON. The world is saved after every POST.
import type { z } from 'zod';
import { openEventCard, openHomepage, runAction } from './addon';
import { addAttendee, cancelOccurrence, moveOccurrence, replaceAttendee } from './calendar-changes';
import { weekView } from './calendar-week';
import { advanceClock, clockTarget } from './clock';
import { planEdit } from './doc-edits';
import { docView } from './doc-view';
import { mailboxView } from './mailbox';
import { HttpError } from './http';
import type { Playground } from './playground';
import * as body from './schemas';

export interface RouteInput {
  query: URLSearchParams;
  body: unknown;
}

export interface Route {
  method: 'GET' | 'POST';
  handle(pg: Playground, input: RouteInput): unknown;
}

const GOOGLE_DOC = 'application/vnd.google-apps.document';

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, body.describeIssue(result.error));
  return result.data;
}

function requiredQuery(query: URLSearchParams, name: string): string {
  const value = query.get(name);
  if (!value) throw new HttpError(400, `query parameter "${name}" is required`);
  return value;
}

/** The world user for an email, or a 400 listing who is in the world. */
function userOf(pg: Playground, email: string): string {
  try {
    return pg.ws.user(email).email;
  } catch (e) {
    throw new HttpError(400, (e as Error).message);
  }
}

function readDoc(pg: Playground, user: string, docId: string) {
  return pg.ws.drive.docsService(pg.ws.personContext(user)).Documents.get(docId);
}

function docsOf(pg: Playground, user: string) {
  return pg.ws.drive
    .filesVisibleTo(user)
    .filter((f) => f.mimeType === GOOGLE_DOC && !f.trashed)
    .map((f) => ({ id: f.id ?? '', name: f.name ?? '(untitled)' }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const ROUTES: Record<string, Route> = {
  '/api/state': {
    method: 'GET',
    handle: (pg) => ({
      now: new Date(pg.ws.now).toISOString(),
      users: pg.ws.users.map((u) => ({ email: u.email, name: u.name, timeZone: u.timeZone })),
      apiCalls: pg.apiCalls(),
      bundle: pg.bundleStatus(),
      worldFile: pg.worldFile,
    }),
  },
  '/api/week': {
    method: 'GET',
    handle: (pg, { query }) => {
      const user = userOf(pg, requiredQuery(query, 'user'));
      try {
        return weekView(pg.ws, user, query.get('start') ?? undefined);
      } catch (e) {
        if (e instanceof RangeError) throw new HttpError(400, e.message);
        throw e;
      }
    },
  },
  '/api/docs': {
    method: 'GET',
    handle: (pg, { query }) => ({ docs: docsOf(pg, userOf(pg, requiredQuery(query, 'user'))) }),
  },
  '/api/doc': {
    method: 'GET',
    handle: (pg, { query }) => {
      const user = userOf(pg, requiredQuery(query, 'user'));
      return docView(readDoc(pg, user, requiredQuery(query, 'docId')));
    },
  },
  '/api/mail': {
    method: 'GET',
    // The signed-in person's mailbox: the e-mails Tandem sent them, newest first.
    handle: (pg, { query }) => ({ mail: mailboxView(pg.ws, userOf(pg, requiredQuery(query, 'user'))) }),
  },
  '/api/card/homepage': {
    method: 'POST',
    handle: (pg, input) => {
      const b = parse(body.homepageBody, input.body);
      if (b.host === 'DOCS' && !b.docId)
        throw new HttpError(400, 'docId: the Docs sidebar needs the open doc');
      return openHomepage(pg, { user: userOf(pg, b.user), host: b.host, docId: b.docId });
    },
  },
  '/api/card/event': {
    method: 'POST',
    handle: (pg, input) => {
      const b = parse(body.eventCardBody, input.body);
      return openEventCard(pg, { user: userOf(pg, b.user), host: 'CALENDAR', eventId: b.eventId });
    },
  },
  '/api/action': {
    method: 'POST',
    handle: (pg, input) => {
      const b = parse(body.actionBody, input.body);
      const context = { user: userOf(pg, b.user), host: b.host, eventId: b.eventId, docId: b.docId };
      return runAction(pg, context, b.function, b.parameters, b.form);
    },
  },
  '/api/doc/edit': {
    method: 'POST',
    handle: (pg, input) => {
      const b = parse(body.docEditBody, input.body);
      const user = userOf(pg, b.user);
      const before = readDoc(pg, user, b.docId);
      if (b.revisionId && before.revisionId !== b.revisionId) {
        throw new HttpError(
          409,
          'the doc changed since you loaded it (Tandem or someone else edited it): it was reloaded, try again',
        );
      }
      const requests = planEdit(before, b.edit);
      if (requests.length > 0) {
        const docs = pg.ws.drive.docsService(pg.ws.personContext(user));
        docs.Documents.batchUpdate(
          { requests, writeControl: { requiredRevisionId: before.revisionId ?? undefined } },
          b.docId,
        );
      }
      return { requests, doc: docView(readDoc(pg, user, b.docId)) };
    },
  },
  '/api/clock': {
    method: 'POST',
    handle: (pg, input) => {
      const b = parse(body.clockBody, input.body);
      const user = userOf(pg, b.user);
      const to = b.step ? clockTarget(pg.ws, user, b.step, b.docId) : Date.parse(b.to ?? '');
      return advanceClock(pg.ws, pg.runner(), to);
    },
  },
  '/api/calendar/move': {
    method: 'POST',
    handle: (pg, input) => {
      const b = parse(body.moveBody, input.body);
      return { event: moveOccurrence(pg.ws, userOf(pg, b.user), b.eventId, b.start) };
    },
  },
  '/api/calendar/cancel': {
    method: 'POST',
    handle: (pg, input) => {
      const b = parse(body.cancelBody, input.body);
      cancelOccurrence(pg.ws, userOf(pg, b.user), b.eventId);
      return { cancelled: b.eventId };
    },
  },
  '/api/calendar/save-event': {
    method: 'POST',
    handle: (pg, input) => {
      const b = parse(body.openEventBody, input.body);
      return { saved: pg.ws.openEvents.save(pg.ws, userOf(pg, b.user), b.eventId) };
    },
  },
  '/api/calendar/discard-event': {
    method: 'POST',
    handle: (pg, input) => {
      const b = parse(body.openEventBody, input.body);
      pg.ws.openEvents.discard(userOf(pg, b.user), b.eventId);
      return { discarded: b.eventId };
    },
  },
  '/api/calendar/add-guest': {
    method: 'POST',
    handle: (pg, input) => {
      const b = parse(body.addGuestBody, input.body);
      return { event: addAttendee(pg.ws, userOf(pg, b.user), b.eventId, b.email) };
    },
  },
  '/api/calendar/replace-guest': {
    method: 'POST',
    handle: (pg, input) => {
      const b = parse(body.replaceGuestBody, input.body);
      return { event: replaceAttendee(pg.ws, userOf(pg, b.user), b.eventId, b.from, b.to) };
    },
  },
  '/api/reset': {
    method: 'POST',
    handle: (pg) => {
      pg.reset();
      return { now: new Date(pg.ws.now).toISOString() };
    },
  },
};
