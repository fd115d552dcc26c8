// Docs as people leave them, written straight into a world file: Docs v1 JSON without indexes
// (the emulator lays them out on load), so a test can hand Tandem any shape a person could make.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import type { World } from '../../../dev/emulator/world';

type Element = docs_v1.Schema$StructuralElement;
type Style = 'TITLE' | 'NORMAL_TEXT' | 'HEADING_1' | 'HEADING_2' | 'HEADING_3';

/** One paragraph; `text` without its final newline. */
export function para(
  text: string,
  style: Style = 'NORMAL_TEXT',
  run: docs_v1.Schema$TextStyle = {},
): Element {
  return {
    paragraph: {
      elements: [{ textRun: { content: `${text}\n`, textStyle: run } }],
      paragraphStyle: { namedStyleType: style },
    },
  };
}

export const h1 = (text: string) => para(text, 'HEADING_1');
export const h2 = (text: string) => para(text, 'HEADING_2');

/** A paragraph with an image between two runs of text. */
export function withImage(before: string, after: string, objectId: string): Element {
  return {
    paragraph: {
      elements: [
        { textRun: { content: before } },
        { inlineObjectElement: { inlineObjectId: objectId } },
        { textRun: { content: `${after}\n` } },
      ],
      paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
    },
  };
}

/** A table of plain cells (Google keeps an empty paragraph before every table). */
export function table(rows: string[][]): Element[] {
  return [
    para(''),
    {
      table: {
        rows: rows.length,
        columns: rows[0]?.length ?? 0,
        tableRows: rows.map((cells) => ({ tableCells: cells.map((text) => ({ content: [para(text)] })) })),
      },
    },
  ];
}

function withoutIndexes<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutIndexes) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value))
    if (key !== 'startIndex' && key !== 'endIndex') out[key] = withoutIndexes(inner);
  return out as T;
}

/** The world with one doc's body rewritten by `edit` (which sees and returns index-free elements). */
export function rewriteDoc(world: World, docId: string, edit: (content: Element[]) => Element[]): World {
  const next = structuredClone(world);
  const file = next.drive.files.find((f) => f.id === docId);
  if (!file?.document?.body) throw new Error(`no document ${docId} in the world`);
  const content = withoutIndexes(file.document.body.content ?? []);
  const [sectionBreak, ...rest] = content;
  file.document.body.content = [sectionBreak ?? { sectionBreak: {} }, ...edit(rest)];
  return next;
}
