// What Tandem remembers per user, in user properties: settings, the sync position, one record per
// pair. Every read is validated: a value a bug or a person mangled is dropped, never trusted.
import { DEFAULT_TEMPLATE } from '../core/agenda/template';
import { pairTag, type PairRole, type SeriesOverride } from '../core/pairs';
import { readFailureRecord, type FailureRecord } from '../api-error';
import type { DocsRequest, StatePort } from '../ports';
import { isRecord } from '../core/is-record';

/** The template a new install starts with: core/agenda's, its one home. */
export { DEFAULT_TEMPLATE } from '../core/agenda/template';
/** The hour (0–23, the user's zone) the reminder to prepare goes out when the person chose none. */
export const DEFAULT_REMIND_HOUR = 16;

export interface Settings {
  template: string[];
  notifyOnShare: boolean;
  exclusionKeywords: string[];
  roles: Record<string, PairRole>;
  seriesOverrides: Record<string, SeriesOverride>;
  customQuestions: string;
  /** The reminder to prepare (design.md §8): an e-mail the day before 1:1s, at this hour (0–23) of the user's zone. */
  remindDayBefore: boolean;
  remindHour: number;
}

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
   * meeting when nobody had edited it since Tandem's last write (prepare.ts): written after the
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
  /** What the plan assumed of the pair and settings (prepare.ts planKey). */
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
function readWritten(raw: unknown): Pick<PairRecord, 'writtenRevision' | 'nextPlan' | 'agendaSeen'> {
  if (!isRecord(raw)) return {};
  const seen = isRecord(raw.agendaSeen) ? readSummary(raw.agendaSeen) : null;
  const at = isRecord(raw.agendaSeen) ? raw.agendaSeen.at : undefined;
  return {
    ...(typeof raw.writtenRevision === 'string' ? { writtenRevision: raw.writtenRevision } : {}),
    ...readPlan(raw.nextPlan),
    ...(seen && typeof at === 'number' ? { agendaSeen: { ...seen, at } } : {}),
  };
}

/** Facts a card read (the doc's open items, the last 90 days of meetings) and when. */
export interface PairSeen {
  at: number;
  openItems?: number;
  held?: number;
  cancelled?: number;
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

/** What Tandem learned about the user: their name as Calendar shows it, and their calendar's zone. */
export interface Profile {
  name?: string;
  timeZone?: string;
}

/** Ids of Tandem's own installable triggers (design.md §4): the calendar trigger and the hourly one. */
export interface TriggerIds {
  calendar?: string;
  hourly?: string;
  /** Before the hourly trigger, Tandem ran a daily trigger and a one-shot: read so a user moves on. */
  daily?: string;
  oneShot?: string;
  oneShotAt?: number;
}

export interface SyncStatus {
  at: number;
  ok: boolean;
  pairs: number;
  errors: number;
  /** Set when the run stopped early (time budget) and the next run resumes. */
  partial?: boolean;
  /** Set when a run failed before keeping what it listed: the next run lists again, whatever started it. */
  listAgain?: boolean;
  /** With listAgain: the failure was a passing one, so the listing is due again soon, not next day. */
  retrySoon?: boolean;
}

const KEY = {
  enabled: 'enabled',
  settings: 'settings',
  syncToken: 'syncToken',
  status: 'lastSync',
  profile: 'profile',
  triggers: 'triggers',
  pending: 'pendingSeries',
  dailyOn: 'dailyOn',
  docsListedOn: 'docsListedOn',
  pairPrefix: 'pair:',
  writtenPrefix: 'written:',
} as const;

/**
 * Apps Script keeps at most 9 KB per property value (quotas page: "Properties value size 9 KB /
 * val", https://developers.google.com/apps-script/guides/services/quotas). A longer value — the
 * settings at their largest allowed size are about 40 KB — is kept in parts: `key`, `key#1`, `key#2`…
 * Each part holds at most 3,000 UTF-16 units, 9,000 UTF-8 bytes at worst.
 */
export const PART_LENGTH = 3000;
const PART_KEY = /^(.*)#(\d+)$/;

/** Splits a value into parts, never between the two halves of a surrogate pair. */
export function splitValue(value: string): string[] {
  const parts: string[] = [];
  let at = 0;
  do {
    let end = Math.min(at + PART_LENGTH, value.length);
    const last = value.charCodeAt(end - 1);
    if (end < value.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(value.slice(at, end));
    at = end;
  } while (at < value.length);
  return parts;
}

/** Joins `key#N` parts back onto their key; returns the joined values and how many parts each had. */
function joinParts(all: Record<string, string>): {
  values: Record<string, string>;
  parts: Map<string, number>;
} {
  const values: Record<string, string> = {};
  const parts = new Map<string, number>();
  for (const [key, value] of Object.entries(all)) {
    if (PART_KEY.test(key) && all[(PART_KEY.exec(key) as RegExpExecArray)[1] as string] !== undefined)
      continue;
    let joined = value;
    let n = 1;
    for (; all[`${key}#${n}`] !== undefined; n++) joined += all[`${key}#${n}`];
    values[key] = joined;
    parts.set(key, n);
  }
  return { values, parts };
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isIsoDate = (v: unknown): v is string => typeof v === 'string' && ISO_DATE.test(v);

function readSettings(raw: unknown): Settings {
  const s = isRecord(raw) ? raw : {};
  const roles: Record<string, PairRole> = {};
  if (isRecord(s.roles)) {
    for (const [k, v] of Object.entries(s.roles))
      if (v === 'manager' || v === 'report' || v === 'peer') roles[k] = v;
  }
  const overrides: Record<string, SeriesOverride> = {};
  if (isRecord(s.seriesOverrides)) {
    for (const [k, v] of Object.entries(s.seriesOverrides))
      if (v === 'include' || v === 'exclude') overrides[k] = v;
  }
  return {
    template: isStringArray(s.template) && s.template.length > 0 ? s.template : [...DEFAULT_TEMPLATE],
    notifyOnShare: s.notifyOnShare === true,
    exclusionKeywords: isStringArray(s.exclusionKeywords) ? s.exclusionKeywords : [],
    roles,
    seriesOverrides: overrides,
    customQuestions: typeof s.customQuestions === 'string' ? s.customQuestions : '',
    remindDayBefore: s.remindDayBefore === true,
    remindHour:
      Number.isInteger(s.remindHour) && (s.remindHour as number) >= 0 && (s.remindHour as number) <= 23
        ? (s.remindHour as number)
        : DEFAULT_REMIND_HOUR,
  };
}

function optionalError(error: FailureRecord | null): { error?: FailureRecord } {
  return error ? { error } : {};
}

function readPair(raw: unknown): PairRecord | null {
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

/** A snapshot of the user's Tandem state, read with one properties call and written back by key. */
export class TandemState {
  readonly settings: Settings;
  readonly pairs = new Map<string, PairRecord>();
  enabled: boolean;
  syncToken: string | null;
  status: SyncStatus | null;
  profile: Profile;
  triggers: TriggerIds;
  /** Series seen changed but not processed yet (the run stopped early); done first next run. */
  pendingSeries: string[];
  /** The day (YYYY-MM-DD, see due.ts tandemDay) the daily safety net last ran; null before its first. */
  dailyOn: string | null;
  /** The day (tandemDay) Tandem last listed its agenda docs in Drive, which tells trashed docs apart. */
  docsListedOn: string | null;
  private readonly dirty = new Set<string>();
  /** How many parts each stored value has, so a shorter value deletes the parts it no longer needs. */
  private readonly parts: Map<string, number>;

  constructor(private readonly store: StatePort) {
    const joined = joinParts(store.getAll());
    const all = joined.values;
    this.parts = joined.parts;
    this.enabled = all[KEY.enabled] === 'true';
    this.settings = readSettings(parseJson(all[KEY.settings]));
    this.syncToken = all[KEY.syncToken] || null;
    const status = parseJson(all[KEY.status]);
    this.status =
      isRecord(status) && typeof status.at === 'number' ? (status as unknown as SyncStatus) : null;
    const profile = parseJson(all[KEY.profile]);
    this.profile = isRecord(profile)
      ? {
          ...(typeof profile.name === 'string' ? { name: profile.name } : {}),
          ...(typeof profile.timeZone === 'string' ? { timeZone: profile.timeZone } : {}),
        }
      : {};
    const triggers = parseJson(all[KEY.triggers]);
    this.triggers = {};
    if (isRecord(triggers)) {
      for (const k of ['calendar', 'hourly', 'daily', 'oneShot'] as const)
        if (typeof triggers[k] === 'string') this.triggers[k] = triggers[k];
      if (typeof triggers.oneShotAt === 'number') this.triggers.oneShotAt = triggers.oneShotAt;
    }
    const pending = parseJson(all[KEY.pending]);
    this.pendingSeries = isStringArray(pending) ? pending : [];
    const dailyOn = all[KEY.dailyOn];
    this.dailyOn = isIsoDate(dailyOn) ? dailyOn : null;
    const docsListedOn = all[KEY.docsListedOn];
    this.docsListedOn = isIsoDate(docsListedOn) ? docsListedOn : null;
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(KEY.pairPrefix)) continue;
      const pair = readPair(parseJson(value));
      if (!pair) continue;
      const written = readWritten(parseJson(all[KEY.writtenPrefix + pair.pairKey]));
      this.pairs.set(pair.pairKey, { ...pair, ...written });
    }
  }

  /** The pair a series belongs to, from the series ids recorded on pairs. */
  pairOfSeries(seriesId: string): PairRecord | null {
    for (const pair of this.pairs.values()) if (pair.seriesIds.includes(seriesId)) return pair;
    return null;
  }

  /** The pair whose doc carries this Drive `tandemPair` tag. */
  pairByTag(tag: string): PairRecord | null {
    for (const pair of this.pairs.values()) if (pairTag(pair.pairKey) === tag) return pair;
    return null;
  }

  /** Records the pair; an unchanged record is not written again. */
  putPair(pair: PairRecord): void {
    const known = this.pairs.get(pair.pairKey);
    if (known && JSON.stringify(known) === JSON.stringify(pair)) return;
    this.pairs.set(pair.pairKey, pair);
    this.dirty.add(KEY.pairPrefix + pair.pairKey);
    this.dirty.add(KEY.writtenPrefix + pair.pairKey);
  }

  setSyncToken(token: string | null): void {
    this.syncToken = token;
    this.dirty.add(KEY.syncToken);
  }

  setStatus(status: SyncStatus): void {
    this.status = status;
    this.dirty.add(KEY.status);
  }

  setProfile(profile: Profile): void {
    this.profile = profile;
    this.dirty.add(KEY.profile);
  }

  setTriggers(triggers: TriggerIds): void {
    this.triggers = triggers;
    this.dirty.add(KEY.triggers);
  }

  setPendingSeries(seriesIds: string[]): void {
    this.pendingSeries = seriesIds;
    this.dirty.add(KEY.pending);
  }

  setDailyOn(day: string): void {
    this.dailyOn = day;
    this.dirty.add(KEY.dailyOn);
  }

  setDocsListedOn(day: string): void {
    this.docsListedOn = day;
    this.dirty.add(KEY.docsListedOn);
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.dirty.add(KEY.enabled);
  }

  updateSettings(change: Partial<Settings>): void {
    Object.assign(this.settings, change);
    this.dirty.add(KEY.settings);
  }

  /** Writes what changed in one properties call. */
  save(): void {
    const values: Record<string, string> = {};
    for (const key of this.dirty) {
      if (key === KEY.enabled) values[key] = String(this.enabled);
      else if (key === KEY.settings) values[key] = JSON.stringify(this.settings);
      else if (key === KEY.status) values[key] = JSON.stringify(this.status);
      else if (key === KEY.profile) values[key] = JSON.stringify(this.profile);
      else if (key === KEY.triggers) values[key] = JSON.stringify(this.triggers);
      else if (key === KEY.pending) values[key] = JSON.stringify(this.pendingSeries);
      else if (key === KEY.dailyOn && this.dailyOn) values[key] = this.dailyOn;
      else if (key === KEY.docsListedOn && this.docsListedOn) values[key] = this.docsListedOn;
      else if (key === KEY.syncToken) {
        if (this.syncToken) values[key] = this.syncToken;
        else this.store.delete(key);
      } else if (key.startsWith(KEY.pairPrefix)) {
        const pair = this.pairs.get(key.slice(KEY.pairPrefix.length));
        if (pair) {
          const { writtenRevision: _revision, nextPlan: _plan, agendaSeen: _seen, ...record } = pair;
          values[key] = JSON.stringify(record);
        }
      } else if (key.startsWith(KEY.writtenPrefix)) {
        const pair = this.pairs.get(key.slice(KEY.writtenPrefix.length));
        if (pair?.writtenRevision || pair?.nextPlan || pair?.agendaSeen) {
          const { writtenRevision, nextPlan, agendaSeen } = pair;
          values[key] = JSON.stringify({ writtenRevision, nextPlan, agendaSeen });
        } else if (this.parts.has(key)) {
          for (let i = 1; i < (this.parts.get(key) ?? 1); i++) this.store.delete(`${key}#${i}`);
          this.store.delete(key);
          this.parts.delete(key);
        }
      }
    }
    const written: Record<string, string> = {};
    const stale: string[] = [];
    for (const [key, value] of Object.entries(values)) {
      const parts = splitValue(value);
      parts.forEach((part, i) => (written[i === 0 ? key : `${key}#${i}`] = part));
      for (let i = parts.length; i < (this.parts.get(key) ?? 1); i++) stale.push(`${key}#${i}`);
      this.parts.set(key, parts.length);
    }
    if (Object.keys(written).length > 0) this.store.set(written);
    for (const key of stale) this.store.delete(key);
    this.dirty.clear();
  }
}
