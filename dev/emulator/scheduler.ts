// Advancing the clock: fires due time-driven and calendar triggers of every user in time order,
// each as its own execution of the bundle, as Apps Script would.
import type { BundleRunner, ExecutionResult } from './runtime';
import type { Workspace } from './workspace';

export interface FiredTrigger {
  at: string;
  user: string;
  handlerFunction: string;
  eventType: 'ON_EVENT_UPDATED' | 'CLOCK';
  result: ExecutionResult;
}

/** Stops a trigger storm (a handler that re-arms itself at the same instant) from hanging a tick. */
export const MAX_FIRINGS_PER_TICK = 100_000;

function timeEventObject(triggerUid: string, at: number, timeZone: string) {
  const d = new Date(at);
  return {
    authMode: 'FULL',
    triggerUid,
    timezone: timeZone,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

export interface TickOptions {
  deadlineMs?: number;
}

export function tick(
  ws: Workspace,
  runner: BundleRunner,
  to: number,
  options: TickOptions = {},
): FiredTrigger[] {
  const fired: FiredTrigger[] = [];
  for (let i = 0; i < MAX_FIRINGS_PER_TICK; i++) {
    const clock = ws.appsScript.dueClockTriggers(to)[0];
    let calendar: { id: string; at: number } | undefined;
    for (const [id, at] of ws.pendingCalendarTriggers) {
      if (at <= to && (!calendar || at < calendar.at)) calendar = { id, at };
    }
    if (!clock && !calendar) break;
    const useCalendar = calendar !== undefined && (!clock || calendar.at < clock.at);
    const at = useCalendar ? calendar!.at : clock!.at;
    ws.now = Math.max(ws.now, at);
    if (useCalendar) {
      ws.pendingCalendarTriggers.delete(calendar!.id);
      const trigger = ws.appsScript.triggersOf('*').find((t) => t.id === calendar!.id);
      if (!trigger) continue; // deleted since the change was queued
      const result = runner.run(ws, {
        user: trigger.user,
        functionName: trigger.handlerFunction,
        args: [{ authMode: 'FULL', triggerUid: trigger.id, calendarId: trigger.calendarId }],
        kind: 'trigger',
        deadlineMs: options.deadlineMs,
      });
      fired.push({
        at: new Date(at).toISOString(),
        user: trigger.user,
        handlerFunction: trigger.handlerFunction,
        eventType: 'ON_EVENT_UPDATED',
        result,
      });
    } else {
      const trigger = clock!.trigger;
      ws.appsScript.markFired(trigger.id, at);
      const result = runner.run(ws, {
        user: trigger.user,
        functionName: trigger.handlerFunction,
        args: [timeEventObject(trigger.id, at, ws.user(trigger.user).timeZone)],
        kind: 'trigger',
        deadlineMs: options.deadlineMs,
      });
      fired.push({
        at: new Date(at).toISOString(),
        user: trigger.user,
        handlerFunction: trigger.handlerFunction,
        eventType: 'CLOCK',
        result,
      });
    }
  }
  ws.now = Math.max(ws.now, to);
  return fired;
}
