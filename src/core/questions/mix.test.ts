// The category order of a mixed set of suggestions: check-in first, overdue growth and goals
// next, then the categories the pair has gone longest without.

import { QUESTION_BANK } from './bank';
import { readHistory } from './history';
import type { AskedQuestion } from './history';
import { isoDayNumber } from './isoDay';
import { mixOrder } from './mix';
import { MIX_CATEGORIES } from './types';
import type { Category } from './types';

const recent = { growth: '2026-11-17', goals: '2026-11-17' };

function order(options: {
  lastTouched?: Partial<Record<Category, string>>;
  asked?: AskedQuestion[];
  slots?: number;
}) {
  return mixOrder({
    today: isoDayNumber('2026-11-24') ?? Number.NaN,
    lastTouched: options.lastTouched ?? recent,
    history: readHistory(options.asked ?? [], QUESTION_BANK),
    seed: 'seed',
    pairKey: 'alice@example.com bob@example.com',
    slots: options.slots ?? 3,
  });
}

describe('mixOrder', () => {
  it('lists every mix category once, never first 1:1s', () => {
    const categories = order({});
    expect([...categories].sort()).toEqual([...MIX_CATEGORIES].sort());
    expect(categories).not.toContain('firstOneOnOne');
  });

  it('opens with the check-in', () => {
    expect(order({})[0]).toBe('checkin');
  });

  describe('when growth or goals are overdue', () => {
    it('puts them right after the check-in, most overdue first', () => {
      expect(order({ lastTouched: { growth: '2026-08-01', goals: '2026-06-01' } }).slice(0, 3)).toEqual([
        'checkin',
        'goals',
        'growth',
      ]);
    });

    it('gives the only slot to the overdue one instead of the check-in', () => {
      expect(order({ lastTouched: { growth: '2026-11-17' }, slots: 1 })[0]).toBe('goals');
    });
  });

  describe('when nothing is overdue', () => {
    it('puts the categories touched longest ago first, never-touched ones ahead of all', () => {
      const categories = order({
        lastTouched: { ...recent, wins: '2026-11-17', team: '2026-10-01' },
        asked: [{ questionId: 'company-01', at: '2026-11-10' }],
      });
      // Never touched: challenges, feedbackForThem, feedbackForMe (in seeded order), then team,
      // company, then wins, growth and goals (all on 2026-11-17, in seeded order).
      expect(categories.slice(1, 4).sort()).toEqual(['challenges', 'feedbackForMe', 'feedbackForThem']);
      expect(categories.slice(4, 6)).toEqual(['team', 'company']);
      expect(categories.slice(6).sort()).toEqual(['goals', 'growth', 'wins']);
    });

    it('keeps the check-in first even for a single slot', () => {
      expect(order({ slots: 1 })[0]).toBe('checkin');
    });
  });
});
