// Google Docs links as the emulator meets them: in event attachments, card buttons and doc text.
// The document id is the path segment after /document/d/.

const DOC_URL = /^https:\/\/docs\.google\.com\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/;

/**
 * The document id of a Google Docs URL, or null.
 * @example docIdOfUrl('https://docs.google.com/document/d/abc123/edit') // 'abc123'
 */
export function docIdOfUrl(url: string): string | null {
  return DOC_URL.exec(url)?.[1] ?? null;
}
