import { parseAgenda } from './parse';
import { buildDoc } from './testing/build-doc';
import { PAIR } from './testing/pair';

const standardDoc = buildDoc([
  '= Alice Moreau & Bob Okafor · 1:1',
  'How this doc works.',
  '# Current focus',
  '- Bob: lead the billing migration',
  '# 2026-11-24 · Tuesday',
  '## Check-in',
  '## Action items',
  '- [ ] Bob: send the design doc (due 2026-11-27) · from 2026-11-17',
  '# 2026-11-17 · Tuesday',
  '## Wins',
  'Shipped billing v2',
  '## Action items',
  '- [ ] Bob: send the design doc (due 2026-11-27)',
  '- ~~[ ] book the offsite~~',
]);

describe('parseAgenda', () => {
  describe('when the doc has the standard layout', () => {
    const agenda = parseAgenda(standardDoc, PAIR);

    it('reads the title', () => {
      expect(agenda.title).toBe('Alice Moreau & Bob Okafor · 1:1');
    });

    it('reads the Current focus block with its content', () => {
      expect(agenda.currentFocus?.heading?.text).toBe('Current focus');
      expect(agenda.currentFocus?.content.map((e) => e.kind === 'paragraph' && e.text)).toEqual([
        'Bob: lead the billing migration',
      ]);
    });

    it('reads the meeting sections newest first, with labels and dates', () => {
      expect(agenda.sections.map((s) => [s.date, s.label])).toEqual([
        ['2026-11-24', '2026-11-24 · Tuesday'],
        ['2026-11-17', '2026-11-17 · Tuesday'],
      ]);
    });

    it('gives each section the range from its heading to the next HEADING_1', () => {
      const [next, last] = agenda.sections;
      expect(next?.startIndex).toBe(next?.heading.startIndex);
      expect(next?.endIndex).toBe(last?.startIndex);
      expect(last?.endIndex).toBe(agenda.bodyEnd);
    });

    it('reads sub-headings and what is under them', () => {
      const last = agenda.sections[1];
      expect(last?.parts.map((p) => p.heading?.text ?? null)).toEqual([null, 'Wins', 'Action items']);
      expect(last?.parts[1]?.content.map((e) => e.kind === 'paragraph' && e.text)).toEqual([
        'Shipped billing v2',
      ]);
    });

    it('reads action items with their paragraph and sub-heading', () => {
      const items = agenda.sections[1]?.items ?? [];
      expect(items.map((e) => [e.item.task, e.item.done, e.part])).toEqual([
        ['send the design doc', false, 'Action items'],
        ['book the offsite', true, 'Action items'],
      ]);
      expect(items[0]?.paragraph.bullet).toBe(true);
    });

    // Google: start and end indexes are "in Unicode code units of the UTF-16 encoding"
    // (StructuralElement); every paragraph ends with a newline character.
    // https://developers.google.com/docs/api/concepts/structure
    it('gives paragraphs Docs indices: UTF-16 code units, each paragraph ending with its newline', () => {
      const title = agenda.blocks[0]?.content[1];
      expect(title).toMatchObject({
        kind: 'paragraph',
        startIndex: 1,
        endIndex: 1 + 'Alice Moreau & Bob Okafor · 1:1'.length + 1,
      });
    });
  });

  describe('edge cases', () => {
    it('reads an empty doc', () => {
      const agenda = parseAgenda(buildDoc([]), PAIR);
      expect(agenda).toMatchObject({ title: null, currentFocus: null, sections: [], bodyEnd: 2 });
    });

    it('reads a document with no body at all', () => {
      expect(parseAgenda({}, PAIR).sections).toEqual([]);
    });

    // Google: with includeTabsContent, documents.get fills `tabs[].documentTab.body` instead of
    // `body`. https://developers.google.com/docs/api/how-tos/tabs
    it('reads the first tab when documents.get returned tabs only', () => {
      const { body } = buildDoc(['# 2026-11-17']);
      const agenda = parseAgenda({ tabs: [{ documentTab: { body } }] }, PAIR);
      expect(agenda.sections.map((s) => s.date)).toEqual(['2026-11-17']);
    });

    it('keeps sections out of order and duplicated dates in document order', () => {
      const agenda = parseAgenda(buildDoc(['# 2026-11-10', '# 2026-11-24', '# 2026-11-10 · again']), PAIR);
      expect(agenda.sections.map((s) => s.date)).toEqual(['2026-11-10', '2026-11-24', '2026-11-10']);
    });

    it('does not take a heading that only looks like a date for a meeting', () => {
      const agenda = parseAgenda(
        buildDoc(['# 2026-13-45 · Tuesday', '- [ ] not an item of a meeting']),
        PAIR,
      );
      expect(agenda.sections).toEqual([]);
      expect(agenda.blocks.map((b) => b.kind)).toEqual(['preamble', 'other']);
    });

    it('ends a section at a HEADING_1 people added that is not a date', () => {
      const agenda = parseAgenda(buildDoc(['# 2026-11-17', '- [ ] a', '# Parking lot', '- [ ] b']), PAIR);
      expect(agenda.sections[0]?.items.map((e) => e.item.task)).toEqual(['a']);
      expect(agenda.blocks.map((b) => b.kind)).toEqual(['preamble', 'meeting', 'other']);
    });

    it('merges the content of a deleted heading into the section above', () => {
      const agenda = parseAgenda(buildDoc(['# 2026-11-24', '## Action items', '- [ ] a', '[ ] b']), PAIR);
      expect(agenda.sections[0]?.items.map((e) => e.item.task)).toEqual(['a', 'b']);
    });

    it('reads a date heading with leading spaces or direction marks', () => {
      const agenda = parseAgenda(buildDoc(['#  \u200E2026-11-24 · Tuesday']), PAIR);
      expect(agenda.sections[0]).toMatchObject({ date: '2026-11-24', label: '2026-11-24 · Tuesday' });
    });

    it('keeps a table inside a section as an element, and its indices', () => {
      const agenda = parseAgenda(buildDoc(['# 2026-11-24', '[table 1×1]', '- [ ] a']), PAIR);
      const section = agenda.sections[0];
      expect(section?.content.map((e) => e.kind)).toEqual(['table', 'paragraph']);
      expect(section?.items.map((e) => e.item.task)).toEqual(['a']);
    });

    it('reads no item from a heading that starts with a marker', () => {
      const agenda = parseAgenda(buildDoc(['# 2026-11-24', '## [ ] not an item']), PAIR);
      expect(agenda.sections[0]?.items).toEqual([]);
    });

    it('takes only the first "Current focus" as the focus block', () => {
      const agenda = parseAgenda(buildDoc(['# Current focus', '# current focus']), PAIR);
      expect(agenda.blocks.map((b) => b.kind)).toEqual(['preamble', 'current-focus', 'other']);
    });

    it('reads a chip in a paragraph as one placeholder, keeping offsets', () => {
      const doc = buildDoc(['# 2026-11-24', 'x']);
      const paragraph = doc.body?.content?.[2]?.paragraph;
      paragraph?.elements?.unshift({
        startIndex: 15,
        endIndex: 16,
        person: { personProperties: { email: 'bob@example.com' } },
      });
      const agenda = parseAgenda(doc, PAIR);
      expect(agenda.sections[0]?.content[0]).toMatchObject({ text: '\uFFFCx' });
    });
  });
});

describe('reading the same document again', () => {
  it('returns the agenda already read, for the same people', () => {
    expect(parseAgenda(standardDoc, PAIR)).toBe(parseAgenda(standardDoc, PAIR));
  });

  it('reads it afresh for other people, whose names decide who owns an item', () => {
    const others = [{ email: 'carol@example.com', name: 'Carol Diaz' }, PAIR[1]!];
    const forPair = parseAgenda(standardDoc, PAIR);
    const forOthers = parseAgenda(standardDoc, others);
    expect(forOthers).not.toBe(forPair);
    expect(forPair.sections[0]?.items[0]?.item.owner).toBe(PAIR[1]?.email);
  });

  it('reads an equal but separate document object afresh', () => {
    expect(parseAgenda(structuredClone(standardDoc), PAIR)).not.toBe(parseAgenda(standardDoc, PAIR));
  });
});
