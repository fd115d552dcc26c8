// The homepage's view model, from the user's state alone (no API call): on or off, the last sync,
// every pair with its last and next meeting, open items and cadence warnings as last seen.
import { docUrl } from '../../core/agenda';
import { roleInPair } from '../../core/pairs';
import {
  DAY_MS,
  HOUR_MS,
  MAX_DAYS_WITHOUT_MEETING,
  MIN_OCCURRENCES_FOR_CANCELLATION_WARNING,
  type CadenceWarning,
} from '../../core/schedule';
import type { Ports } from '../../ports';
import type { HomepageModel, HomepagePair } from './view-models';
import { reminderProblem } from '../reminder/problem';
import { readReminderRecord } from '../reminder/record';
import { TandemState, type PairRecord } from '../state';
import type { AddonContext } from './addon-event';
import type { Viewer } from '../format';
import { nextMeetingOf } from '../next-meeting';
import { pairProblem } from './problems';
import { localDateIn, viewerFor } from './viewer';

/**
 * The warnings a pair record supports: no 1:1 held in over 14 days (from the last held meeting),
 * more than a third cancelled (from what the event card last counted over 90 days).
 *
 * @example warningsOf({ lastHeld: { date: '2026-11-01', end: nov1 }, … }, nov23) // [{ kind: 'noRecentMeeting', days: 22 }]
 */
export function warningsOf(pair: PairRecord, now: number): CadenceWarning[] {
  const warnings: CadenceWarning[] = [];
  if (pair.lastHeld && now - pair.lastHeld.end > MAX_DAYS_WITHOUT_MEETING * DAY_MS) {
    warnings.push({ kind: 'noRecentMeeting', days: Math.floor((now - pair.lastHeld.end) / DAY_MS) });
  }
  const held = pair.seen?.held;
  const cancelled = pair.seen?.cancelled;
  if (held !== undefined && cancelled !== undefined) {
    const past = held + cancelled;
    if (past >= MIN_OCCURRENCES_FOR_CANCELLATION_WARNING && cancelled * 3 > past) {
      warnings.push({ kind: 'manyCancellations', cancelled, occurrences: past });
    }
  }
  return warnings;
}

function homepagePair(state: TandemState, pair: PairRecord, now: number, viewer: Viewer): HomepagePair {
  const { timeZone } = viewer;
  const stopped = pair.status === 'stopped';
  // The one rule of "next meeting" (next-meeting.ts); the homepage reads no doc, so the schedule decides.
  const next = stopped ? null : nextMeetingOf(pair.upcoming, null, [], now, viewer.today);
  const nextStart = next?.start ?? null;
  return {
    pairKey: pair.pairKey,
    other: { email: pair.other.email, name: pair.other.name ?? null },
    role: roleInPair(state.settings.roles[pair.pairKey], pair.userIsOrganizer),
    lastMet: pair.lastHeld?.date ?? null,
    // Its day where the viewer is (the section's date is the series' zone's).
    nextMeeting: nextStart !== null ? localDateIn(nextStart, timeZone) : null,
    nextStart,
    openItems: pair.seen?.openItems ?? null,
    warnings: stopped ? [] : warningsOf(pair, now),
    problem: pairProblem(pair),
    stoppedBecause: stopped ? (pair.stoppedReason ?? 'the series changed') : null,
    doc: pair.docId ? { id: pair.docId, url: docUrl(pair.docId) } : null,
  };
}

/** Active pairs first, soonest meeting first; then the stopped ones, by name. */
function byNextMeeting(a: HomepagePair, b: HomepagePair): number {
  const rank = (p: HomepagePair) => (p.stoppedBecause ? 2 : p.nextMeeting ? 0 : 1);
  const name = (p: HomepagePair) => (p.other.name ?? p.other.email).toLowerCase();
  return (
    rank(a) - rank(b) ||
    (a.nextMeeting ?? '').localeCompare(b.nextMeeting ?? '') ||
    name(a).localeCompare(name(b))
  );
}

export function buildHomepage(ports: Ports, context: AddonContext): HomepageModel {
  const now = ports.session.now();
  const state = new TandemState(ports.state);
  const status = state.status;
  const viewer = viewerFor(context, state, now);
  // A pair's failure stays on its record until a sync succeeds for it, even when later runs had none.
  const failing = [...state.pairs.values()].filter((p) => p.status === 'active' && p.error).length;
  return {
    viewer,
    enabled: state.enabled,
    lastSync: status
      ? {
          at: status.at,
          errors: Math.max(status.errors, failing),
          partial: status.partial === true,
          quietSince: now.getTime() - status.at > HOUR_MS,
        }
      : null,
    pairs: [...state.pairs.values()]
      .map((p) => homepagePair(state, p, now.getTime(), viewer))
      .sort(byNextMeeting),
    reminderProblem: reminderProblem(readReminderRecord(ports.state), viewer.today, now.getTime()),
  };
}
