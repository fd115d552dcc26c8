import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { DocumentModel } from './document';
import { textsOf } from './testing';

const para = (text: string): docs_v1.Schema$StructuralElement => ({
  paragraph: { elements: [{ textRun: { content: text } }] },
});
const cell = (text: string): docs_v1.Schema$TableCell => ({ content: [para(text)] });

/** "Before\n" [1,8), a 1×2 table [8,16) with cells "A" and "B", "After\n" [16,22). */
function docWithTable(): DocumentModel {
  return DocumentModel.fromJson({
    documentId: 'd',
    title: 't',
    body: {
      content: [
        para('Before\n'),
        { table: { rows: 1, columns: 2, tableRows: [{ tableCells: [cell('A\n'), cell('B\n')] }] } },
        para('After\n'),
      ],
    },
  });
}

function tableOf(model: DocumentModel) {
  return model.toJson().body?.content?.find((e) => e.table);
}

describe('when a world document holds a table', () => {
  it('gives it one index for itself, one per row and one per cell before the cell content', () => {
    const table = tableOf(docWithTable());
    expect(table).toMatchObject({ startIndex: 8, endIndex: 16 });
    const row = table?.table?.tableRows?.[0];
    expect(row).toMatchObject({ startIndex: 9, endIndex: 16 });
    expect(row?.tableCells?.map((c) => [c.startIndex, c.endIndex])).toEqual([
      [10, 13],
      [13, 16],
    ]);
    expect(row?.tableCells?.[1]?.content?.[0]).toMatchObject({ startIndex: 14, endIndex: 16 });
  });

  it('moves the whole table, cells included, when text is inserted before it', () => {
    const model = docWithTable();
    model.apply([{ insertText: { location: { index: 1 }, text: 'Hi ' } }]);
    const table = tableOf(model);
    expect(table).toMatchObject({ startIndex: 11, endIndex: 19 });
    expect(table?.table?.tableRows?.[0]?.tableCells?.[0]?.content?.[0]).toMatchObject({
      startIndex: 14,
      endIndex: 16,
    });
    expect(textsOf(model)).toEqual(['Hi Before', 'After']);
  });

  // InsertTextRequest.location: "text cannot be inserted at a table's start index (i.e. between
  // the table and its preceding paragraph). The text must be inserted in the preceding paragraph."
  it('refuses text at the table’s start index', () => {
    expect(() => docWithTable().apply([{ insertText: { location: { index: 8 }, text: 'x' } }])).toThrow(
      /inside the bounds of an existing paragraph/,
    );
  });

  // DeleteContentRangeRequest invalid ranges: "Deleting the start or end of a Table ... without
  // deleting the entire element" and "Deleting the newline character before a Table". Google's
  // message, as reported in think41/extrasuite#58: "Invalid deletion range. Cannot delete the
  // requested range."
  it('refuses a delete that cuts into the table or removes the newline before it', () => {
    const cutting = () =>
      docWithTable().apply([{ deleteContentRange: { range: { startIndex: 5, endIndex: 12 } } }]);
    expect(cutting).toThrow(
      'Invalid requests[0].deleteContentRange: Invalid deletion range. Cannot delete the requested range.',
    );
    const newline = () =>
      docWithTable().apply([{ deleteContentRange: { range: { startIndex: 7, endIndex: 8 } } }]);
    expect(newline).toThrow(/Cannot delete the requested range/);
    const wholeParagraphBefore = () =>
      docWithTable().apply([{ deleteContentRange: { range: { startIndex: 1, endIndex: 8 } } }]);
    expect(wholeParagraphBefore).toThrow(/Cannot delete the requested range/);
  });

  it('deletes the table whole when the range covers it', () => {
    const model = docWithTable();
    model.apply([{ deleteContentRange: { range: { startIndex: 8, endIndex: 16 } } }]);
    expect(tableOf(model)).toBeUndefined();
    expect(textsOf(model)).toEqual(['Before', 'After']);
  });

  it('does not find text inside table cells when replacing all', () => {
    const model = docWithTable();
    expect(model.apply([{ replaceAllText: { containsText: { text: 'A' }, replaceText: 'Z' } }])).toEqual([
      { replaceAllText: { occurrencesChanged: 1 } },
    ]);
    expect(textsOf(model)).toEqual(['Before', 'Zfter']);
  });
});

describe('when a world document puts a table right after the section break or another table', () => {
  // Google never does: "Inserting a table adds a newline before it" (InsertTableRequest,
  // https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttablerequest).
  const table = { table: { rows: 1, columns: 1, tableRows: [{ tableCells: [cell('A\n')] }] } };

  it('gets the empty paragraph Google would have, so later deletes elsewhere still work', () => {
    const model = DocumentModel.fromJson({
      documentId: 'd',
      title: 't',
      body: { content: [table, table, para('After\n')] },
    });
    const kinds = model.toJson().body?.content?.map((e) => (e.table ? 'table' : e.paragraph ? 'p' : 'break'));
    expect(kinds).toEqual(['break', 'p', 'table', 'p', 'table', 'p']);
    const after = model.toJson().body?.content?.at(-1);
    model.apply([
      {
        deleteContentRange: {
          range: { startIndex: (after?.startIndex ?? 0) + 1, endIndex: (after?.endIndex ?? 0) - 1 },
        },
      },
    ]);
    expect(textsOf(model).at(-1)).toBe('A');
  });
});

describe('when a paragraph holds an inline image', () => {
  const withImage = () =>
    DocumentModel.fromJson({
      body: {
        content: [
          {
            paragraph: {
              elements: [
                { textRun: { content: 'See ' } },
                { inlineObjectElement: { inlineObjectId: 'kix.img', textStyle: {} } },
                { textRun: { content: ' here\n' } },
              ],
            },
          },
        ],
      },
      inlineObjects: { 'kix.img': { objectId: 'kix.img' } },
    });

  it('counts the image as one index and keeps it through edits', () => {
    const model = withImage();
    model.apply([{ insertText: { location: { index: 1 }, text: '>' } }]);
    const elements = model.toJson().body?.content?.[1]?.paragraph?.elements;
    expect(elements?.[1]).toEqual({
      startIndex: 6,
      endIndex: 7,
      inlineObjectElement: { inlineObjectId: 'kix.img', textStyle: {} },
    });
    expect(elements?.[2]).toMatchObject({ startIndex: 7, endIndex: 13 });
  });

  it('deletes the image with a range covering its index', () => {
    const model = withImage();
    model.apply([{ deleteContentRange: { range: { startIndex: 5, endIndex: 6 } } }]);
    expect(model.toJson().body?.content?.[1]?.paragraph?.elements).toEqual([
      { startIndex: 1, endIndex: 11, textRun: { content: 'See  here\n', textStyle: {} } },
    ]);
  });
});
