// What Google calls an agenda doc: its MIME type in Drive and its address in Docs. One home for
// both, read by the use cases (attachments, links on cards, in e-mails and reviews) and by gas.

/** Drive's MIME type of a Google Doc (files.create, attachments, listings). */
export const DOC_MIME_TYPE = 'application/vnd.google-apps.document';

/**
 * The address that opens a Google Doc, or one heading of it; the id and heading are encoded, so
 * any string makes a well-formed link.
 *
 * @example docUrl('abc') // 'https://docs.google.com/document/d/abc/edit'
 * @example docUrl('abc', 'h.x1y2') // 'https://docs.google.com/document/d/abc/edit#heading=h.x1y2'
 */
export function docUrl(docId: string, headingId: string | null = null): string {
  const url = `https://docs.google.com/document/d/${encodeURIComponent(docId)}/edit`;
  return headingId ? `${url}#heading=${encodeURIComponent(headingId)}` : url;
}
