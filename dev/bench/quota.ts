// The quota model the benchmark counts against: which Google quota each API method spends, the
// default limits of one Cloud project, the per-call latency, and where each figure comes from.

/** The quota buckets Tandem's calls spend. */
export type QuotaBucket = 'calendar' | 'docsRead' | 'docsWrite' | 'drive';

/**
 * The bucket a method spends. Calendar counts requests (a patch as three); Docs splits reads
 * (documents.get) from writes (create, batchUpdate); Drive is counted one unit per request.
 * @example bucketOf('docs.documents.get') // 'docsRead'; bucketOf('drive.permissions.create') // 'drive'
 */
export function bucketOf(method: string): QuotaBucket {
  if (method.startsWith('calendar.')) return 'calendar';
  if (method === 'docs.documents.get') return 'docsRead';
  if (method.startsWith('docs.')) return 'docsWrite';
  if (method.startsWith('drive.')) return 'drive';
  throw new Error(`no quota bucket for ${method}`);
}

/**
 * Quota units one call spends, where it is not one: Calendar's events.patch reference says "each
 * patch request consumes three quota units" (SOURCES.calendarPatch).
 */
export const UNITS_PER_CALL: Readonly<Record<string, number>> = { 'calendar.events.patch': 3 };

/**
 * Quota units by bucket for a set of calls.
 * @example quotaUnits({ 'calendar.events.list': 2, 'calendar.events.patch': 1, 'docs.documents.batchUpdate': 1 })
 * // { calendar: 5, docsRead: 0, docsWrite: 1, drive: 0 }
 */
export function quotaUnits(calls: Record<string, number>): Record<QuotaBucket, number> {
  const units: Record<QuotaBucket, number> = { calendar: 0, docsRead: 0, docsWrite: 0, drive: 0 };
  for (const [method, n] of Object.entries(calls)) {
    // MailApp spends the user's daily recipients quota (Apps Script quotas page), not a Cloud project's.
    if (method.startsWith('mail.')) continue;
    units[bucketOf(method)] += n * (UNITS_PER_CALL[method] ?? 1);
  }
  return units;
}

export const SOURCES = {
  calendar: 'https://developers.google.com/workspace/calendar/api/guides/quota',
  calendarPatch: 'https://developers.google.com/calendar/api/v3/reference/events/patch',
  calendarThreshold: 'https://cli.nylas.com/guides/google-calendar-api-quotas',
  docs: 'https://developers.google.com/workspace/docs/api/limits',
  drive: 'https://developers.google.com/workspace/drive/api/guides/limits',
  appsScript: 'https://developers.google.com/apps-script/guides/services/quotas',
  clockTriggers: 'https://developers.google.com/apps-script/reference/script/clock-trigger-builder',
  latencyCalendar: 'http://seman7277211.blogspot.com/2014/07/gas-calendarappcalendar.html',
  latencyUrlFetch: 'https://www.pre-practice.net/2020/03/urlfetchappfetchallfetch.html',
  latencyProperties: 'https://ziritione.org/post/apps_script_performance',
} as const;

/** Default limits of one Google Cloud project (projects created on or after 2026-05-01). */
export const PROJECT_LIMITS = {
  /** Calendar API: requests per minute per project and per user; daily billing threshold per project. */
  calendarPerMinute: 10_000,
  calendarPerUserPerMinute: 600,
  calendarPerDayThreshold: 1_000_000,
  /** Docs API: read and write requests per minute, per project and per user. */
  docsReadPerMinute: 3_000,
  docsReadPerUserPerMinute: 300,
  docsWritePerMinute: 600,
  docsWritePerUserPerMinute: 60,
  /** Drive API: quota units per minute per project and per user; daily billing threshold. */
  drivePerMinute: 1_000_000,
  drivePerUserPerMinute: 325_000,
  drivePerDayThreshold: 400_000_000,
  /** Apps Script, per user per day: total trigger runtime (consumer / Workspace accounts). */
  triggerRuntimeConsumerMs: 90 * 60 * 1000,
  triggerRuntimeWorkspaceMs: 6 * 60 * 60 * 1000,
} as const;

/**
 * The modelled round trip of one advanced-service call. 150 ms is the emulator's own assumption
 * (DEFAULT_CALL_LATENCY_MS); published measurements bracket it: a whole Apps Script run doing
 * one Calendar.Events.list took about 340 ms (execution start-up included), three sequential
 * UrlFetchApp calls to a Google API about 1.77 s (≈ 590 ms each, with UrlFetch's overhead), and
 * PropertiesService reads 20–84 ms (avg 30). No published figure isolates one advanced-service call.
 */
export const LATENCY_NOTE =
  '150 ms per call is the emulator\u2019s assumption (dev/emulator/calls.ts). Published Apps Script figures bracket it: ' +
  'one Calendar.Events.list run \u2248 340 ms including start-up; UrlFetchApp to a Google API \u2248 590 ms per call; ' +
  'PropertiesService reads 20\u201384 ms. No published figure isolates one advanced-service round trip.';

/** A pessimistic per-call figure (the UrlFetch measurement) used to check the 6-minute limit. */
export const PESSIMISTIC_LATENCY_MS = 590;
