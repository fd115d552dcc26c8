// Which events changed since the last sync: the stored nextSyncToken, or a full listing over a
// bounded window when there is none or Google refuses the token (410, 400, or a status not given).
import { isApiError, UNKNOWN_STATUS } from '../api-error';
import { DAY_MS } from '../core/schedule';
import type { CalendarEvent, Ports } from '../ports';

/** A full sync looks this far back, so the last meetings of every series are seen. */
export const FULL_SYNC_LOOKBACK_DAYS = 35;
/** Google's maximum page size for events.list. */
const PAGE_SIZE = 2500;

export interface Changes {
  events: CalendarEvent[];
  nextSyncToken: string | null;
  /** The calendar's time zone, as events.list reports it. */
  timeZone: string | null;
  full: boolean;
}

function listAll(ports: Ports, query: Parameters<Ports['calendar']['listEvents']>[1]): Omit<Changes, 'full'> {
  const events: CalendarEvent[] = [];
  let pageToken: string | undefined;
  let timeZone: string | null = null;
  for (;;) {
    const page = ports.calendar.listEvents('primary', {
      ...query,
      maxResults: PAGE_SIZE,
      ...(pageToken ? { pageToken } : {}),
    });
    events.push(...(page.items ?? []));
    timeZone = page.timeZone ?? timeZone;
    if (page.nextPageToken) pageToken = page.nextPageToken;
    else return { events, nextSyncToken: page.nextSyncToken ?? null, timeZone };
  }
}

export function listChanges(ports: Ports, syncToken: string | null, now: Date): Changes {
  if (syncToken) {
    try {
      return { ...listAll(ports, { syncToken }), full: false };
    } catch (e) {
      // Google documents 410 for an expired token; a client library reports 400 "Invalid sync token
      // value." for a malformed one; Apps Script may not give the status at all. Each means: list
      // everything again (a full listing loses nothing). The message is never read.
      if (!isApiError(e, 410, 400, UNKNOWN_STATUS)) throw e;
      ports.log.info('syncTokenExpired');
    }
  }
  const timeMin = new Date(now.getTime() - FULL_SYNC_LOOKBACK_DAYS * DAY_MS).toISOString();
  return { ...listAll(ports, { timeMin, singleEvents: false, showDeleted: false }), full: true };
}
