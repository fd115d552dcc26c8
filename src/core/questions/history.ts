// What a pair has already been given: how many times each question was asked and when,
// and when each category was last touched. Read once per suggestion from the stored history.

import { isoDayNumber } from './isoDay';
import type { Category, Question } from './types';

/** One question given to a pair, on a day (ISO date or date-time). */
export interface AskedQuestion {
  readonly questionId: string;
  readonly at: string;
}

export interface PairHistory {
  /** How many times each question was asked (absent: never). */
  readonly timesAsked: ReadonlyMap<string, number>;
  /** The last day (see `isoDayNumber`) each question was asked, when the date is readable. */
  readonly lastAskedDay: ReadonlyMap<string, number>;
  /** The last day any question of the category was asked. */
  readonly lastAskedDayByCategory: Readonly<Partial<Record<Category, number>>>;
}

/**
 * Tallies a pair's history against the questions it can be given. Entries for questions that
 * are no longer in the pool (a deleted custom question) are ignored; an unreadable date still
 * counts the question as asked, only not when.
 *
 * @example
 * readHistory([{ questionId: 'wins-01', at: '2026-11-17' }], QUESTION_BANK).timesAsked.get('wins-01') // 1
 */
export function readHistory(asked: readonly AskedQuestion[], pool: readonly Question[]): PairHistory {
  const categoryOf = new Map(pool.map((question) => [question.id, question.category]));
  const timesAsked = new Map<string, number>();
  const lastAskedDay = new Map<string, number>();
  const lastAskedDayByCategory: Partial<Record<Category, number>> = {};
  for (const { questionId, at } of asked) {
    const category = categoryOf.get(questionId);
    if (category === undefined) continue;
    timesAsked.set(questionId, (timesAsked.get(questionId) ?? 0) + 1);
    const day = isoDayNumber(at);
    if (day === null) continue;
    lastAskedDay.set(questionId, Math.max(day, lastAskedDay.get(questionId) ?? day));
    lastAskedDayByCategory[category] = Math.max(day, lastAskedDayByCategory[category] ?? day);
  }
  return { timesAsked, lastAskedDay, lastAskedDayByCategory };
}

/**
 * The last day a category was touched: the later of when the pair last discussed it (as the
 * caller knows it, e.g. from the doc's "Growth" headings) and when a question of it was last
 * asked. Null when neither is known; an unreadable date counts as unknown.
 *
 * @example
 * lastTouchedDay('growth', { growth: '2026-09-01' }, history) // day of 2026-09-01, or later if asked since
 */
export function lastTouchedDay(
  category: Category,
  lastTouched: Readonly<Partial<Record<Category, string>>>,
  history: PairHistory,
): number | null {
  const stated = lastTouched[category];
  const discussed = stated === undefined ? null : isoDayNumber(stated);
  const asked = history.lastAskedDayByCategory[category] ?? null;
  if (discussed === null) return asked;
  if (asked === null) return discussed;
  return Math.max(discussed, asked);
}
