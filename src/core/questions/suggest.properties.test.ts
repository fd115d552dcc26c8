// Properties of suggestions over any history: no repeat before a category is exhausted, the
// role filter, the eight-week cadence, determinism, and first 1:1s for new pairs.

import fc from 'fast-check';
import { GROWTH_GOALS_CADENCE_DAYS } from './cadence';
import { readHistory } from './history';
import { questionsFor } from './pool';
import { suggestQuestions } from './suggest';
import type { SuggestionRequest } from './suggest';
import { CATEGORIES, fitsRole } from './types';
import type { Category, PairRole, Question } from './types';

const TODAY = '2026-11-24';
const role = fc.constantFrom<PairRole>('manager', 'report', 'peer');
const category = fc.constantFrom<Category>(...CATEGORIES);
/** An ISO date `daysAgo` days before TODAY. */
const isoDaysAgo = (daysAgo: number) => new Date(Date.UTC(2026, 10, 24 - daysAgo)).toISOString().slice(0, 10);
const bankIds = questionsFor('manager')
  .concat(questionsFor('report'))
  .map((question) => question.id);
const askedEntry = fc.record({
  questionId: fc.constantFrom(...bankIds),
  at: fc.integer({ min: 0, max: 400 }).map(isoDaysAgo),
});

const requestArbitrary = fc.record({
  pairKey: fc.constantFrom('a@x.com b@x.com', 'c@x.com d@x.com'),
  role,
  seed: fc.string({ maxLength: 8 }),
  asked: fc.array(askedEntry, { maxLength: 60 }),
  today: fc.constant(TODAY),
  lastTouched: fc.dictionary(category, fc.integer({ min: 0, max: 200 }).map(isoDaysAgo)),
  meetingsHeld: fc.integer({ min: 0, max: 30 }),
  category: fc.option(category, { nil: undefined }),
  count: fc.integer({ min: 0, max: 12 }),
}) as fc.Arbitrary<SuggestionRequest>;

/** Times each question of the pool was asked, for the category's questions. */
function countsIn(pool: Question[], asked: SuggestionRequest['asked'], of: Category): Map<string, number> {
  const times = readHistory(asked, pool).timesAsked;
  return new Map(pool.filter((q) => q.category === of).map((q) => [q.id, times.get(q.id) ?? 0]));
}

describe('suggestQuestions properties', () => {
  it('never repeats a question in a category before every question of it was asked as often', () => {
    const step = fc.record({
      category: fc.option(category, { nil: undefined }),
      count: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(
        role,
        fc.string({ maxLength: 6 }),
        fc.array(step, { minLength: 1, maxLength: 40 }),
        (r, seed, steps) => {
          const pool = questionsFor(r);
          const asked: { questionId: string; at: string }[] = [];
          steps.forEach((s, index) => {
            const today = isoDaysAgo(300 - 7 * index);
            const questions = suggestQuestions({
              pairKey: 'a@x.com b@x.com',
              role: r,
              seed,
              asked,
              today,
              lastTouched: {},
              meetingsHeld: index,
              ...s,
            });
            for (const question of questions) asked.push({ questionId: question.id, at: today });
            for (const c of CATEGORIES) {
              const counts = [...countsIn(pool, asked, c).values()];
              expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
            }
          });
        },
      ),
    );
  });

  it('from any history, only offers a question once the less-asked ones of its category are offered too', () => {
    fc.assert(
      fc.property(requestArbitrary, (request) => {
        const pool = questionsFor(request.role);
        const questions = suggestQuestions(request);
        const offered = new Set(questions.map((question) => question.id));
        for (const question of questions) {
          const counts = countsIn(pool, request.asked, question.category);
          const mine = counts.get(question.id) ?? 0;
          const lessAsked = [...counts].filter(([id, times]) => times < mine && !offered.has(id));
          expect(lessAsked).toEqual([]);
        }
      }),
    );
  });

  it('only offers questions that fit the role, all different, as many as asked (or all there are)', () => {
    fc.assert(
      fc.property(requestArbitrary, (request) => {
        const questions = suggestQuestions(request);
        expect(questions.every((question) => fitsRole(question, request.role))).toBe(true);
        expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
        if (request.category === undefined) {
          expect(questions).toHaveLength(request.count);
        } else {
          const available = questionsFor(request.role).filter((q) => q.category === request.category).length;
          expect(questions).toHaveLength(Math.min(request.count, available));
          expect(questions.every((question) => question.category === request.category)).toBe(true);
        }
      }),
    );
  });

  it(`includes growth or goals when neither was touched for ${GROWTH_GOALS_CADENCE_DAYS}+ days`, () => {
    const stale = fc.option(fc.integer({ min: GROWTH_GOALS_CADENCE_DAYS, max: 400 }).map(isoDaysAgo), {
      nil: undefined,
    });
    fc.assert(
      fc.property(requestArbitrary, stale, stale, (base, growth, goals) => {
        const notCadence = base.asked.filter((entry) => !/^(growth|goals)-/.test(entry.questionId));
        const request: SuggestionRequest = {
          ...base,
          category: undefined,
          count: Math.max(1, base.count),
          meetingsHeld: Math.max(2, base.meetingsHeld),
          asked: [...notCadence, ...(growth ? [{ questionId: 'growth-14', at: growth }] : [])],
          lastTouched: { ...base.lastTouched, growth, goals },
        };
        const categories = suggestQuestions(request).map((question) => question.category);
        expect(categories.some((c) => c === 'growth' || c === 'goals')).toBe(true);
      }),
    );
  });

  it('gives the same answer to the same request, whatever the order of its history', () => {
    fc.assert(
      fc.property(requestArbitrary, fc.integer(), (request, rotateBy) => {
        const shift = request.asked.length === 0 ? 0 : Math.abs(rotateBy) % request.asked.length;
        const reordered = [...request.asked.slice(shift), ...request.asked.slice(0, shift)].reverse();
        expect(suggestQuestions({ ...request, asked: reordered })).toEqual(suggestQuestions(request));
        expect(suggestQuestions(request)).toEqual(suggestQuestions(request));
      }),
    );
  });

  it('offers a new pair first-1:1 questions it has not had, before anything else', () => {
    fc.assert(
      fc.property(requestArbitrary, fc.integer({ min: 0, max: 1 }), (base, meetingsHeld) => {
        const request = { ...base, category: undefined, meetingsHeld };
        const pool = questionsFor(request.role);
        const times = readHistory(request.asked, pool).timesAsked;
        const fresh = pool.filter((q) => q.category === 'firstOneOnOne' && !times.has(q.id)).length;
        const questions = suggestQuestions(request);
        const leading = questions.slice(0, Math.min(fresh, request.count));
        expect(leading.every((q) => q.category === 'firstOneOnOne' && !times.has(q.id))).toBe(true);
      }),
    );
  });
});
