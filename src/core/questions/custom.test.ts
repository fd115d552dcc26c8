// The settings form's custom questions: one per line, optional category prefix, clear errors.

import {
  DEFAULT_CUSTOM_CATEGORY,
  MAX_CUSTOM_QUESTIONS,
  MAX_CUSTOM_QUESTION_LENGTH,
  parseCustomQuestions,
} from './custom';

describe('parseCustomQuestions', () => {
  it('reads one question per line, in order, with a category prefix or the default one', () => {
    const { questions, errors } = parseCustomQuestions(
      'growth: What would you like to learn next?\nHow was the offsite?\nteam:Who deserves a thank-you?',
    );
    expect(errors).toEqual([]);
    expect(questions.map(({ category, text }) => ({ category, text }))).toEqual([
      { category: 'growth', text: 'What would you like to learn next?' },
      { category: DEFAULT_CUSTOM_CATEGORY, text: 'How was the offsite?' },
      { category: 'team', text: 'Who deserves a thank-you?' },
    ]);
    expect(DEFAULT_CUSTOM_CATEGORY).toBe('checkin');
  });

  it('makes custom questions askable by either side, as light questions', () => {
    const [question] = parseCustomQuestions('What are you reading?').questions;
    expect(question).toMatchObject({ askedBy: 'either', depth: 'light' });
  });

  describe('when naming a category', () => {
    it.each([
      ['Growth', 'growth'],
      ['check-in', 'checkin'],
      ['feedback-for-me', 'feedbackForMe'],
      ['feedbackForThem', 'feedbackForThem'],
      ['first_one_on_one', 'firstOneOnOne'],
      ['first 1:1', 'firstOneOnOne'],
      ['first-1:1', 'firstOneOnOne'],
      ['blockers', 'challenges'],
      ['career', 'growth'],
      ['wellbeing', 'checkin'],
      // The names the form and the sidebar show, as a person copies them.
      ['Feedback for them', 'feedbackForThem'],
      ['Feedback for me', 'feedbackForMe'],
      ['First 1:1s', 'firstOneOnOne'],
      ['Check-in and well-being', 'checkin'],
      ['Team and relationships', 'team'],
    ])('reads %p as %s', (prefix, category) => {
      const { questions, errors } = parseCustomQuestions(`${prefix}: Anything to add?`);
      expect(errors).toEqual([]);
      expect(questions[0]).toMatchObject({ category, text: 'Anything to add?' });
    });

    it('reports an unknown category with the line number and the names to use', () => {
      const { questions, errors } = parseCustomQuestions('\nhobbies: What do you do on weekends?');
      expect(questions).toEqual([]);
      expect(errors).toEqual([
        'Line 2: "hobbies" is not a category. Use one of: Check-in, Wins, Challenges, Growth, Goals, ' +
          'Feedback for them, Feedback for me, Team, Company, First 1:1s, or remove "hobbies:".',
      ]);
    });

    it('never names the internal keys in its message, only the names people see', () => {
      const [message] = parseCustomQuestions('hobbies: What do you do?').errors;
      expect(message).not.toMatch(/checkin|feedbackForThem|firstOneOnOne/);
    });

    it('reads several words that name no category as part of the question', () => {
      const { questions, errors } = parseCustomQuestions('One more thing: how was the trip?');
      expect(errors).toEqual([]);
      expect(questions[0]).toMatchObject({ category: 'checkin', text: 'One more thing: how was the trip?' });
    });

    it('reports a prefix with no question after it', () => {
      expect(parseCustomQuestions('goals:   ').errors).toEqual([
        'Line 1: there is no question after "goals:".',
      ]);
    });

    it('keeps a colon that follows several words as part of the question', () => {
      const { questions, errors } = parseCustomQuestions('Quick one: how are the kids?');
      expect(errors).toEqual([]);
      expect(questions[0]).toMatchObject({ category: 'checkin', text: 'Quick one: how are the kids?' });
    });

    it('does not mistake a question mentioning a 1:1 for a prefix', () => {
      const { questions, errors } = parseCustomQuestions('Our 1:1s: are they still useful?');
      expect(errors).toEqual([]);
      expect(questions[0]?.text).toBe('Our 1:1s: are they still useful?');
    });

    it('does not read a link as a category', () => {
      const { questions, errors } = parseCustomQuestions('https://example.com/survey — did you fill it in?');
      expect(errors).toEqual([]);
      expect(questions[0]?.text).toBe('https://example.com/survey — did you fill it in?');
    });
  });

  describe('ids', () => {
    it('derives each id from the text, so reordering lines keeps them', () => {
      const forwards = parseCustomQuestions('First question?\nwins: Second question?').questions;
      const backwards = parseCustomQuestions('wins: Second question?\n\nFirst question?').questions;
      expect(forwards.map((question) => question.id).sort()).toEqual(
        backwards.map((question) => question.id).sort(),
      );
      expect(forwards[0]?.id).toMatch(/^custom-[0-9a-z]+$/);
      expect(forwards[0]?.id).not.toBe(forwards[1]?.id);
    });

    it('keeps the id when only the category changes', () => {
      const before = parseCustomQuestions('How is the new team settling in?').questions[0]?.id;
      const after = parseCustomQuestions('team: How is the new team settling in?').questions[0]?.id;
      expect(after).toBe(before);
    });
  });

  describe('limits', () => {
    it(`reports a question longer than ${MAX_CUSTOM_QUESTION_LENGTH} characters and leaves it out`, () => {
      const long = `${'a'.repeat(MAX_CUSTOM_QUESTION_LENGTH)}?`;
      const { questions, errors } = parseCustomQuestions(`Short one?\ngrowth: ${long}`);
      expect(questions.map((question) => question.text)).toEqual(['Short one?']);
      expect(errors).toEqual([
        `Line 2 is 201 characters long; keep questions to ${MAX_CUSTOM_QUESTION_LENGTH}.`,
      ]);
    });

    it(`accepts exactly ${MAX_CUSTOM_QUESTION_LENGTH} characters`, () => {
      const exact = `${'b'.repeat(MAX_CUSTOM_QUESTION_LENGTH - 1)}?`;
      expect(parseCustomQuestions(exact).errors).toEqual([]);
    });

    it(`keeps the first ${MAX_CUSTOM_QUESTIONS} questions and says how many were left out`, () => {
      const lines = Array.from(
        { length: MAX_CUSTOM_QUESTIONS + 3 },
        (_, index) => `Question number ${index + 1}?`,
      );
      const { questions, errors } = parseCustomQuestions(lines.join('\n'));
      expect(questions).toHaveLength(MAX_CUSTOM_QUESTIONS);
      expect(questions.at(-1)?.text).toBe(`Question number ${MAX_CUSTOM_QUESTIONS}?`);
      expect(errors).toEqual([
        `Up to ${MAX_CUSTOM_QUESTIONS} questions can be kept; remove 3 (the last 3 were left out).`,
      ]);
    });

    it('says "one was" when a single question is over the limit', () => {
      const lines = Array.from({ length: MAX_CUSTOM_QUESTIONS + 1 }, (_, index) => `Question ${index}?`);
      expect(parseCustomQuestions(lines.join('\n')).errors).toEqual([
        `Up to ${MAX_CUSTOM_QUESTIONS} questions can be kept; remove 1 (the last one was left out).`,
      ]);
    });
  });

  describe('edge cases', () => {
    it('gives nothing and no error for empty or blank text', () => {
      expect(parseCustomQuestions('')).toEqual({ questions: [], errors: [] });
      expect(parseCustomQuestions('\n   \r\n\t\n')).toEqual({ questions: [], errors: [] });
    });

    it('accepts Windows and old Mac line endings', () => {
      expect(parseCustomQuestions('One?\r\nTwo?\rThree?').questions).toHaveLength(3);
    });

    it('drops list markers and squeezes spaces', () => {
      const { questions } = parseCustomQuestions('- One?\n  * wins:   Two   wins?\n3. Three?\n• Four?');
      expect(questions.map(({ category, text }) => `${category}|${text}`)).toEqual([
        'checkin|One?',
        'wins|Two wins?',
        'checkin|Three?',
        'checkin|Four?',
      ]);
    });

    it('reports a repeated question (ignoring case and category) and keeps the first', () => {
      const { questions, errors } = parseCustomQuestions('How are you?\n\nteam: how are YOU?');
      expect(questions).toHaveLength(1);
      expect(errors).toEqual(['Line 3 repeats line 1.']);
    });

    it('keeps going after an error, reporting every bad line', () => {
      const { questions, errors } = parseCustomQuestions('oops: A?\nFine?\nnope: B?');
      expect(questions.map((question) => question.text)).toEqual(['Fine?']);
      expect(errors).toHaveLength(2);
      expect(errors[1]).toMatch(/^Line 3: "nope" is not a category/);
    });
  });
});
