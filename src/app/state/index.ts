// What Tandem remembers per user, in user properties: settings, the sync position, one record per
// pair. The one door to src/app/state: the TandemState snapshot, the stored types and the parts limit.
export { TandemState } from './tandem-state';
export { DEFAULT_REMIND_HOUR, DEFAULT_TEMPLATE } from './schema';
export type { Profile, Settings, SyncStatus, TriggerIds } from './schema';
export type { AgendaSummary, PairRecord, PairSeen, PlannedSection, UpcomingMeeting } from './pair-record';
export { PART_LENGTH, splitValue } from './parts';
