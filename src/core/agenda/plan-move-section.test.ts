import { DocumentModel } from '../../../dev/emulator/docs';
import { parseAgenda } from './parse';
import { planMoveSection } from './plan-move-section';
import { planNextSection, type Meeting } from './plan-next-section';
import { DEFAULT_TEMPLATE } from './template';
import { buildDoc } from './testing/build-doc';
import type { ApplyRequests, Document } from './testing/model';
import { renderDoc } from './testing/render-doc';
import { PAIR } from './testing/pair';
import { isUntouched } from './untouched';

const apply: ApplyRequests = (document, requests) => {
  const model = DocumentModel.fromJson(document);
  model.apply(requests);
  return model.toJson();
};
const TEMPLATE = ['Notes', 'Action items'];
const meeting = (date: string, weekday: string): Meeting => ({ date, label: `${date} · ${weekday}` });

/** A doc as people left it (`lines`), with Tandem's section for `next` prepared in it. */
function preparedDoc(lines: string[], next: Meeting): Document {
  const doc = apply(buildDoc(lines), []);
  return apply(doc, planNextSection(doc, next, TEMPLATE, PAIR));
}

function move(doc: Document, from: string, to: Meeting | null) {
  const plan = planMoveSection(doc, from, to, TEMPLATE, PAIR);
  return { ...plan, after: apply(doc, plan.requests) };
}

const HISTORY = ['# Current focus', '# 2026-11-17 · Tuesday', '## Action items', '- [ ] a'];

describe('planMoveSection', () => {
  describe('when the meeting moved and nobody touched its section', () => {
    it('relabels the section in place when its place stays right', () => {
      const { outcome, after } = move(
        preparedDoc(HISTORY, meeting('2026-11-24', 'Tuesday')),
        '2026-11-24',
        meeting('2026-11-25', 'Wednesday'),
      );
      expect(outcome).toBe('moved');
      expect(renderDoc(after)).toEqual([
        '# Current focus',
        '# 2026-11-25 · Wednesday',
        '## Notes',
        '## Action items',
        '- [ ] a · from 2026-11-17',
        ...HISTORY.slice(1),
      ]);
      const agenda = parseAgenda(after, PAIR);
      const section = agenda.sections[0];
      expect(section && isUntouched(agenda, section, TEMPLATE)).toBe(true);
    });

    it('moves the section below a meeting it now comes after', () => {
      const lines = ['# Current focus', '# 2026-11-20 · by hand', '# 2026-11-17', '- [ ] a'];
      const doc = preparedDoc(lines, meeting('2026-11-24', 'Tuesday'));
      expect(renderDoc(doc)[1]).toBe('# 2026-11-24 · Tuesday');
      const { after } = move(doc, '2026-11-24', meeting('2026-11-19', 'Thursday'));
      expect(renderDoc(after)).toEqual([
        '# Current focus',
        '# 2026-11-20 · by hand',
        '# 2026-11-19 · Thursday',
        '## Notes',
        '## Action items',
        '- [ ] a · from 2026-11-17',
        '# 2026-11-17',
        '- [ ] a',
      ]);
    });

    it('moves the section above a later one people prepared by hand', () => {
      const lines = ['# Current focus', '# 2026-12-01 · by hand', '# 2026-11-17', '- [ ] a'];
      const doc = preparedDoc(lines, meeting('2026-11-24', 'Tuesday'));
      const { after } = move(doc, '2026-11-24', meeting('2026-12-02', 'Wednesday'));
      expect(renderDoc(after)).toEqual([
        '# Current focus',
        '# 2026-12-02 · Wednesday',
        '## Notes',
        '## Action items',
        '- [ ] a · from 2026-11-17',
        '# 2026-12-01 · by hand',
        '# 2026-11-17',
        '- [ ] a',
      ]);
      const agenda = parseAgenda(after, PAIR);
      const section = agenda.sections[0];
      expect(section && isUntouched(agenda, section, TEMPLATE)).toBe(true);
    });

    it('removes the section when a section for the new date already exists', () => {
      const doc = preparedDoc(['# 2026-11-25 · by hand', '# 2026-11-17'], meeting('2026-11-24', 'Tuesday'));
      const { outcome, reason, after } = move(doc, '2026-11-24', meeting('2026-11-25', 'Wednesday'));
      expect(outcome).toBe('removed');
      expect(reason).toBe('a section for 2026-11-25 already exists, so the one for 2026-11-24 was removed');
      expect(renderDoc(after)).toEqual(['# 2026-11-25 · by hand', '# 2026-11-17']);
    });
  });

  describe('when the meeting was cancelled', () => {
    it('removes an untouched section', () => {
      const { outcome, after } = move(
        preparedDoc(HISTORY, meeting('2026-11-24', 'Tuesday')),
        '2026-11-24',
        null,
      );
      expect(outcome).toBe('removed');
      expect(renderDoc(after)).toEqual(HISTORY);
    });

    // Google: deleting "the last newline character of a Body" is an invalid delete request (400)
    // (DeleteContentRangeRequest.range). https://developers.google.com/docs/api/reference/rest/v1/documents/request
    it('removes an untouched section that ends the doc, leaving one plain empty paragraph', () => {
      const doc = preparedDoc(['# Current focus', '- **focus**'], meeting('2026-11-24', 'Tuesday'));
      const { after } = move(doc, '2026-11-24', null);
      expect(renderDoc(after)).toEqual(['# Current focus', '- **focus**', '']);
      expect(after.body?.content?.at(-1)?.paragraph?.paragraphStyle?.namedStyleType).toBe('NORMAL_TEXT');
    });
  });

  describe('when a person touched the section', () => {
    it('keeps it where it is, with no requests, and says why', () => {
      const doc = preparedDoc(HISTORY, meeting('2026-11-24', 'Tuesday'));
      const notes = parseAgenda(doc, PAIR).sections[0]?.parts[1]?.heading;
      const touched = apply(doc, [
        { insertText: { location: { index: (notes?.endIndex ?? 1) - 1 }, text: ' and worries' } },
      ]);
      expect(planMoveSection(touched, '2026-11-24', null, TEMPLATE, PAIR)).toEqual({
        requests: [],
        outcome: 'kept',
        reason: 'the section of 2026-11-24 stays: its sub-headings were changed',
      });
    });
  });

  describe('edge cases', () => {
    it('keeps nothing to do when there is no section for the date', () => {
      expect(planMoveSection(buildDoc(HISTORY), '2026-11-24', null, TEMPLATE, PAIR)).toMatchObject({
        outcome: 'kept',
        requests: [],
      });
    });

    it('relabels when only the label changed, and plans nothing when it did not', () => {
      const doc = preparedDoc(HISTORY, meeting('2026-11-24', 'Tuesday'));
      expect(
        planMoveSection(doc, '2026-11-24', meeting('2026-11-24', 'Tuesday'), TEMPLATE, PAIR).requests,
      ).toEqual([]);
      const { after } = move(doc, '2026-11-24', meeting('2026-11-24', 'Dienstag'));
      expect(renderDoc(after)[1]).toBe('# 2026-11-24 · Dienstag');
    });

    it('moves the section that is the whole body', () => {
      const doc = preparedDoc([], meeting('2026-11-24', 'Tuesday'));
      const { after } = move(doc, '2026-11-24', meeting('2026-11-26', 'Thursday'));
      expect(renderDoc(after)).toEqual(['', '# 2026-11-26 · Thursday', '## Notes', '## Action items']);
    });

    it('refuses a label that does not start with the new date', () => {
      const doc = preparedDoc(HISTORY, meeting('2026-11-24', 'Tuesday'));
      expect(() =>
        planMoveSection(
          doc,
          '2026-11-24',
          { date: '2026-11-25', label: 'Wednesday' },
          DEFAULT_TEMPLATE,
          PAIR,
        ),
      ).toThrow('must start with 2026-11-25');
    });
  });
});
