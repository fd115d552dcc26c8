// Every Docs write carries writeControl.requiredRevisionId; when a person edited the doc between
// Tandem's read and write, Google refuses the write and Tandem re-reads and re-plans.
import type { DocsRequest, Document, Ports } from '../ports';
import { isApiError } from '../api-error';

/** Re-plans at most this many times before giving up for this run (the next run tries again). */
export const MAX_REVISION_RETRIES = 3;

/** Google answers a stale requiredRevisionId with 400 (Docs API WriteControl reference). */
export function isRevisionConflict(e: unknown): boolean {
  return isApiError(e, 400) && /revision/i.test(e.failure.message);
}

export interface WriteOutcome {
  document: Document;
  applied: number;
}

/** Reads, plans, writes with revision control; re-reads and re-plans on a conflict. */
export function writeWithRevision(
  ports: Ports,
  docId: string,
  plan: (document: Document) => DocsRequest[],
  firstRead?: Document,
): WriteOutcome {
  let document = firstRead ?? ports.docs.get(docId);
  for (let attempt = 0; ; attempt++) {
    const requests = plan(document);
    if (requests.length === 0) return { document, applied: 0 };
    try {
      ports.docs.batchUpdate(docId, requests, document.revisionId ?? '');
      return { document, applied: requests.length };
    } catch (e) {
      if (!isRevisionConflict(e) || attempt >= MAX_REVISION_RETRIES) throw e;
      ports.log.info('revisionConflict', { attempt: attempt + 1 });
      document = ports.docs.get(docId);
    }
  }
}
