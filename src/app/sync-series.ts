// The sync's first phases: list what changed in Calendar, keep the pair records in step with each
// changed series, and take an old pair's doc off a series that now belongs to another pair.
import { seriesIdOf } from '../core/pairs';
import { isApiError, UNKNOWN_STATUS } from '../api-error';
import type { CalendarEvent, Ports } from '../ports';
import { listChanges, type Changes } from './changes';
import { detachmentPatch } from './pair-doc';
import { applySeries, emptyOutcome, isUnchanged, type SeriesOutcome } from './series';
import type { TandemState } from './state';

/** More series left by a run cut short than this: the next run lists everything once instead of getting each. */
export const RESUME_WITH_FULL_LISTING = 2;

/** What every phase of one run uses: the services, the state, the user and the time left. */
export interface SyncRun {
  readonly ports: Ports;
  readonly state: TandemState;
  readonly userEmail: string;
  /** Whether work that takes `nextMs` more would end past the run's budget. */
  readonly outOfTime: (nextMs?: number) => boolean;
}

/** The series as this run read them, and what their changes leave for the pairs. */
export interface SeriesRead {
  readonly masters: Map<string, CalendarEvent>;
  /** Series whose only change is Tandem's own (an attachment, a property): kept to attach. */
  readonly unchanged: Set<string>;
  /** Series a run cut short left for this one: listed by no change, so read here when needed. */
  readonly resumed: ReadonlySet<string>;
  readonly outcome: SeriesOutcome;
  /** The run's time ran out before every series was read. */
  partial: boolean;
}

/**
 * The calendar's changes since the last run (none when this run does not list), the calendar's
 * time zone kept. A run cut short with many series left lists everything once instead.
 */
export function readChanges(run: SyncRun, listing: boolean, started: number): Changes {
  const { ports, state } = run;
  // A run cut short left series whose pairs it did not reach: one full listing reads them all
  // again (a page or two), where the changes since would not hold them and each would cost a get.
  const resumeMany = state.pendingSeries.length > RESUME_WITH_FULL_LISTING;
  const changes = listing
    ? listChanges(ports, resumeMany ? null : state.syncToken, new Date(started))
    : { events: [], nextSyncToken: state.syncToken, timeZone: null, full: false };
  if (changes.timeZone && changes.timeZone !== state.profile.timeZone)
    state.setProfile({ ...state.profile, timeZone: changes.timeZone });
  return changes;
}

/** Applies each changed series (and those a run cut short left) to the pair records, while time lasts. */
export function applyChanges(run: SyncRun, events: readonly CalendarEvent[]): SeriesRead {
  const { state } = run;
  const read: SeriesRead = {
    masters: new Map(),
    unchanged: new Set(),
    resumed: new Set(state.pendingSeries),
    outcome: emptyOutcome(),
    partial: false,
  };
  const queue: string[] = [...state.pendingSeries];
  const instancesListed = new Set<string>();
  for (const event of events) {
    const seriesId = seriesIdOf(event);
    if (!seriesId) continue;
    if (!queue.includes(seriesId)) queue.push(seriesId);
    if (!event.recurringEventId) read.masters.set(seriesId, event);
    else instancesListed.add(seriesId);
  }
  let done = 0;
  for (const seriesId of queue) {
    if (run.outOfTime()) {
      read.partial = true;
      break;
    }
    done++;
    applyOne(run, read, seriesId, instancesListed.has(seriesId));
  }
  state.setPendingSeries(queue.slice(done));
  return read;
}

function selfName(master: CalendarEvent): string | undefined {
  const self =
    master.attendees?.find((a) => a.self) ?? (master.organizer?.self ? master.organizer : undefined);
  return self?.displayName ?? undefined;
}

/** One series: its pair's schedule marked for a look, or the series applied to the pair records. */
function applyOne(run: SyncRun, read: SeriesRead, seriesId: string, instanceListed: boolean): void {
  const { ports, state } = run;
  const { outcome } = read;
  let master = read.masters.get(seriesId);
  if (!master) {
    const known = state.pairOfSeries(seriesId);
    if (known) {
      outcome.affected.add(known.pairKey); // a moved or cancelled instance: the schedule changed
      outcome.reschedule.add(known.pairKey);
      return;
    }
    try {
      master = ports.calendar.getEvent('primary', seriesId, state.profile.timeZone);
      read.masters.set(seriesId, master);
    } catch (e) {
      if (isApiError(e, 404, 410, UNKNOWN_STATUS)) return; // gone, or Apps Script did not say
      throw e;
    }
  }
  const name = selfName(master);
  if (name && name !== state.profile.name) state.setProfile({ ...state.profile, name });
  if (isUnchanged(state, master)) {
    read.unchanged.add(seriesId); // only Tandem's own attachment or property changed; kept to attach
    // …but an instance listed beside it (moved, cancelled; every exception in a full sync) may
    // have changed the schedule, and a pair a run cut short did not reach still needs its work.
    const known = instanceListed || read.resumed.has(seriesId) ? state.pairOfSeries(seriesId) : null;
    if (known) {
      outcome.affected.add(known.pairKey);
      outcome.reschedule.add(known.pairKey);
    }
    return;
  }
  applySeries(state, master, run.userEmail, outcome);
}

/** Takes the old pair's doc off a series before the new pair's doc goes on it. */
export function detachOldDocs(ports: Ports, read: SeriesRead): void {
  for (const [seriesId, docId] of read.outcome.detach) {
    const master = read.masters.get(seriesId);
    const patch = master ? detachmentPatch(master, docId) : null;
    if (patch) read.masters.set(seriesId, ports.calendar.patchEvent('primary', seriesId, patch));
  }
}
