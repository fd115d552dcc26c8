import { actionItemsHeading, checkTemplate, DEFAULT_TEMPLATE } from './template';

describe('checkTemplate', () => {
  it('accepts the default template', () => {
    expect(checkTemplate(DEFAULT_TEMPLATE)).toEqual({ ok: true, template: DEFAULT_TEMPLATE });
  });

  it('trims headings', () => {
    expect(checkTemplate(['  Check-in ', 'Next steps'])).toEqual({
      ok: true,
      template: ['Check-in', 'Next steps'],
    });
  });

  describe('edge cases', () => {
    it('rejects an empty template', () => {
      expect(checkTemplate([])).toEqual({ ok: false, problems: ['Add at least one heading.'] });
    });

    it('rejects more than ten headings', () => {
      const eleven = Array.from({ length: 11 }, (_, n) => `Heading ${n}`);
      expect(checkTemplate(eleven)).toEqual({
        ok: false,
        problems: ['Use at most 10 headings (this template has 11).'],
      });
    });

    it('rejects an empty, long, multi-line or repeated heading, naming each', () => {
      const check = checkTemplate(['Wins', ' ', 'x'.repeat(61), 'Two\nlines', 'wins']);
      expect(check).toEqual({
        ok: false,
        problems: [
          'Heading 2 is empty.',
          'Heading 3 is 61 characters long; keep it to 60.',
          'Heading 4 must fit on one line.',
          '"wins" appears twice.',
        ],
      });
    });

    it('counts characters, not UTF-16 code units', () => {
      expect(checkTemplate(['🎉'.repeat(60)]).ok).toBe(true);
    });

    it('rejects what is not a list of text', () => {
      expect(checkTemplate('Wins')).toEqual({
        ok: false,
        problems: ['The template must be a list of headings.'],
      });
      expect(checkTemplate(['Wins', 3])).toEqual({
        ok: false,
        problems: ['The template must be a list of headings.'],
      });
    });
  });
});

describe('actionItemsHeading', () => {
  it('finds the heading that reads like action items', () => {
    expect(actionItemsHeading(DEFAULT_TEMPLATE)).toBe('Action items');
    expect(actionItemsHeading(['Check-in', 'Next steps', 'Notes'])).toBe('Next steps');
    expect(actionItemsHeading(['To-dos', 'Notes'])).toBe('To-dos');
  });

  it('falls back on the last heading in any other language', () => {
    expect(actionItemsHeading(['Bilan', 'Suite'])).toBe('Suite');
  });
});
