import { buildDoc } from '../../core/agenda/testing/build-doc';
import { PAIR } from '../../core/agenda/testing/pair';
import { parseAgenda } from '../../core/agenda';
import type { StatePort } from '../../ports';
import {
  MAX_ASKED_CHARS,
  PAGE_MEMORY_MS,
  askedKey,
  lastTouchedIn,
  nextQuestionsPage,
  readAsked,
  recordAsked,
  sectionsHeld,
} from './questions';

function memoryStore(initial: Record<string, string> = {}): StatePort & { values: Record<string, string> } {
  const values = { ...initial };
  return {
    values,
    get: (key) => values[key] ?? null,
    getAll: () => ({ ...values }),
    set: (more) => Object.assign(values, more),
    delete: (key) => {
      delete values[key];
    },
  };
}

const PAIR_KEY = 'alice@example.com bob@example.com';

describe('the asked-questions history', () => {
  it('records each asked question with its day, per pair', () => {
    const store = memoryStore();
    recordAsked(store, PAIR_KEY, 'wins-01', '2026-11-17');
    recordAsked(store, PAIR_KEY, 'growth-07', '2026-11-24');
    expect(readAsked(store, PAIR_KEY)).toEqual([
      { questionId: 'wins-01', at: '2026-11-17' },
      { questionId: 'growth-07', at: '2026-11-24' },
    ]);
    expect(readAsked(store, 'alice@example.com chloe@example.com')).toEqual([]);
  });

  it('stays under Apps Script’s 9 kB per value by forgetting the oldest entries', () => {
    const store = memoryStore();
    for (let i = 0; i < 400; i++)
      recordAsked(store, PAIR_KEY, `custom-${i.toString(36).padStart(8, '0')}`, '2026-11-24');
    const raw = store.values[askedKey(PAIR_KEY)]!;
    expect(raw.length).toBeLessThanOrEqual(MAX_ASKED_CHARS);
    const kept = readAsked(store, PAIR_KEY);
    expect(kept[kept.length - 1]?.questionId).toBe(`custom-${(399).toString(36).padStart(8, '0')}`);
    expect(kept[0]?.questionId).not.toBe('custom-00000000');
  });

  it.each(['not json', '{"a":1}', '[["ok"], 3, ["wins-01", "2026-11-17"]]'])(
    'reads a mangled value %s as what it can',
    (raw) => {
      const store = memoryStore({ [askedKey(PAIR_KEY)]: raw });
      const read = readAsked(store, PAIR_KEY);
      expect(read.every((a) => typeof a.questionId === 'string' && typeof a.at === 'string')).toBe(true);
    },
  );
});

describe('"more questions" pages', () => {
  it('count on while the presses are close together, then start again', () => {
    const store = memoryStore();
    expect(nextQuestionsPage(store, PAIR_KEY, 0)).toBe(1);
    expect(nextQuestionsPage(store, PAIR_KEY, 1000)).toBe(2);
    expect(nextQuestionsPage(store, PAIR_KEY, 1000 + PAGE_MEMORY_MS)).toBe(1);
  });
});

describe('what the doc says about the pair', () => {
  const agenda = parseAgenda(
    buildDoc([
      '# 2026-11-24',
      '## Growth',
      'not yet held',
      '# 2026-11-17',
      '## Growth',
      '',
      '## Goals',
      'Lead the migration',
      '# 2026-09-01',
      '## Career growth',
      'Wants to mentor',
    ]),
    PAIR,
  );

  it('knows when growth and goals were last written about, up to today', () => {
    expect(lastTouchedIn(agenda, '2026-11-20')).toEqual({ growth: '2026-09-01', goals: '2026-11-17' });
  });

  it('counts the meetings held before today', () => {
    expect(sectionsHeld(agenda, '2026-11-20')).toBe(2);
    expect(sectionsHeld(null, '2026-11-20')).toBe(0);
  });
});
