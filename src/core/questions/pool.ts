// The questions a user can be offered in a pair: the bank plus their own, fitted to their role.
// Custom questions join the same rotation as the built-in ones.

import { QUESTION_BANK } from './bank';
import { CATEGORIES, fitsRole } from './types';
import type { Category, PairRole, Question } from './types';

/**
 * The bank and the user's custom questions that fit the user's side of the pair, in bank
 * order. A custom question whose id is already taken is left out (the first one wins).
 *
 * @example
 * questionsFor('peer').every((question) => question.askedBy === 'either') // true
 */
export function questionsFor(role: PairRole, custom: readonly Question[] = []): Question[] {
  const seen = new Set<string>();
  const pool: Question[] = [];
  for (const question of [...QUESTION_BANK, ...custom]) {
    if (seen.has(question.id) || !fitsRole(question, role)) continue;
    seen.add(question.id);
    pool.push(question);
  }
  return pool;
}

/**
 * The same questions grouped by category, every category present (possibly empty), in the
 * sidebar's category order.
 *
 * @example
 * questionsByCategory(questionsFor('manager')).growth.length // 14
 */
export function questionsByCategory(pool: readonly Question[]): Record<Category, Question[]> {
  const groups = Object.fromEntries(CATEGORIES.map((category) => [category, [] as Question[]])) as Record<
    Category,
    Question[]
  >;
  for (const question of pool) groups[question.category].push(question);
  return groups;
}
