import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { DocsRequestError, type DocumentModel } from '../document';
import { docOf, endOf, indexGaps, paragraphsOf, stylesOf, textsOf } from '../testing';

const insert = (index: number, text: string): docs_v1.Schema$Request => ({
  insertText: { location: { index }, text },
});
const del = (startIndex: number, endIndex: number): docs_v1.Schema$Request => ({
  deleteContentRange: { range: { startIndex, endIndex } },
});

function messageOf(model: DocumentModel, request: docs_v1.Schema$Request): string {
  try {
    model.apply([request]);
  } catch (e) {
    expect(e).toBeInstanceOf(DocsRequestError);
    return (e as Error).message;
  }
  throw new Error('expected the request to fail');
}

function runsOf(model: DocumentModel, paragraph: number) {
  return paragraphsOf(model.toJson())[paragraph]?.paragraph?.elements?.map((e) => [
    e.textRun?.content,
    e.textRun?.textStyle,
  ]);
}

// Body of docOf('Hello', 'World'): [0,1) section break, "Hello\n" [1,7), "World\n" [7,13).
describe('when text is inserted', () => {
  it('shifts everything after it by its UTF-16 length', () => {
    const model = docOf('Hello', 'World');
    model.apply([insert(6, ' there 😄')]);
    expect(textsOf(model)).toEqual(['Hello there 😄', 'World']);
    expect(endOf(model)).toBe(13 + 9);
    expect(paragraphsOf(model.toJson())[1]).toMatchObject({ startIndex: 16, endIndex: 22 });
    expect(indexGaps(model.toJson())).toEqual([]);
  });

  it('at a paragraph boundary lands at the start of the next paragraph', () => {
    const model = docOf('Hello', 'World');
    model.apply([insert(7, 'Big ')]);
    expect(textsOf(model)).toEqual(['Hello', 'Big World']);
  });

  it('just before the last newline appends to the last paragraph', () => {
    const model = docOf('Hello', 'World');
    model.apply([insert(12, '!')]);
    expect(textsOf(model)).toEqual(['Hello', 'World!']);
  });

  // EndOfSegmentLocation: "The location is immediately before the last newline in the document segment."
  it('at the end of the segment goes before the body’s last newline', () => {
    const model = docOf('Hello', 'World');
    model.apply([{ insertText: { endOfSegmentLocation: {}, text: '\nMore' } }]);
    expect(textsOf(model)).toEqual(['Hello', 'World', 'More']);
  });

  // "Inserting a newline character will implicitly create a new Paragraph at that index. The
  // paragraph style of the new paragraph will be copied from the paragraph at the current
  // insertion index, including lists and bullets."
  // https://developers.google.com/docs/api/reference/rest/v1/documents/request#InsertTextRequest
  it('splits paragraphs at each newline, the new ones copying the paragraph style', () => {
    const model = docOf({ text: 'Heading', namedStyleType: 'HEADING_1' }, 'Body');
    model.apply([insert(4, 'a\nb\nc')]);
    expect(textsOf(model)).toEqual(['Heaa', 'b', 'cding', 'Body']);
    expect(stylesOf(model)).toEqual(['HEADING_1', 'HEADING_1', 'HEADING_1', 'NORMAL_TEXT']);
    const ids = paragraphsOf(model.toJson())
      .slice(0, 3)
      .map((p) => p.paragraph?.paragraphStyle?.headingId);
    expect(new Set(ids).size).toBe(3);
    expect(indexGaps(model.toJson())).toEqual([]);
  });

  it('copies the bullet to the new paragraph', () => {
    const model = docOf('Item');
    model.apply([
      { createParagraphBullets: { range: { startIndex: 1, endIndex: 2 }, bulletPreset: 'BULLET_CHECKBOX' } },
    ]);
    model.apply([insert(5, '\nNext')]);
    const bullets = paragraphsOf(model.toJson()).map((p) => p.paragraph?.bullet?.listId);
    expect(bullets[0]).toBeDefined();
    expect(bullets).toEqual([bullets[0], bullets[0]]);
  });

  // "In most cases, the text style for the inserted text will match the text immediately before
  // the insertion index." (InsertTextRequest.text)
  it('takes the text style of the text before it', () => {
    const model = docOf({ text: 'Bold', textStyle: { bold: true } });
    model.apply([insert(5, '!')]);
    expect(runsOf(model, 0)).toEqual([['Bold!\n', { bold: true }]]);
  });

  it('at the start of a paragraph takes the style of the text after it', () => {
    const model = docOf('Plain', { text: 'Bold', textStyle: { bold: true } });
    model.apply([insert(7, 'Very ')]);
    expect(runsOf(model, 1)).toEqual([['Very Bold\n', { bold: true }]]);
  });

  // "Some control characters (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode Basic
  // Multilingual Plane Private Use Area (U+E000-U+F8FF) will be stripped out of the inserted text."
  it('strips control and private-use characters but keeps tabs', () => {
    const model = docOf('');
    model.apply([insert(1, 'a\r\u0001b\tc\uE000d')]);
    expect(textsOf(model)).toEqual(['ab\tcd']);
    expect(endOf(model)).toBe(7);
  });
});

describe('edge cases of inserting text', () => {
  it('refuses an index at or past the end with Google’s message', () => {
    expect(messageOf(docOf('Hello', 'World'), insert(13, 'x'))).toBe(
      'Invalid requests[0].insertText: Index 13 must be less than the end index of the referenced segment, 13.',
    );
  });

  // Text "cannot be inserted at a table's start index" nor before the body's first paragraph.
  it('refuses index 0, which is the section break', () => {
    expect(messageOf(docOf('Hello'), insert(0, 'x'))).toMatch(/inside the bounds of an existing paragraph/);
  });

  // "The API may implicitly adjust the location to prevent insertions within Unicode grapheme
  // clusters. When this happens, the text is inserted immediately after the grapheme cluster."
  // https://developers.google.com/docs/api/concepts/rules-behavior
  it('inside an emoji lands after it', () => {
    const model = docOf('a😄b');
    model.apply([insert(3, 'X')]);
    expect(textsOf(model)).toEqual(['a😄Xb']);
  });

  it('of nothing changes no text', () => {
    const model = docOf('Hello');
    model.apply([insert(2, '\u0001')]);
    expect(textsOf(model)).toEqual(['Hello']);
  });
});

describe('when a range is deleted', () => {
  it('inside one paragraph shifts what follows back', () => {
    const model = docOf('Hello', 'World');
    model.apply([del(2, 4)]);
    expect(textsOf(model)).toEqual(['Hlo', 'World']);
    expect(endOf(model)).toBe(11);
    expect(indexGaps(model.toJson())).toEqual([]);
  });

  // "Deleting text that crosses a paragraph boundary may result in changes to paragraph styles,
  // lists, positioned objects and bookmarks as the two paragraphs are merged."
  it('across a paragraph boundary merges them, keeping the first paragraph’s style', () => {
    const model = docOf({ text: 'Heading', namedStyleType: 'HEADING_2' }, 'Body text');
    model.apply([del(5, 14)]);
    expect(textsOf(model)).toEqual(['Headtext']);
    expect(stylesOf(model)).toEqual(['HEADING_2']);
  });

  it('of whole paragraphs leaves the next paragraph’s style alone', () => {
    const model = docOf({ text: 'Heading', namedStyleType: 'HEADING_2' }, 'Middle', 'Body');
    model.apply([del(1, 16)]);
    expect(textsOf(model)).toEqual(['Body']);
    expect(stylesOf(model)).toEqual(['NORMAL_TEXT']);
  });

  it('of an empty paragraph’s newline removes that paragraph', () => {
    const model = docOf({ text: '', namedStyleType: 'HEADING_1' }, 'Body');
    model.apply([del(1, 2)]);
    expect(textsOf(model)).toEqual(['Body']);
    expect(stylesOf(model)).toEqual(['NORMAL_TEXT']);
  });

  it('of a whole emoji takes two indices', () => {
    const model = docOf('a😄b');
    model.apply([del(2, 4)]);
    expect(textsOf(model)).toEqual(['ab']);
  });
});

describe('edge cases of deleting', () => {
  // DeleteContentRangeRequest: invalid requests include "Deleting one code unit of a surrogate
  // pair" and "Deleting the last newline character of a Body".
  it('refuses to cut a surrogate pair', () => {
    expect(messageOf(docOf('a😄b'), del(2, 3))).toMatch(
      /^Invalid requests\[0\]\.deleteContentRange: .*surrogate pair/,
    );
    expect(messageOf(docOf('a😄b'), del(3, 4))).toMatch(/surrogate pair/);
  });

  it('refuses the body’s last newline', () => {
    expect(messageOf(docOf('Hello'), del(3, 7))).toBe(
      'Invalid requests[0].deleteContentRange: The range cannot include the newline character at the end of the segment.',
    );
  });

  it('refuses a range past the end, an empty range and the section break', () => {
    expect(messageOf(docOf('Hello'), del(3, 30))).toMatch(
      /Index 30 must be less than the end index of the referenced segment, 7\./,
    );
    expect(messageOf(docOf('Hello'), del(3, 3))).toMatch(/empty/);
    expect(messageOf(docOf('Hello'), del(0, 2))).toMatch(/Cannot delete the requested range/);
  });
});

describe('when all occurrences of a text are replaced', () => {
  it('counts them, case-insensitively unless matchCase', () => {
    const model = docOf('Bob met bob', 'BOB left');
    const [reply] = model.apply([
      { replaceAllText: { containsText: { text: 'bob' }, replaceText: 'Robert' } },
    ]);
    expect(reply).toEqual({ replaceAllText: { occurrencesChanged: 3 } });
    expect(textsOf(model)).toEqual(['Robert met Robert', 'Robert left']);
    expect(indexGaps(model.toJson())).toEqual([]);
  });

  it('with matchCase only replaces the exact case', () => {
    const model = docOf('Bob met bob');
    const [reply] = model.apply([
      { replaceAllText: { containsText: { text: 'bob', matchCase: true }, replaceText: 'X' } },
    ]);
    expect(reply).toEqual({ replaceAllText: { occurrencesChanged: 1 } });
    expect(textsOf(model)).toEqual(['Bob met X']);
  });

  it('gives the new text the style of the text it replaces', () => {
    const model = docOf({ text: '[ ] task', textStyle: { bold: true } });
    model.apply([{ replaceAllText: { containsText: { text: '[ ]' }, replaceText: '[x]' } }]);
    expect(runsOf(model, 0)).toEqual([['[x] task\n', { bold: true }]]);
  });

  // proto3 JSON leaves out a zero count.
  it('with no match answers an empty reply and changes nothing', () => {
    const model = docOf('Hello');
    expect(model.apply([{ replaceAllText: { containsText: { text: 'zzz' }, replaceText: 'y' } }])).toEqual([
      { replaceAllText: {} },
    ]);
    expect(textsOf(model)).toEqual(['Hello']);
  });

  it('never matches across the end of a paragraph', () => {
    const model = docOf('end', 'start');
    const [reply] = model.apply([
      { replaceAllText: { containsText: { text: 'end\nstart' }, replaceText: 'x' } },
    ]);
    expect(reply).toEqual({ replaceAllText: {} });
  });

  it('refuses an empty search text', () => {
    expect(
      messageOf(docOf('a'), { replaceAllText: { containsText: { text: '' }, replaceText: 'x' } }),
    ).toMatch(/must not be empty/);
  });
});
