// The persistent state behind Properties, Cache, Lock and ScriptApp, loaded from and saved to the
// world file, plus the trigger queries the runtime uses to fire clock and calendar triggers.
import type { World, WorldTrigger } from '../world';
import { emptyState, isEmptyState, parseState, serializeState } from './state';
import type { AppsScriptState, CacheEntry, LockHolding, SentMail } from './state';
import { nextRun } from './trigger-schedule';
import type { ClockSchedule } from './trigger-schedule';

export interface StoresOptions {
  /**
   * Tandem runs as a Workspace add-on, and add-ons may not use clock triggers more often than
   * hourly (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers).
   */
  addOn?: boolean;
}

/** Where a property or cache store lives: the script, one user, or one document. */
export type StoreScope =
  { kind: 'script' } | { kind: 'user'; email: string } | { kind: 'document'; id: string };

export function scopeKey(scope: StoreScope): string {
  if (scope.kind === 'script') return 'script';
  return scope.kind === 'user' ? `user:${scope.email.toLowerCase()}` : `document:${scope.id}`;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

export class AppsScriptStores {
  readonly addOn: boolean;
  private readonly userProperties: Record<string, Record<string, string>>;
  private scriptProperties: Record<string, string> | undefined;
  private documentProperties: Record<string, Record<string, string>> | undefined;
  private triggers: WorldTrigger[];
  private readonly state: AppsScriptState;
  private readonly hadState: boolean;

  private constructor(world: World, options: StoresOptions) {
    this.addOn = options.addOn ?? true;
    this.userProperties = clone(world.userProperties);
    this.scriptProperties = world.scriptProperties && clone(world.scriptProperties);
    this.documentProperties = world.documentProperties && clone(world.documentProperties);
    this.triggers = clone(world.triggers);
    const raw = world.emulator?.appsscript;
    this.hadState = raw !== undefined;
    this.state = raw === undefined ? emptyState() : parseState(raw);
  }

  static fromWorld(world: World, options: StoresOptions = {}): AppsScriptStores {
    return new AppsScriptStores(world, options);
  }

  /** Writes properties, triggers and world.emulator.appsscript back; a load/save round trip changes nothing. */
  saveTo(world: World): void {
    world.userProperties = clone(this.userProperties);
    if (this.scriptProperties !== undefined) world.scriptProperties = clone(this.scriptProperties);
    else delete world.scriptProperties;
    if (this.documentProperties !== undefined) world.documentProperties = clone(this.documentProperties);
    else delete world.documentProperties;
    world.triggers = clone(this.triggers);
    if (this.hadState || !isEmptyState(this.state)) {
      world.emulator = { ...(world.emulator ?? {}), appsscript: serializeState(this.state) };
    }
  }

  // ── Properties ────────────────────────────────────────────────────────────

  /** The live key → value map of a property store; `create` adds an empty store if there is none. */
  properties(scope: StoreScope, create: boolean): Record<string, string> | undefined {
    if (scope.kind === 'script') {
      if (!this.scriptProperties && create) this.scriptProperties = {};
      return this.scriptProperties;
    }
    if (scope.kind === 'document' && !this.documentProperties) {
      if (!create) return undefined;
      this.documentProperties = {};
    }
    const [all, id] =
      scope.kind === 'user'
        ? [this.userProperties, scope.email.toLowerCase()]
        : [this.documentProperties!, scope.id];
    if (!all[id] && create) all[id] = {};
    return all[id];
  }

  // ── Cache and locks ───────────────────────────────────────────────────────

  /** The live key → entry map of a cache; an empty one (not stored) until `create`. */
  cache(scope: StoreScope, create: boolean): Record<string, CacheEntry> {
    const key = scopeKey(scope);
    if (create) return (this.state.cache[key] ??= {});
    return this.state.cache[key] ?? {};
  }

  /** The live holdings of a lock, oldest first; an empty list (not stored) until `create`. */
  lockHoldings(lockKey: string, create: boolean): LockHolding[] {
    if (create) return (this.state.locks[lockKey] ??= []);
    return this.state.locks[lockKey] ?? [];
  }

  /** An execution ended at `atMs`: every lock it still holds is released then, as Apps Script does. */
  endExecution(executionId: string, atMs: number): void {
    for (const holdings of Object.values(this.state.locks)) {
      for (const holding of holdings) {
        if (holding.executionId === executionId && holding.releasedAt === null) holding.releasedAt = atMs;
      }
    }
  }

  // ── Mail ──────────────────────────────────────────────────────────────────

  /** The sent-mail log, oldest first (copies). */
  sentMail(): SentMail[] {
    return this.state.mail.map((m) => clone(m));
  }

  recordMail(mail: SentMail): void {
    this.state.mail.push(clone(mail));
  }

  /** A user's e-mail recipients per day when set for this world (mail.ts: else the strictest). */
  mailQuotaOf(email: string): number | undefined {
    return this.state.mailQuota[email.toLowerCase()];
  }

  setMailQuota(email: string, recipientsPerDay: number): void {
    this.state.mailQuota[email.toLowerCase()] = recipientsPerDay;
  }

  // ── Triggers ──────────────────────────────────────────────────────────────

  /** The triggers a user created ('*': every user's), in creation order. */
  triggersOf(user: string): WorldTrigger[] {
    const email = user.toLowerCase();
    return this.triggers
      .filter((t) => email === '*' || t.user.toLowerCase() === email)
      .map((t) => ({ ...t }));
  }

  addTrigger(trigger: WorldTrigger, schedule?: ClockSchedule): void {
    this.triggers.push({ ...trigger });
    if (schedule) this.state.schedules[trigger.id] = { ...schedule };
  }

  /** Removes a trigger; false when no trigger has that id. */
  removeTrigger(id: string): boolean {
    const before = this.triggers.length;
    this.triggers = this.triggers.filter((t) => t.id !== id);
    delete this.state.schedules[id];
    return this.triggers.length < before;
  }

  /** A new trigger id, numeric like Apps Script's, deterministic per world and never reused. */
  newTriggerId(): string {
    const taken = new Set(this.triggers.map((t) => t.id));
    let id: string;
    do id = `7${String(++this.state.triggerCount).padStart(18, '0')}`;
    while (taken.has(id));
    return id;
  }

  /** A counter for Utilities.getUuid, so UUIDs are deterministic per world. */
  nextUuidNumber(): number {
    return ++this.state.uuidCount;
  }

  /**
   * Clock triggers due at or before `untilMs`, every user's, earliest first (ties by creation
   * order), each at its next run only: fire the first, call markFired, then ask again.
   */
  dueClockTriggers(untilMs: number): { trigger: WorldTrigger; at: number }[] {
    const due: { trigger: WorldTrigger; at: number; order: number }[] = [];
    this.triggers.forEach((trigger, order) => {
      const at = nextDueAt(trigger);
      if (at !== null && at <= untilMs) due.push({ trigger: { ...trigger }, at, order });
    });
    due.sort((a, b) => a.at - b.at || a.order - b.order);
    return due.map(({ trigger, at }) => ({ trigger, at }));
  }

  /**
   * A clock trigger ran at `at`: a one-shot is spent (it stays listed until deleted); a recurring
   * trigger moves to its first run after `at` (runs missed in between are skipped, not queued).
   */
  markFired(triggerId: string, at: number): void {
    const trigger = this.triggers.find((t) => t.id === triggerId);
    if (!trigger || trigger.eventType !== 'CLOCK') return;
    if (trigger.everyMs === undefined) {
      trigger.spent = true;
      return;
    }
    const schedule = this.state.schedules[triggerId];
    const everyMs = trigger.everyMs;
    const step = (from: number) => (schedule ? nextRun(schedule, from) : from + everyMs);
    let next = trigger.nextRunAt ? Date.parse(trigger.nextRunAt) : at;
    while (next <= at) next = step(next);
    trigger.nextRunAt = new Date(next).toISOString();
  }

  /** ON_EVENT_UPDATED triggers watching any of these calendars (ids compared case-insensitively). */
  calendarTriggersFor(calendarIds: string[]): WorldTrigger[] {
    const wanted = new Set(calendarIds.map((id) => id.toLowerCase()));
    return this.triggers
      .filter((t) => t.eventType === 'ON_EVENT_UPDATED' && wanted.has((t.calendarId ?? '').toLowerCase()))
      .map((t) => ({ ...t }));
  }
}

function nextDueAt(trigger: WorldTrigger): number | null {
  if (trigger.eventType !== 'CLOCK') return null;
  if (trigger.everyMs !== undefined) return trigger.nextRunAt ? Date.parse(trigger.nextRunAt) : null;
  if (trigger.at && !trigger.spent) return Date.parse(trigger.at);
  return null;
}
