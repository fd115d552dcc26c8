// Docs batchUpdate requests Tandem builds its edits from: insert whole paragraphs with explicit
// styles, rewrite an item's marker, and order edits so earlier ones never shift later ones.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import type { Agenda } from './parse';

type Request = docs_v1.Schema$Request;

export type NamedStyle = 'TITLE' | 'NORMAL_TEXT' | 'HEADING_1' | 'HEADING_2';

/** A paragraph Tandem writes. Its text must be non-empty and hold no newline. */
export interface NewParagraph {
  readonly text: string;
  readonly style: NamedStyle;
  readonly bullet?: boolean;
}

/**
 * Where new paragraphs go. `before`: at the start of the paragraph at `index`. `after`: at the
 * end of the paragraph whose final newline is at `index - 1` (the body's end, or before a table,
 * where Docs accepts no insertion).
 */
export type InsertionPoint = { readonly mode: 'before' | 'after'; readonly index: number };

/** One edit at one place; `rewrite` edits change existing text, `insert` edits add paragraphs. */
export interface PlannedEdit {
  readonly at: number;
  readonly kind: 'rewrite' | 'insert';
  readonly requests: readonly Request[];
}

export const BULLET_PRESET = 'BULLET_DISC_CIRCLE_SQUARE';

// Resetting a field = naming it in `fields` and leaving it unset (Docs API field-mask rule).
const TEXT_STYLE_RESET =
  'bold,italic,underline,strikethrough,smallCaps,backgroundColor,foregroundColor,fontSize,weightedFontFamily,baselineOffset,link';
const PARAGRAPH_STYLE_RESET = 'namedStyleType,alignment,indentStart,indentEnd,indentFirstLine';

/**
 * Where to insert paragraphs so they land at `index`, a boundary between two top-level
 * elements or the body's end.
 */
export function insertionPointAt(agenda: Agenda, index: number): InsertionPoint {
  const next = agenda.elements.find((element) => element.startIndex === index);
  if (next?.kind === 'paragraph') return { mode: 'before', index };
  const previous = [...agenda.elements]
    .reverse()
    .find((element) => element.kind === 'paragraph' && element.endIndex <= index);
  return { mode: 'after', index: previous?.endIndex ?? index };
}

/**
 * Inserts paragraphs and sets, on them only, the named style, bullets and a plain text style:
 * in Docs a new paragraph copies the style and bullet of the one it splits from, and inserted
 * text copies the text style before it (struck-through, bold…).
 *
 * @example
 * insertParagraphs({ mode: 'before', index: 40 }, [{ text: '2026-11-24 · Tuesday', style: 'HEADING_1' }])
 * // [insertText '2026-11-24 · Tuesday\n' at 40, deleteParagraphBullets, updateParagraphStyle…]
 */
export function insertParagraphs(point: InsertionPoint, paragraphs: readonly NewParagraph[]): Request[] {
  if (paragraphs.length === 0) return [];
  const written = paragraphs.map((paragraph) => ({ ...paragraph, text: oneLine(paragraph.text) }));
  const lines = written.map((paragraph) => paragraph.text);
  const text = point.mode === 'before' ? lines.join('\n') + '\n' : '\n' + lines.join('\n');
  const insertAt = point.mode === 'before' ? point.index : point.index - 1;
  const start = point.index;
  const end = start + text.length;

  const requests: Request[] = [
    { insertText: { location: { index: insertAt }, text } },
    { deleteParagraphBullets: { range: { startIndex: start, endIndex: end - 1 } } },
  ];
  const runs = paragraphRuns(written, start);
  for (const run of runs) {
    requests.push({
      updateParagraphStyle: {
        range: { startIndex: run.start, endIndex: run.end - 1 },
        paragraphStyle: { namedStyleType: run.style },
        fields: PARAGRAPH_STYLE_RESET,
      },
    });
  }
  requests.push({
    updateTextStyle: { range: { startIndex: start, endIndex: end }, textStyle: {}, fields: TEXT_STYLE_RESET },
  });
  for (const run of runs.filter((candidate) => candidate.bullet)) {
    requests.push({
      createParagraphBullets: {
        range: { startIndex: run.start, endIndex: run.end - 1 },
        bulletPreset: BULLET_PRESET,
      },
    });
  }
  return requests;
}

/** Rewrites `length` code units at `index` to `text`, keeping the text style of what was there. */
export function rewriteText(index: number, length: number, text: string): Request[] {
  return [
    { insertText: { location: { index: index + length }, text } },
    { deleteContentRange: { range: { startIndex: index, endIndex: index + length } } },
  ];
}

/** Plain text style on a range Tandem wrote. */
export function plainTextStyle(startIndex: number, endIndex: number): Request {
  return { updateTextStyle: { range: { startIndex, endIndex }, textStyle: {}, fields: TEXT_STYLE_RESET } };
}

/** A paragraph left empty by a deletion becomes plain NORMAL_TEXT without a bullet. */
export function plainParagraph(startIndex: number, endIndex: number): Request[] {
  return [
    { deleteParagraphBullets: { range: { startIndex, endIndex } } },
    {
      updateParagraphStyle: {
        range: { startIndex, endIndex },
        paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
        fields: PARAGRAPH_STYLE_RESET,
      },
    },
  ];
}

/**
 * Puts edits planned against one document in an order that keeps their indices right: from the
 * end of the document backwards, and at one index, rewrites before insertions.
 */
export function inApplyOrder(edits: readonly PlannedEdit[]): Request[] {
  const rank = (edit: PlannedEdit): number => (edit.kind === 'rewrite' ? 0 : 1);
  return [...edits].sort((a, b) => b.at - a.at || rank(a) - rank(b)).flatMap((edit) => edit.requests);
}

/**
 * Text Docs would keep as is on one line: line breaks and tabs become spaces, and characters
 * Docs strips on insertion (controls, private use) are dropped, so planned indices stay right.
 */
export function oneLine(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u001F\u007F\u2028\u2029]/gu, ' ')
      .replace(/[\uE000-\uF8FF]/gu, '')
      .replace(/ {2,}/gu, ' ')
      .trim()
  );
}

interface ParagraphRun {
  readonly start: number;
  readonly end: number;
  readonly style: NamedStyle;
  readonly bullet: boolean;
}

/** Consecutive paragraphs with the same style and bullet, as index ranges after insertion. */
function paragraphRuns(paragraphs: readonly NewParagraph[], start: number): ParagraphRun[] {
  const runs: ParagraphRun[] = [];
  let index = start;
  for (const paragraph of paragraphs) {
    const end = index + paragraph.text.length + 1;
    const bullet = paragraph.bullet === true;
    const last = runs[runs.length - 1];
    if (last && last.style === paragraph.style && last.bullet === bullet && last.end === index) {
      runs[runs.length - 1] = { ...last, end };
    } else {
      runs.push({ start: index, end, style: paragraph.style, bullet });
    }
    index = end;
  }
  return runs;
}
