// What a card records of a pair: the facts it read, with their time kept when they did not change.
import type { PairRecord } from '../state';
import { withSeen } from './pair-access';

const pair: PairRecord = {
  pairKey: 'alice@example.com bob@example.com',
  other: { email: 'bob@example.com' },
  userIsOrganizer: true,
  seriesIds: ['s'],
  status: 'active',
  upcoming: [],
};
const first = new Date('2026-11-23T08:00:00Z');
const later = new Date('2026-11-23T09:00:00Z');

describe('withSeen', () => {
  it('records the doc id and the facts, at the time read', () => {
    expect(withSeen(pair, 'doc1', { openItems: 2 }, first)).toMatchObject({
      docId: 'doc1',
      seen: { at: first.getTime(), openItems: 2 },
    });
  });

  it('keeps the earlier time for the same facts, so the record is unchanged', () => {
    const seen = withSeen(pair, 'doc1', { openItems: 2 }, first);
    expect(withSeen(seen, 'doc1', { openItems: 2 }, later)).toEqual(seen);
  });

  it('takes the new time when a fact changed, and replaces the facts', () => {
    const seen = withSeen(pair, 'doc1', { openItems: 2, held: 3 }, first);
    expect(withSeen(seen, 'doc1', { openItems: 1 }, later).seen).toEqual({
      at: later.getTime(),
      openItems: 1,
    });
  });

  it('never replaces a doc id already recorded', () => {
    expect(withSeen({ ...pair, docId: 'doc0' }, 'doc1', { openItems: 0 }, first).docId).toBe('doc0');
  });
});
