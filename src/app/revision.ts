// Every Docs write carries writeControl.requiredRevisionId; when a person edited the doc between
// Tandem's read and write, Google refuses the write and Tandem re-reads and re-plans.
import type { DocsRequest, Document, Ports } from '../ports';
import { ApiError, isApiError, RevisionConflict, UNKNOWN_STATUS } from '../api-error';

/** Re-plans at most this many times before giving up for this run (the next run tries again). */
export const MAX_REVISION_RETRIES = 3;

/**
 * Whether a failed write may have met a newer revision. Google answers a stale requiredRevisionId
 * with 400 (Docs API WriteControl reference) in words it does not document, and Apps Script may
 * not give the status at all: any 400, or no status, is checked by reading the revision again —
 * never by reading the message.
 */
function mayBeStale(e: unknown): e is ApiError {
  return isApiError(e, 400, UNKNOWN_STATUS);
}

export interface WriteOutcome {
  document: Document;
  applied: number;
  /**
   * The doc's revision after Tandem's write, as the reply's writeControl gives it ("the revision ID
   * of the document after the update", docs-more.contract.ts); null when nothing was written or
   * Google did not say.
   */
  revisionAfter: string | null;
}

/** The revision a batchUpdate reply says the doc is at after the write. */
export function revisionOf(
  reply: { writeControl?: { requiredRevisionId?: string | null } | null } | null | undefined,
): string | null {
  return reply?.writeControl?.requiredRevisionId ?? null;
}

/**
 * Reads, plans, writes with revision control. A write that may have met a newer revision re-reads
 * the doc: if its revision moved, Tandem re-plans (at most MAX_REVISION_RETRIES times, then
 * RevisionConflict); if it did not, the failure was something else and is rethrown at once.
 * A doc read without a revision id (no edit access) is never written.
 */
export function writeWithRevision(
  ports: Ports,
  docId: string,
  plan: (document: Document) => DocsRequest[],
  firstRead?: Document,
): WriteOutcome {
  let document = firstRead ?? ports.docs.get(docId);
  for (let attempt = 0; ; attempt++) {
    const requests = plan(document);
    if (requests.length === 0) return { document, applied: 0, revisionAfter: null };
    const revisionId = document.revisionId;
    // Document.revisionId: "Only populated if the user has edit access to the document."
    if (!revisionId)
      throw new ApiError('docs.documents.batchUpdate', {
        code: 403,
        reason: 'noRevisionId',
        message: 'The doc was read without a revision id: Tandem may not edit it',
      });
    try {
      const reply = ports.docs.batchUpdate(docId, requests, revisionId);
      return { document, applied: requests.length, revisionAfter: revisionOf(reply) };
    } catch (e) {
      if (!mayBeStale(e)) throw e;
      const fresh = ports.docs.get(docId);
      if (fresh.revisionId === revisionId) throw e;
      if (attempt >= MAX_REVISION_RETRIES) throw new RevisionConflict(e.failure);
      ports.log.info('revisionConflict', { attempt: attempt + 1 });
      document = fresh;
    }
  }
}

/**
 * Writes requests planned earlier from the doc at `revisionId`, without reading it again. When a
 * person edited the doc since, Google refuses the write (the revision moved) and Tandem reads the
 * doc and plans again with `replan`, as writeWithRevision does; a refusal at the same revision is
 * rethrown.
 */
export function writePlanned(
  ports: Ports,
  docId: string,
  planned: { requests: DocsRequest[]; revisionId: string },
  replan: (document: Document) => DocsRequest[],
): (WriteOutcome & { planned: true }) | (WriteOutcome & { planned: false }) {
  try {
    const reply = ports.docs.batchUpdate(docId, planned.requests, planned.revisionId);
    return {
      document: {},
      applied: planned.requests.length,
      revisionAfter: revisionOf(reply),
      planned: true,
    };
  } catch (e) {
    if (!mayBeStale(e)) throw e;
    const fresh = ports.docs.get(docId);
    if (fresh.revisionId === planned.revisionId) throw e;
    ports.log.info('revisionConflict', { attempt: 0 });
    return { ...writeWithRevision(ports, docId, replan, fresh), planned: false };
  }
}
