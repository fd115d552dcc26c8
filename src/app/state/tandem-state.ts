// A snapshot of the user's Tandem state: read with one properties call, changed through setters
// that note what changed, written back by key in one call. Which keys and formats: fields.ts.
import { pairTag } from '../../core/pairs';
import type { StatePort } from '../../ports';
import { FIELDS, PAIR_FIELDS, readPairs, type FieldName, type StoredValues } from './fields';
import { joinParts, storeParts } from './parts';
import type { PairRecord } from './pair-record';
import type { Profile, Settings, SyncStatus, TriggerIds } from './schema';

/** A snapshot of the user's Tandem state, read with one properties call and written back by key. */
export class TandemState implements StoredValues {
  readonly settings!: Settings;
  readonly pairs = new Map<string, PairRecord>();
  enabled!: boolean;
  syncToken!: string | null;
  status!: SyncStatus | null;
  profile!: Profile;
  triggers!: TriggerIds;
  /** Series seen changed but not processed yet (the run stopped early); done first next run. */
  pendingSeries!: string[];
  /** The day (YYYY-MM-DD, see due.ts tandemDay) the daily safety net last ran; null before its first. */
  dailyOn!: string | null;
  /** The day (tandemDay) Tandem last listed its agenda docs in Drive, which tells trashed docs apart. */
  docsListedOn!: string | null;
  /** Changed since the last save: values by name, pairs by key. */
  private readonly dirty = new Set<FieldName>();
  private readonly dirtyPairs = new Set<string>();
  /** How many parts each stored value has, so a shorter value deletes the parts it no longer needs. */
  private readonly parts: Map<string, number>;

  constructor(private readonly store: StatePort) {
    const joined = joinParts(store.getAll());
    this.parts = joined.parts;
    for (const name of Object.keys(FIELDS) as FieldName[]) this.assign(name, joined.values);
    for (const pair of readPairs(joined.values)) this.pairs.set(pair.pairKey, pair);
  }

  private assign<K extends FieldName>(name: K, values: Record<string, string>): void {
    const field = FIELDS[name];
    (this as StoredValues)[name] = field.read(values[field.key]);
  }

  private change<K extends FieldName>(name: K, value: StoredValues[K]): void {
    (this as StoredValues)[name] = value;
    this.dirty.add(name);
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
    this.dirtyPairs.add(pair.pairKey);
  }

  setSyncToken(token: string | null): void {
    this.change('syncToken', token);
  }

  setStatus(status: SyncStatus): void {
    this.change('status', status);
  }

  setProfile(profile: Profile): void {
    this.change('profile', profile);
  }

  setTriggers(triggers: TriggerIds): void {
    this.change('triggers', triggers);
  }

  setPendingSeries(seriesIds: string[]): void {
    this.change('pendingSeries', seriesIds);
  }

  setDailyOn(day: string): void {
    this.change('dailyOn', day);
  }

  setDocsListedOn(day: string): void {
    this.change('docsListedOn', day);
  }

  setEnabled(enabled: boolean): void {
    this.change('enabled', enabled);
  }

  updateSettings(change: Partial<Settings>): void {
    Object.assign(this.settings, change);
    this.dirty.add('settings');
  }

  /** Writes what changed in one properties call. */
  save(): void {
    const values: Record<string, string | null> = {};
    for (const name of this.dirty) this.write(name, values);
    for (const pairKey of this.dirtyPairs) {
      const pair = this.pairs.get(pairKey);
      if (!pair) continue;
      for (const field of Object.values(PAIR_FIELDS)) values[field.prefix + pairKey] = field.write(pair);
    }
    const { set, remove } = storeParts(values, this.parts);
    if (Object.keys(set).length > 0) this.store.set(set);
    for (const key of remove) this.store.delete(key);
    this.dirty.clear();
    this.dirtyPairs.clear();
  }

  private write<K extends FieldName>(name: K, values: Record<string, string | null>): void {
    const field = FIELDS[name];
    values[field.key] = field.write(this[name]);
  }
}
