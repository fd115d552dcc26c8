// Test helper: builds Docs API v1 document JSON from short lines (`# heading`, `- [ ] item`,
// `~~struck~~`), with the indices documents.get would return. Not used by the add-on itself.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';

type Element = docs_v1.Schema$StructuralElement;

export const TEST_LIST_ID = 'kix.tests';
/** A 1×1 table, as renderDoc prints it. */
export const TABLE_LINE = '[table 1×1]';

/**
 * One paragraph per line, as renderDoc prints them: `= ` TITLE, `# `/`## `/`### ` headings, `- ` a
 * bullet, a whole text wrapped in `~~…~~` struck through and/or `**…**` bold (in that order),
 * `[table 1×1]` a 1×1 table (after an empty paragraph when no paragraph
 * precedes it); anything else is NORMAL_TEXT.
 *
 * @example
 * buildDoc(['= Alice & Bob · 1:1', '# 2026-11-17 · Tuesday', '## Action items', '- [ ] send the doc'])
 */
export function buildDoc(lines: readonly string[]): docs_v1.Schema$Document {
  const content: Element[] = [{ startIndex: 0, endIndex: 1, sectionBreak: { sectionStyle: {} } }];
  let at = 1;
  const push = (element: Element): void => {
    content.push(element);
    at = element.endIndex ?? at;
  };
  for (const line of lines.length > 0 ? lines : ['']) {
    // Google: InsertTableRequest — "A newline character will be inserted before the inserted table".
    // https://developers.google.com/docs/api/reference/rest/v1/documents/request
    // As in Google Docs, a table always follows a paragraph (insertTable adds a newline first).
    if (line === TABLE_LINE && !content[content.length - 1]?.paragraph) push(paragraphAt(at, ''));
    push(line === TABLE_LINE ? tableAt(at) : paragraphAt(at, line));
  }
  return {
    documentId: 'doc-under-test',
    title: 'Test doc',
    revisionId: 'rev-test',
    body: { content },
    lists: { [TEST_LIST_ID]: { listProperties: { nestingLevels: [{ glyphSymbol: '\u25CF' }] } } },
  };
}

function paragraphAt(startIndex: number, line: string): Element {
  let text = line;
  let style = 'NORMAL_TEXT';
  let bullet = false;
  const prefixes: [string, string][] = [
    ['= ', 'TITLE'],
    ['### ', 'HEADING_3'],
    ['## ', 'HEADING_2'],
    ['# ', 'HEADING_1'],
  ];
  const prefix = prefixes.find(([mark]) => text.startsWith(mark));
  if (prefix) {
    text = text.slice(prefix[0].length);
    style = prefix[1];
  } else if (text.startsWith('- ')) {
    text = text.slice(2);
    bullet = true;
  }
  const textStyle: docs_v1.Schema$TextStyle = {};
  if (/^~~.*~~$/u.test(text) && text.length >= 4) {
    text = text.slice(2, -2);
    textStyle.strikethrough = true;
  }
  if (/^\*\*.*\*\*$/u.test(text) && text.length >= 4) {
    text = text.slice(2, -2);
    textStyle.bold = true;
  }
  const endIndex = startIndex + text.length + 1;
  const elements: docs_v1.Schema$ParagraphElement[] = [];
  if (text !== '')
    elements.push({ startIndex, endIndex: endIndex - 1, textRun: { content: text, textStyle } });
  elements.push({ startIndex: endIndex - 1, endIndex, textRun: { content: '\n', textStyle: {} } });
  return {
    startIndex,
    endIndex,
    paragraph: {
      elements,
      paragraphStyle: { namedStyleType: style, direction: 'LEFT_TO_RIGHT' },
      ...(bullet ? { bullet: { listId: TEST_LIST_ID, textStyle: {} } } : {}),
    },
  };
}

/** A 1×1 table holding "cell": one index for the table, the row and the cell, then its paragraph. */
function tableAt(startIndex: number): Element {
  const cellParagraph = paragraphAt(startIndex + 3, 'cell');
  const endIndex = cellParagraph.endIndex ?? startIndex;
  return {
    startIndex,
    endIndex,
    table: {
      rows: 1,
      columns: 1,
      tableRows: [
        {
          startIndex: startIndex + 1,
          endIndex,
          tableCells: [{ startIndex: startIndex + 2, endIndex, content: [cellParagraph] }],
        },
      ],
    },
  };
}
