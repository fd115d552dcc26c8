// The stored record of one pair (a `pair:` key) and Tandem's facts about its doc (a `written:` key),
// with their readers: every field is checked, and what a bug or a person mangled is dropped.
import { readFailureRecord, type FailureRecord } from '../../api-error';
import type { DocsRequest } from '../../ports';
import { isRecord } from '../../core/is-record';
import { isIsoDate, isStringArray } from './schema';

export interface UpcomingMeeting {
  /** YYYY-MM-DD in the user's zone. */
  date: string;
  start: number;
  end: number;
  seriesId: string;
}

export interface PairRecord {
  pairKey: string;
  other: { email: string; name?: string };
  userIsOrganizer: boolean;
  seriesIds: string[];
  /** Per series, a digest of what decides the pair and schedule (not attachments): unchanged → no work. */
  fingerprints?: Record<string, string>;
  docId?: string;
  /** This install created the doc (a guest whose organizer has no Tandem): it maintains it too. */
  createdByMe?: boolean;
  /** The email the doc was shared with (as writer) by this install. */
  sharedWith?: string;
  /** 'stopped': no longer a 1:1 (the reason says why); the doc is kept but no longer prepared. */
  status: 'active' | 'stopped';
  stoppedReason?: string;
  /** The next few non-cancelled occurrences, from the last instances read. */
  upcoming: UpcomingMeeting[];
  lastHeld?: { date: string; end: number };
  /** The meeting date of the newest section Tandem prepared. */
  preparedDate?: string;
  /** The sub-headings Tandem wrote that section with: "untouched" is judged against them. */
  preparedTemplate?: string[];
  /**
   * The pair's series this user organizes (who organizes is a fact of each series): Tandem
   * attaches only to these. Absent on records from before it was kept: all or none, by userIsOrganizer.
   */
  organizedSeries?: string[];
  /**
   * The meeting date (YYYY-MM-DD) whose section Tandem last brought up to date in the hour before
   * that meeting started, merging in items written since (design.md §3): done once per meeting.
   */
  mergedFor?: string;
  /** The doc's revision after Tandem's last write to it, as Google's reply gave it. */
  writtenRevision?: string;
  /**
   * The write for the section after the next meeting, planned from the doc read before that
   * meeting when nobody had edited it since Tandem's last write (prepare-section.ts): written after the
   * meeting without reading the doc again, at that revision only.
   */
  nextPlan?: PlannedSection;
  /**
   * What the reminder to prepare lists of the next section (its open items and topics), as the
   * doc stood when a run last read or wrote it: the reminder reads the doc only when this is not
   * from today or not for tomorrow's meeting (reminder/send.ts).
   */
  agendaSeen?: AgendaSummary;
  /** The last run's failure for this pair (src/api-error.ts: code, reason, how many runs in a row). */
  error?: FailureRecord;
  /** What the cards last read for this pair, so the homepage shows it without an API call. */
  seen?: PairSeen;
}

/** A section write planned ahead (PairRecord.nextPlan), valid while `key` and the doc's revision hold. */
export interface PlannedSection {
  /** What the plan assumed of the pair and settings (prepare-section.ts planKey). */
  key: string;
  revisionId: string;
  requests: DocsRequest[];
  preparedDate?: string;
  preparedTemplate?: string[];
  /** The Drive name to set after the write, when the plan retitles the doc. */
  rename?: string;
  openItems: number;
  /** What the reminder lists of the section the plan writes, once written (PairRecord.agendaSeen). */
  summary?: Omit<AgendaSummary, 'at'>;
}

/** One meeting's section as the reminder lists it: open items and topics, at `at` (ms). */
export interface AgendaSummary {
  at: number;
  /** The section's meeting date (YYYY-MM-DD). */
  date: string;
  items: { task: string; owner: { email: string; name?: string | null } | null; due: string | null }[];
  topics: { heading: string | null; text: string }[];
}

/** Facts a card read (the doc's open items, the last 90 days of meetings) and when. */
export interface PairSeen {
  at: number;
  openItems?: number;
  held?: number;
  cancelled?: number;
}

/** A summary kept under a pair's `written:` key, checked field by field; anything else is dropped. */
function readSummary(raw: unknown): Omit<AgendaSummary, 'at'> | null {
  if (!isRecord(raw) || !isIsoDate(raw.date) || !Array.isArray(raw.items) || !Array.isArray(raw.topics))
    return null;
  const items = raw.items.filter(
    (i): i is AgendaSummary['items'][number] =>
      isRecord(i) &&
      typeof i.task === 'string' &&
      (i.due === null || isIsoDate(i.due)) &&
      (i.owner === null || (isRecord(i.owner) && typeof i.owner.email === 'string')),
  );
  const topics = raw.topics.filter(
    (t): t is AgendaSummary['topics'][number] =>
      isRecord(t) && typeof t.text === 'string' && (t.heading === null || typeof t.heading === 'string'),
  );
  if (items.length !== raw.items.length || topics.length !== raw.topics.length) return null;
  return { date: raw.date, items, topics };
}

function readPlan(raw: unknown): { nextPlan?: PlannedSection } {
  if (
    !isRecord(raw) ||
    typeof raw.key !== 'string' ||
    typeof raw.revisionId !== 'string' ||
    !Array.isArray(raw.requests) ||
    raw.requests.length === 0 ||
    !raw.requests.every(isRecord) ||
    typeof raw.openItems !== 'number'
  )
    return {};
  return {
    nextPlan: {
      key: raw.key,
      revisionId: raw.revisionId,
      requests: raw.requests as DocsRequest[],
      ...(typeof raw.preparedDate === 'string' ? { preparedDate: raw.preparedDate } : {}),
      ...(isStringArray(raw.preparedTemplate) ? { preparedTemplate: raw.preparedTemplate } : {}),
      ...(typeof raw.rename === 'string' ? { rename: raw.rename } : {}),
      openItems: raw.openItems,
      ...(summaryOf(raw.summary) ?? {}),
    },
  };
}

function summaryOf(raw: unknown): { summary: Omit<AgendaSummary, 'at'> } | null {
  const summary = readSummary(raw);
  return summary ? { summary } : null;
}

/**
 * What Tandem knows of its last write to a pair's doc (PairRecord.writtenRevision, nextPlan), kept
 * under its own key: revision ids and a planned write are facts of the doc, not of the pair.
 */
export function readWritten(raw: unknown): Pick<PairRecord, 'writtenRevision' | 'nextPlan' | 'agendaSeen'> {
  if (!isRecord(raw)) return {};
  const seen = isRecord(raw.agendaSeen) ? readSummary(raw.agendaSeen) : null;
  const at = isRecord(raw.agendaSeen) ? raw.agendaSeen.at : undefined;
  return {
    ...(typeof raw.writtenRevision === 'string' ? { writtenRevision: raw.writtenRevision } : {}),
    ...readPlan(raw.nextPlan),
    ...(seen && typeof at === 'number' ? { agendaSeen: { ...seen, at } } : {}),
  };
}

function readSeen(raw: unknown): { seen?: PairSeen } {
  if (!isRecord(raw) || typeof raw.at !== 'number') return {};
  const seen: PairSeen = { at: raw.at };
  for (const key of ['openItems', 'held', 'cancelled'] as const) {
    const value = raw[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) seen[key] = value;
  }
  return { seen };
}

function optionalError(error: FailureRecord | null): { error?: FailureRecord } {
  return error ? { error } : {};
}

/** A pair's record as stored under its `pair:` key, or null when its key fields are missing. */
export function readPair(raw: unknown): PairRecord | null {
  if (
    !isRecord(raw) ||
    typeof raw.pairKey !== 'string' ||
    !isRecord(raw.other) ||
    typeof raw.other.email !== 'string'
  ) {
    return null;
  }
  const upcoming = Array.isArray(raw.upcoming)
    ? raw.upcoming.filter(
        (m): m is UpcomingMeeting =>
          isRecord(m) &&
          typeof m.date === 'string' &&
          typeof m.start === 'number' &&
          typeof m.end === 'number' &&
          typeof m.seriesId === 'string',
      )
    : [];
  return {
    pairKey: raw.pairKey,
    other: {
      email: raw.other.email,
      ...(typeof raw.other.name === 'string' ? { name: raw.other.name } : {}),
    },
    userIsOrganizer: raw.userIsOrganizer === true,
    seriesIds: isStringArray(raw.seriesIds) ? raw.seriesIds : [],
    ...(isRecord(raw.fingerprints)
      ? {
          fingerprints: Object.fromEntries(
            Object.entries(raw.fingerprints).filter((e): e is [string, string] => typeof e[1] === 'string'),
          ),
        }
      : {}),
    ...(typeof raw.docId === 'string' ? { docId: raw.docId } : {}),
    ...(raw.createdByMe === true ? { createdByMe: true } : {}),
    ...(typeof raw.sharedWith === 'string' ? { sharedWith: raw.sharedWith } : {}),
    status: raw.status === 'stopped' ? 'stopped' : 'active',
    ...(typeof raw.stoppedReason === 'string' ? { stoppedReason: raw.stoppedReason } : {}),
    upcoming,
    ...(isRecord(raw.lastHeld) &&
    typeof raw.lastHeld.date === 'string' &&
    typeof raw.lastHeld.end === 'number'
      ? { lastHeld: { date: raw.lastHeld.date, end: raw.lastHeld.end } }
      : {}),
    ...(typeof raw.preparedDate === 'string' ? { preparedDate: raw.preparedDate } : {}),
    ...(isStringArray(raw.preparedTemplate) && raw.preparedTemplate.length > 0
      ? { preparedTemplate: raw.preparedTemplate }
      : {}),
    ...(isStringArray(raw.organizedSeries) ? { organizedSeries: raw.organizedSeries } : {}),
    ...(isIsoDate(raw.mergedFor) ? { mergedFor: raw.mergedFor } : {}),
    ...optionalError(readFailureRecord(raw.error)),
    ...readSeen(raw.seen),
  };
}
