// One category's rotation for a pair: unasked questions first, a new seeded order each round,
// never the last-asked question at the start of a new round.

import { readHistory } from './history';
import type { AskedQuestion } from './history';
import { rotationQueue } from './rotation';
import type { Question } from './types';

const questions: Question[] = [1, 2, 3, 4, 5, 6].map((n) => ({
  id: `wins-0${n}`,
  category: 'wins',
  askedBy: 'either',
  depth: n % 2 === 0 ? 'deeper' : 'light',
  text: `Win question number ${n}?`,
}));

function queue(
  asked: AskedQuestion[],
  options: { seed?: string; pairKey?: string; lightFirst?: boolean } = {},
) {
  const context = {
    seed: options.seed ?? 'seed',
    pairKey: options.pairKey ?? 'alice@example.com bob@example.com',
    history: readHistory(asked, questions),
    lightFirst: options.lightFirst ?? false,
  };
  return rotationQueue(questions, context).map((question) => question.id);
}

describe('rotationQueue', () => {
  it('returns every question exactly once', () => {
    expect([...queue([])].sort()).toEqual(questions.map((question) => question.id));
  });

  describe('when some questions were already asked', () => {
    it('puts the ones not yet asked this round first', () => {
      const ids = queue([
        { questionId: 'wins-01', at: '2026-11-03' },
        { questionId: 'wins-04', at: '2026-11-10' },
      ]);
      expect(ids.slice(0, 4).sort()).toEqual(['wins-02', 'wins-03', 'wins-05', 'wins-06']);
      expect(ids.slice(4).sort()).toEqual(['wins-01', 'wins-04']);
    });

    it('brings a question back only after all the others were asked as often', () => {
      const asked = ['wins-01', 'wins-02', 'wins-03', 'wins-04', 'wins-05', 'wins-06', 'wins-02'].map(
        (questionId, index) => ({ questionId, at: `2026-10-${String(index + 10)}` }),
      );
      expect(queue(asked).at(-1)).toBe('wins-02');
    });
  });

  describe('when a round is exhausted', () => {
    const wholeRound = (order: string[]) =>
      order.map((questionId, index) => ({ questionId, at: `2026-10-1${index}` }));

    it('never opens the new round with the question asked last', () => {
      for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
        const firstRound = queue([], { seed });
        const lastAsked = firstRound.at(-1);
        expect(queue(wholeRound(firstRound), { seed })[0]).not.toBe(lastAsked);
      }
    });

    it('shuffles the new round afresh rather than repeating the first order', () => {
      const differs = ['a', 'b', 'c', 'd'].some((seed) => {
        const firstRound = queue([], { seed });
        const secondRound = queue(wholeRound(firstRound), { seed });
        return secondRound.join() !== firstRound.join();
      });
      expect(differs).toBe(true);
    });
  });

  describe('when the seed or the pair changes', () => {
    it('is the same for the same seed and pair', () => {
      expect(queue([], { seed: 'x' })).toEqual(queue([], { seed: 'x' }));
    });

    it('gives different orders to different seeds and to different pairs', () => {
      const bySeed = new Set(['s1', 's2', 's3', 's4'].map((seed) => queue([], { seed }).join()));
      const byPair = new Set(['a b', 'a c', 'b c', 'c d'].map((pairKey) => queue([], { pairKey }).join()));
      expect(bySeed.size).toBeGreaterThan(1);
      expect(byPair.size).toBeGreaterThan(1);
    });
  });

  describe("at the pair's first meeting (lightFirst)", () => {
    it('puts light questions ahead of deeper ones within the round', () => {
      const ids = queue([], { lightFirst: true });
      expect(ids.slice(0, 3).sort()).toEqual(['wins-01', 'wins-03', 'wins-05']);
    });

    it('still puts an unasked deeper question ahead of an asked light one', () => {
      const ids = queue([{ questionId: 'wins-01', at: '2026-11-03' }], { lightFirst: true });
      expect(ids.at(-1)).toBe('wins-01');
    });
  });

  describe('edge cases', () => {
    it('returns an empty queue for an empty category', () => {
      const context = { seed: 's', pairKey: 'a b', history: readHistory([], []), lightFirst: false };
      expect(rotationQueue([], context)).toEqual([]);
    });
  });
});
