// Tandem's installable triggers for one user: the calendar trigger, the daily safety net and the
// one-shot at the end of the next 1:1. Installing is idempotent: never a second copy of a trigger.
import type { Ports } from '../ports';
import type { TandemState } from './state';

export const CALENDAR_HANDLER = 'onCalendarEventUpdated';
export const SYNC_HANDLER = 'onScheduledSync';
/** The daily safety net runs in the small hours of the script's zone. */
export const DAILY_HOUR = 4;
/** A one-shot fires this long after the meeting's end, so a meeting that overruns a little is over. */
export const AFTER_MEETING_MS = 60 * 1000;

export function installTriggers(ports: Ports, state: TandemState, userEmail: string): void {
  const existing = ports.triggers.list();
  const has = (id: string | undefined) => id !== undefined && existing.some((t) => t.id === id);
  const ids = { ...state.triggers };
  const calendar = existing.find((t) => t.kind === 'calendar' && t.handler === CALENDAR_HANDLER);
  ids.calendar = calendar ? calendar.id : ports.triggers.createCalendarTrigger(userEmail);
  if (!has(ids.daily)) ids.daily = ports.triggers.createDaily(DAILY_HOUR);
  state.setTriggers(ids);
}

export function removeTriggers(ports: Ports, state: TandemState): void {
  for (const trigger of ports.triggers.list()) {
    if (trigger.handler === CALENDAR_HANDLER || trigger.handler === SYNC_HANDLER)
      ports.triggers.delete(trigger.id);
  }
  state.setTriggers({});
}

/**
 * Each user's one-shots fire up to this long after the time asked, spread by a digest of the email:
 * meetings end on the hour for everyone, and Docs allows a project 600 writes a minute
 * (https://developers.google.com/workspace/docs/api/limits), which 10,000 users would exceed.
 */
export const ONE_SHOT_SPREAD_MS = 4 * 60 * 1000;

/** @example spreadFor('alice@example.com') // the same value in [0, ONE_SHOT_SPREAD_MS) every time */
export function spreadFor(email: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < email.length; i++) hash = Math.imul(hash ^ email.charCodeAt(i), 0x01000193) >>> 0;
  return Math.floor((hash / 0x100000000) * (ONE_SHOT_SPREAD_MS / 1000)) * 1000;
}

/** Re-arms the one-shot for `at` (null: none needed); does nothing when it is already set for then. */
export function armOneShot(ports: Ports, state: TandemState, wanted: number | null): void {
  const at = wanted === null ? null : wanted + spreadFor(ports.session.userEmail());
  const ids = { ...state.triggers };
  if (
    at !== null &&
    ids.oneShotAt === at &&
    ids.oneShot &&
    ports.triggers.list().some((t) => t.id === ids.oneShot)
  )
    return;
  if (ids.oneShot) ports.triggers.delete(ids.oneShot);
  delete ids.oneShot;
  delete ids.oneShotAt;
  if (at !== null) {
    ids.oneShot = ports.triggers.createOneShot(new Date(at));
    ids.oneShotAt = at;
  }
  state.setTriggers(ids);
}
