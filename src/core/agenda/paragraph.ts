// Reads the top-level elements of a Docs API v1 document body: paragraphs with their text,
// named style, bullet and text styles, and the other structural elements (tables…) by range.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { OBJECT_PLACEHOLDER } from './action-item';

export interface AgendaParagraph {
  readonly kind: 'paragraph';
  readonly startIndex: number;
  readonly endIndex: number;
  /** The text without its final newline; each chip or image stands as one placeholder. */
  readonly text: string;
  /** The named style, `NORMAL_TEXT` when the document says none. */
  readonly style: string;
  readonly bullet: boolean;
  /** Every visible character is struck through. */
  readonly struck: boolean;
  /** No run sets a visible text style of its own (bold, colour, strikethrough, link…). */
  readonly plain: boolean;
}

/** A table, table of contents or section break: kept by range, never read or rewritten. */
export interface AgendaOtherElement {
  readonly kind: 'table' | 'tableOfContents' | 'sectionBreak';
  readonly startIndex: number;
  readonly endIndex: number;
}

export type AgendaElement = AgendaParagraph | AgendaOtherElement;

const HEADING_STYLES = [
  'TITLE',
  'SUBTITLE',
  'HEADING_1',
  'HEADING_2',
  'HEADING_3',
  'HEADING_4',
  'HEADING_5',
  'HEADING_6',
];

/** The body's top-level elements: `document.body`, or the first tab's body when only tabs came back. */
export function readElements(document: docs_v1.Schema$Document): AgendaElement[] {
  const content = document.body?.content ?? document.tabs?.[0]?.documentTab?.body?.content ?? [];
  const elements: AgendaElement[] = [];
  for (const element of content) {
    const read = readElement(element);
    if (read) elements.push(read);
  }
  return elements;
}

export function isHeading(paragraph: AgendaParagraph): boolean {
  return HEADING_STYLES.includes(paragraph.style);
}

/** The index just past the body's last element: one more than the index of its final newline. */
export function bodyEndOf(elements: readonly AgendaElement[]): number {
  return elements[elements.length - 1]?.endIndex ?? 1;
}

function readElement(element: docs_v1.Schema$StructuralElement): AgendaElement | null {
  const startIndex = element.startIndex ?? 0;
  const endIndex = element.endIndex ?? startIndex;
  if (element.paragraph) return readParagraph(element.paragraph, startIndex, endIndex);
  if (element.table) return { kind: 'table', startIndex, endIndex };
  if (element.tableOfContents) return { kind: 'tableOfContents', startIndex, endIndex };
  if (element.sectionBreak) return { kind: 'sectionBreak', startIndex, endIndex };
  return null;
}

function readParagraph(
  paragraph: docs_v1.Schema$Paragraph,
  startIndex: number,
  endIndex: number,
): AgendaParagraph {
  const runs = paragraph.elements ?? [];
  const fullText = runs.map(elementText).join('');
  const visibleRuns = runs.filter((run) => /\S/u.test(run.textRun?.content ?? ''));
  return {
    kind: 'paragraph',
    startIndex,
    endIndex,
    text: fullText.endsWith('\n') ? fullText.slice(0, -1) : fullText,
    style: paragraph.paragraphStyle?.namedStyleType ?? 'NORMAL_TEXT',
    bullet: paragraph.bullet !== undefined && paragraph.bullet !== null,
    struck:
      visibleRuns.length > 0 && visibleRuns.every((run) => run.textRun?.textStyle?.strikethrough === true),
    plain: runs.every((run) => !hasVisibleStyle(run.textRun?.textStyle)),
  };
}

function elementText(element: docs_v1.Schema$ParagraphElement): string {
  if (element.textRun) return element.textRun.content ?? '';
  const length = Math.max(1, (element.endIndex ?? 0) - (element.startIndex ?? 0));
  return OBJECT_PLACEHOLDER.repeat(length);
}

function hasVisibleStyle(style: docs_v1.Schema$TextStyle | undefined): boolean {
  if (!style) return false;
  return Object.entries(style).some(([key, value]) => {
    if (value === null || value === undefined || value === false) return false;
    if (key === 'baselineOffset') return value !== 'NONE' && value !== 'BASELINE_OFFSET_UNSPECIFIED';
    if (typeof value === 'object') return Object.keys(value as object).length > 0;
    return true;
  });
}
