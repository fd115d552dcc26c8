// What the hourly run finds due from stored state alone: meetings over, meetings about to start,
// the daily safety net, retries and resumes — and nothing at all in a quiet hour.
import { retriesSoon, type FailureRecord } from '../api-error';
import type { StatePort } from '../ports';
import {
  AFTER_MEETING_MS,
  PRE_MEETING_MS,
  RETRY_AFTER_MS,
  dueWork,
  pairsDue,
  tandemDay,
  withMergeRecorded,
} from './due';
import { TandemState, type PairRecord } from './state';

const MINUTE = 60_000;
const NOW = Date.parse('2026-11-24T09:10:00Z'); // Tuesday 10:10 in Paris
const TODAY = '2026-11-24';
const KEY = 'alice@example.com bob@example.com';

function memoryStore(initial: Record<string, string>): StatePort {
  const data = { ...initial };
  return {
    get: (key) => data[key] ?? null,
    getAll: () => ({ ...data }),
    set: (values) => Object.assign(data, values),
    delete: (key) => delete data[key],
  };
}

/** Bob's weekly 1:1 with Alice, organized by Alice, whose Tandem made the doc; its next meeting `startsIn` from NOW. */
function pair(startsIn: number, extra: Partial<PairRecord> = {}): PairRecord {
  const start = NOW + startsIn;
  return {
    pairKey: KEY,
    other: { email: 'bob@example.com' },
    userIsOrganizer: true,
    seriesIds: ['bob1on1'],
    status: 'active',
    docId: 'doc1',
    createdByMe: true,
    upcoming: [
      {
        date: new Date(start).toISOString().slice(0, 10),
        start,
        end: start + 30 * MINUTE,
        seriesId: 'bob1on1',
      },
    ],
    ...extra,
  };
}

/** A user synced today, with a sync token and the given pairs and extra properties. */
function stateWith(pairs: PairRecord[], extra: Record<string, string> = {}): TandemState {
  const values: Record<string, string> = {
    enabled: 'true',
    syncToken: 'token',
    dailyOn: TODAY,
    profile: JSON.stringify({ timeZone: 'Europe/Paris' }),
    ...extra,
  };
  for (const p of pairs) values[`pair:${p.pairKey}`] = JSON.stringify(p);
  return new TandemState(memoryStore(values));
}

const busy = (at: number, tries = 1): FailureRecord => ({ code: 503, reason: 'busy', at, tries });
const refused = (at: number): FailureRecord => ({ code: 403, reason: 'noAccess', at, tries: 1 });

describe('when nothing is due', () => {
  it('a quiet hour: synced today, next meeting tomorrow, no failure — nothing to list, no pair', () => {
    expect(dueWork(stateWith([pair(24 * 60 * MINUTE)]), NOW, retriesSoon)).toEqual({
      list: false,
      listAgain: false,
      daily: false,
      pairs: [],
    });
  });
});

describe('when a meeting has ended', () => {
  it('the pair is due a minute after the end, not before', () => {
    const ended = pair(-31 * MINUTE); // ended 1 minute ago
    expect(dueWork(stateWith([ended]), NOW, retriesSoon).pairs).toEqual([KEY]);
    const justEnded = pair(-30 * MINUTE - AFTER_MEETING_MS + 1);
    expect(dueWork(stateWith([justEnded]), NOW, retriesSoon).pairs).toEqual([]);
  });

  it('a guest’s pair is due too (its next meeting moves on), with nothing to list', () => {
    const guest = pair(-2 * 60 * MINUTE, { userIsOrganizer: false, createdByMe: false });
    expect(dueWork(stateWith([guest]), NOW, retriesSoon)).toMatchObject({ list: false, pairs: [KEY] });
  });
});

describe('when a meeting is about to start', () => {
  it('the pair is due within 75 minutes of the start, until its merge is recorded', () => {
    expect(pairsDue(stateWith([pair(PRE_MEETING_MS)]), NOW, retriesSoon, false)).toEqual([KEY]);
    expect(pairsDue(stateWith([pair(5 * MINUTE)]), NOW, retriesSoon, false)).toEqual([KEY]);
    expect(pairsDue(stateWith([pair(PRE_MEETING_MS + 1)]), NOW, retriesSoon, false)).toEqual([]);
    expect(pairsDue(stateWith([pair(5 * MINUTE, { mergedFor: TODAY })]), NOW, retriesSoon, false)).toEqual(
      [],
    );
  });

  it('not once it has started, nor for a doc another install keeps (it merges there)', () => {
    expect(pairsDue(stateWith([pair(-5 * MINUTE)]), NOW, retriesSoon, false)).toEqual([]);
    expect(pairsDue(stateWith([pair(5 * MINUTE, { createdByMe: false })]), NOW, retriesSoon, false)).toEqual(
      [],
    );
    const guestMade = pair(5 * MINUTE, { userIsOrganizer: false, createdByMe: true });
    expect(pairsDue(stateWith([guestMade]), NOW, retriesSoon, false)).toEqual([KEY]);
  });

  it('a run that brought the doc up to date within the window records the merge; outside it, nothing', () => {
    expect(withMergeRecorded(pair(10 * MINUTE), NOW).mergedFor).toBe(TODAY);
    expect(withMergeRecorded(pair(3 * 60 * MINUTE), NOW).mergedFor).toBeUndefined();
    const other = pair(10 * MINUTE, { createdByMe: false });
    expect(withMergeRecorded(other, NOW)).toBe(other);
    // Once that meeting is over and the next is a week away, the merge recorded for it is forgotten.
    expect(
      withMergeRecorded(pair(7 * 24 * 60 * MINUTE, { mergedFor: '2026-11-17' }), NOW).mergedFor,
    ).toBeUndefined();
  });
});

describe('the daily safety net', () => {
  it('is due once per day of the user’s zone, from 04:00 there', () => {
    const state = stateWith([], { dailyOn: '2026-11-23' });
    expect(dueWork(state, Date.parse('2026-11-24T02:59:00Z'), retriesSoon)).toMatchObject({
      list: false,
      daily: false,
    }); // 03:59 in Paris: still the 23rd's
    expect(dueWork(state, Date.parse('2026-11-24T03:00:00Z'), retriesSoon)).toMatchObject({
      list: true,
      daily: true,
    });
  });

  it('is due for a user who has never had one (turned on before it was recorded)', () => {
    const values = stateWith([]);
    values.dailyOn = null;
    expect(dueWork(values, NOW, retriesSoon)).toMatchObject({ list: true, daily: true });
  });

  it('retries the pairs Google refused; other runs leave them', () => {
    const state = stateWith([pair(24 * 60 * MINUTE, { error: refused(NOW - 5 * 60 * MINUTE) })]);
    expect(pairsDue(state, NOW, retriesSoon, false)).toEqual([]);
    expect(pairsDue(state, NOW, retriesSoon, true)).toEqual([KEY]);
  });

  it('counts days in the user’s zone, turning over at 04:00', () => {
    expect(tandemDay(Date.parse('2026-11-24T02:30:00Z'), 'Europe/Paris')).toBe('2026-11-23');
    expect(tandemDay(Date.parse('2026-11-24T03:00:00Z'), 'Europe/Paris')).toBe('2026-11-24');
    expect(tandemDay(Date.parse('2026-11-24T08:59:00Z'), 'America/New_York')).toBe('2026-11-23');
  });
});

describe('retries and resumes', () => {
  it('a passing failure is due ten minutes after it, at the next hourly run', () => {
    const failed = (at: number) => stateWith([pair(24 * 60 * MINUTE, { error: busy(at) })]);
    expect(pairsDue(failed(NOW - RETRY_AFTER_MS + 1), NOW, retriesSoon, false)).toEqual([]);
    expect(pairsDue(failed(NOW - RETRY_AFTER_MS), NOW, retriesSoon, false)).toEqual([KEY]);
  });

  it('a passing failure that failed many runs in a row waits for the daily run', () => {
    const state = stateWith([pair(24 * 60 * MINUTE, { error: busy(NOW - 60 * MINUTE, 99) })]);
    expect(pairsDue(state, NOW, retriesSoon, false)).toEqual([]);
  });

  it('a run cut short resumes: its series are pending, so the next run lists and goes on', () => {
    expect(dueWork(stateWith([], { pendingSeries: '["bob1on1"]' }), NOW, retriesSoon).list).toBe(true);
  });

  it('without a sync position (new, or a full listing asked for), the next run lists', () => {
    const state = stateWith([]);
    state.syncToken = null;
    expect(dueWork(state, NOW, retriesSoon).list).toBe(true);
  });

  it('a listing that failed in passing is due again ten minutes on; one refused, only with other work', () => {
    const failedAt = (at: number, retrySoon: boolean) =>
      stateWith([], {
        lastSync: JSON.stringify({
          at,
          ok: false,
          pairs: 0,
          errors: 1,
          listAgain: true,
          ...(retrySoon ? { retrySoon } : {}),
        }),
      });
    expect(dueWork(failedAt(NOW - RETRY_AFTER_MS, true), NOW, retriesSoon)).toMatchObject({ list: true });
    expect(dueWork(failedAt(NOW - 5 * MINUTE, true), NOW, retriesSoon)).toMatchObject({
      list: false,
      listAgain: true,
    });
    expect(dueWork(failedAt(NOW - 5 * 60 * MINUTE, false), NOW, retriesSoon)).toMatchObject({
      list: false,
      listAgain: true,
    });
  });
});

describe('edge cases', () => {
  it('a stopped pair is never due', () => {
    expect(
      pairsDue(stateWith([pair(-2 * 60 * MINUTE, { status: 'stopped' })]), NOW, retriesSoon, true),
    ).toEqual([]);
  });

  it('the organizer’s pair without a doc and without a failure is due (its doc is still to be made)', () => {
    const noDoc = pair(24 * 60 * MINUTE);
    delete noDoc.docId;
    expect(pairsDue(stateWith([noDoc]), NOW, retriesSoon, false)).toEqual([KEY]);
  });

  it('a pair with no coming meeting known is due for nothing but a retry', () => {
    expect(pairsDue(stateWith([pair(0, { upcoming: [] })]), NOW, retriesSoon, false)).toEqual([]);
  });
});
