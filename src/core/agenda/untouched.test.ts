import { DocumentModel } from '../../../dev/emulator/docs';
import { parseAgenda } from './parse';
import { planMerge } from './plan-merge';
import { planNextSection } from './plan-next-section';
import { DEFAULT_TEMPLATE } from './template';
import { buildDoc } from './testing/build-doc';
import type { ApplyRequests, Document, Request } from './testing/model';
import { PAIR } from './testing/pair';
import { isUntouched, touchedBecause } from './untouched';

const apply: ApplyRequests = (document, requests) => {
  const model = DocumentModel.fromJson(document);
  model.apply(requests);
  return model.toJson();
};
const NEXT = { date: '2026-11-24', label: '2026-11-24 · Tuesday' };

/** A doc whose 2026-11-24 section Tandem prepared, carrying "[ ] a" from 2026-11-17. */
function prepared(): Document {
  const doc = apply(buildDoc(['# Current focus', '# 2026-11-17', '## Action items', '- [ ] a']), []);
  return apply(doc, planNextSection(doc, NEXT, DEFAULT_TEMPLATE, PAIR));
}

/** The agenda of `doc` and its 2026-11-24 section, as `touchedBecause` takes them. */
const sectionOf = (doc: Document) => {
  const agenda = parseAgenda(doc, PAIR);
  const section = agenda.sections.find((s) => s.date === NEXT.date);
  if (!section) throw new Error('no section');
  return [agenda, section] as const;
};

/**
 * A person's edit: at the end of the paragraph holding `target`, `text` typed on the same line,
 * or after pressing Enter (`newLine`), which in the editor starts a NORMAL_TEXT paragraph.
 */
function personTypes(doc: Document, target: string, text: string, newLine = false): Document {
  const element = doc.body?.content?.find(
    (e) => e.paragraph?.elements?.[0]?.textRun?.content === `${target}\n`,
  );
  const end = (element?.endIndex ?? 1) - 1;
  const typed = newLine ? `\n${text}` : text;
  const requests: Request[] = [{ insertText: { location: { index: end }, text: typed } }];
  if (newLine) {
    requests.push(
      { deleteParagraphBullets: { range: { startIndex: end + 1, endIndex: end + typed.length } } },
      {
        updateParagraphStyle: {
          range: { startIndex: end + 1, endIndex: end + typed.length },
          paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
          fields: 'namedStyleType',
        },
      },
    );
  }
  return apply(doc, requests);
}

describe('isUntouched', () => {
  it('holds for a section Tandem just prepared', () => {
    expect(touchedBecause(...sectionOf(prepared()), DEFAULT_TEMPLATE)).toBeNull();
  });

  it('still holds after Tandem merged items in and ticked a carried copy', () => {
    let doc = prepared();
    const last = doc.body?.content?.find((e) => e.paragraph?.elements?.[0]?.textRun?.content === '[ ] a\n');
    const at = last?.startIndex ?? 0;
    doc = apply(doc, [
      { insertText: { location: { index: at + 1 }, text: 'x' } },
      { deleteContentRange: { range: { startIndex: at + 2, endIndex: at + 3 } } },
      { insertText: { location: { index: at + 5 }, text: '\n[ ] b' } },
    ]);
    doc = apply(doc, planMerge(doc, NEXT.date, PAIR));
    expect(parseAgenda(doc, PAIR).sections[0]?.items.map((e) => e.item.text)).toEqual([
      'a · from 2026-11-17',
      'b · from 2026-11-17',
    ]);
    expect(isUntouched(...sectionOf(doc), DEFAULT_TEMPLATE)).toBe(true);
  });

  describe('when a person changed the section', () => {
    it('is touched by text under a sub-heading', () => {
      const doc = personTypes(prepared(), 'Growth', 'Talked about the new role', true);
      expect(touchedBecause(...sectionOf(doc), DEFAULT_TEMPLATE)).toBe('it has text under "Growth"');
    });

    it('is touched by an item a person added', () => {
      const doc = personTypes(prepared(), '[ ] a · from 2026-11-17', '[ ] mine', true);
      expect(sectionOf(doc)[1].items.map((e) => e.item.task)).toEqual(['a', 'mine']);
      expect(touchedBecause(...sectionOf(doc), DEFAULT_TEMPLATE)).toBe('it has text under "Action items"');
    });

    it('is touched by an edited heading', () => {
      const doc = personTypes(prepared(), NEXT.label, ' (moved from Monday)');
      expect(touchedBecause(...sectionOf(doc), DEFAULT_TEMPLATE)).toBe('its heading was edited');
    });

    it('is touched by a style change', () => {
      const doc = prepared();
      const [, section] = sectionOf(doc);
      const bolded = apply(doc, [
        {
          updateTextStyle: {
            range: { startIndex: section.heading.startIndex, endIndex: section.heading.startIndex + 4 },
            textStyle: { bold: true },
            fields: 'bold',
          },
        },
      ]);
      expect(touchedBecause(...sectionOf(bolded), DEFAULT_TEMPLATE)).toBe('its heading was edited');
    });

    it('is touched by a struck-through carried item', () => {
      const doc = prepared();
      const item = sectionOf(doc)[1].items[0]?.paragraph;
      const struck = apply(doc, [
        {
          updateTextStyle: {
            range: { startIndex: item?.startIndex ?? 0, endIndex: (item?.endIndex ?? 1) - 1 },
            textStyle: { strikethrough: true },
            fields: 'strikethrough',
          },
        },
      ]);
      expect(touchedBecause(...sectionOf(struck), DEFAULT_TEMPLATE)).toBe('it has text under "Action items"');
    });
    it('is touched by a carried copy ticked while its original is still open', () => {
      const doc = prepared();
      const item = sectionOf(doc)[1].items[0]?.paragraph;
      const at = (item?.startIndex ?? 0) + 1;
      const ticked = apply(doc, [
        { insertText: { location: { index: at }, text: 'x' } },
        { deleteContentRange: { range: { startIndex: at + 1, endIndex: at + 2 } } },
      ]);
      expect(sectionOf(ticked)[1].items[0]?.item.done).toBe(true);
      expect(touchedBecause(...sectionOf(ticked), DEFAULT_TEMPLATE)).toBe('it has text under "Action items"');
    });
  });

  describe('edge cases', () => {
    it('is touched when a sub-heading was deleted, renamed or the template differs', () => {
      const section = sectionOf(
        apply(buildDoc(['# 2026-11-24 · Tuesday', '## Check-in', '## Action items']), []),
      );
      expect(touchedBecause(...section, DEFAULT_TEMPLATE)).toBe('its sub-headings were changed');
      expect(touchedBecause(...section, ['Check-in', 'Action items'])).toBeNull();
      expect(touchedBecause(...section, ['Check in', 'Action items'])).toBe('its sub-headings were changed');
    });

    it('is touched by a table or text above the first sub-heading', () => {
      const table = sectionOf(apply(buildDoc(['# 2026-11-24', '## Notes', '[table 1×1]']), []));
      expect(touchedBecause(...table, ['Notes'])).toBe('it has a table under "Notes"');
      const above = sectionOf(apply(buildDoc(['# 2026-11-24', 'hello', '## Notes']), []));
      expect(touchedBecause(...above, ['Notes'])).toBe('it has text above its first sub-heading');
    });

    it('is touched by a second line with the identity of a carried item', () => {
      const doc = apply(
        buildDoc([
          '# 2026-11-24',
          '## Action items',
          '- [ ] a · from 2026-11-17',
          '- [ ] A · from 2026-11-17',
          '# 2026-11-17',
          '- [ ] a',
        ]),
        [],
      );
      expect(touchedBecause(...sectionOf(doc), ['Action items'])).toBe('it has text under "Action items"');
    });

    it('is touched by an item line not written as Tandem writes them', () => {
      const notBullet = sectionOf(
        apply(buildDoc(['# 2026-11-24', '## Action items', '[ ] a · from 2026-11-17']), []),
      );
      expect(isUntouched(...notBullet, ['Action items'])).toBe(false);
      const noSuffix = sectionOf(apply(buildDoc(['# 2026-11-24', '## Action items', '- [ ] a']), []));
      expect(isUntouched(...noSuffix, ['Action items'])).toBe(false);
      const otherMarker = sectionOf(
        apply(buildDoc(['# 2026-11-24', '## Action items', '- ☐ a · from 2026-11-17']), []),
      );
      expect(isUntouched(...otherMarker, ['Action items'])).toBe(false);
    });
  });
});
