// The playground's doc edits, applied to the Docs emulator's document model: the resulting text,
// styles and bullets are what a person would get typing the same thing in Google Docs.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { docToLines } from '../doc-text';
import type { DocumentModel } from '../emulator/docs';
import { docOf } from '../emulator/docs/testing';
import { DocEditError, markerOf, planEdit, textChange, toggleMarker, type ParagraphEdit } from './doc-edits';
import { docView } from './doc-view';

function agenda(): DocumentModel {
  const doc = docOf(
    { text: 'Alice & Bob · 1:1', namedStyleType: 'TITLE' },
    { text: '2026-10-20 · Tuesday', namedStyleType: 'HEADING_1' },
    { text: 'Action items', namedStyleType: 'HEADING_2' },
    '[ ] Bob: send the deck',
    { text: 'shipped it', textStyle: { strikethrough: true } },
  );
  // Make the action item a bullet, as Tandem writes them.
  const item = paragraphAt(doc.toJson(), 3);
  doc.apply([
    {
      createParagraphBullets: {
        range: { startIndex: item.startIndex ?? 0, endIndex: (item.startIndex ?? 0) + 1 },
        bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE',
      },
    },
  ]);
  return doc;
}

function paragraphAt(doc: docs_v1.Schema$Document, n: number): docs_v1.Schema$StructuralElement {
  const found = (doc.body?.content ?? []).filter((e) => e.paragraph)[n];
  if (!found) throw new Error(`no paragraph ${n}`);
  return found;
}

function edit(doc: DocumentModel, make: (at: (n: number) => number) => ParagraphEdit): string[] {
  const json = doc.toJson();
  const requests = planEdit(
    json,
    make((n) => paragraphAt(json, n).startIndex ?? -1),
  );
  doc.apply(requests);
  return docToLines(doc.toJson());
}

describe('when a person rewrites a paragraph', () => {
  it('changes only the differing characters, keeping the rest of the text', () => {
    const doc = agenda();
    expect(edit(doc, (at) => ({ kind: 'replace', at: at(3), text: '[ ] Bob: send the new deck' }))).toEqual([
      '= Alice & Bob · 1:1',
      '# 2026-10-20 · Tuesday',
      '## Action items',
      '- [ ] Bob: send the new deck',
      '~~shipped it~~',
    ]);
  });

  it('sends no request when the text is unchanged', () => {
    const json = agenda().toJson();
    expect(
      planEdit(json, {
        kind: 'replace',
        at: paragraphAt(json, 3).startIndex ?? 0,
        text: '[ ] Bob: send the deck',
      }),
    ).toEqual([]);
  });

  it('can empty a paragraph without removing it', () => {
    const doc = agenda();
    expect(edit(doc, (at) => ({ kind: 'replace', at: at(2), text: '' }))[2]).toBe('## ');
  });
});

describe('when a person ticks an action item', () => {
  it('turns [ ] into [x] in place, and back', () => {
    const doc = agenda();
    expect(edit(doc, (at) => ({ kind: 'toggle', at: at(3) }))[3]).toBe('- [x] Bob: send the deck');
    expect(edit(doc, (at) => ({ kind: 'toggle', at: at(3) }))[3]).toBe('- [ ] Bob: send the deck');
  });

  it('refuses a paragraph without a marker', () => {
    const json = agenda().toJson();
    expect(() => planEdit(json, { kind: 'toggle', at: paragraphAt(json, 2).startIndex ?? 0 })).toThrow(
      DocEditError,
    );
  });
});

describe('when a person adds a paragraph after another', () => {
  it('after a heading, the new line is normal text', () => {
    const doc = agenda();
    const lines = edit(doc, (at) => ({ kind: 'insertAfter', at: at(2), text: 'Ask about the offsite' }));
    expect(lines.slice(2, 4)).toEqual(['## Action items', 'Ask about the offsite']);
  });

  it('after a list item, the new line stays in the list unless asked otherwise', () => {
    const doc = agenda();
    expect(edit(doc, (at) => ({ kind: 'insertAfter', at: at(3), text: '[ ] Alice: book a room' }))[4]).toBe(
      '- [ ] Alice: book a room',
    );
    expect(edit(doc, (at) => ({ kind: 'insertAfter', at: at(4), text: 'a note', bullet: false }))[5]).toBe(
      'a note',
    );
  });

  it('does not carry strikethrough from a done item into the new line', () => {
    const doc = agenda();
    const lines = edit(doc, (at) => ({ kind: 'insertAfter', at: at(4), text: 'a fresh topic' }));
    expect(lines.slice(4)).toEqual(['~~shipped it~~', 'a fresh topic']);
  });

  it('can make the new line a bullet after plain text', () => {
    const doc = agenda();
    expect(edit(doc, (at) => ({ kind: 'insertAfter', at: at(4), text: 'topic', bullet: true }))[5]).toBe(
      '- topic',
    );
  });
});

describe('markers', () => {
  it('reads open and done markers, and toggles each', () => {
    expect(markerOf('[ ] a')).toBe('open');
    expect(markerOf('☐ a')).toBe('open');
    expect(markerOf('[X] a')).toBe('done');
    expect(markerOf('✅ a')).toBe('done');
    expect(markerOf('plain')).toBeNull();
    expect(toggleMarker('☒ a')).toBe('☐ a');
    expect(toggleMarker('  [ ] a')).toBe('  [x] a');
  });

  it('the doc view reads a fully struck item as done', () => {
    const doc = docOf({ text: '[ ] old item', textStyle: { strikethrough: true } }, '[ ] new item');
    const markers = docView(doc.toJson()).blocks.map((b) => (b.kind === 'paragraph' ? b.marker : null));
    expect(markers).toEqual(['done', 'open']);
  });
});

describe('edge cases', () => {
  it('never splits a surrogate pair when diffing', () => {
    // 👍 and 👎 share their high surrogate: the change must replace the whole emoji.
    expect(textChange('ok 👍', 'ok 👎')).toEqual({ offset: 3, deleteCount: 2, insert: '👎' });
  });

  it('edits text after an emoji at the right Docs index (UTF-16 code units)', () => {
    const doc = docOf('🎉 party at 5');
    doc.apply(planEdit(doc.toJson(), { kind: 'replace', at: 1, text: '🎉 party at 6' }));
    expect(docToLines(doc.toJson())).toEqual(['🎉 party at 6']);
  });

  it('refuses an index where no paragraph starts, and a multi-line text', () => {
    const json = agenda().toJson();
    expect(() => planEdit(json, { kind: 'replace', at: 2, text: 'x' })).toThrow(
      /no paragraph starts at index 2/,
    );
    expect(() => planEdit(json, { kind: 'replace', at: 1, text: 'a\nb' })).toThrow(/one paragraph at a time/);
  });
});
