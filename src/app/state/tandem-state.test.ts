// TandemState reads user properties defensively: a mangled value is dropped, never trusted, and
// writes go back in one call with only what changed.
import { DEFAULT_TEMPLATE, TandemState, type PairRecord } from '.';
import { memoryStore } from './testing';

const pair: PairRecord = {
  pairKey: 'alice@example.com bob@example.com',
  other: { email: 'bob@example.com', name: 'Bob Okafor' },
  userIsOrganizer: true,
  seriesIds: ['bob1on1'],
  status: 'active',
  upcoming: [{ date: '2026-11-24', start: 1, end: 2, seriesId: 'bob1on1' }],
};

describe('TandemState', () => {
  it('starts off, with the default template, for a new user', () => {
    const state = new TandemState(memoryStore());
    expect(state.enabled).toBe(false);
    expect(state.settings.template).toEqual(DEFAULT_TEMPLATE);
    expect(state.settings.notifyOnShare).toBe(false);
    expect(state.pairs.size).toBe(0);
  });

  it('round-trips pairs, settings and the sync token in one write', () => {
    const store = memoryStore();
    const state = new TandemState(store);
    state.putPair(pair);
    state.setSyncToken('token-1');
    state.updateSettings({ exclusionKeywords: ['interview'] });
    state.setEnabled(true);
    state.save();
    expect(store.writes).toBe(1);
    const again = new TandemState(store);
    expect(again.pairs.get(pair.pairKey)).toEqual(pair);
    expect(again.syncToken).toBe('token-1');
    expect(again.settings.exclusionKeywords).toEqual(['interview']);
    expect(again.enabled).toBe(true);
    expect(again.pairOfSeries('bob1on1')?.pairKey).toBe(pair.pairKey);
  });

  it('keeps what the reminder lists of the next section under the pair’s written: key, not in its record', () => {
    const store = memoryStore();
    const state = new TandemState(store);
    const agendaSeen = {
      at: 5,
      date: '2026-11-24',
      items: [{ task: 'send the figures', owner: { email: 'bob@example.com', name: 'Bob' }, due: null }],
      topics: [{ heading: 'Wins', text: 'the launch' }],
    };
    state.putPair({ ...pair, agendaSeen });
    state.save();
    expect(store.data[`pair:${pair.pairKey}`]).not.toContain('send the figures');
    expect(new TandemState(store).pairs.get(pair.pairKey)?.agendaSeen).toEqual(agendaSeen);
    // A mangled summary is dropped whole, never half-trusted.
    store.data[`written:${pair.pairKey}`] = JSON.stringify({ agendaSeen: { ...agendaSeen, items: [{}] } });
    expect(new TandemState(store).pairs.get(pair.pairKey)?.agendaSeen).toBeUndefined();
  });

  it('writes nothing when a pair is put back unchanged', () => {
    const store = memoryStore({ [`pair:${pair.pairKey}`]: JSON.stringify(pair) });
    const state = new TandemState(store);
    state.putPair({ ...pair });
    state.save();
    expect(store.writes).toBe(0);
    state.putPair({ ...pair, preparedDate: '2026-11-24' });
    state.save();
    expect(store.writes).toBe(1);
  });

  it('writes nothing when nothing changed', () => {
    const store = memoryStore();
    new TandemState(store).save();
    expect(store.writes).toBe(0);
  });

  describe('when a stored value is mangled', () => {
    it('drops a pair record that is not JSON or lacks its key fields, keeping the others', () => {
      const store = memoryStore({
        'pair:x': '{not json',
        'pair:y': JSON.stringify({ pairKey: 'y' }),
        [`pair:${pair.pairKey}`]: JSON.stringify(pair),
      });
      const state = new TandemState(store);
      expect([...state.pairs.keys()]).toEqual([pair.pairKey]);
    });

    it('falls back to defaults for settings of the wrong types', () => {
      const store = memoryStore({
        settings: JSON.stringify({
          template: 'Check-in',
          notifyOnShare: 'yes',
          roles: { a: 'boss', b: 'peer' },
          seriesOverrides: { s: 'maybe' },
        }),
      });
      const { settings } = new TandemState(store);
      expect(settings.template).toEqual(DEFAULT_TEMPLATE);
      expect(settings.notifyOnShare).toBe(false);
      expect(settings.roles).toEqual({ b: 'peer' });
      expect(settings.seriesOverrides).toEqual({});
    });

    it('ignores coming meetings without numeric times', () => {
      const store = memoryStore({
        [`pair:${pair.pairKey}`]: JSON.stringify({
          ...pair,
          upcoming: [{ date: '2026-11-24', start: 'soon', end: 2, seriesId: 's' }],
        }),
      });
      expect(new TandemState(store).pairs.get(pair.pairKey)?.upcoming).toEqual([]);
    });

    it('drops a last-run status with a field missing or of the wrong type, as if no run had been', () => {
      const status = { at: 5, ok: true, pairs: 2, errors: 0 };
      expect(new TandemState(memoryStore({ lastSync: JSON.stringify(status) })).status).toEqual(status);
      for (const mangled of [
        { ...status, errors: '0' },
        { at: 5, ok: true, pairs: 2 },
        { ...status, ok: 'yes' },
        { ...status, at: null },
        [5, true, 2, 0],
        'ok',
      ])
        expect(new TandemState(memoryStore({ lastSync: JSON.stringify(mangled) })).status).toBeNull();
      expect(new TandemState(memoryStore({ lastSync: '{"at":5,' })).status).toBeNull();
    });

    it('keeps a last-run status but drops a flag that is not a boolean', () => {
      const stored = { at: 5, ok: false, pairs: 2, errors: 1, partial: 'yes', listAgain: true, retrySoon: 1 };
      expect(new TandemState(memoryStore({ lastSync: JSON.stringify(stored) })).status).toEqual({
        at: 5,
        ok: false,
        pairs: 2,
        errors: 1,
        listAgain: true,
      });
    });
  });

  it('deletes the sync token instead of storing an empty one', () => {
    const store = memoryStore({ syncToken: 'old' });
    const state = new TandemState(store);
    state.setSyncToken(null);
    state.save();
    expect(store.data.syncToken).toBeUndefined();
  });
});
