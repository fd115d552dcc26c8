// What went wrong, in plain words for a card: a pair's last sync error as a PairProblem, and any
// failure of a card callback as one sentence (never raw API text, which may quote private data).
// Both word the one classification of src/api-error.ts.
import { classify, retriesSoon, type FailureRecord } from '../../api-error';
import type { PairProblem } from './view-models';

/** A problem the user can act on, with the sentence to show them. */
export class CardProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CardProblem';
  }
}

const SHARE_METHOD = 'drive.permissions.create';

/** The failure came from sharing the doc: from the call, or (a record without one) from the pair. */
function fromSharing(
  error: FailureRecord,
  pair: { docId?: string; sharedWith?: string; userIsOrganizer?: boolean; createdByMe?: boolean },
): boolean {
  if (error.method !== undefined) return error.method === SHARE_METHOD;
  // The sync shares right after finding or making the doc: a refusal while the doc is not shared yet came from sharing.
  const sharesIt = pair.userIsOrganizer === true || pair.createdByMe === true;
  return sharesIt && pair.docId !== undefined && pair.sharedWith === undefined;
}

/**
 * A pair's recorded sync error as the card words it. A failure whose status Google did not give
 * is never worded as "deleted" or "no access": only as passing, then, once the soon retries are
 * spent, as not known.
 *
 * @example pairProblem({ error: { code: 404, reason: 'notFound', method: 'docs.documents.get', at: 0, tries: 1 } }) // { kind: 'docMissing' }
 * @example pairProblem({ error: { code: 403, reason: 'noAccess', method: 'drive.permissions.create', at: 0, tries: 1 } }) // { kind: 'sharingBlocked' }
 */
export function pairProblem(pair: {
  readonly error?: FailureRecord;
  readonly docId?: string;
  readonly sharedWith?: string;
  readonly userIsOrganizer?: boolean;
  readonly createdByMe?: boolean;
}): PairProblem | null {
  const error = pair.error;
  if (!error) return null;
  switch (error.reason) {
    case 'notFound':
      if (error.method?.startsWith('calendar.'))
        return { kind: 'other', message: 'Google couldn’t find this 1:1 in your calendar any more.' };
      return { kind: 'docMissing' };
    case 'noAccess':
      return fromSharing(error, pair) ? { kind: 'sharingBlocked' } : { kind: 'noAccess' };
    case 'refused':
      if (fromSharing(error, pair)) return { kind: 'sharingBlocked' };
      return { kind: 'other', message: `Tandem couldn’t update this 1:1’s doc (error ${error.code}).` };
    case 'busy':
    case 'docKeptChanging':
      return { kind: 'busy' };
    case 'unknown':
      if (retriesSoon(error)) return { kind: 'busy' };
      return {
        kind: 'other',
        message:
          'Tandem couldn’t update this 1:1’s doc for a while, and Google didn’t say why. It tries again with its daily check.',
      };
    case 'dailyLimit':
      return {
        kind: 'other',
        message: 'Google’s daily limit for your account was reached. Tandem tries again tomorrow.',
      };
    case 'bug':
      return {
        kind: 'other',
        message: 'Tandem hit an unexpected problem with this 1:1. It tries again with its daily check.',
      };
  }
}

/**
 * One plain sentence for a failed card callback.
 *
 * @example plainMessage(new ApiError('docs.documents.get', { code: 404, reason: 'notFound', message: '' }))
 * // 'Google couldn’t find that doc or event: it may have been deleted.'
 */
export function plainMessage(e: unknown): string {
  if (e instanceof CardProblem) return e.message;
  const { reason, code } = classify(e);
  switch (reason) {
    case 'docKeptChanging':
      return 'The doc kept changing while Tandem was writing to it. Try again.';
    case 'notFound':
      return 'Google couldn’t find that doc or event: it may have been deleted.';
    case 'noAccess':
      return 'Tandem doesn’t have access to that doc, or your organization doesn’t allow sharing it.';
    case 'busy':
      return 'Google is busy right now. Try again in a minute.';
    case 'unknown':
      return 'Google couldn’t do that just now and didn’t say why. Try again in a minute.';
    case 'dailyLimit':
      return 'Google’s daily limit for your account was reached. Try again tomorrow.';
    case 'refused':
      return `Google refused the change (error ${code}).`;
    case 'bug':
      return 'Tandem hit an unexpected problem.';
  }
}
