// Reads an agenda doc (Docs API v1 JSON) into its blocks: title, intro, "Current focus",
// meeting sections with sub-headings and action items, and headings people added themselves.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { parseActionItem, type ActionItem } from './action-item';
import { leadingIsoDate } from './dates';
import { bodyEndOf, isHeading, readElements, type AgendaElement, type AgendaParagraph } from './paragraph';
import type { Person } from './people';

export const CURRENT_FOCUS = 'Current focus';

/** A stretch of the doc from one HEADING_1 (or the body start) up to the next HEADING_1. */
export interface AgendaBlock {
  readonly kind: 'preamble' | 'current-focus' | 'meeting' | 'other';
  /** The HEADING_1 paragraph; null for the preamble before the first one. */
  readonly heading: AgendaParagraph | null;
  readonly startIndex: number;
  readonly endIndex: number;
  /** Everything after the heading, in order. */
  readonly content: readonly AgendaElement[];
}

/** Part of a meeting section: a sub-heading and what follows it (null: before any sub-heading). */
export interface SectionPart {
  readonly heading: AgendaParagraph | null;
  readonly content: readonly AgendaElement[];
}

export interface SectionItem {
  readonly item: ActionItem;
  readonly paragraph: AgendaParagraph;
  /** The sub-heading the item sits under, as written; null when above every sub-heading. */
  readonly part: string | null;
}

export interface MeetingSection extends AgendaBlock {
  readonly kind: 'meeting';
  readonly heading: AgendaParagraph;
  readonly date: string;
  readonly label: string;
  readonly parts: readonly SectionPart[];
  readonly items: readonly SectionItem[];
}

export interface Agenda {
  readonly title: string | null;
  readonly currentFocus: AgendaBlock | null;
  /** Meeting sections in document order (people may have rearranged them). */
  readonly sections: readonly MeetingSection[];
  readonly blocks: readonly AgendaBlock[];
  readonly elements: readonly AgendaElement[];
  /** One past the index of the body's final newline. */
  readonly bodyEnd: number;
}

/**
 * Reads an agenda doc. A meeting section is a HEADING_1 whose text starts with a real
 * `YYYY-MM-DD`, up to the next HEADING_1; another HEADING_1 ends it and starts a block of
 * people's own. Action items are the non-heading paragraphs of meeting sections that start
 * with a marker.
 *
 * @example
 * parseAgenda(documentsGetResponse, people).sections.map((s) => s.date)
 * // ['2026-11-24', '2026-11-17']
 */
export function parseAgenda(document: docs_v1.Schema$Document, people: readonly Person[]): Agenda {
  const key = people.map((p) => `${p.email}\u0000${p.name ?? ''}`).join('\u0001');
  const hit = parsedDocuments.get(document);
  if (hit && hit.people === key) return hit.agenda;
  const agenda = parseOnce(document, people);
  parsedDocuments.set(document, { people: key, agenda });
  return agenda;
}

/**
 * Documents already parsed, by object: one sync plans on the same document several times, and a
 * five-year doc takes tens of milliseconds to read. Documents from the API are never mutated here.
 */
const parsedDocuments = new WeakMap<docs_v1.Schema$Document, { people: string; agenda: Agenda }>();

function parseOnce(document: docs_v1.Schema$Document, people: readonly Person[]): Agenda {
  const elements = readElements(document);
  const blocks = splitIntoBlocks(elements, people);
  const titleParagraph = elements.find(
    (element): element is AgendaParagraph => element.kind === 'paragraph' && element.style === 'TITLE',
  );
  return {
    title: titleParagraph?.text ?? null,
    currentFocus: blocks.find((block) => block.kind === 'current-focus') ?? null,
    sections: blocks.filter((block): block is MeetingSection => block.kind === 'meeting'),
    blocks,
    elements,
    bodyEnd: bodyEndOf(elements),
  };
}

/** The text people see, without the invisible marks editors put before it. */
export function visibleText(text: string): string {
  return text.replace(/^[\s\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]+/u, '').trimEnd();
}

function splitIntoBlocks(elements: readonly AgendaElement[], people: readonly Person[]): AgendaBlock[] {
  const blocks: AgendaBlock[] = [];
  let heading: AgendaParagraph | null = null;
  let content: AgendaElement[] = [];
  let seenFocus = false;
  const close = (endIndex: number): void => {
    const startIndex = heading?.startIndex ?? content[0]?.startIndex ?? endIndex;
    if (heading === null && content.length === 0) return;
    const block = makeBlock(heading, content, startIndex, endIndex, people, seenFocus);
    if (block.kind === 'current-focus') seenFocus = true;
    blocks.push(block);
  };
  for (const element of elements) {
    if (element.kind === 'paragraph' && element.style === 'HEADING_1') {
      close(element.startIndex);
      heading = element;
      content = [];
    } else {
      content.push(element);
    }
  }
  close(bodyEndOf(elements));
  return blocks;
}

function makeBlock(
  heading: AgendaParagraph | null,
  content: AgendaElement[],
  startIndex: number,
  endIndex: number,
  people: readonly Person[],
  seenFocus: boolean,
): AgendaBlock {
  if (heading === null) return { kind: 'preamble', heading, startIndex, endIndex, content };
  const text = visibleText(heading.text);
  const date = leadingIsoDate(text);
  if (date !== null) {
    const parts = splitIntoParts(content);
    const section: MeetingSection = {
      kind: 'meeting',
      heading,
      startIndex,
      endIndex,
      content,
      date,
      label: text,
      parts,
      items: itemsOf(parts, people),
    };
    return section;
  }
  const isFocus = !seenFocus && text.toLowerCase() === CURRENT_FOCUS.toLowerCase();
  return { kind: isFocus ? 'current-focus' : 'other', heading, startIndex, endIndex, content };
}

function splitIntoParts(content: readonly AgendaElement[]): SectionPart[] {
  const parts: { heading: AgendaParagraph | null; content: AgendaElement[] }[] = [
    { heading: null, content: [] },
  ];
  for (const element of content) {
    if (element.kind === 'paragraph' && isHeading(element)) parts.push({ heading: element, content: [] });
    else parts[parts.length - 1]?.content.push(element);
  }
  return parts;
}

function itemsOf(parts: readonly SectionPart[], people: readonly Person[]): SectionItem[] {
  const items: SectionItem[] = [];
  for (const part of parts) {
    for (const element of part.content) {
      if (element.kind !== 'paragraph' || isHeading(element)) continue;
      const item = parseActionItem(element.text, people, { struck: element.struck });
      if (item)
        items.push({ item, paragraph: element, part: part.heading ? visibleText(part.heading.text) : null });
    }
  }
  return items;
}
