// tandem-sim triggers: each user's installed triggers (function, kind, schedule), as design.md §7
// gives them, read from the world without running the bundle.
import type { Workspace } from '../emulator/workspace';
import type { WorldTrigger } from '../emulator/world';
import { UsageError } from './args';

export interface TriggerView {
  id: string;
  function: string;
  kind: 'calendar' | 'clock';
  /** calendar: the calendar watched; recurring clock: the period and the next run; one-shot: when. */
  schedule: { calendar: string } | { every: string; nextRun: string | null } | { at: string; spent: boolean };
}

const UNITS: [ms: number, name: string][] = [
  [7 * 86_400_000, 'week'],
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
];

/**
 * A period in words, in the largest unit it is a whole number of.
 * @example period(3_600_000) // '1 hour'
 * @example period(2 * 86_400_000) // '2 days'
 */
export function period(ms: number): string {
  const [unit, name] = UNITS.find(([u]) => ms % u === 0) ?? [1000, 'second'];
  const n = ms / unit;
  return `${n} ${name}${n === 1 ? '' : 's'}`;
}

function view(trigger: WorldTrigger): TriggerView {
  const base = { id: trigger.id, function: trigger.handlerFunction };
  if (trigger.eventType === 'ON_EVENT_UPDATED')
    return { ...base, kind: 'calendar', schedule: { calendar: trigger.calendarId ?? '' } };
  if (trigger.everyMs !== undefined)
    return {
      ...base,
      kind: 'clock',
      schedule: { every: period(trigger.everyMs), nextRun: trigger.nextRunAt ?? null },
    };
  return { ...base, kind: 'clock', schedule: { at: trigger.at ?? '', spent: trigger.spent === true } };
}

/** email → that user's triggers, for every user of the world or only `as`. */
export function triggersReport(ws: Workspace, as?: string): Record<string, TriggerView[]> {
  if (as !== undefined && !ws.users.some((u) => u.email === as.toLowerCase()))
    throw new UsageError(`${as} is not a user of this world`);
  const emails = as === undefined ? ws.users.map((u) => u.email) : [as.toLowerCase()];
  return Object.fromEntries(emails.map((email) => [email, ws.appsScript.triggersOf(email).map(view)]));
}
