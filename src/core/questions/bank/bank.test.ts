// The question bank's promises: enough questions, stable well-formed ids, and every role
// served in every category.

import { CATEGORIES, fitsRole } from '../types';
import type { Category, PairRole } from '../types';
import { QUESTION_BANK } from './index';

const ROLES: readonly PairRole[] = ['manager', 'report', 'peer'];
const ID_PREFIX: Record<Category, string> = {
  checkin: 'checkin',
  wins: 'wins',
  challenges: 'challenges',
  growth: 'growth',
  goals: 'goals',
  feedbackForThem: 'feedback-them',
  feedbackForMe: 'feedback-me',
  team: 'team',
  company: 'company',
  firstOneOnOne: 'first',
};
const MIN_TEXT_LENGTH = 20;
const MAX_TEXT_LENGTH = 160;

describe('the question bank', () => {
  it('holds at least 150 questions', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(150);
  });

  it('gives every question a unique id', () => {
    const ids = QUESTION_BANK.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("names every id after its category and a two-digit number, e.g. 'growth-07'", () => {
    const misnamed = QUESTION_BANK.filter(
      (question) => !new RegExp(`^${ID_PREFIX[question.category]}-\\d{2}$`).test(question.id),
    );
    expect(misnamed).toEqual([]);
  });

  it('never has the same text twice, ignoring case', () => {
    const texts = QUESTION_BANK.map((question) => question.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('only holds questions: every text ends with a question mark', () => {
    expect(QUESTION_BANK.filter((question) => !question.text.endsWith('?'))).toEqual([]);
  });

  it(`keeps every text between ${MIN_TEXT_LENGTH} and ${MAX_TEXT_LENGTH} characters, trimmed`, () => {
    const outOfBounds = QUESTION_BANK.filter(
      (question) =>
        question.text.length < MIN_TEXT_LENGTH ||
        question.text.length > MAX_TEXT_LENGTH ||
        question.text !== question.text.trim() ||
        /\s{2}/.test(question.text),
    );
    expect(outOfBounds).toEqual([]);
  });

  it('uses only known categories, askers and depths', () => {
    const odd = QUESTION_BANK.filter(
      (question) =>
        !CATEGORIES.includes(question.category) ||
        !['manager', 'report', 'either'].includes(question.askedBy) ||
        !['light', 'deeper'].includes(question.depth),
    );
    expect(odd).toEqual([]);
  });

  describe('when counted by category', () => {
    it.each(CATEGORIES)('has at least 10 questions in %s', (category) => {
      expect(
        QUESTION_BANK.filter((question) => question.category === category).length,
      ).toBeGreaterThanOrEqual(10);
    });

    it.each(CATEGORIES.flatMap((category) => ROLES.map((role) => [category, role] as const)))(
      'gives a %s at least 5 questions a %s can ask',
      (category, role) => {
        const usable = QUESTION_BANK.filter(
          (question) => question.category === category && fitsRole(question, role),
        );
        expect(usable.length).toBeGreaterThanOrEqual(5);
      },
    );

    it.each(CATEGORIES)('has light and deeper questions in %s', (category) => {
      const depths = new Set(
        QUESTION_BANK.filter((question) => question.category === category).map((q) => q.depth),
      );
      expect([...depths].sort()).toEqual(['deeper', 'light']);
    });
  });
});
