// Revision ids: opaque strings to callers (Google: "not a sequential number but an opaque
// string"), different for every document and every change, readable in test output.

/** A short tag derived from the document id, so two documents never share a revision id. */
function documentTag(documentId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < documentId.length; i++)
    hash = Math.imul(hash ^ documentId.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36).padStart(7, '0');
}

export function firstRevisionId(documentId: string): string {
  return `rev-${documentTag(documentId)}-000001`;
}

/**
 * The revision after `revisionId` for this document (a foreign id starts the count again).
 * @example nextRevisionId('rev-0abc123-000009', 'd1') // 'rev-<tag of d1>-00000a'
 */
export function nextRevisionId(revisionId: string, documentId: string): string {
  const count = /^rev-[0-9a-z]+-([0-9a-z]+)$/.exec(revisionId)?.[1];
  const next = count ? parseInt(count, 36) + 1 : 1;
  const make = (n: number) => `rev-${documentTag(documentId)}-${n.toString(36).padStart(6, '0')}`;
  return make(next) === revisionId ? make(next + 1) : make(next);
}
