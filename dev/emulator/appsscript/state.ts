// The emulator's own Apps Script bookkeeping kept in world.emulator.appsscript: cache entries, lock
// holdings, clock-trigger schedules and id counters. Times are ISO strings on disk, epoch ms in memory.
import { z } from 'zod';
import type { ClockSchedule } from './trigger-schedule';

export interface CacheEntry {
  value: string;
  expiresAt: number;
  putAt: number;
}

/** One execution holding a lock over the emulated interval [acquiredAt, releasedAt). */
export interface LockHolding {
  executionId: string;
  acquiredAt: number;
  /** null while held: released by releaseLock() or when the execution ends. */
  releasedAt: number | null;
}

/** One message MailApp sent, as the sent-mail log keeps it (mail.ts). */
export interface SentMail {
  id: string;
  /** The effective user who sent it. */
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo?: string;
  /** The sender name shown (options.name); the user's own name when absent. */
  name?: string;
  noReply?: boolean;
  subject: string;
  body: string;
  htmlBody?: string;
  sentAt: number;
}

export interface AppsScriptState {
  /** scope ('script', 'user:<email>', 'document:<id>') → key → entry */
  cache: Record<string, Record<string, CacheEntry>>;
  /** lock ('script', 'user:<email>', 'document:<id>') → holdings in acquisition order */
  locks: Record<string, LockHolding[]>;
  /** trigger id → how a recurring clock trigger created by ScriptApp recurs */
  schedules: Record<string, ClockSchedule>;
  triggerCount: number;
  uuidCount: number;
  /** Every message MailApp sent, oldest first (the sent-mail log). */
  mail: SentMail[];
  /** email → e-mail recipients per day, for a user whose quota is not the strictest (mail.ts). */
  mailQuota: Record<string, number>;
}

const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date-time');

const fileSchema = z.object({
  cache: z
    .record(z.string(), z.record(z.string(), z.object({ value: z.string(), expiresAt: iso, putAt: iso })))
    .default({}),
  locks: z
    .record(
      z.string(),
      z.array(z.object({ executionId: z.string(), acquiredAt: iso, releasedAt: iso.nullable() })),
    )
    .default({}),
  schedules: z
    .record(
      z.string(),
      z.object({
        timeZone: z.string(),
        unit: z.enum(['minutes', 'hours', 'days', 'weeks']),
        every: z.number().int().positive(),
        hour: z.number().int().min(0).max(23).optional(),
        minute: z.number().int().min(0).max(59).optional(),
        weekday: z.number().int().min(0).max(6).optional(),
      }),
    )
    .default({}),
  triggerCount: z.number().int().nonnegative().default(0),
  uuidCount: z.number().int().nonnegative().default(0),
  mail: z
    .array(
      z.object({
        id: z.string(),
        from: z.string(),
        to: z.array(z.string()),
        cc: z.array(z.string()).default([]),
        bcc: z.array(z.string()).default([]),
        replyTo: z.string().optional(),
        name: z.string().optional(),
        noReply: z.boolean().optional(),
        subject: z.string(),
        body: z.string(),
        htmlBody: z.string().optional(),
        sentAt: iso,
      }),
    )
    .default([]),
  mailQuota: z.record(z.string(), z.number().int().nonnegative()).default({}),
});

export function emptyState(): AppsScriptState {
  return { cache: {}, locks: {}, schedules: {}, triggerCount: 0, uuidCount: 0, mail: [], mailQuota: {} };
}

const toMs = (s: string) => Date.parse(s);
const toIso = (ms: number) => new Date(ms).toISOString();

function mapValues<A, B>(record: Record<string, A>, f: (a: A) => B): Record<string, B> {
  const out: Record<string, B> = {};
  for (const [key, value] of Object.entries(record)) out[key] = f(value);
  return out;
}

/** Reads world.emulator.appsscript; throws with the first bad field named. */
export function parseState(raw: unknown): AppsScriptState {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `world: emulator.appsscript.${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is invalid'}`,
    );
  }
  const data = parsed.data;
  return {
    cache: mapValues(data.cache, (scope) =>
      mapValues(scope, (e) => ({ value: e.value, expiresAt: toMs(e.expiresAt), putAt: toMs(e.putAt) })),
    ),
    locks: mapValues(data.locks, (holdings) =>
      holdings.map((h) => ({
        executionId: h.executionId,
        acquiredAt: toMs(h.acquiredAt),
        releasedAt: h.releasedAt === null ? null : toMs(h.releasedAt),
      })),
    ),
    schedules: mapValues(data.schedules, (s) => ({ ...s })),
    triggerCount: data.triggerCount,
    uuidCount: data.uuidCount,
    mail: data.mail.map((m) => ({ ...m, sentAt: toMs(m.sentAt) })),
    mailQuota: { ...data.mailQuota },
  };
}

export function serializeState(state: AppsScriptState): Record<string, unknown> {
  return {
    cache: mapValues(state.cache, (scope) =>
      mapValues(scope, (e) => ({ value: e.value, expiresAt: toIso(e.expiresAt), putAt: toIso(e.putAt) })),
    ),
    locks: mapValues(state.locks, (holdings) =>
      holdings.map((h) => ({
        executionId: h.executionId,
        acquiredAt: toIso(h.acquiredAt),
        releasedAt: h.releasedAt === null ? null : toIso(h.releasedAt),
      })),
    ),
    schedules: mapValues(state.schedules, (s) => ({ ...s })),
    triggerCount: state.triggerCount,
    uuidCount: state.uuidCount,
    ...(state.mail.length > 0 ? { mail: state.mail.map((m) => ({ ...m, sentAt: toIso(m.sentAt) })) } : {}),
    ...(Object.keys(state.mailQuota).length > 0 ? { mailQuota: { ...state.mailQuota } } : {}),
  };
}

export function isEmptyState(state: AppsScriptState): boolean {
  return (
    Object.keys(state.cache).length === 0 &&
    Object.keys(state.locks).length === 0 &&
    Object.keys(state.schedules).length === 0 &&
    state.triggerCount === 0 &&
    state.uuidCount === 0 &&
    state.mail.length === 0 &&
    Object.keys(state.mailQuota).length === 0
  );
}
