import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { DocumentModel, DocsRequestError, nextRevisionId } from './document';
import { docOf, endOf, indexGaps, textsOf } from './testing';

describe('when a document is created', () => {
  // Shape of a new document through documents.get: a sectionBreak with only endIndex 1 (proto3
  // JSON leaves out startIndex 0), then one empty NORMAL_TEXT paragraph [1, 2).
  // https://developers.google.com/docs/api/concepts/structure
  it('has the section break and one empty paragraph', () => {
    const doc = DocumentModel.create('d1', 'Notes').toJson();
    expect(doc.documentId).toBe('d1');
    expect(doc.title).toBe('Notes');
    expect(doc.body?.content).toEqual([
      {
        endIndex: 1,
        sectionBreak: {
          sectionStyle: {
            columnSeparatorStyle: 'NONE',
            contentDirection: 'LEFT_TO_RIGHT',
            sectionType: 'CONTINUOUS',
          },
        },
      },
      {
        startIndex: 1,
        endIndex: 2,
        paragraph: {
          elements: [{ startIndex: 1, endIndex: 2, textRun: { content: '\n', textStyle: {} } }],
          paragraphStyle: { namedStyleType: 'NORMAL_TEXT', direction: 'LEFT_TO_RIGHT' },
        },
      },
    ]);
  });

  it('carries named styles, a document style, a revision and the inline suggestions mode', () => {
    const doc = DocumentModel.create('d1', 'Notes').toJson();
    const types = doc.namedStyles?.styles?.map((s) => s.namedStyleType);
    expect(types).toEqual(expect.arrayContaining(['NORMAL_TEXT', 'TITLE', 'HEADING_1', 'HEADING_6']));
    expect(doc.documentStyle?.pageSize?.width).toEqual({ magnitude: 612, unit: 'PT' });
    expect(doc.revisionId).toEqual(expect.any(String));
    expect(doc.suggestionsViewMode).toBe('SUGGESTIONS_INLINE');
    expect(doc.lists).toBeUndefined();
    expect(doc.namedRanges).toBeUndefined();
  });
});

describe('when reading documents.get JSON', () => {
  it('round-trips its own output exactly', () => {
    const model = docOf({ text: 'Title', namedStyleType: 'TITLE' }, 'Body', {
      text: 'Bold',
      textStyle: { bold: true },
    });
    const json = model.toJson();
    expect(DocumentModel.fromJson(json).toJson()).toEqual(json);
  });

  it('recomputes indices a hand-written world file got wrong or left out', () => {
    const model = DocumentModel.fromJson({
      documentId: 'd',
      title: 't',
      body: {
        content: [
          { paragraph: { elements: [{ startIndex: 40, endIndex: 41, textRun: { content: 'Hello\n' } }] } },
          { paragraph: { elements: [{ textRun: { content: 'World' } }] } },
        ],
      },
    });
    const json = model.toJson();
    expect(indexGaps(json)).toEqual([]);
    expect(textsOf(model)).toEqual(['Hello', 'World']);
    expect(endOf(model)).toBe(13);
  });

  it('splits a run holding newlines into paragraphs, as Google never returns one', () => {
    const model = DocumentModel.fromJson({
      body: { content: [{ paragraph: { elements: [{ textRun: { content: 'a\nb\n' } }] } }] },
    });
    expect(textsOf(model)).toEqual(['a', 'b']);
  });

  it('gives every heading a unique headingId and takes it from normal text', () => {
    const model = DocumentModel.fromJson({
      body: {
        content: [
          {
            paragraph: {
              elements: [{ textRun: { content: 'A\n' } }],
              paragraphStyle: { namedStyleType: 'HEADING_1', headingId: 'h.x' },
            },
          },
          {
            paragraph: {
              elements: [{ textRun: { content: 'B\n' } }],
              paragraphStyle: { namedStyleType: 'HEADING_2', headingId: 'h.x' },
            },
          },
          {
            paragraph: {
              elements: [{ textRun: { content: 'C\n' } }],
              paragraphStyle: { namedStyleType: 'NORMAL_TEXT', headingId: 'h.y' },
            },
          },
        ],
      },
    });
    const styles = model
      .toJson()
      .body?.content?.slice(1)
      .map((e) => e.paragraph?.paragraphStyle?.headingId);
    expect(styles?.[0]).toBe('h.x');
    expect(styles?.[1]).toMatch(/^h\./);
    expect(styles?.[1]).not.toBe('h.x');
    expect(styles?.[2]).toBeUndefined();
  });

  // documents.get with includeTabsContent=true puts the content under tabs[].documentTab.
  it('reads the first tab of a document fetched with includeTabsContent', () => {
    const flat = docOf('Hello').toJson();
    const { body, lists, namedStyles, documentStyle } = flat;
    const tabbed = DocumentModel.fromJson({
      documentId: 'doc1',
      title: 'Test',
      tabs: [{ tabProperties: { tabId: 't.0' }, documentTab: { body, lists, namedStyles, documentStyle } }],
    });
    expect(textsOf(tabbed)).toEqual(['Hello']);
    expect(tabbed.toJson().tabs).toBeUndefined();
  });

  it('keeps fields it does not model, such as inline objects, untouched', () => {
    const inlineObjects = { 'kix.img': { objectId: 'kix.img', inlineObjectProperties: {} } };
    const model = DocumentModel.fromJson({ ...DocumentModel.create('d', 't').toJson(), inlineObjects });
    expect(model.toJson().inlineObjects).toEqual(inlineObjects);
  });
});

describe('when counting indices', () => {
  // "Indexes are measured in UTF-16 code units. This means surrogate pairs consume two indexes.
  // For example, the "GRINNING FACE" emoji, 😄, is represented as \uD83D\uDE00 and consumes two
  // indexes." https://developers.google.com/docs/api/concepts/structure#start_and_end_index
  it('counts an emoji as two', () => {
    const model = docOf('a😄b');
    expect(endOf(model)).toBe(1 + 4 + 1);
    const run = model.toJson().body?.content?.[1]?.paragraph?.elements?.[0];
    expect(run).toMatchObject({ startIndex: 1, endIndex: 6, textRun: { content: 'a😄b\n' } });
  });
});

describe('when a batch is applied', () => {
  it('changes the revision on every successful batch', () => {
    const model = docOf('Hello');
    const before = model.revisionId;
    model.apply([{ insertText: { location: { index: 1 }, text: 'x' } }]);
    const middle = model.revisionId;
    model.apply([{ insertText: { location: { index: 1 }, text: 'y' } }]);
    expect(new Set([before, middle, model.revisionId]).size).toBe(3);
    expect(model.toJson().revisionId).toBe(model.revisionId);
  });

  // "Each request is validated before being applied. If any request is not valid, then the
  // entire request will fail and nothing will be applied."
  // https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate
  it('applies nothing when a later request fails', () => {
    const model = docOf('Hello');
    const before = model.toJson();
    const apply = () =>
      model.apply([
        { insertText: { location: { index: 1 }, text: 'Oh, ' } },
        { deleteContentRange: { range: { startIndex: 2, endIndex: 99 } } },
      ]);
    expect(apply).toThrow(DocsRequestError);
    expect(model.toJson()).toEqual(before);
  });

  it('answers one reply per request, empty for requests without one', () => {
    const model = docOf('Hello');
    const replies = model.apply([
      { insertText: { location: { index: 1 }, text: 'x' } },
      { replaceAllText: { containsText: { text: 'hello', matchCase: false }, replaceText: 'Bye' } },
    ]);
    expect(replies).toEqual([{}, { replaceAllText: { occurrencesChanged: 1 } }]);
  });

  it('sees the effect of earlier requests of the same batch', () => {
    const model = docOf('Hello');
    model.apply([
      { insertText: { location: { index: 6 }, text: ' world' } },
      { insertText: { location: { index: 12 }, text: '!' } },
    ]);
    expect(textsOf(model)).toEqual(['Hello world!']);
  });
});

describe('edge cases of malformed requests', () => {
  const model = docOf('Hello');
  const failure = (request: docs_v1.Schema$Request) => {
    try {
      model.apply([request]);
    } catch (e) {
      return e as DocsRequestError;
    }
    throw new Error('expected the request to fail');
  };

  it('refuses an unknown request kind as Google does an unknown JSON field', () => {
    const error = failure({ frobnicate: {} } as docs_v1.Schema$Request);
    expect(error.code).toBe(400);
    expect(error.message).toBe(
      `Invalid JSON payload received. Unknown name "frobnicate" at 'requests[0]': Cannot find field.`,
    );
  });

  it('refuses an empty request and a request of two kinds', () => {
    expect(failure({}).message).toBe('Invalid requests[0]: No request set.');
    const two = failure({
      insertText: { location: { index: 1 }, text: 'a' },
      deleteContentRange: { range: { startIndex: 1, endIndex: 2 } },
    });
    expect(two.message).toMatch(/oneof field 'request' is already set/);
  });

  it('refuses request kinds it does not model instead of ignoring them', () => {
    expect(failure({ insertTable: { rows: 1, columns: 1, location: { index: 1 } } }).message).toMatch(
      /^Invalid requests\[0\]\.insertTable: .*not modelled/,
    );
  });

  it('names the position of the failing request', () => {
    expect(() =>
      model.apply([
        { insertText: { location: { index: 1 }, text: 'a' } },
        { insertText: { location: { index: 99 }, text: 'b' } },
      ]),
    ).toThrow(/^Invalid requests\[1\]\.insertText: /);
  });
});

describe('edge cases of revision ids', () => {
  it('counts up in base 36 and restarts after a foreign id', () => {
    expect(nextRevisionId('rev-abc-000009', 'd1')).toMatch(/^rev-[0-9a-z]+-00000a$/);
    expect(nextRevisionId('ALm37BVx', 'd1')).toMatch(/-000001$/);
  });

  // A revision id "cannot be shared across users"; here it is never shared across documents
  // either, so a write control meant for one document cannot pass on another.
  it('never gives two documents the same revision id', () => {
    expect(DocumentModel.create('d1', 't').revisionId).not.toBe(DocumentModel.create('d2', 't').revisionId);
    expect(nextRevisionId('rev-x-000001', 'd1')).not.toBe(nextRevisionId('rev-x-000001', 'd2'));
  });
});
