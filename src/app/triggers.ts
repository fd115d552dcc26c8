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

/** Re-arms the one-shot for `at` (null: none needed); does nothing when it is already set for then. */
export function armOneShot(ports: Ports, state: TandemState, at: number | null): void {
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
