// Keeps the pair records in step with the series that changed: a series becomes a 1:1, stops being
// one (a third person, not recurring any more, excluded, cancelled) or changes its other person.
import { classifyEvent, seriesFingerprint, seriesIdOf } from '../core/pairs';
import type { CalendarEvent } from '../ports';
import { agendaAttachment, nameOnSeries, tracedDoc } from './pair-doc';
import type { PairRecord, TandemState } from './state';

export interface SeriesOutcome {
  /** Pairs whose schedule or doc needs a look this run. */
  affected: Set<string>;
  /** Pairs whose coming meetings must be read again (a series or one of its instances changed). */
  reschedule: Set<string>;
  /** Tandem's attachment to take off a series whose pair changed: series id → doc id. */
  detach: Map<string, string>;
}

export function emptyOutcome(): SeriesOutcome {
  return { affected: new Set(), reschedule: new Set(), detach: new Map() };
}

/** The pair's series this user organizes (records from before this was kept: all or none). */
export function organizedSeriesOf(pair: PairRecord): string[] {
  return pair.organizedSeries ?? (pair.userIsOrganizer ? pair.seriesIds : []);
}

function withoutSeries(pair: PairRecord, seriesId: string): PairRecord {
  const organizedSeries = organizedSeriesOf(pair).filter((id) => id !== seriesId);
  return {
    ...pair,
    seriesIds: pair.seriesIds.filter((id) => id !== seriesId),
    organizedSeries,
    userIsOrganizer: organizedSeries.length > 0,
    upcoming: pair.upcoming.filter((m) => m.seriesId !== seriesId),
  };
}

/** True when the series changed only in what Tandem itself writes (attachments, private properties). */
export function isUnchanged(state: TandemState, master: CalendarEvent): boolean {
  const seriesId = seriesIdOf(master);
  const pair = seriesId ? state.pairOfSeries(seriesId) : null;
  if (!pair || !seriesId || pair.fingerprints?.[seriesId] !== seriesFingerprint(master)) return false;
  // A guest learns the organizer's doc from the attachment the organizer's install adds; an
  // organizer learns a guest's doc from the trace in the guest's attendee comment.
  // …and a name Calendar left out may be had from a Tandem title on the series.
  return !(
    (pair.docId === undefined &&
      (agendaAttachment(master) !== null || tracedDoc(master, pair.other.email) !== null)) ||
    (!pair.other.name && nameOnSeries(master, pair.other.email) !== null)
  );
}

/** Records what one series (its master event, possibly cancelled) now is for the user. */
export function applySeries(
  state: TandemState,
  master: CalendarEvent,
  userEmail: string,
  outcome: SeriesOutcome,
): void {
  const seriesId = seriesIdOf(master);
  if (!seriesId) return;
  const previous = state.pairOfSeries(seriesId);
  const settings = state.settings;
  const classification = classifyEvent(master, userEmail, {
    seriesOverrides: settings.seriesOverrides,
    exclusionKeywords: settings.exclusionKeywords,
  });
  if (classification.kind === 'oneOnOne') {
    const known = state.pairs.get(classification.pairKey);
    const name =
      classification.other.displayName ??
      known?.other.name ??
      nameOnSeries(master, classification.other.email) ??
      undefined;
    // Who organizes is a fact of each series: the same two people may each organize one.
    const organizedSeries = [
      ...(known ? organizedSeriesOf(known) : []).filter((id) => id !== seriesId),
      ...(classification.userIsOrganizer ? [seriesId] : []),
    ];
    const pair: PairRecord = {
      ...(known ?? {
        pairKey: classification.pairKey,
        seriesIds: [],
        upcoming: [],
        status: 'active' as const,
      }),
      other: { email: classification.other.email, ...(name ? { name } : {}) },
      userIsOrganizer: organizedSeries.length > 0,
      organizedSeries,
      status: 'active',
    };
    delete pair.stoppedReason;
    if (!pair.seriesIds.includes(seriesId)) pair.seriesIds = [...pair.seriesIds, seriesId];
    pair.fingerprints = { ...pair.fingerprints, [seriesId]: seriesFingerprint(master) };
    state.putPair(pair);
    outcome.affected.add(pair.pairKey);
    outcome.reschedule.add(pair.pairKey);
    if (previous && previous.pairKey !== pair.pairKey) {
      leaveSeries(state, previous, seriesId, 'the series is now with someone else', outcome);
      if (previous.docId && classification.userIsOrganizer) outcome.detach.set(seriesId, previous.docId);
    }
    return;
  }
  if (previous) leaveSeries(state, previous, seriesId, classification.detail, outcome);
}

function leaveSeries(
  state: TandemState,
  pair: PairRecord,
  seriesId: string,
  reason: string,
  outcome: SeriesOutcome,
): void {
  const remaining = withoutSeries(pair, seriesId);
  if (remaining.fingerprints) {
    const { [seriesId]: _gone, ...rest } = remaining.fingerprints;
    remaining.fingerprints = rest;
  }
  if (remaining.seriesIds.length === 0) {
    remaining.status = 'stopped';
    remaining.stoppedReason = reason;
    remaining.upcoming = [];
  }
  state.putPair(remaining);
  outcome.affected.add(pair.pairKey);
  outcome.reschedule.add(pair.pairKey);
}
