// The world file of design.md §7: users, their calendars, Drive files with their documents,
// properties and triggers, plus the emulator's own bookkeeping under `emulator`.
import { z } from 'zod';
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import type { drive_v3 } from 'googleapis/build/src/apis/drive/v3';
import { READINGS_NAMES, type ReadingsName, type ReadingsOption } from './readings';
import { isIanaTimeZone } from './time-zone';

export interface WorldUser {
  email: string;
  name: string;
  timeZone: string;
  locale?: string;
}

/** A Drive v3 File resource; Google Docs files carry their Docs v1 Document in `document`. */
export type WorldFile = drive_v3.Schema$File & { document?: docs_v1.Schema$Document };

export interface WorldTrigger {
  /** Apps Script's trigger unique id. */
  id: string;
  /** The user the trigger runs as (installable triggers run as their creator). */
  user: string;
  handlerFunction: string;
  /** ON_EVENT_UPDATED: calendar trigger; CLOCK: time-driven. */
  eventType: 'ON_EVENT_UPDATED' | 'CLOCK';
  /** ON_EVENT_UPDATED: the calendar watched (an email). */
  calendarId?: string;
  /** CLOCK one-shot: ISO time it fires (then it is spent but stays listed until deleted). */
  at?: string;
  /** CLOCK recurring: period in ms, and the next time it is due. */
  everyMs?: number;
  nextRunAt?: string;
  /** CLOCK one-shot already fired. */
  spent?: boolean;
}

/** One calendar of the world file: its events, and for a secondary calendar, whose it is. */
export interface WorldCalendar {
  events: calendar_v3.Schema$Event[];
  /** Secondary calendars only: the user who owns it (their add-on may open its events). */
  owner?: string;
  summary?: string;
}

export interface World {
  now: string;
  users: WorldUser[];
  /**
   * Calendar id → its events. A user's primary calendar is keyed by their email; a secondary
   * calendar (`…@group.calendar.google.com`) names its `owner`, a user who opens it as their own.
   */
  calendars: Record<string, WorldCalendar>;
  drive: { files: WorldFile[] };
  /** email → key → value */
  userProperties: Record<string, Record<string, string>>;
  scriptProperties?: Record<string, string>;
  /** document id → key → value */
  documentProperties?: Record<string, Record<string, string>>;
  triggers: WorldTrigger[];
  /**
   * How the emulator reads what Google leaves undocumented: a variant name ('strict', the default,
   * 'lenient', 'detailed') or single readings over the strict ones (dev/emulator/readings.ts).
   */
  readings?: ReadingsOption;
  /** The emulator's own state (counters, sync positions, call counts). Not part of Google. */
  emulator?: Record<string, unknown>;
}

const email = z.string().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'must be an email address');

const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date-time');

const timeZone = z.string().refine(isIanaTimeZone, 'must be an IANA time zone such as Europe/Paris');

const worldSchema = z.object({
  now: isoTime,
  users: z
    .array(
      z.object({
        email,
        name: z.string().min(1, 'must not be empty'),
        timeZone,
        locale: z.string().optional(),
      }),
    )
    .min(1, 'needs at least one user'),
  calendars: z
    .record(
      z.string(),
      z.object({
        events: z.array(z.looseObject({})),
        owner: email.optional(),
        summary: z.string().optional(),
      }),
    )
    .default({}),
  drive: z.object({ files: z.array(z.looseObject({ id: z.string().optional() })) }).default({ files: [] }),
  userProperties: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  scriptProperties: z.record(z.string(), z.string()).optional(),
  documentProperties: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  triggers: z
    .array(
      z.object({
        id: z.string(),
        user: email,
        handlerFunction: z.string(),
        eventType: z.enum(['ON_EVENT_UPDATED', 'CLOCK']),
        calendarId: z.string().optional(),
        at: isoTime.optional(),
        everyMs: z.number().positive().optional(),
        nextRunAt: isoTime.optional(),
        spent: z.boolean().optional(),
      }),
    )
    .default([]),
  readings: z
    .union([
      z.enum(READINGS_NAMES as [ReadingsName, ...ReadingsName[]]),
      z.strictObject({
        errorDetails: z.boolean().optional(),
        ungrantedDoc: z.union([z.literal(404), z.literal(403)]).optional(),
        staleRevision: z.enum(['plain', 'namesRevision', 'generic']).optional(),
        calendarTriggersOnApiWrites: z.boolean().optional(),
      }),
    ])
    .optional(),
  emulator: z.record(z.string(), z.unknown()).optional(),
});

/** Largest world file accepted; bigger ones are refused with a clear message. */
export const MAX_WORLD_BYTES = 64 * 1024 * 1024;

export class WorldFileError extends Error {
  override readonly name = 'WorldFileError';
}

/**
 * Parses and validates world JSON text; throws WorldFileError with a one-line message naming
 * the first bad field.
 * @example parseWorld('{"now":"2026-11-23T08:00:00Z","users":[…]}').users[0].email
 */
export function parseWorld(text: string, source = 'world'): World {
  if (text.length > MAX_WORLD_BYTES) {
    throw new WorldFileError(`${source}: file is larger than ${MAX_WORLD_BYTES / 1024 / 1024} MB`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new WorldFileError(`${source}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = worldSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    throw new WorldFileError(`${source}: ${where} ${issue?.message ?? 'is invalid'}`);
  }
  const world = parsed.data as World;
  const emails = new Set<string>();
  for (const user of world.users) {
    const key = user.email.toLowerCase();
    if (emails.has(key)) throw new WorldFileError(`${source}: users lists ${user.email} twice`);
    emails.add(key);
  }
  return world;
}

export function serializeWorld(world: World): string {
  return JSON.stringify(world, null, 2) + '\n';
}
