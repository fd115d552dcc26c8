import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import type { DocumentModel } from '../document';
import { docOf } from '../testing';

const create = (name: string, startIndex: number, endIndex: number): docs_v1.Schema$Request => ({
  createNamedRange: { name, range: { startIndex, endIndex } },
});

function rangesOf(model: DocumentModel, name: string) {
  return model
    .toJson()
    .namedRanges?.[name]?.namedRanges?.map((r) => r.ranges?.map((x) => [x.startIndex, x.endIndex]));
}

// "Hello\n" [1,7), "World\n" [7,13); the range "World" is [7,12).
describe('when a named range is created', () => {
  it('answers its id and appears in namedRanges keyed by name', () => {
    const model = docOf('Hello', 'World');
    const [reply] = model.apply([create('section', 7, 12)]);
    const id = reply?.createNamedRange?.namedRangeId;
    expect(id).toEqual(expect.any(String));
    expect(model.toJson().namedRanges).toEqual({
      section: {
        name: 'section',
        namedRanges: [{ namedRangeId: id, name: 'section', ranges: [{ startIndex: 7, endIndex: 12 }] }],
      },
    });
  });

  // "A document can contain multiple named ranges with the same name, but every named range has a
  // unique ID." https://developers.google.com/docs/api/reference/rest/v1/documents#NamedRange
  it('allows the same name twice with different ids', () => {
    const model = docOf('Hello', 'World');
    const replies = model.apply([create('s', 1, 3), create('s', 7, 9)]);
    expect(replies[0]?.createNamedRange?.namedRangeId).not.toBe(replies[1]?.createNamedRange?.namedRangeId);
    expect(rangesOf(model, 's')).toEqual([[[1, 3]], [[7, 9]]]);
  });
});

describe('when text is edited around a named range', () => {
  // NamedRange: "content inserted inside a named range generally expands that range", and "The
  // indexes of the named range are automatically updated as content is added to and removed from
  // the document." https://developers.google.com/docs/api/how-tos/named-ranges
  it('moves with text inserted before it', () => {
    const model = docOf('Hello', 'World');
    model.apply([create('s', 7, 12), { insertText: { location: { index: 1 }, text: 'Oh ' } }]);
    expect(rangesOf(model, 's')).toEqual([[[10, 15]]]);
  });

  it('grows with text inserted inside it', () => {
    const model = docOf('Hello', 'World');
    model.apply([create('s', 7, 12), { insertText: { location: { index: 9 }, text: 'xx\n' } }]);
    expect(rangesOf(model, 's')).toEqual([[[7, 15]]]);
  });

  // Not documented either way; modelled as half-open: text at a range's start or end stays out.
  it('does not take in text inserted at its start or its end', () => {
    const model = docOf('Hello', 'World');
    model.apply([
      create('s', 7, 12),
      { insertText: { location: { index: 7 }, text: 'A' } },
      { insertText: { location: { index: 13 }, text: 'Z' } },
    ]);
    expect(rangesOf(model, 's')).toEqual([[[8, 13]]]);
  });

  it('shrinks with text deleted across its edge and moves back with text deleted before it', () => {
    const model = docOf('Hello', 'World');
    model.apply([create('s', 7, 12), { deleteContentRange: { range: { startIndex: 2, endIndex: 9 } } }]);
    expect(rangesOf(model, 's')).toEqual([[[2, 5]]]);
  });

  // Not documented; Google's own sample re-creates a named range after replacing its content.
  it('disappears when all its content is deleted', () => {
    const model = docOf('Hello', 'World');
    model.apply([create('s', 7, 12), { deleteContentRange: { range: { startIndex: 7, endIndex: 12 } } }]);
    expect(model.toJson().namedRanges).toBeUndefined();
  });

  it('follows tabs removed by createParagraphBullets', () => {
    const model = docOf('\t\tItem', 'World');
    model.apply([
      create('s', 8, 13),
      { createParagraphBullets: { range: { startIndex: 1, endIndex: 2 }, bulletPreset: 'BULLET_CHECKBOX' } },
    ]);
    expect(rangesOf(model, 's')).toEqual([[[6, 11]]]);
  });

  it('covers the replacement when replaceAllText replaces exactly its text', () => {
    const model = docOf('Hello', 'World');
    model.apply([
      create('s', 7, 12),
      { replaceAllText: { containsText: { text: 'World' }, replaceText: 'Planet' } },
    ]);
    expect(rangesOf(model, 's')).toEqual([[[7, 13]]]);
  });
});

describe('when a named range is deleted', () => {
  // DeleteNamedRangeRequest.name: "All named ranges with the given name will be deleted."
  it('by name removes every range of that name', () => {
    const model = docOf('Hello', 'World');
    model.apply([
      create('s', 1, 3),
      create('s', 7, 9),
      create('t', 2, 4),
      { deleteNamedRange: { name: 's' } },
    ]);
    expect(Object.keys(model.toJson().namedRanges ?? {})).toEqual(['t']);
  });

  it('by id removes only that one', () => {
    const model = docOf('Hello', 'World');
    const [first] = model.apply([create('s', 1, 3), create('s', 7, 9)]);
    model.apply([{ deleteNamedRange: { namedRangeId: first?.createNamedRange?.namedRangeId } }]);
    expect(rangesOf(model, 's')).toEqual([[[7, 9]]]);
  });
});

describe('edge cases of named ranges', () => {
  // Seen in public error reports: "Invalid requests[20].deleteNamedRange: ID or name for named
  // range must be set" (zotero/zotero-google-docs-integration#66).
  it('refuses a delete without id or name with Google’s message', () => {
    expect(() => docOf('a').apply([{ deleteNamedRange: {} }])).toThrow(
      'Invalid requests[0].deleteNamedRange: ID or name for named range must be set',
    );
  });

  // CreateNamedRangeRequest.name: "Names must be at least 1 character and no more than 256
  // characters, measured in UTF-16 code units."
  it('refuses an empty name or one over 256 code units', () => {
    expect(() => docOf('a').apply([create('', 1, 2)])).toThrow(/createNamedRange/);
    expect(() => docOf('a').apply([create('😄'.repeat(129), 1, 2)])).toThrow(/256/);
    expect(() => docOf('a').apply([create('x'.repeat(256), 1, 2)])).not.toThrow();
  });

  it('refuses an empty range or one past the end', () => {
    expect(() => docOf('a').apply([create('s', 1, 1)])).toThrow(/empty/);
    expect(() => docOf('a').apply([create('s', 1, 9)])).toThrow(/Index 9 must be less than the end index/);
  });
});
