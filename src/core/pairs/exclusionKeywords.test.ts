// Tests for the exclusion keywords setting: parsing the form input and matching titles on whole
// words, case-insensitively.
import {
  MAX_EXCLUSION_KEYWORDS,
  MAX_KEYWORD_LENGTH,
  matchingKeyword,
  parseExclusionKeywords,
} from './exclusionKeywords';

describe('parseExclusionKeywords', () => {
  describe('when the input is valid', () => {
    it('splits on commas and line breaks, trimming each keyword', () => {
      expect(parseExclusionKeywords(' interview, OOO\r\nhiring   sync \n\n,')).toEqual({
        ok: true,
        keywords: ['interview', 'OOO', 'hiring sync'],
      });
    });

    it('keeps a repeated keyword once, in its first spelling', () => {
      expect(parseExclusionKeywords('OOO, ooo, Ooo')).toEqual({ ok: true, keywords: ['OOO'] });
    });

    it('accepts an empty input as no keywords', () => {
      expect(parseExclusionKeywords('  \n , ')).toEqual({ ok: true, keywords: [] });
    });

    it('accepts exactly the limits', () => {
      const thirty = Array.from({ length: MAX_EXCLUSION_KEYWORDS }, (_, i) => `word${i}`).join(',');
      expect(parseExclusionKeywords(thirty)).toMatchObject({ ok: true });
      expect(parseExclusionKeywords('k'.repeat(MAX_KEYWORD_LENGTH))).toMatchObject({ ok: true });
    });
  });

  describe('when the input is not valid', () => {
    it('refuses more than 30 keywords, saying how many there are', () => {
      const many = Array.from({ length: MAX_EXCLUSION_KEYWORDS + 2 }, (_, i) => `word${i}`).join('\n');
      expect(parseExclusionKeywords(many)).toEqual({
        ok: false,
        message: 'You can set at most 30 keywords; this list has 32.',
      });
    });

    it('refuses a keyword over 40 characters, quoting its start', () => {
      expect(parseExclusionKeywords(`ok, ${'x'.repeat(45)}`)).toEqual({
        ok: false,
        message: `Each keyword can have at most 40 characters; "${'x'.repeat(20)}…" has 45.`,
      });
    });

    it('refuses a keyword with no letter or digit', () => {
      expect(parseExclusionKeywords('interview, ---')).toEqual({
        ok: false,
        message: '"---" has no letter or digit to match in a title.',
      });
    });
  });

  describe('edge cases', () => {
    it('counts characters, not UTF-16 units, for accented and emoji keywords', () => {
      expect(parseExclusionKeywords('🎉'.repeat(MAX_KEYWORD_LENGTH - 1) + 'é')).toMatchObject({ ok: true });
    });

    it('does not count repeats towards the limit of 30', () => {
      const repeated = Array.from({ length: 40 }, () => 'interview').join(',');
      expect(parseExclusionKeywords(repeated)).toEqual({ ok: true, keywords: ['interview'] });
    });
  });
});

describe('matchingKeyword', () => {
  it('finds a keyword ignoring case', () => {
    expect(matchingKeyword('INTERVIEW: Sam Lee', ['interview'])).toBe('interview');
  });

  it('returns the first keyword of the list that matches', () => {
    expect(matchingKeyword('OOO handover / interview', ['interview', 'OOO'])).toBe('interview');
  });

  it('returns null when no keyword is in the title', () => {
    expect(matchingKeyword('Alice / Bob 1:1', ['interview', 'OOO'])).toBeNull();
  });

  describe('when the keyword is only part of a word', () => {
    it.each([
      ['Interviewer training', 'interview'],
      ['Zoom sync', 'OOO'],
      ['Reinterview', 'interview'],
      ['Hiring syncs', 'hiring sync'],
    ])('does not match "%s" with %s', (title, keyword) => {
      expect(matchingKeyword(title, [keyword])).toBeNull();
    });
  });

  describe('when the keyword is a whole word or phrase', () => {
    it.each([
      ['pre-interview chat', 'interview'],
      ['(OOO) cover', 'OOO'],
      ['Weekly hiring  sync', 'hiring sync'],
      ['1:1 with Bob', '1:1'],
      ['Entretien annuel — Bob', 'entretien'],
    ])('matches "%s" with %s', (title, keyword) => {
      expect(matchingKeyword(title, [keyword])).toBe(keyword);
    });
  });

  describe('edge cases', () => {
    it('treats accented letters as part of a word', () => {
      expect(matchingKeyword('Réunion café', ['caf'])).toBeNull();
    });

    it('takes regular-expression characters literally', () => {
      expect(matchingKeyword('Q&A (all hands)', ['(all hands)'])).toBe('(all hands)');
      expect(matchingKeyword('Q&A all hands', ['(all hands)'])).toBeNull();
      expect(matchingKeyword('sync.review', ['sync.review'])).toBe('sync.review');
      expect(matchingKeyword('syncXreview', ['sync.review'])).toBeNull();
    });

    it('ignores blank keywords and an empty title', () => {
      expect(matchingKeyword('Alice / Bob', ['', '  '])).toBeNull();
      expect(matchingKeyword('', ['interview'])).toBeNull();
    });
  });
});
