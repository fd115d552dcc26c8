import { DocumentModel } from '../../../dev/emulator/docs';
import { planNextSection } from './plan-next-section';
import { DEFAULT_TEMPLATE } from './template';
import { buildDoc } from './testing/build-doc';
import { afterPlan, type ApplyRequests } from './testing/model';
import { PAIR } from './testing/pair';

const apply: ApplyRequests = (document, requests) => {
  const model = DocumentModel.fromJson(document);
  model.apply(requests);
  return model.toJson();
};
const NEXT = { date: '2026-11-24', label: '2026-11-24 · Tuesday' };
const TEMPLATE_LINES = ['## Check-in', '## Wins', '## Challenges', '## Growth', '## Action items'];
const prepare = (lines: string[], template = DEFAULT_TEMPLATE) =>
  afterPlan(apply, lines, (doc) => planNextSection(doc, NEXT, template, PAIR));

describe('planNextSection', () => {
  describe('when the doc has no section for the meeting', () => {
    it('adds it on top, below Current focus, carrying the open items of the last meeting', () => {
      const before = [
        '= Alice & Bob · 1:1',
        '# Current focus',
        '- Bob: lead the billing migration',
        '# 2026-11-17 · Tuesday',
        '## Action items',
        '- [ ] Bob: send the design doc (due 2026-11-27)',
        '- [x] Alice: book the room',
        '- ☐ call Priya · from 2026-11-10',
        'Notes under the items',
      ];
      expect(prepare(before)).toEqual([
        '= Alice & Bob · 1:1',
        '# Current focus',
        '- Bob: lead the billing migration',
        '# 2026-11-24 · Tuesday',
        ...TEMPLATE_LINES,
        '- [ ] Bob: send the design doc (due 2026-11-27) · from 2026-11-17',
        '- [ ] call Priya · from 2026-11-10',
        ...before.slice(3),
      ]);
    });

    it('adds a section without items to a doc with no meeting yet', () => {
      expect(prepare(['= Alice & Bob · 1:1', 'intro', '# Current focus', ''])).toEqual([
        '= Alice & Bob · 1:1',
        'intro',
        '# Current focus',
        '',
        '# 2026-11-24 · Tuesday',
        ...TEMPLATE_LINES,
      ]);
    });

    it('puts carried items under the action-items heading of a custom template', () => {
      expect(prepare(['# 2026-11-17', '- [ ] a'], ['Next steps', 'Notes'])).toEqual([
        '# 2026-11-24 · Tuesday',
        '## Next steps',
        '- [ ] a · from 2026-11-17',
        '## Notes',
        '# 2026-11-17',
        '- [ ] a',
      ]);
    });
  });

  describe('when choosing what to carry', () => {
    it('leaves out an item done in any section since it first appeared', () => {
      const after = prepare([
        '# 2026-11-17',
        '- [ ] a · from 2026-11-10',
        '- [ ] b',
        '# 2026-11-10',
        '- ✅ a',
      ]);
      expect(after.filter((line) => line.includes('from'))).toEqual([
        '- [ ] b · from 2026-11-17',
        '- [ ] a · from 2026-11-10',
      ]);
    });

    it('carries a task written again after the same one was done long ago', () => {
      const after = prepare([
        '# 2026-11-17',
        '- [ ] send the report',
        '# 2025-06-01',
        '- [x] send the report',
      ]);
      expect(after).toContain('- [ ] send the report · from 2026-11-17');
    });

    it('carries an item once even when people duplicated it or the date heading', () => {
      const after = prepare([
        '# 2026-11-17',
        '- [ ] a',
        '- [ ] A ',
        '# 2026-11-17 · notes',
        '- [ ] a',
        '- [ ] b',
      ]);
      expect(after.filter((line) => line.includes('from'))).toEqual([
        '- [ ] a · from 2026-11-17',
        '- [ ] b · from 2026-11-17',
      ]);
    });

    it('reads struck-through items as done', () => {
      expect(prepare(['# 2026-11-17', '- ~~[ ] a~~']).some((line) => line.includes('from'))).toBe(false);
    });

    it('carries from the latest earlier section, not from a later one', () => {
      const after = prepare(['# 2026-12-01', '- [ ] later', '# 2026-11-17', '- [ ] earlier']);
      expect(after.filter((line) => line.includes('from'))).toEqual(['- [ ] earlier · from 2026-11-17']);
    });
  });

  describe('when the section already exists', () => {
    it('plans nothing', () => {
      const doc = buildDoc(['# 2026-11-24 · moved by hand', '# 2026-11-17', '- [ ] a']);
      expect(planNextSection(doc, NEXT, DEFAULT_TEMPLATE, PAIR)).toEqual([]);
    });

    it('plans nothing on its own result', () => {
      const doc = apply(buildDoc(['# 2026-11-17', '- [ ] a']), []);
      const once = apply(doc, planNextSection(doc, NEXT, DEFAULT_TEMPLATE, PAIR));
      expect(planNextSection(once, NEXT, DEFAULT_TEMPLATE, PAIR)).toEqual([]);
    });
  });

  // Google: "Inserting a newline character will implicitly create a new Paragraph at that index. The
  // paragraph style of the new paragraph will be copied from the paragraph at the current insertion
  // index, including lists and bullets"; inserted text "will match the text immediately before the
  // insertion index" in most cases (InsertTextRequest.text). "To reset a property to its default
  // value, include its field name in the field mask but leave the field itself unset"
  // (UpdateTextStyleRequest.fields, UpdateParagraphStyleRequest.fields).
  // https://developers.google.com/docs/api/reference/rest/v1/documents/request
  describe('when Docs would pass neighbouring styles on', () => {
    it('writes plain, unbulleted headings above a struck, bold, bulleted paragraph', () => {
      const after = prepare(['# Current focus', '# ~~**2026-11-17**~~', '- ~~**[ ] a**~~']);
      expect(after).toEqual([
        '# Current focus',
        '# 2026-11-24 · Tuesday',
        ...TEMPLATE_LINES,
        '# ~~**2026-11-17**~~',
        '- ~~**[ ] a**~~',
      ]);
    });

    it('writes after a struck bullet at the end of the doc without touching it', () => {
      const after = prepare(['# Current focus', '- ~~**done thing**~~']);
      expect(after).toEqual([
        '# Current focus',
        '- ~~**done thing**~~',
        '# 2026-11-24 · Tuesday',
        ...TEMPLATE_LINES,
      ]);
    });

    // Google: DeleteParagraphBulletsRequest — "The nesting level of each paragraph will be visually
    // preserved by adding indent to the start of the corresponding paragraph", hence indentStart reset.
    // https://developers.google.com/docs/api/reference/rest/v1/documents/request
    it('leaves no indent that removing an inherited bullet would add', () => {
      const doc = apply(buildDoc(['# Current focus', '- x']), []);
      const after = apply(doc, planNextSection(doc, NEXT, DEFAULT_TEMPLATE, PAIR));
      const heading = after.body?.content?.find((e) =>
        e.paragraph?.elements?.[0]?.textRun?.content?.startsWith('2026-11-24'),
      );
      expect(heading?.paragraph?.paragraphStyle?.indentStart?.magnitude ?? 0).toBe(0);
      expect(heading?.paragraph?.bullet).toBeUndefined();
    });
  });

  describe('edge cases: a doc people rearranged', () => {
    it('goes before the first earlier section in document order', () => {
      const after = prepare(['# 2026-11-10', '# Current focus', '# 2026-11-17']);
      expect(after[0]).toBe('# 2026-11-24 · Tuesday');
      expect(after.slice(6)).toEqual(['# 2026-11-10', '# Current focus', '# 2026-11-17']);
    });

    it('goes after the last section when every section is later', () => {
      const after = prepare(['# Current focus', '# 2026-12-01', 'notes', '# Parking lot']);
      expect(after).toEqual([
        '# Current focus',
        '# 2026-12-01',
        'notes',
        '# 2026-11-24 · Tuesday',
        ...TEMPLATE_LINES,
        '# Parking lot',
      ]);
    });

    it('goes after the intro when there is neither section nor Current focus', () => {
      const after = prepare(['= Title', 'intro', '# Parking lot', 'x']);
      expect(after).toEqual([
        '= Title',
        'intro',
        '# 2026-11-24 · Tuesday',
        ...TEMPLATE_LINES,
        '# Parking lot',
        'x',
      ]);
    });

    it('ignores headings that only look like dates', () => {
      const after = prepare(['# Current focus', '# 2026-13-45', '- [ ] not carried']);
      expect(after.slice(-2)).toEqual(['# 2026-13-45', '- [ ] not carried']);
      expect(after.some((line) => line.includes('from'))).toBe(false);
    });

    it('writes into an empty doc', () => {
      expect(prepare([])).toEqual(['', '# 2026-11-24 · Tuesday', ...TEMPLATE_LINES]);
    });

    it('carries items that sit beside a table', () => {
      const after = prepare(['# 2026-11-17', '[table 1×1]', '- [ ] a']);
      expect(after).toContain('- [ ] a · from 2026-11-17');
      expect(after.slice(-3)).toEqual(['# 2026-11-17', '[table 1×1]', '- [ ] a']);
    });
  });

  describe('edge cases: bad input', () => {
    it('refuses a label that does not start with the date', () => {
      expect(() =>
        planNextSection(buildDoc([]), { date: '2026-11-24', label: 'Tuesday' }, DEFAULT_TEMPLATE, PAIR),
      ).toThrow('must start with 2026-11-24');
    });

    it('refuses a date that does not exist', () => {
      expect(() =>
        planNextSection(buildDoc([]), { date: '2026-02-30', label: '2026-02-30' }, DEFAULT_TEMPLATE, PAIR),
      ).toThrow('Not a date');
    });

    it('refuses an invalid template', () => {
      expect(() => planNextSection(buildDoc([]), NEXT, [], PAIR)).toThrow('Add at least one heading.');
    });

    it('writes a label with a line break on one line', () => {
      const after = afterPlan(apply, [], (doc) =>
        planNextSection(doc, { date: '2026-11-24', label: '2026-11-24\n· Tuesday' }, ['Notes'], PAIR),
      );
      expect(after).toEqual(['', '# 2026-11-24 · Tuesday', '## Notes']);
    });
  });
});
