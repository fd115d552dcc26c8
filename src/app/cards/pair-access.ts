// Reading and writing pair records from a card callback: the user as a person of the pair, the
// pair a doc belongs to, and a careful update under the user lock so a running sync never loses work.
import type { Person } from '../../core/agenda';
import type { Ports } from '../../ports';
import { LOCK_WAIT_MS } from '../sync';
import { TandemState, type PairRecord, type PairSeen } from '../state';
import { CardProblem } from './problems';

/** A card only records what it read when the lock is free at once: the facts are a nicety. */
const QUICK_LOCK_MS = 200;

export function userPerson(ports: Ports, state: TandemState): Person {
  return { email: ports.session.userEmail(), name: state.profile.name ?? null };
}

/** The pair whose agenda is this doc, by the doc id Tandem recorded. */
export function pairOfDoc(state: TandemState, docId: string): PairRecord | null {
  for (const pair of state.pairs.values()) if (pair.docId === docId) return pair;
  return null;
}

/**
 * Runs `work` under the user lock on a fresh read of the state, then saves it. With `required`,
 * a busy lock (a sync is running) stops with a plain message; without, the work is skipped.
 */
export function withFreshState<T>(
  ports: Ports,
  required: boolean,
  work: (state: TandemState) => T,
): T | undefined {
  if (!ports.lock.tryLock(required ? LOCK_WAIT_MS : QUICK_LOCK_MS)) {
    if (required) throw new CardProblem('Tandem is busy updating your 1:1s. Try again in a moment.');
    return undefined;
  }
  try {
    const state = new TandemState(ports.state);
    const result = work(state);
    state.save();
    return result;
  } finally {
    ports.lock.release();
  }
}

/** Changes one pair record if it still exists; best effort (skipped while a sync runs). */
export function notePair(ports: Ports, pairKey: string, change: (pair: PairRecord) => PairRecord): void {
  withFreshState(ports, false, (state) => {
    const pair = state.pairs.get(pairKey);
    if (pair) state.putPair(change(pair));
  });
}

/**
 * The pair with what a card just read of it (the doc id, the seen facts). The facts keep their old
 * time when they did not change, so opening the same card again writes nothing.
 */
export function withSeen(
  pair: PairRecord,
  docId: string,
  facts: Omit<PairSeen, 'at'>,
  now: Date,
): PairRecord {
  const { at: _at, ...previous } = pair.seen ?? { at: 0 };
  const same = pair.seen !== undefined && JSON.stringify(previous) === JSON.stringify(facts);
  return {
    ...pair,
    ...(pair.docId ? {} : { docId }),
    seen: { at: same && pair.seen ? pair.seen.at : now.getTime(), ...facts },
  };
}

/**
 * Keeps the names a card learned from Drive (the doc's owner and the people it is shared with):
 * the user's own on their profile, the other person's on the pair. Best effort, and only when
 * something is new, so opening the same card again writes nothing.
 */
export function learnNames(ports: Ports, state: TandemState, pair: PairRecord, file: DriveNames): void {
  const own = state.profile.name ? null : driveNameOf(file, ports.session.userEmail());
  const recorded = state.pairs.get(pair.pairKey);
  const other = recorded && !recorded.other.name ? driveNameOf(file, pair.other.email) : null;
  if (!own && !other) return;
  if (own) state.profile = { ...state.profile, name: own }; // this card's own view
  withFreshState(ports, false, (fresh) => {
    if (own && !fresh.profile.name) fresh.setProfile({ ...fresh.profile, name: own });
    const current = fresh.pairs.get(pair.pairKey);
    if (other && current && !current.other.name)
      fresh.putPair({ ...current, other: { ...current.other, name: other } });
  });
}

interface DriveUser {
  emailAddress?: string | null;
  displayName?: string | null;
}

/** The people a Drive file names: its owners and those it is shared with. */
interface DriveNames {
  owners?: DriveUser[] | null;
  permissions?: DriveUser[] | null;
}

/** The name Drive shows for `email` on the file (its owner, or a person it is shared with). */
export function driveNameOf(file: DriveNames, email: string): string | null {
  const people = [...(file.owners ?? []), ...(file.permissions ?? [])];
  const match = people.find((p) => p.emailAddress?.toLowerCase() === email.toLowerCase() && p.displayName);
  return match?.displayName ?? null;
}
