// Tandem's installable triggers for one user (design.md §4): the calendar trigger and one hourly
// trigger, both running the sync. Installing is idempotent: never a second copy of either.
import type { Ports, TriggerInfo } from '../ports';
import type { TandemState, TriggerIds } from './state';

export const CALENDAR_HANDLER = 'onCalendarEventUpdated';
export const SYNC_HANDLER = 'onScheduledSync';

const isTandems = (t: TriggerInfo) => t.handler === CALENDAR_HANDLER || t.handler === SYNC_HANDLER;

/**
 * Makes the user's Tandem triggers exactly one calendar trigger and one hourly trigger, keeping
 * the ones already there. Any other clock trigger of Tandem's (the daily and one-shot triggers of
 * earlier versions) is deleted before the hourly one is made: an add-on may hold one time-driven
 * trigger per user. State keeps the ids of what exists when this returns or throws; a failed create
 * throws, and the caller decides what to undo.
 */
export function installTriggers(ports: Ports, state: TandemState, userEmail: string): void {
  const existing = ports.triggers.list().filter(isTandems);
  const calendars = existing.filter((t) => t.kind === 'calendar');
  const calendar = calendars.find((t) => t.id === state.triggers.calendar) ?? calendars[0];
  const hourly = existing.find((t) => t.kind === 'clock' && t.id === state.triggers.hourly);
  const ids: TriggerIds = {
    ...(calendar ? { calendar: calendar.id } : {}),
    ...(hourly ? { hourly: hourly.id } : {}),
  };
  try {
    for (const other of existing) if (other !== calendar && other !== hourly) ports.triggers.delete(other.id);
    ids.calendar ??= ports.triggers.createCalendarTrigger(userEmail);
    ids.hourly ??= ports.triggers.createHourly();
  } finally {
    state.setTriggers(ids);
  }
}

/** A user who turned Tandem on before the hourly trigger, or whose hourly trigger was never made. */
export function needsNewTriggers(state: TandemState): boolean {
  const ids = state.triggers;
  return (
    ids.hourly === undefined ||
    ids.calendar === undefined ||
    ids.daily !== undefined ||
    ids.oneShot !== undefined
  );
}

/** Deletes every Tandem trigger of the user (the old daily and one-shot included). */
export function removeTriggers(ports: Ports, state: TandemState): void {
  for (const trigger of ports.triggers.list()) if (isTandems(trigger)) ports.triggers.delete(trigger.id);
  state.setTriggers({});
}
