import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { LINK_COLOR } from '../defaults';
import type { DocumentModel } from '../document';
import { docOf, paragraphsOf, stylesOf } from '../testing';

const paragraphStyle = (
  startIndex: number,
  endIndex: number,
  style: docs_v1.Schema$ParagraphStyle,
  fields: string,
): docs_v1.Schema$Request => ({
  updateParagraphStyle: { range: { startIndex, endIndex }, paragraphStyle: style, fields },
});
const textStyle = (
  startIndex: number,
  endIndex: number,
  style: docs_v1.Schema$TextStyle,
  fields: string,
): docs_v1.Schema$Request => ({
  updateTextStyle: { range: { startIndex, endIndex }, textStyle: style, fields },
});

function runsOf(model: DocumentModel, paragraph = 0) {
  return paragraphsOf(model.toJson())[paragraph]?.paragraph?.elements?.map((e) => [
    e.textRun?.content,
    e.textRun?.textStyle,
  ]);
}
const styleOf = (model: DocumentModel, paragraph = 0) =>
  paragraphsOf(model.toJson())[paragraph]?.paragraph?.paragraphStyle;

// "Hello\n" [1,7), "World\n" [7,13)
describe('when a paragraph style is updated', () => {
  it('styles every paragraph the range overlaps, even partly', () => {
    const model = docOf('Hello', 'World', 'Tail');
    model.apply([paragraphStyle(5, 8, { namedStyleType: 'HEADING_1' }, 'namedStyleType')]);
    expect(stylesOf(model)).toEqual(['HEADING_1', 'HEADING_1', 'NORMAL_TEXT']);
  });

  // ParagraphStyle.headingId: "The heading ID of the paragraph. If empty, then this paragraph is
  // not a heading. This property is read-only."
  it('gives a new heading a headingId and takes it away when it becomes normal text', () => {
    const model = docOf('Hello');
    model.apply([paragraphStyle(1, 2, { namedStyleType: 'HEADING_2' }, 'namedStyleType')]);
    expect(styleOf(model)?.headingId).toMatch(/^h\./);
    model.apply([paragraphStyle(1, 2, { namedStyleType: 'NORMAL_TEXT' }, 'namedStyleType')]);
    expect(styleOf(model)).toEqual({ namedStyleType: 'NORMAL_TEXT', direction: 'LEFT_TO_RIGHT' });
  });

  it('changes only the fields listed', () => {
    const model = docOf({ text: 'Hello', namedStyleType: 'HEADING_1' });
    model.apply([paragraphStyle(1, 2, { alignment: 'CENTER', namedStyleType: 'TITLE' }, 'alignment')]);
    expect(styleOf(model)).toMatchObject({ namedStyleType: 'HEADING_1', alignment: 'CENTER' });
  });

  // "To reset a property to its default value, include its field name in the field mask but
  // leave the field itself unset." (UpdateParagraphStyleRequest.fields)
  it('resets a listed field left unset', () => {
    const model = docOf('Hello');
    model.apply([paragraphStyle(1, 2, { alignment: 'END' }, 'alignment')]);
    model.apply([paragraphStyle(1, 2, {}, 'alignment')]);
    expect(styleOf(model)?.alignment).toBeUndefined();
  });
});

describe('edge cases of style field masks', () => {
  it('refuses a request without fields, as Google does', () => {
    const model = docOf('Hello');
    expect(() => model.apply([paragraphStyle(1, 2, { alignment: 'END' }, '')])).toThrow(
      "Invalid requests[0].updateParagraphStyle: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)",
    );
  });

  it('refuses a field that is not writable, such as the read-only headingId', () => {
    const model = docOf('Hello');
    expect(() => model.apply([paragraphStyle(1, 2, { headingId: 'h.x' }, 'headingId')])).toThrow(
      /Invalid field: headingId/,
    );
  });

  it('refuses an unknown named style type', () => {
    const model = docOf('Hello');
    expect(() =>
      model.apply([paragraphStyle(1, 2, { namedStyleType: 'HEADING_9' }, 'namedStyleType')]),
    ).toThrow(/HEADING_9/);
  });
});

describe('when a text style is updated', () => {
  it('splits runs at the range and styles only the range', () => {
    const model = docOf('Hello');
    model.apply([textStyle(2, 4, { bold: true }, 'bold')]);
    expect(runsOf(model)).toEqual([
      ['H', {}],
      ['el', { bold: true }],
      ['lo\n', {}],
    ]);
  });

  // UpdateTextStyleRequest.textStyle: "If the value for a particular style matches that of the
  // parent, that style will be set to inherit."
  it('stores a value equal to the inherited one as inherit, merging the runs back', () => {
    const model = docOf('Hello');
    model.apply([textStyle(1, 7, { strikethrough: true }, 'strikethrough')]);
    expect(runsOf(model)).toEqual([['Hello\n', { strikethrough: true }]]);
    model.apply([textStyle(1, 7, { strikethrough: false }, 'strikethrough')]);
    expect(runsOf(model)).toEqual([['Hello\n', {}]]);
  });

  // TextStyle.link: "When setting a link, the text foreground color will be updated to the default
  // link color and the text will be underlined" and "Links are not settable on newline characters."
  it('colours and underlines a new link, but never links the newline', () => {
    const model = docOf('Hello');
    model.apply([textStyle(1, 7, { link: { url: 'https://example.com' } }, 'link')]);
    expect(runsOf(model)).toEqual([
      ['Hello', { link: { url: 'https://example.com' }, foregroundColor: LINK_COLOR, underline: true }],
      ['\n', {}],
    ]);
  });

  it('removing a link takes its colour and underline away', () => {
    const model = docOf('Hello');
    model.apply([textStyle(1, 6, { link: { url: 'https://example.com' } }, 'link')]);
    model.apply([textStyle(1, 6, {}, 'link')]);
    expect(runsOf(model)).toEqual([['Hello\n', {}]]);
  });

  // "If the range fully contains a paragraph belonging to a list, the paragraph's bullet is also
  // updated with the matching text style."
  it('styles the bullet of a list paragraph the range fully contains', () => {
    const model = docOf('Item', 'Other');
    model.apply([
      {
        createParagraphBullets: {
          range: { startIndex: 1, endIndex: 11 },
          bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE',
        },
      },
    ]);
    model.apply([textStyle(1, 6, { bold: true }, 'bold'), textStyle(6, 8, { italic: true }, 'italic')]);
    const bullets = paragraphsOf(model.toJson()).map((p) => p.paragraph?.bullet?.textStyle);
    expect(bullets).toEqual([{ bold: true }, {}]);
  });
});
