// Plans the review-notes doc: a title, one line on where it comes from, then wins, feedback,
// growth and completed items, each entry "date · text" with the date linking to its meeting.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { insertParagraphs, oneLine, type NewParagraph } from '../agenda/requests';
import type { ReviewEntry, ReviewGathering, ReviewPart } from './review-entry';

type Request = docs_v1.Schema$Request;

/** A fresh doc from files.create: a section break, then one empty paragraph at index 1. */
const FRESH_DOC_FIRST_PARAGRAPH = 1;

export const REVIEW_PART_TITLES: Readonly<Record<ReviewPart, string>> = {
  wins: 'Wins',
  feedback: 'Feedback',
  growth: 'Growth',
  completedItems: 'Completed action items',
};
const PART_ORDER: readonly ReviewPart[] = ['wins', 'feedback', 'growth', 'completedItems'];
export const NOTHING_LINE = 'Nothing written here in this period.';
const SEPARATOR = ' · ';

export interface ReviewDocText {
  readonly title: string;
  readonly intro: string;
  /** Lines from the owner's private notes, marked private; absent when they keep none. */
  readonly privateNotes?: readonly ReviewEntry[];
}

export const PRIVATE_NOTES_TITLE = 'From your private notes (only you can see these)';
/** Marks each line that came from the private notes, wherever it is copied to. */
export const PRIVATE_MARK = 'Private · ';

/**
 * Requests that write the review into a fresh doc. Each entry is a bullet whose date is a link.
 *
 * @example
 * planReviewDoc(gathering, { title: 'Review notes · Bob Okafor', intro: 'From your 1:1 agenda…' })
 * // = Review notes · Bob Okafor / intro / # Wins / - 2026-09-01 · Shipped the migration / …
 */
export function planReviewDoc(gathering: ReviewGathering, text: ReviewDocText): Request[] {
  const lines: { paragraph: NewParagraph; link?: { length: number; url: string } }[] = [
    { paragraph: { text: text.title, style: 'TITLE' } },
    { paragraph: { text: text.intro, style: 'NORMAL_TEXT' } },
  ];
  for (const part of PART_ORDER) {
    lines.push({ paragraph: { text: REVIEW_PART_TITLES[part], style: 'HEADING_1' } });
    const entries = gathering[part];
    if (entries.length === 0) lines.push({ paragraph: { text: NOTHING_LINE, style: 'NORMAL_TEXT' } });
    for (const entry of entries) {
      lines.push({
        paragraph: { text: `${entry.date}${SEPARATOR}${entry.text}`, style: 'NORMAL_TEXT', bullet: true },
        link: { length: entry.date.length, url: entry.link },
      });
    }
  }
  if (text.privateNotes && text.privateNotes.length > 0) {
    lines.push({ paragraph: { text: PRIVATE_NOTES_TITLE, style: 'HEADING_1' } });
    for (const entry of text.privateNotes) {
      lines.push({
        paragraph: {
          text: `${entry.date}${SEPARATOR}${PRIVATE_MARK}${entry.text}`,
          style: 'NORMAL_TEXT',
          bullet: true,
        },
        link: { length: entry.date.length, url: entry.link },
      });
    }
  }
  // Offsets are counted on the text as Docs keeps it (one line, see oneLine), in UTF-16 units.
  const written = lines
    .map((line) => ({ ...line, paragraph: { ...line.paragraph, text: oneLine(line.paragraph.text) } }))
    .filter((line) => line.paragraph.text !== '');
  const links: Request[] = [];
  let index = FRESH_DOC_FIRST_PARAGRAPH;
  for (const line of written) {
    if (line.link) {
      links.push({
        updateTextStyle: {
          range: { startIndex: index, endIndex: index + line.link.length },
          textStyle: { link: { url: line.link.url } },
          fields: 'link',
        },
      });
    }
    index += line.paragraph.text.length + 1;
  }
  return [
    ...insertParagraphs(
      { mode: 'before', index: FRESH_DOC_FIRST_PARAGRAPH },
      written.map((line) => line.paragraph),
    ),
    ...links,
  ];
}
