// The playground's clock control: where "+1 hour", "next day", "after the next meeting" and
// "next week" take the world's time, and advancing to it while every due trigger fires.
import { instantToWall, wallToInstant } from '../emulator/calendar/time';
import type { BundleRunner } from '../emulator/runtime';
import { AddonDriver } from '../driver/driver';
import type { Workspace } from '../emulator/workspace';
import { weekView, type WeekEvent } from './calendar-week';
import { DAY, HOUR_MS, instantToWallAt } from './time-helpers';

export const CLOCK_STEPS = ['hour', 'day', 'meeting', 'week'] as const;
export type ClockStep = (typeof CLOCK_STEPS)[number];

/** "Next day" lands at this local hour, so a person starts the day before their meetings. */
export const MORNING_HOUR = 8;
/** "After the next meeting" lands at least this long after it ends. */
export const AFTER_MEETING_MS = 5 * 60_000;
/**
 * Tandem counts a meeting as over a minute after its end (src/app/due.ts), and its hourly run then
 * prepares the next section: "after the next meeting" waits for every user's first hourly run past
 * that, plus this margin, so the doc shows the work done.
 */
const HOURLY_RUN_MARGIN_MS = 60_000;
const MEETING_OVER_MS = 60_000;
/** How far ahead "after the next meeting" looks. */
const MEETING_SEARCH_WEEKS = 3;

const timeZone = (ws: Workspace, user: string) => ws.user(user).timeZone;

export class ClockError extends Error {
  override readonly name = 'ClockError';
}

/**
 * Whether a week event is a meeting of the doc: the doc is attached to it, or its people (rooms
 * left out) are the doc's pair — Tandem's `tandemPair`, else the two people the doc is shared between.
 */
function meetingOfDoc(ws: Workspace, user: string, docId: string): (e: WeekEvent) => boolean {
  const file = ws.drive.filesVisibleTo(user).find((f) => f.id === docId);
  const shared = (file?.permissions ?? [])
    .filter((p) => p.type === 'user' && p.emailAddress)
    .map((p) => (p.emailAddress ?? '').toLowerCase());
  const pair = file?.appProperties?.tandemPair ?? (shared.length === 2 ? [...shared].sort().join(' ') : null);
  return (e) => {
    if (e.attachments.some((a) => a.docId === docId)) return true;
    const people = e.attendees.filter((a) => !a.resource).map((a) => a.email.toLowerCase());
    return pair !== null && [...people].sort().join(' ') === pair;
  };
}

function endOfNextMeeting(ws: Workspace, user: string, docId?: string): number | null {
  const ofDoc = docId ? meetingOfDoc(ws, user, docId) : () => true;
  let week: string | undefined;
  for (let i = 0; i < MEETING_SEARCH_WEEKS; i++) {
    const view = weekView(ws, user, week);
    const ends = view.events
      .filter((e) => !e.allDay && e.myResponse !== 'declined' && ofDoc(e))
      .map((e) => Date.parse(e.end))
      .filter((end) => end > ws.now)
      .sort((a, b) => a - b);
    if (ends[0] !== undefined) return ends[0];
    const next = new Date(Date.parse(`${view.start}T00:00:00Z`) + 7 * DAY);
    week = next.toISOString().slice(0, 10);
  }
  return null;
}

/** The latest, over every user's recurring time-driven trigger, of its first run at or after `from`. */
function lastHourlyRunAfter(ws: Workspace, from: number): number {
  let last = -Infinity;
  for (const trigger of ws.appsScript.triggersOf('*')) {
    if (trigger.eventType !== 'CLOCK' || !trigger.everyMs || !trigger.nextRunAt) continue;
    let at = Date.parse(trigger.nextRunAt);
    while (at < from) at += trigger.everyMs;
    last = Math.max(last, at);
  }
  return last;
}

/**
 * The time a step takes the clock to, seen from `user`'s calendar and time zone; with `docId`
 * (the page shows that doc), "meeting" is the next meeting of that doc's pair.
 * @example clockTarget(ws, 'alice@example.com', 'day') // tomorrow 08:00 in Paris, as epoch ms
 */
export function clockTarget(ws: Workspace, user: string, step: ClockStep, docId?: string): number {
  switch (step) {
    case 'hour':
      return ws.now + HOUR_MS;
    case 'week':
      // Same wall-clock time a week later: across a daylight-saving change that is 167 or 169 hours.
      return wallToInstant(timeZone(ws, user), instantToWall(timeZone(ws, user), ws.now) + 7 * DAY);
    case 'day':
      return instantToWallAt(timeZone(ws, user), ws.now, 1, MORNING_HOUR);
    case 'meeting': {
      const end = endOfNextMeeting(ws, user, docId);
      if (end === null)
        throw new ClockError(
          docId
            ? `This doc has no meeting on your calendar in the next ${MEETING_SEARCH_WEEKS} weeks: the clock did not move.`
            : `You have no meeting in the next ${MEETING_SEARCH_WEEKS} weeks: the clock did not move.`,
        );
      return Math.max(
        end + AFTER_MEETING_MS,
        lastHourlyRunAfter(ws, end + MEETING_OVER_MS) + HOURLY_RUN_MARGIN_MS,
      );
    }
  }
}

export interface FiredView {
  at: string;
  user: string;
  handler: string;
  type: string;
  ok: boolean;
  error?: string;
  calls: number;
}

/** Advances the world to `to`, firing due triggers in time order as Apps Script would. */
export function advanceClock(
  ws: Workspace,
  runner: BundleRunner | null,
  to: number,
): { now: string; fired: FiredView[] } {
  if (to < ws.now) throw new ClockError(`cannot go back in time (now is ${new Date(ws.now).toISOString()})`);
  if (!runner) {
    // Without a bundle nothing can fire: time still passes.
    ws.now = to;
    return { now: new Date(ws.now).toISOString(), fired: [] };
  }
  const fired = new AddonDriver(ws, runner).tick(to).map((f) => ({
    at: f.at,
    user: f.user,
    handler: f.handlerFunction,
    type: f.eventType,
    ok: f.result.ok,
    ...(f.result.error ? { error: f.result.error } : {}),
    calls: f.result.callCount,
  }));
  return { now: new Date(ws.now).toISOString(), fired };
}
