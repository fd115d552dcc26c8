import { DocumentModel } from '../../../dev/emulator/docs';
import { DEFAULT_TEMPLATE } from './template';
import { afterPlan, type ApplyRequests } from './testing/model';
import { PAIR } from './testing/pair';
import { planAddQuestion, TOPICS_HEADING } from './plan-add-question';

const apply: ApplyRequests = (document, requests) => {
  const model = DocumentModel.fromJson(document);
  model.apply(requests);
  return model.toJson();
};
const Q = 'What energised you this week?';
const add = (
  lines: string[],
  date: string | null = '2026-11-24',
  question = Q,
  template = DEFAULT_TEMPLATE,
) => afterPlan(apply, lines, (doc) => planAddQuestion(doc, date, question, template, PAIR));

describe('planAddQuestion', () => {
  describe('when the next meeting has its section', () => {
    it('adds the question as a bullet under Check-in, before the next sub-heading', () => {
      expect(add(['# 2026-11-24 · Tuesday', '## Check-in', '## Wins', '# 2026-11-17'])).toEqual([
        '# 2026-11-24 · Tuesday',
        '## Check-in',
        `- ${Q}`,
        '## Wins',
        '# 2026-11-17',
      ]);
    });

    it('goes after what people already wrote under Check-in, not after a trailing blank line', () => {
      expect(add(['# 2026-11-24', '## Check-in', 'How was the trip?', '', '## Wins'])).toEqual([
        '# 2026-11-24',
        '## Check-in',
        'How was the trip?',
        `- ${Q}`,
        '',
        '## Wins',
      ]);
    });

    it('finds the check-in heading of a custom template and in any case', () => {
      const template = ['Opening', 'Check in', 'Next steps'];
      expect(
        add(['# 2026-11-24', '## Opening', '## CHECK IN', '## Next steps'], '2026-11-24', Q, template),
      ).toEqual(['# 2026-11-24', '## Opening', '## CHECK IN', `- ${Q}`, '## Next steps']);
    });

    it('uses a Topics sub-heading when the section has no check-in', () => {
      expect(add(['# 2026-11-24', '## Topics', '- budget', '## Notes'])).toEqual([
        '# 2026-11-24',
        '## Topics',
        '- budget',
        `- ${Q}`,
        '## Notes',
      ]);
    });

    it('adds a Topics sub-heading right under the date when there is neither', () => {
      expect(add(['# 2026-11-24', '## Notes', 'text'])).toEqual([
        '# 2026-11-24',
        '## Topics',
        `- ${Q}`,
        '## Notes',
        'text',
      ]);
    });

    it('works when the section is the last thing in the doc', () => {
      expect(add(['# 2026-11-24', '## Check-in'])).toEqual(['# 2026-11-24', '## Check-in', `- ${Q}`]);
    });
  });

  describe('when there is no section for the meeting', () => {
    it('starts a Topics block above the meeting sections, below Current focus', () => {
      expect(add(['= T', '# Current focus', '', '# 2026-11-17', '## Check-in'])).toEqual([
        '= T',
        '# Current focus',
        '',
        '# Topics',
        `- ${Q}`,
        '# 2026-11-17',
        '## Check-in',
      ]);
    });

    it('adds to an existing Topics block, with no date at all', () => {
      expect(add(['# Topics', '- budget', '# 2026-11-17'], null)).toEqual([
        '# Topics',
        '- budget',
        `- ${Q}`,
        '# 2026-11-17',
      ]);
    });
  });

  describe('edge cases', () => {
    it('adds nothing when the question is already in the section (a second press, a second tab)', () => {
      const once = ['# 2026-11-24', '## Check-in', `- ${Q}`, '## Wins'];
      expect(add(once)).toEqual(once);
      expect(add(['# 2026-11-24', '## Check-in', `- ${Q.toUpperCase()}`])).toEqual([
        '# 2026-11-24',
        '## Check-in',
        `- ${Q.toUpperCase()}`,
      ]);
    });

    it('adds nothing to a Topics block that has the question already', () => {
      const lines = ['# Topics', `- ${Q}`];
      expect(add(lines, null)).toEqual(lines);
    });

    it('writes hostile text as plain text on one line', () => {
      const after = add(['# 2026-11-24', '## Check-in'], '2026-11-24', '<b>Bold</b>\nand & "quoted" 🙂 שלום');
      expect(after).toEqual(['# 2026-11-24', '## Check-in', '- <b>Bold</b> and & "quoted" 🙂 שלום']);
    });

    it('adds nothing when the question is already written elsewhere in the section', () => {
      const lines = ['# 2026-11-24', '## Check-in', '## Wins', `- ${Q.toLowerCase()}`];
      expect(add(lines)).toEqual(lines);
    });

    it('starts a Topics block with no date and no block yet, above every meeting section', () => {
      expect(add(['# Current focus', '# 2026-11-24', '## Check-in'], null)).toEqual([
        '# Current focus',
        `# ${TOPICS_HEADING}`,
        `- ${Q}`,
        '# 2026-11-24',
        '## Check-in',
      ]);
    });

    it('adds nothing for a blank question', () => {
      expect(add(['# 2026-11-24', '## Check-in'], '2026-11-24', '  \n ')).toEqual([
        '# 2026-11-24',
        '## Check-in',
      ]);
    });

    it('does not take the style of a bold check-in heading or a struck line above', () => {
      expect(add(['# 2026-11-24', '## **Check-in**', '~~old~~', '## Wins'])).toEqual([
        '# 2026-11-24',
        '## **Check-in**',
        '~~old~~',
        `- ${Q}`,
        '## Wins',
      ]);
    });
  });
});
