// The coming meetings and the last one held of each pair's series: per series with events.instances,
// or for many pairs at once (turning on, a resumed run) from one events.list with singleEvents.
import { DAY_MS, lastPlannedEnded, toOccurrences } from '../core/schedule';
import type { CalendarEvent, Ports } from '../ports';
import type { PairRecord, UpcomingMeeting } from './state';

/** Past meetings read back, for "last met". */
export const LOOKBACK_DAYS = 35;
/** Coming meetings read ahead: enough for several biweekly occurrences. */
export const LOOKAHEAD_DAYS = 63;
/** How many coming meetings a pair record keeps, so most syncs need no instances call. */
export const KEEP_UPCOMING = 6;
/** Google's maximum page size for events.list. */
const LIST_PAGE_SIZE = 2500;

/** Where a pair's instances come from: the run's shared listing, or one events.instances per series. */
export interface InstancesSource {
  instancesOf(seriesId: string): CalendarEvent[];
}

function windowAround(now: Date): { timeMin: string; timeMax: string } {
  return {
    timeMin: new Date(now.getTime() - LOOKBACK_DAYS * DAY_MS).toISOString(),
    timeMax: new Date(now.getTime() + LOOKAHEAD_DAYS * DAY_MS).toISOString(),
  };
}

/** One events.instances call per series, over the same window the shared listing reads. */
export function instancesPerSeries(ports: Ports, timeZone: string | undefined, now: Date): InstancesSource {
  return {
    instancesOf: (seriesId) => {
      const page = ports.calendar.listInstances('primary', seriesId, {
        ...windowAround(now),
        ...(timeZone ? { timeZone } : {}),
        maxResults: 250,
      });
      return (page.items ?? []).map((item) => ({
        ...item,
        recurringEventId: item.recurringEventId ?? seriesId,
      }));
    },
  };
}

/**
 * Every instance of the calendar in the window, from events.list with `singleEvents: true` (Google
 * expands each series into its instances, exceptions applied, cancelled ones left out as
 * events.instances leaves them out), listed on first use and shared by all pairs of the run. A
 * failed listing fails each pair that asks, without asking Google again.
 */
export class SharedInstances implements InstancesSource {
  private bySeries: Map<string, CalendarEvent[]> | null = null;
  private failure: { error: unknown } | null = null;

  constructor(
    private readonly ports: Ports,
    private readonly timeZone: string | undefined,
    private readonly now: Date,
  ) {}

  instancesOf(seriesId: string): CalendarEvent[] {
    if (this.failure) throw this.failure.error;
    if (!this.bySeries) {
      try {
        this.bySeries = this.list();
      } catch (e) {
        this.failure = { error: e };
        throw e;
      }
    }
    return this.bySeries.get(seriesId) ?? [];
  }

  private list(): Map<string, CalendarEvent[]> {
    const bySeries = new Map<string, CalendarEvent[]>();
    let pageToken: string | undefined;
    do {
      const page = this.ports.calendar.listEvents('primary', {
        ...windowAround(this.now),
        singleEvents: true,
        showDeleted: false,
        maxResults: LIST_PAGE_SIZE,
        ...(this.timeZone ? { timeZone: this.timeZone } : {}),
        ...(pageToken ? { pageToken } : {}),
      });
      for (const item of page.items ?? []) {
        const seriesId = item.recurringEventId ?? item.id;
        if (!seriesId) continue;
        const list = bySeries.get(seriesId) ?? [];
        list.push({ ...item, recurringEventId: seriesId });
        bySeries.set(seriesId, list);
      }
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken);
    return bySeries;
  }
}

/** Records the coming meetings and the last one held of the pair's series, from `source`. */
export function scheduleFrom(
  source: InstancesSource,
  pair: PairRecord,
  timeZone: string | undefined,
  now: Date,
): PairRecord {
  // A series that answers 404 to events.instances fails the pair's run and is reported, the meetings
  // known so far kept: a deleted series arrives cancelled in the change list and stops the pair
  // there, so a 404 here is Google disagreeing with itself for a moment, not a reason to drop a
  // series. The shared listing has no 404: a series it does not hold has no meetings in the window.
  const instances = pair.seriesIds.flatMap((seriesId) => source.instancesOf(seriesId));
  const occurrences = toOccurrences(instances, timeZone ? { timeZone } : {});
  const upcoming: UpcomingMeeting[] = occurrences
    .filter((o) => o.state === 'planned' && o.end > now.getTime())
    .slice(0, KEEP_UPCOMING)
    .map((o) => ({ date: o.date, start: o.start, end: o.end, seriesId: o.event.recurringEventId ?? '' }));
  const last = lastPlannedEnded(occurrences, now.getTime());
  return {
    ...pair,
    upcoming,
    ...(last ? { lastHeld: { date: last.date, end: last.end } } : {}),
  };
}
