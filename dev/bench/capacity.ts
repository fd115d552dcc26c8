// From the measured call counts: how many users one Cloud project's default quotas carry, and
// which limit breaks first as users grow. Every assumption about usage is a named constant.
import { DEFAULT_CALL_LATENCY_MS } from '../emulator/calls';
import { CARD_TIME_LIMIT_MS, TRIGGER_TIME_LIMIT_MS } from '../emulator/runtime';
import { PROJECT_LIMITS, SOURCES, quotaUnits, type QuotaBucket } from './quota';
import type { ScenarioResult } from './run';

/** A typical user: a manager organizing 8 weekly 1:1s. */
export const TYPICAL_PAIRS = 8;
/** Card opens per working day (5 working days a week). */
export const EVENT_CARDS_PER_DAY = 5;
export const SIDEBARS_PER_DAY = 2;
/**
 * Changes to the user's calendar per working day (invitations, replies, edits), each firing the
 * calendar trigger once and costing one quiet sync. An assumption: no published figure.
 */
export const CALENDAR_CHANGES_PER_DAY = 20;
const WORKDAYS_PER_DAY = 5 / 7;
/**
 * Worst case for the busiest minute: every user in one time zone, 1:1s ending on the hour or half
 * hour in a 40-hour week (80 slots) — so TYPICAL_PAIRS / 80 of all users end a 1:1 in the same
 * minute and open the event card of the 1:1 starting. Their meeting-end work is spread over
 * HOURLY_SPREAD_MINUTES; the card opens are not.
 */
export const PEAK_SHARE = TYPICAL_PAIRS / 80;
/**
 * Meeting-end and pre-meeting work runs in each user's hourly trigger, at the minute Apps Script
 * picked for that trigger (design.md §4): spread over the hour, assumed even across users. Google
 * does not say how it picks the minute; users turn Tandem on at different times.
 */
export const HOURLY_SPREAD_MINUTES = 60;
const SPREAD_MINUTES = HOURLY_SPREAD_MINUTES;
export const USERS_AT_SCALE = 10_000;

export interface Capacity {
  perUserPerDay: Record<QuotaBucket, number>;
  perMeeting: Record<QuotaBucket, number>;
  /** Users one project carries under each limit, smallest first. */
  limits: { limit: string; users: number }[];
  /** The tighter of the two Calendar limits. */
  calendar: { limit: string; users: number };
  firstToBreak: { limit: string; users: number; atScale: string };
  /**
   * The typical user's trigger runtime a day (the hourly and calendar triggers' runs: calls ×
   * modelled latency + the bundle's CPU), against Apps Script's per-user daily trigger budget
   * (SOURCES.appsScript: "Triggers total runtime 90 min / day" consumer, "6 hr / day" Workspace).
   */
  triggerRuntimePerUserPerDayMs: number;
}

const BUCKETS: QuotaBucket[] = ['calendar', 'docsRead', 'docsWrite', 'drive'];

function unitsOf(results: readonly ScenarioResult[], id: string): Record<QuotaBucket, number> {
  const found = results.find((r) => r.id === id);
  if (!found) throw new Error(`capacity needs the ${id} scenario`);
  return quotaUnits(found.measured.calls);
}

function perBucket(f: (b: QuotaBucket) => number): Record<QuotaBucket, number> {
  return Object.fromEntries(BUCKETS.map((b) => [b, f(b)])) as Record<QuotaBucket, number>;
}

/** The scenarios the capacity statement is computed from. */
export const CAPACITY_INPUTS = ['week', 'quiet-day', 'quiet-sync', 'event-card', 'docs-sidebar'];

/** Capacity of one project from the week, quiet-day, quiet-sync and card scenarios. */
export function capacity(results: readonly ScenarioResult[]): Capacity {
  const week = unitsOf(results, 'week');
  const day = unitsOf(results, 'quiet-day');
  const change = unitsOf(results, 'quiet-sync');
  const card = unitsOf(results, 'event-card');
  const sidebar = unitsOf(results, 'docs-sidebar');
  // The week held 40 meetings and 7 quiet-day safety nets.
  const perMeeting = perBucket((b) => (week[b] - 7 * day[b]) / 40);
  const perUserPerDay = perBucket(
    (b) =>
      day[b] +
      (TYPICAL_PAIRS * perMeeting[b]) / 7 +
      WORKDAYS_PER_DAY *
        (CALENDAR_CHANGES_PER_DAY * change[b] +
          EVENT_CARDS_PER_DAY * card[b] +
          SIDEBARS_PER_DAY * sidebar[b]),
  );
  const peak = (b: QuotaBucket) => PEAK_SHARE * (perMeeting[b] / SPREAD_MINUTES + card[b]);
  const carried = (perMinute: number, b: QuotaBucket) =>
    peak(b) > 0 ? Math.floor(perMinute / peak(b)) : Infinity;
  const L = PROJECT_LIMITS;
  const limits = [
    {
      limit: 'Calendar requests per minute per project (10,000)',
      users: carried(L.calendarPerMinute, 'calendar'),
    },
    {
      limit: 'Calendar requests per day per project before billing (1,000,000)',
      users: Math.floor(L.calendarPerDayThreshold / perUserPerDay.calendar),
    },
    {
      limit: 'Docs read requests per minute per project (3,000)',
      users: carried(L.docsReadPerMinute, 'docsRead'),
    },
    {
      limit: 'Docs write requests per minute per project (600)',
      users: carried(L.docsWritePerMinute, 'docsWrite'),
    },
    {
      limit: 'Drive quota units per minute per project (1,000,000)',
      users: carried(L.drivePerMinute, 'drive'),
    },
  ].sort((a, b) => a.users - b.users);
  const calendar = limits.find((l) => l.limit.startsWith('Calendar'))!;
  const first = limits[0]!;
  const bucket: QuotaBucket = first.limit.startsWith('Docs write')
    ? 'docsWrite'
    : first.limit.startsWith('Docs read')
      ? 'docsRead'
      : first.limit.startsWith('Drive')
        ? 'drive'
        : 'calendar';
  const atScale = first.limit.includes('per day')
    ? `${Math.round(USERS_AT_SCALE * perUserPerDay[bucket]).toLocaleString('en')} requests a day`
    : `${Math.round(USERS_AT_SCALE * peak(bucket)).toLocaleString('en')} requests in the busiest minute`;
  const runtime = (id: string) => {
    const r = results.find((x) => x.id === id);
    return r ? r.measured.callCount * DEFAULT_CALL_LATENCY_MS + r.measured.cpuMsMedian : 0;
  };
  const perMeetingMs = (runtime('week') - 7 * runtime('quiet-day')) / 40;
  const triggerRuntimePerUserPerDayMs =
    runtime('quiet-day') +
    (TYPICAL_PAIRS * perMeetingMs) / 7 +
    WORKDAYS_PER_DAY * CALENDAR_CHANGES_PER_DAY * runtime('quiet-sync');
  return {
    perUserPerDay,
    perMeeting,
    limits,
    calendar,
    firstToBreak: { ...first, atScale },
    triggerRuntimePerUserPerDayMs,
  };
}

const fmt = (n: number) =>
  Number.isFinite(n) ? `${Math.round(n).toLocaleString('en')} users` : 'no load in the busiest minute';

/** The capacity statement in words, for the console and the README. */
export function capacityLines(c: Capacity): string[] {
  const d = c.perUserPerDay;
  return [
    `Typical user: ${TYPICAL_PAIRS} weekly 1:1s organized; per working day ${CALENDAR_CHANGES_PER_DAY} calendar changes ` +
      `(one quiet sync each), ${EVENT_CARDS_PER_DAY} event cards and ${SIDEBARS_PER_DAY} Docs sidebars opened.`,
    `Per held meeting: ${c.perMeeting.calendar.toFixed(2)} Calendar, ${c.perMeeting.docsRead.toFixed(2)} Docs read, ` +
      `${c.perMeeting.docsWrite.toFixed(2)} Docs write, ${c.perMeeting.drive.toFixed(2)} Drive requests.`,
    `Per user per day (average over a week): ${d.calendar.toFixed(1)} Calendar, ${d.docsRead.toFixed(1)} Docs read, ` +
      `${d.docsWrite.toFixed(1)} Docs write, ${d.drive.toFixed(1)} Drive requests.`,
    `Busiest minute (worst case): ${(PEAK_SHARE * 100).toFixed(0)}% of users run a meeting-end sync and open an event card in the same minute.`,
    ...c.limits.map((l) => `  ${l.limit}: ${fmt(l.users)}`),
    `One project's default Calendar API quota carries about ${fmt(c.calendar.users)} like this (bound: ${c.calendar.limit}).`,
    `At ${USERS_AT_SCALE.toLocaleString('en')} users the first limit to break is ${c.firstToBreak.limit} ` +
      `(${c.firstToBreak.atScale}; it carries ${fmt(c.firstToBreak.users)}).`,
    `Trigger runtime of the typical user: about ${(c.triggerRuntimePerUserPerDayMs / 1000).toFixed(1)} s a day ` +
      `(${((100 * c.triggerRuntimePerUserPerDayMs) / PROJECT_LIMITS.triggerRuntimeConsumerMs).toFixed(2)}% of Apps Script's ` +
      `${PROJECT_LIMITS.triggerRuntimeConsumerMs / 60000} min a day for a consumer account, ` +
      `${((100 * c.triggerRuntimePerUserPerDayMs) / PROJECT_LIMITS.triggerRuntimeWorkspaceMs).toFixed(3)}% of the ` +
      `${PROJECT_LIMITS.triggerRuntimeWorkspaceMs / 3600000} h of a Workspace account: ${SOURCES.appsScript}); ` +
      `it is counted per user, so it never limits how many users one project carries.`,
  ];
}

/** The 6-minute limit at the largest first enable, and the daily trigger runtime of a busy week. */
export function runtimeLines(results: readonly ScenarioResult[]): string[] {
  const lines: string[] = [];
  const enable = results.find((r) => r.id === 'enable-40');
  if (enable) {
    // The card's sync stops at its own budget, whatever the latency: the first hourly run does the rest.
    const longest = enable.measured.maxElapsedMs;
    lines.push(
      `First enable with 40 pairs: the turn-on card ran ${(enable.measured.maxCardElapsedMs / 1000).toFixed(1)} s ` +
        `at ${DEFAULT_CALL_LATENCY_MS} ms per call (its first sync stops at 20 s, within the card's ${CARD_TIME_LIMIT_MS / 1000} s; ` +
        `the first hourly run does the rest); longest execution ${(longest / 1000).toFixed(1)} s (limit ${TRIGGER_TIME_LIMIT_MS / 1000} s).`,
    );
  }
  const week = results.find((r) => r.id === 'week');
  if (week) {
    const perDayMs = (week.measured.callCount * DEFAULT_CALL_LATENCY_MS + week.measured.cpuMsMedian) / 7;
    lines.push(
      `Trigger runtime of the 40-pair week: about ${(perDayMs / 1000).toFixed(1)} s a day, against Apps Script's ` +
        `${PROJECT_LIMITS.triggerRuntimeConsumerMs / 60000} min (consumer) / ${PROJECT_LIMITS.triggerRuntimeWorkspaceMs / 3600000} h (Workspace) per user per day.`,
    );
  }
  return lines;
}
