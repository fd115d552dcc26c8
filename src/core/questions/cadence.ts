// The goals conversation every month or two: growth and goals come forward when a pair has not
// touched them for about eight weeks, most overdue first.

import { lastTouchedDay } from './history';
import type { PairHistory } from './history';
import type { Category } from './types';

/** About eight weeks: the longest a pair should go without talking about growth or goals. */
export const GROWTH_GOALS_CADENCE_DAYS = 56;

/** The categories the cadence rule brings forward, in the order used to break ties. */
export const CADENCE_CATEGORIES: readonly Category[] = ['growth', 'goals'];

/**
 * The cadence categories a pair is due for on `today` (a day number, see `isoDayNumber`):
 * never touched, or last touched 56 or more days ago. Never-touched ones come first, then the
 * longest untouched. A date after today (a clock or calendar mix-up) does not make one due.
 *
 * @example
 * // today 2026-11-24; growth last touched 2026-09-29 (56 days), goals on 2026-11-10 (14 days)
 * categoriesDueForCadence(today, { growth: '2026-09-29', goals: '2026-11-10' }, history) // ['growth']
 * categoriesDueForCadence(today, {}, emptyHistory) // ['growth', 'goals']
 */
export function categoriesDueForCadence(
  today: number,
  lastTouched: Readonly<Partial<Record<Category, string>>>,
  history: PairHistory,
): Category[] {
  const due: { category: Category; since: number }[] = [];
  for (const category of CADENCE_CATEGORIES) {
    const last = lastTouchedDay(category, lastTouched, history);
    const since = last === null ? Number.POSITIVE_INFINITY : today - last;
    if (since >= GROWTH_GOALS_CADENCE_DAYS) due.push({ category, since });
  }
  // Array.prototype.sort is stable, so equal gaps keep CADENCE_CATEGORIES' order.
  return due.sort((a, b) => (a.since === b.since ? 0 : b.since - a.since)).map((entry) => entry.category);
}
