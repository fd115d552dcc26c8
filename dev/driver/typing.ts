// A person types a line into an agenda doc as in Docs' editor: Enter at the end of a paragraph, then
// the text, as normal text. A human edit through the Docs API, so no call of Tandem's is counted.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import type { Workspace } from '../emulator/workspace';

/** Where in a meeting section a line goes: its end, or just under its sub-heading `under`. */
export interface SectionPlace {
  /** The section's date, as its HEADING_1 starts (`YYYY-MM-DD`). */
  date: string;
  /** A sub-heading of the section (e.g. "Wins"); the line goes first under it. */
  under?: string;
}

const isHeading = (e: docs_v1.Schema$StructuralElement, style: string) =>
  e.paragraph?.paragraphStyle?.namedStyleType === style;

function paragraphText(e: docs_v1.Schema$StructuralElement): string {
  return (e.paragraph?.elements ?? []).map((r) => r.textRun?.content ?? '').join('');
}

/**
 * The index where a new line of the section starts: just before the newline that ends the section's
 * last paragraph, or the one that ends its sub-heading `under`.
 * @example sectionEnd(document, { date: '2026-10-20' }) // the end of that meeting's last paragraph, less 1
 */
export function sectionEnd(document: docs_v1.Schema$Document, place: SectionPlace): number {
  const content = document.body?.content ?? [];
  const at = content.findIndex((e) => isHeading(e, 'HEADING_1') && paragraphText(e).startsWith(place.date));
  if (at < 0) throw new Error(`no section ${place.date}`);
  const next = content.findIndex((e, i) => i > at && isHeading(e, 'HEADING_1'));
  const end = next < 0 ? content.length : next;
  if (place.under === undefined) return (content[end - 1]?.endIndex ?? 2) - 1;
  const sub = content.findIndex(
    (e, i) => i > at && i < end && isHeading(e, 'HEADING_2') && paragraphText(e) === `${place.under}\n`,
  );
  if (sub < 0) throw new Error(`no ${place.under} under ${place.date}`);
  return (content[sub]?.endIndex ?? 2) - 1;
}

/**
 * Enter at `index` (the end of a paragraph), then `text`: a new paragraph of normal text.
 * @example newLineRequests(120, '[ ] Bob: send the deck') // [insertText "\n[ ] Bob…", updateParagraphStyle]
 */
export function newLineRequests(index: number, text: string): docs_v1.Schema$Request[] {
  return [
    { insertText: { location: { index }, text: `\n${text}` } },
    {
      updateParagraphStyle: {
        range: { startIndex: index + 1, endIndex: index + 2 },
        paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
        fields: 'namedStyleType',
      },
    },
  ];
}

/** The requests `email` sends through Docs' editor, applied to `docId`. */
export function editAs(
  ws: Workspace,
  email: string,
  docId: string,
  requests: docs_v1.Schema$Request[],
): void {
  ws.drive.docsService(ws.personContext(email)).Documents.batchUpdate({ requests }, docId);
}

/** `email` types `text` as a new line at `place` in the meeting section of doc `docId`. */
export function typeInSection(
  ws: Workspace,
  email: string,
  docId: string,
  place: SectionPlace,
  text: string,
): void {
  const document = ws.drive.documentJson(docId);
  if (!document) throw new Error(`no document ${docId}`);
  editAs(ws, email, docId, newLineRequests(sectionEnd(document, place), text));
}
