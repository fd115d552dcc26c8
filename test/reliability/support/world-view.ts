// What a person could observe of a world, keyed so two runs compare: each pair's docs (text, shares,
// twins), every series' attachments, Tandem's pair records and triggers — ids, errors and times aside.
import { docToLines } from '../../../dev/doc-text';
import type { Workspace } from '../../../dev/emulator/workspace';
import { pairTag } from '../../../src/core/pairs';

export interface PairDocView {
  /** How many live (not trashed) docs carry the pair's tag: more than one is a twin. */
  copies: number;
  lines: string[];
  /** Everyone with a permission on the doc, owner included, sorted. */
  sharedWith: string[];
}

export interface WorldView {
  docs: Record<string, PairDocView>;
  /** "calendar/eventId" → what is attached ("doc:<pair key>" for pair docs), for events with any. */
  attachments: Record<string, string[]>;
  /** user → pair key → the pair record, with doc ids as "doc:<pair key>" and no error or card facts. */
  pairs: Record<string, Record<string, unknown>>;
  /** One line per trigger: user, handler, kind and when. */
  triggers: string[];
}

/** Every email the world knows: users and attendees. */
export function emailsOf(ws: Workspace): string[] {
  const emails = new Set(ws.users.map((u) => u.email));
  for (const calendar of Object.values(ws.calendar.toWorld().calendars))
    for (const event of calendar.events)
      for (const a of event.attendees ?? []) if (a.email) emails.add(a.email.toLowerCase());
  return [...emails].sort();
}

/** The pair key of every tag the world's emails can make. */
export function pairKeysByTag(ws: Workspace): Map<string, string> {
  const emails = emailsOf(ws);
  const byTag = new Map<string, string>();
  for (const a of emails) for (const b of emails) if (a < b) byTag.set(pairTag(`${a} ${b}`), `${a} ${b}`);
  return byTag;
}

/** doc id → pair key, for every live pair doc. */
export function pairOfDoc(ws: Workspace, byTag = pairKeysByTag(ws)): Map<string, string> {
  const docs = new Map<string, string>();
  for (const file of ws.drive.allFiles()) {
    const tag = file.meta.appProperties?.tandemPair;
    if (!tag || !file.meta.id) continue;
    docs.set(file.meta.id, byTag.get(tag) ?? `unknown tag ${tag}`);
  }
  return docs;
}

function relabel(text: string, labels: Map<string, string>): string {
  let out = text;
  for (const [id, pairKey] of labels) out = out.split(id).join(`doc:${pairKey}`);
  return out;
}

const DROPPED_PAIR_FIELDS = ['error', 'seen'];

export function viewOf(ws: Workspace): WorldView {
  const labels = pairOfDoc(ws);
  const docs: Record<string, PairDocView> = {};
  for (const file of ws.drive.allFiles()) {
    const pairKey = file.meta.id ? labels.get(file.meta.id) : undefined;
    if (!pairKey || file.meta.trashed || !file.meta.id) continue;
    const document = ws.drive.documentJson(file.meta.id);
    const view = docs[pairKey];
    if (view) {
      view.copies++;
      continue;
    }
    docs[pairKey] = {
      copies: 1,
      lines: document ? docToLines(document) : [],
      sharedWith: (file.meta.permissions ?? []).map((p) => p.emailAddress ?? p.domain ?? p.type ?? '').sort(),
    };
  }
  const attachments: Record<string, string[]> = {};
  for (const [calendarId, calendar] of Object.entries(ws.calendar.toWorld().calendars)) {
    for (const event of calendar.events) {
      // Tandem attaches to series; what a moved instance keeps of them is Calendar's business (and
      // the emulator does not carry later series edits into existing exceptions).
      if (event.recurringEventId) continue;
      const attached = (event.attachments ?? []).map((a) => {
        const pairKey = a.fileId ? labels.get(a.fileId) : undefined;
        return pairKey ? `doc:${pairKey}` : (a.title ?? a.fileUrl ?? '?');
      });
      const recorded = event.extendedProperties?.private?.tandemDocId;
      if (recorded) attached.push(`recorded ${relabel(recorded, labels)}`);
      if (attached.length > 0) attachments[`${calendarId}/${event.id ?? '?'}`] = attached;
    }
  }
  const pairs: Record<string, Record<string, unknown>> = {};
  const properties = ws.toWorld().userProperties;
  for (const [user, values] of Object.entries(properties)) {
    for (const [key, value] of Object.entries(values)) {
      if (!key.startsWith('pair:')) continue;
      const record = JSON.parse(relabel(value, labels)) as Record<string, unknown>;
      for (const field of DROPPED_PAIR_FIELDS) delete record[field];
      // How many coming meetings are kept depends on when the schedule was last read; the next one counts.
      if (Array.isArray(record.upcoming)) record.upcoming = record.upcoming.slice(0, 1);
      (pairs[user] ??= {})[key.slice('pair:'.length)] = record;
    }
  }
  const triggers = ws.appsScript
    .triggersOf('*')
    .filter((t) => !t.spent)
    .map((t) =>
      [t.user, t.handlerFunction, t.eventType, t.at ?? '', t.everyMs ?? '', t.calendarId ?? ''].join(' '),
    )
    .sort();
  return canonical({ docs, attachments, pairs, triggers });
}

/** The same value with every object's keys sorted, so JSON text compares regardless of insertion order. */
export function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonical) as T;
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    sorted[key] = canonical((value as Record<string, unknown>)[key]);
  return sorted as T;
}

/** A user's pair records as stored, parsed (errors included). */
export function pairRecords(ws: Workspace, email: string): Record<string, Record<string, unknown>> {
  const values = ws.toWorld().userProperties[email] ?? {};
  const records: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(values))
    if (key.startsWith('pair:'))
      records[key.slice('pair:'.length)] = JSON.parse(value) as Record<string, unknown>;
  return records;
}
