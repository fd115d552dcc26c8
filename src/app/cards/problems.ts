// What went wrong, in plain words for a card: a pair's last sync error as a PairProblem, and any
// failure of a card callback as one sentence (never raw API text, which may quote private data).
import { ApiError } from '../../api-error';
import type { PairProblem } from '../../ui/views';
import { isRevisionConflict } from '../revision';

/** A problem the user can act on, with the sentence to show them. */
export class CardProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CardProblem';
  }
}

const BUSY_CODES = [0, 429, 500, 502, 503, 504];

/** Google said "slow down" or "try again": a rate limit, its own hiccup, or a run cut short. */
function isBusy(code: number, reason: string): boolean {
  return (
    ((code === 403 || code === 429) && /rate|limit|quota/i.test(reason)) ||
    BUSY_CODES.includes(code) ||
    code >= 500
  );
}

/**
 * A pair's recorded sync error as the card words it. A refusal recorded while the doc exists but
 * is not shared yet came from sharing it (the sync shares right after finding or making the doc).
 *
 * @example pairProblem({ error: { code: 404, message: 'notFound' } }) // { kind: 'docMissing' }
 * @example pairProblem({ userIsOrganizer: true, docId: 'd', error: { code: 403, message: 'forbidden' } }) // { kind: 'sharingBlocked' }
 */
export function pairProblem(pair: {
  readonly error?: { readonly code: number; readonly message: string };
  readonly docId?: string;
  readonly sharedWith?: string;
  readonly userIsOrganizer?: boolean;
  readonly createdByMe?: boolean;
}): PairProblem | null {
  const error = pair.error;
  if (!error) return null;
  const sharesIt = pair.userIsOrganizer === true || pair.createdByMe === true;
  const notShared = sharesIt && pair.docId !== undefined && pair.sharedWith === undefined;
  if (error.code === 404 || error.code === 410) return { kind: 'docMissing' };
  const busy = isBusy(error.code, error.message);
  if (busy && error.code === 403) return { kind: 'busy' };
  if ((error.code === 403 || error.code === 400) && (notShared || /shar|domain|publish/i.test(error.message)))
    return { kind: 'sharingBlocked' };
  if (error.code === 403 || error.code === 401) return { kind: 'noAccess' };
  if (busy) return { kind: 'busy' };
  return { kind: 'other', message: `Tandem couldn’t update this 1:1’s doc (error ${error.code}).` };
}

/**
 * One plain sentence for a failed card callback.
 *
 * @example plainMessage(new ApiError('docs.documents.get', { code: 404, reason: 'notFound', message: '' }))
 * // 'Google couldn’t find that doc or event: it may have been deleted.'
 */
export function plainMessage(e: unknown): string {
  if (e instanceof CardProblem) return e.message;
  if (isRevisionConflict(e)) return 'The doc kept changing while Tandem was writing to it. Try again.';
  if (e instanceof ApiError) {
    const { code } = e.failure;
    if (code === 404 || code === 410)
      return 'Google couldn’t find that doc or event: it may have been deleted.';
    const busy = isBusy(code, e.failure.reason);
    if (busy && code === 403) return 'Google is busy right now. Try again in a minute.';
    if (code === 403 || code === 401)
      return 'Tandem doesn’t have access to that doc, or your organization doesn’t allow sharing it.';
    if (busy) return 'Google is busy right now. Try again in a minute.';
    return `Google refused the change (error ${code}).`;
  }
  return 'Tandem hit an unexpected problem.';
}
