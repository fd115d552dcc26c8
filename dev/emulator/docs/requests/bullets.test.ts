import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { docOf, endOf, indexGaps, paragraphsOf, textsOf } from '../testing';

const bullets = (startIndex: number, endIndex: number, bulletPreset: string): docs_v1.Schema$Request => ({
  createParagraphBullets: { range: { startIndex, endIndex }, bulletPreset },
});
const bulletOf = (doc: docs_v1.Schema$Document, i: number) => paragraphsOf(doc)[i]?.paragraph?.bullet;

describe('when bullets are created', () => {
  it('puts every overlapped paragraph in one new list described in `lists`', () => {
    const model = docOf('One', 'Two', 'Three');
    model.apply([bullets(2, 7, 'BULLET_DISC_CIRCLE_SQUARE')]);
    const doc = model.toJson();
    const listId = bulletOf(doc, 0)?.listId ?? '';
    expect(bulletOf(doc, 1)?.listId).toBe(listId);
    expect(bulletOf(doc, 2)).toBeUndefined();
    const levels = doc.lists?.[listId]?.listProperties?.nestingLevels ?? [];
    // "A list has at most 9 levels of nesting" (ListProperties.nestingLevels).
    expect(levels).toHaveLength(9);
    expect(levels.slice(0, 4).map((l) => l.glyphSymbol)).toEqual(['●', '○', '■', '●']);
    expect(levels[0]).toMatchObject({
      glyphFormat: '%0',
      indentFirstLine: { magnitude: 18, unit: 'PT' },
      indentStart: { magnitude: 36, unit: 'PT' },
    });
  });

  // proto3 JSON leaves out zero values, so a first-level bullet reads {listId, textStyle}.
  it('leaves nestingLevel out at the first level and indents the paragraph like its level', () => {
    const model = docOf('One');
    model.apply([bullets(1, 2, 'BULLET_DISC_CIRCLE_SQUARE')]);
    const paragraph = paragraphsOf(model.toJson())[0]?.paragraph;
    expect(paragraph?.bullet).toEqual({ listId: expect.any(String), textStyle: {} });
    expect(paragraph?.paragraphStyle).toMatchObject({
      indentFirstLine: { magnitude: 18, unit: 'PT' },
      indentStart: { magnitude: 36, unit: 'PT' },
    });
  });

  it('makes a checkbox list for BULLET_CHECKBOX', () => {
    const model = docOf('[ ] Bob: send the doc');
    model.apply([bullets(1, 2, 'BULLET_CHECKBOX')]);
    const doc = model.toJson();
    const level = doc.lists?.[bulletOf(doc, 0)?.listId ?? '']?.listProperties?.nestingLevels?.[0];
    expect(level?.glyphSymbol).toBeUndefined();
    expect(level?.glyphType).toBe('GLYPH_TYPE_UNSPECIFIED');
  });

  // "The nesting level of each paragraph will be determined by counting leading tabs in front of
  // each paragraph. To avoid excess space between the bullet and the corresponding paragraph,
  // these leading tabs are removed by this request. This may change the indices of parts of the
  // text." https://developers.google.com/docs/api/reference/rest/v1/documents/request#CreateParagraphBulletsRequest
  it('reads leading tabs as nesting levels and removes them, shifting later indices', () => {
    const model = docOf('Top', '\tChild', '\t\tGrandchild', 'After');
    const before = endOf(model);
    model.apply([bullets(1, 25, 'BULLET_DISC_CIRCLE_SQUARE')]);
    const doc = model.toJson();
    expect(textsOf(model)).toEqual(['Top', 'Child', 'Grandchild', 'After']);
    expect([0, 1, 2].map((i) => bulletOf(doc, i)?.nestingLevel)).toEqual([undefined, 1, 2]);
    expect(endOf(model)).toBe(before - 3);
    expect(indexGaps(doc)).toEqual([]);
    expect(paragraphsOf(doc)[2]?.paragraph?.paragraphStyle?.indentStart).toEqual({
      magnitude: 108,
      unit: 'PT',
    });
  });

  // "If the paragraph immediately before paragraphs being updated is in a list with a matching
  // preset, the paragraphs being updated are added to that preceding list."
  it('joins the list just above when it has the same preset, else starts a new one', () => {
    const model = docOf('One', 'Two', 'Three');
    model.apply([
      bullets(1, 2, 'BULLET_CHECKBOX'),
      bullets(5, 6, 'BULLET_CHECKBOX'),
      bullets(9, 10, 'BULLET_DISC_CIRCLE_SQUARE'),
    ]);
    const doc = model.toJson();
    expect(bulletOf(doc, 1)?.listId).toBe(bulletOf(doc, 0)?.listId);
    expect(bulletOf(doc, 2)?.listId).not.toBe(bulletOf(doc, 0)?.listId);
    expect(Object.keys(doc.lists ?? {})).toHaveLength(2);
  });
});

describe('when bullets are deleted', () => {
  // "The nesting level of each paragraph will be visually preserved by adding indent to the start
  // of the corresponding paragraph." (DeleteParagraphBulletsRequest)
  it('removes the bullet and keeps the level’s indent', () => {
    const model = docOf('\tChild');
    model.apply([bullets(1, 2, 'BULLET_DISC_CIRCLE_SQUARE')]);
    model.apply([{ deleteParagraphBullets: { range: { startIndex: 1, endIndex: 2 } } }]);
    const paragraph = paragraphsOf(model.toJson())[0]?.paragraph;
    expect(paragraph?.bullet).toBeUndefined();
    expect(paragraph?.paragraphStyle).toMatchObject({
      indentStart: { magnitude: 72, unit: 'PT' },
      indentFirstLine: { magnitude: 72, unit: 'PT' },
    });
  });
});

describe('edge cases of bullets', () => {
  it('refuses an unknown preset', () => {
    expect(() => docOf('One').apply([bullets(1, 2, 'BULLET_SMILEY')])).toThrow(
      /^Invalid requests\[0\]\.createParagraphBullets: .*BULLET_SMILEY/,
    );
  });

  it('caps nesting at level 8', () => {
    const model = docOf('\t\t\t\t\t\t\t\t\t\tDeep');
    model.apply([bullets(1, 2, 'NUMBERED_DECIMAL_NESTED')]);
    expect(bulletOf(model.toJson(), 0)?.nestingLevel).toBe(8);
    expect(textsOf(model)).toEqual(['Deep']);
  });
});
