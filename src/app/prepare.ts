// Per pair: read the coming meetings and make sure the doc exists, is shared and attached
// (design.md §3, §4); prepare-section.ts then writes the next meeting's section into it.
import { agendaTitle, type Person } from '../core/agenda';
import type { CalendarEvent, Ports } from '../ports';
import {
  agendaAttachment,
  attachmentPatch,
  createPairDoc,
  DocIndex,
  findPairDoc,
  peopleOf,
  tracedDoc,
} from './pair-doc';
import { organizedSeriesOf } from './series';
import type { ApiError } from '../api-error';
import type { PairRecord, Settings } from './state';
import { instancesPerSeries, scheduleFrom, type InstancesSource } from './schedules';

/** The record once its first coming meeting ended by `now`: that one is the last held. */
export function pastHeld(pair: PairRecord, now: Date): PairRecord {
  const first = pair.upcoming[0];
  if (!first || first.end > now.getTime()) return pair;
  return { ...pair, upcoming: pair.upcoming.slice(1), lastHeld: { date: first.date, end: first.end } };
}

/**
 * Reads the instances of the pair's series and records the coming meetings and the last one held:
 * one events.instances per series, or the run's shared listing when many pairs need theirs.
 */
export function refreshSchedule(
  ports: Ports,
  pair: PairRecord,
  timeZone: string | undefined,
  now: Date,
  source: InstancesSource = instancesPerSeries(ports, timeZone, now),
): PairRecord {
  return scheduleFrom(source, pair, timeZone, now);
}

export interface EnsureDocOptions {
  readonly user: Person;
  readonly settings: Settings;
  /** The pair's series as read this run: any of them may carry the doc or the other person's trace. */
  readonly series: readonly CalendarEvent[];
  /** Whether this Tandem may make the doc when none is found. */
  readonly create: boolean;
  readonly index?: DocIndex;
  /** Told the user's own name when a new doc's owner shows it. */
  readonly onOwnName?: (name: string) => void;
}

/**
 * Finds or creates the pair's doc (only the organizer creates in the background). A doc made here
 * is shared at once; a share Google refused comes back as `shareFailure`, the doc recorded anyway.
 */
export function ensureDoc(
  ports: Ports,
  pair: PairRecord,
  options: EnsureDocOptions,
): { pair: PairRecord; shareFailure: ApiError | null } {
  const { user, settings, series, create } = options;
  const index = options.index ?? new DocIndex(ports);
  const as = (found: PairRecord) => ({ pair: found, shareFailure: null });
  if (pair.docId) return as(pair);
  const found = findPairDoc(index, pair.pairKey, series[0] ?? null);
  // A doc the user owns was made by an earlier run of this install that stopped before recording it.
  const mine = create && found?.owners?.some((o) => o.emailAddress?.toLowerCase() === user.email);
  if (found?.id) return as({ ...pair, docId: found.id, ...(mine ? { createdByMe: true } : {}) });
  // Any of the pair's series may carry it: the other person may organize one of their own.
  const attached =
    series.map((one) => agendaAttachment(one)).find((id) => id !== null) ??
    series.map((one) => tracedDoc(one, pair.other.email)).find((id) => id !== null) ??
    null;
  // The other person's doc, found on the series: never a twin, even before this user may open it.
  if (attached) return as({ ...pair, docId: attached });
  if (!create) return as(pair);
  const created = createPairDoc(ports, user, pair, settings, (made) => ensureShared(ports, made, settings));
  index.add(created.file);
  if (created.ownName && created.ownName !== user.name) options.onOwnName?.(created.ownName);
  return { pair: created.pair, shareFailure: created.shareFailure };
}

/**
 * Shares the doc as writer with the other person, once: only the install that maintains the doc
 * shares it, only with the pair's other person, and a refusal (a domain that blocks outside
 * sharing answers 403) is reported, not retried into anyone else's inbox.
 */
export function ensureShared(ports: Ports, pair: PairRecord, settings: Settings): PairRecord {
  if (!pair.docId || !maintains(pair) || pair.sharedWith === pair.other.email) return pair;
  const permission = ports.drive.share(pair.docId, pair.other.email, settings.notifyOnShare);
  // Calendar often leaves attendees' names out; the share names the person (design.md §2).
  const name = pair.other.name ?? permission.displayName ?? undefined;
  return { ...pair, other: { ...pair.other, ...(name ? { name } : {}) }, sharedWith: pair.other.email };
}

/** Attaches the doc to each series the user organizes and records it there (never a 26th attachment). */
export function attachToSeries(ports: Ports, pair: PairRecord, user: Person, series: CalendarEvent): void {
  if (!pair.docId || !series.id || !organizedSeriesOf(pair).includes(series.id)) return;
  const patch = attachmentPatch(series, pair.docId, agendaTitle(peopleOf(user, pair)));
  if (patch) ports.calendar.patchEvent('primary', series.id, patch);
}

/**
 * One Tandem maintains a pair's doc: the one whose user owns it — whoever ran Tandem first and made
 * it (design.md §2). The other person's Tandem, organizer or guest, reads it, attaches it to the
 * series its user organizes, and never writes a section, so two installs never prepare twice.
 */
export function maintains(pair: PairRecord): boolean {
  return pair.createdByMe === true;
}
