// Which categories a mixed set of suggestions draws from, in order: check-in opens the meeting,
// growth and goals come forward when overdue, then the categories the pair has gone longest without.

import { categoriesDueForCadence } from './cadence';
import { shuffleKey } from './hash';
import { lastTouchedDay } from './history';
import type { PairHistory } from './history';
import { MIX_CATEGORIES, type Category } from './types';

export interface MixContext {
  readonly today: number;
  readonly lastTouched: Readonly<Partial<Record<Category, string>>>;
  readonly history: PairHistory;
  readonly seed: string;
  readonly pairKey: string;
  /** How many suggestions the mix will fill. */
  readonly slots: number;
}

/**
 * The order of categories for a mix of suggestions: `checkin` first, then growth and goals when
 * due (see `categoriesDueForCadence`), then the rest, least recently touched first, ties in a
 * seeded order. With a single slot, an overdue growth or goals question takes it instead of
 * the check-in, so the cadence rule always shows.
 *
 * @example
 * // goals overdue, growth discussed last week, 3 slots:
 * mixOrder(context) // ['checkin', 'goals', <least recently touched of the rest>, …]
 */
export function mixOrder(context: MixContext): Category[] {
  const { today, lastTouched, history, seed, pairKey, slots } = context;
  const due = categoriesDueForCadence(today, lastTouched, history);
  const rest = MIX_CATEGORIES.filter((category) => category !== 'checkin' && !due.includes(category))
    .map((category) => ({
      category,
      last: lastTouchedDay(category, lastTouched, history) ?? Number.NEGATIVE_INFINITY,
      shuffle: shuffleKey([seed, pairKey, category]),
    }))
    .sort((a, b) => (a.last === b.last ? a.shuffle - b.shuffle : a.last - b.last))
    .map((entry) => entry.category);
  return slots === 1 && due.length > 0 ? [...due, 'checkin', ...rest] : ['checkin', ...due, ...rest];
}
