// The user properties Tandem keeps, one row each: the property key, how its text is read back
// (validated: missing or mangled gives the default) and how a value is written — the stored format.
import {
  isIsoDate,
  isStringArray,
  readProfile,
  readSettings,
  readSyncStatus,
  readTriggers,
  type Profile,
  type Settings,
  type SyncStatus,
  type TriggerIds,
} from './schema';
import { readPair, readWritten, type PairRecord } from './pair-record';

/** One stored value: its property key, its reader and its writer (null: the key is deleted). */
interface Field<T> {
  key: string;
  read(text: string | undefined): T;
  write(value: T): string | null;
}

function parseJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const json = <T>(key: string, read: (raw: unknown) => T): Field<T> => ({
  key,
  read: (text) => read(parseJson(text)),
  write: JSON.stringify,
});

/** A day (YYYY-MM-DD) kept as plain text. */
const day = (key: string): Field<string | null> => ({
  key,
  read: (text) => (isIsoDate(text) ? text : null),
  write: (value) => value,
});

/** The values of TandemState kept one per key, by the name TandemState gives them. */
export interface StoredValues {
  enabled: boolean;
  settings: Settings;
  syncToken: string | null;
  status: SyncStatus | null;
  profile: Profile;
  triggers: TriggerIds;
  pendingSeries: string[];
  dailyOn: string | null;
  docsListedOn: string | null;
}
export type FieldName = keyof StoredValues;

export const FIELDS: { [K in FieldName]: Field<StoredValues[K]> } = {
  enabled: { key: 'enabled', read: (text) => text === 'true', write: String },
  settings: json('settings', readSettings),
  syncToken: { key: 'syncToken', read: (text) => text || null, write: (token) => token || null }, // '': deleted
  status: json('lastSync', readSyncStatus),
  profile: json('profile', readProfile),
  triggers: json('triggers', readTriggers),
  pendingSeries: json('pendingSeries', (raw) => (isStringArray(raw) ? raw : [])),
  dailyOn: day('dailyOn'),
  docsListedOn: day('docsListedOn'),
};

/**
 * The values kept per pair, under prefix + pair key: its record, and what Tandem knows of its last
 * write to its doc (written: revision ids, a planned write and what the reminder lists of the next
 * section are facts of the doc, not of the pair).
 */
export const PAIR_FIELDS = {
  record: {
    prefix: 'pair:',
    read: (text: string | undefined) => readPair(parseJson(text)),
    write: (pair: PairRecord): string => {
      const { writtenRevision: _revision, nextPlan: _plan, agendaSeen: _seen, ...record } = pair;
      return JSON.stringify(record);
    },
  },
  written: {
    prefix: 'written:',
    read: (text: string | undefined) => readWritten(parseJson(text)),
    write: ({ writtenRevision, nextPlan, agendaSeen }: PairRecord): string | null =>
      writtenRevision || nextPlan || agendaSeen
        ? JSON.stringify({ writtenRevision, nextPlan, agendaSeen })
        : null,
  },
};

/** Every pair stored among `all` (joined values by key), its record and written facts merged. */
export function readPairs(all: Record<string, string>): PairRecord[] {
  const { record, written } = PAIR_FIELDS;
  const pairs: PairRecord[] = [];
  for (const [key, text] of Object.entries(all)) {
    if (!key.startsWith(record.prefix)) continue;
    const pair = record.read(text);
    if (pair) pairs.push({ ...pair, ...written.read(all[written.prefix + pair.pairKey]) });
  }
  return pairs;
}
