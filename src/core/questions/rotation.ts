// The order in which one category's questions come up for a pair: each question once per round,
// in a fresh seeded order every round, so nothing repeats until the category is exhausted.

import { isCustomQuestion } from './custom';
import { shuffleKey } from './hash';
import type { PairHistory } from './history';
import type { Question } from './types';

export interface RotationContext {
  readonly seed: string;
  readonly pairKey: string;
  readonly history: PairHistory;
  /** The pair's very first meeting: light questions lead each round. */
  readonly lightFirst: boolean;
}

interface Ranked {
  readonly question: Question;
  readonly timesAsked: number;
  /** The user's own question comes before the bank's in its round: they wrote it to ask it. */
  readonly ownRank: number;
  readonly depthRank: number;
  readonly justAsked: number;
  readonly shuffle: number;
}

/**
 * Every question of one category (already filtered for the user's role), in the order the pair
 * should get them. Questions asked fewer times come first, so a question comes back only once
 * all the others have been asked as often: the queue is the rest of the current round, then the
 * next round. Within a round the user's own questions come first (a question just saved shows
 * at the top of its category, not behind "more"), then a seeded shuffle of (seed, pair, round, id), and the
 * question asked last in the category goes to the back, so a new round never opens with it.
 *
 * @example
 * // growth-01 asked once, growth-02 never: growth-02 comes first, whatever the seed.
 * rotationQueue([growth01, growth02], { seed: 's', pairKey: 'a b', history, lightFirst: false })
 * // → [growth02, growth01]
 */
export function rotationQueue(questions: readonly Question[], context: RotationContext): Question[] {
  const { history, seed, pairKey, lightFirst } = context;
  const categoryLastDay = (question: Question) => history.lastAskedDayByCategory[question.category];
  const ranked: Ranked[] = questions.map((question) => {
    const timesAsked = history.timesAsked.get(question.id) ?? 0;
    const lastDay = history.lastAskedDay.get(question.id);
    return {
      question,
      timesAsked,
      ownRank: isCustomQuestion(question) ? 0 : 1,
      depthRank: lightFirst && question.depth === 'deeper' ? 1 : 0,
      justAsked: lastDay !== undefined && lastDay === categoryLastDay(question) ? 1 : 0,
      shuffle: shuffleKey([seed, pairKey, timesAsked, question.id]),
    };
  });
  ranked.sort(
    (a, b) =>
      a.timesAsked - b.timesAsked ||
      a.ownRank - b.ownRank ||
      a.depthRank - b.depthRank ||
      a.justAsked - b.justAsked ||
      a.shuffle - b.shuffle ||
      compareText(a.question.id, b.question.id),
  );
  return ranked.map((entry) => entry.question);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
