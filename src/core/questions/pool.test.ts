// The questions a user can be offered: the bank and their own, fitted to their side of the pair.

import { QUESTION_BANK } from './bank';
import { questionsByCategory, questionsFor } from './pool';
import { CATEGORIES } from './types';
import type { Question } from './types';

const custom: Question = {
  id: 'custom-1',
  category: 'wins',
  askedBy: 'either',
  depth: 'light',
  text: 'Best moment?',
};

describe('questionsFor', () => {
  it('gives a manager the manager and anyone questions, in bank order', () => {
    const expected = QUESTION_BANK.filter((question) => question.askedBy !== 'report');
    expect(questionsFor('manager')).toEqual(expected);
  });

  it('gives a report the report and anyone questions', () => {
    expect(questionsFor('report').some((question) => question.askedBy === 'manager')).toBe(false);
    expect(questionsFor('report')).toHaveLength(QUESTION_BANK.filter((q) => q.askedBy !== 'manager').length);
  });

  it('gives a peer only the questions anyone can ask', () => {
    expect(questionsFor('peer')).toEqual(QUESTION_BANK.filter((question) => question.askedBy === 'either'));
  });

  describe('when the user has custom questions', () => {
    it('adds them after the bank', () => {
      expect(questionsFor('peer', [custom]).at(-1)).toBe(custom);
    });

    it('leaves out one whose id is already taken, keeping the first', () => {
      const clash = { ...custom, id: 'wins-13', text: 'Not the bank one?' };
      const pool = questionsFor('peer', [clash, custom, { ...custom, text: 'Second custom-1?' }]);
      expect(pool.filter((question) => question.id === 'wins-13').map((question) => question.text)).toEqual([
        'What went better than you expected since we last talked?',
      ]);
      expect(pool.filter((question) => question.id === 'custom-1')).toEqual([custom]);
    });

    it('filters them by role like the bank', () => {
      const managerOnly = { ...custom, id: 'custom-2', askedBy: 'manager' as const };
      expect(questionsFor('report', [managerOnly]).map((question) => question.id)).not.toContain('custom-2');
    });
  });
});

describe('questionsByCategory', () => {
  it('groups questions under every category, empty ones included, keeping their order', () => {
    const groups = questionsByCategory([custom]);
    expect(Object.keys(groups)).toEqual([...CATEGORIES]);
    expect(groups.wins).toEqual([custom]);
    expect(groups.growth).toEqual([]);
  });
});
