// The user-level values Tandem stores (settings, profile, trigger ids, the last run's status) and
// their readers: every field is checked, and what a bug or a person mangled falls back or is dropped.
import { DEFAULT_TEMPLATE } from '../../core/agenda/template';
import type { PairRole, SeriesOverride } from '../../core/pairs';
import { isRecord } from '../../core/is-record';

/** The template a new install starts with: core/agenda's, its one home. */
export { DEFAULT_TEMPLATE } from '../../core/agenda/template';
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

export const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isIsoDate = (v: unknown): v is string => typeof v === 'string' && ISO_DATE.test(v);

export function readSettings(raw: unknown): Settings {
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

export function readProfile(raw: unknown): Profile {
  if (!isRecord(raw)) return {};
  return {
    ...(typeof raw.name === 'string' ? { name: raw.name } : {}),
    ...(typeof raw.timeZone === 'string' ? { timeZone: raw.timeZone } : {}),
  };
}

export function readTriggers(raw: unknown): TriggerIds {
  const triggers: TriggerIds = {};
  if (!isRecord(raw)) return triggers;
  for (const k of ['calendar', 'hourly', 'daily', 'oneShot'] as const)
    if (typeof raw[k] === 'string') triggers[k] = raw[k];
  if (typeof raw.oneShotAt === 'number') triggers.oneShotAt = raw.oneShotAt;
  return triggers;
}

/**
 * The last run's status, or null (as before any run) when a field is missing or of the wrong type.
 * @example readSyncStatus({ at: 5, ok: true, pairs: 2, errors: 0 }) // { at: 5, ok: true, pairs: 2, errors: 0 }
 * @example readSyncStatus({ at: 5, ok: true, pairs: 2, errors: 'none' }) // null
 */
export function readSyncStatus(raw: unknown): SyncStatus | null {
  if (
    !isRecord(raw) ||
    typeof raw.at !== 'number' ||
    typeof raw.ok !== 'boolean' ||
    typeof raw.pairs !== 'number' ||
    typeof raw.errors !== 'number'
  )
    return null;
  const status: SyncStatus = { at: raw.at, ok: raw.ok, pairs: raw.pairs, errors: raw.errors };
  for (const flag of ['partial', 'listAgain', 'retrySoon'] as const) {
    const value = raw[flag];
    if (typeof value === 'boolean') status[flag] = value;
  }
  return status;
}
