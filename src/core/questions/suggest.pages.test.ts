// The sidebar's "more questions" pages and its per-category lists.

import { questionsFor } from './pool';
import { moreQuestions, suggestQuestions, suggestionsByCategory } from './suggest';
import type { SuggestionRequest } from './suggest';
import { CATEGORY_LABELS } from './types';

function request(overrides: Partial<SuggestionRequest> = {}): SuggestionRequest {
  return {
    pairKey: 'alice@example.com bob@example.com',
    role: 'report',
    seed: 'seed-2',
    asked: [],
    today: '2026-11-24',
    lastTouched: { growth: '2026-11-10', goals: '2026-11-10' },
    meetingsHeld: 5,
    count: 3,
    ...overrides,
  };
}

const idsOf = (questions: { id: string }[]) => questions.map((question) => question.id);

describe('moreQuestions', () => {
  it('gives the first suggestions on page 0', () => {
    expect(moreQuestions(request(), 0)).toEqual(suggestQuestions(request()));
  });

  it('never repeats a question of an earlier page', () => {
    const pages = [0, 1, 2, 3].map((page) => idsOf(moreQuestions(request(), page)));
    const all = pages.flat();
    expect(all).toHaveLength(12);
    expect(new Set(all).size).toBe(12);
  });

  it('keeps the check-in first on every page while check-in questions last', () => {
    expect(moreQuestions(request(), 1)[0]?.category).toBe('checkin');
  });

  describe('edge cases', () => {
    it('runs dry once every question of the mix has been shown (first 1:1s are not in it)', () => {
      const total = questionsFor('report').filter((question) => question.category !== 'firstOneOnOne').length;
      const pageSize = 50;
      const lastPage = Math.ceil(total / pageSize);
      expect(moreQuestions(request({ count: pageSize }), lastPage - 1).length).toBe(
        total - pageSize * (lastPage - 1),
      );
      expect(moreQuestions(request({ count: pageSize }), lastPage)).toEqual([]);
    });

    it('refuses a negative or fractional page', () => {
      expect(() => moreQuestions(request(), -1)).toThrow(RangeError);
      expect(() => moreQuestions(request(), 0.5)).toThrow(RangeError);
    });
  });
});

describe('suggestionsByCategory', () => {
  it('lists every category with its label and the next questions of its rotation', () => {
    const groups = suggestionsByCategory(request(), 2);
    expect(groups).toHaveLength(10);
    for (const group of groups) {
      expect(group.label).toBe(CATEGORY_LABELS[group.category]);
      expect(group.questions.map((question) => question.category)).toEqual([group.category, group.category]);
      expect(idsOf(group.questions)).toEqual(
        idsOf(suggestQuestions(request({ category: group.category, count: 2 }))),
      );
    }
  });

  it('puts the check-in on top and first 1:1s last for a settled pair', () => {
    const categories = suggestionsByCategory(request(), 1).map((group) => group.category);
    expect(categories[0]).toBe('checkin');
    expect(categories.at(-1)).toBe('firstOneOnOne');
    expect(categories.slice(1, 9)).toEqual([
      'wins',
      'challenges',
      'growth',
      'goals',
      'feedbackForThem',
      'feedbackForMe',
      'team',
      'company',
    ]);
  });

  it('puts overdue growth and goals right after the check-in', () => {
    const groups = suggestionsByCategory(request({ lastTouched: { growth: '2026-11-10' } }), 1);
    expect(groups.slice(0, 3).map((group) => group.category)).toEqual(['checkin', 'goals', 'wins']);
  });

  it('puts first 1:1s on top for a new pair', () => {
    expect(suggestionsByCategory(request({ meetingsHeld: 0 }), 1)[0]?.category).toBe('firstOneOnOne');
  });

  describe('edge cases', () => {
    it('refuses a negative number of questions per category', () => {
      expect(() => suggestionsByCategory(request(), -2)).toThrow(
        new RangeError('perCategory must be a whole number ≥ 0, got -2'),
      );
    });

    it('leaves out a category whose questions are all on screen already', () => {
      const shown = idsOf(questionsFor('report').filter((question) => question.category === 'company'));
      const categories = suggestionsByCategory(request({ shown }), 3).map((group) => group.category);
      expect(categories).not.toContain('company');
      expect(categories).toHaveLength(9);
    });
  });
});
