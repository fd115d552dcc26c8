// The view-model pieces several cards share: a person, a doc link, an open action item, a
// suggested question and a pair's last sync problem. Plain data; the use cases fill them in.
import type { ItemRef, Person } from '../../core/agenda';
import type { IsoDate } from '../../core/schedule';
import type { Question } from '../../core/questions';

export type { Person } from '../../core/agenda';
export type { Viewer } from './format';

export interface DocLink {
  readonly id: string;
  /** https://docs.google.com/document/d/<id>/edit */
  readonly url: string;
}

/** An open action item as the doc says it. */
export interface OpenItem {
  /** The task alone (no marker, owner, due or from-suffix). */
  readonly task: string;
  /** The person of the pair who owns it, when the doc names one. */
  readonly owner: Person | null;
  readonly due: IsoDate | null;
  /** A written `(due …)` that is no date (`2026-13-45`): the card says so instead of dropping it. */
  readonly invalidDue?: string | null;
  /** The meeting it was first written in, when it was carried over. */
  readonly from: IsoDate | null;
  /** Where it is: the section's date and the item's identity. */
  readonly ref: ItemRef;
}

export type SuggestedQuestion = Pick<Question, 'id' | 'text' | 'category'>;

/** Why the last sync could not look after a pair, in kinds the card words plainly. */
export type PairProblem =
  /** The agenda doc was deleted or trashed. A new one is made only when the user asks. */
  | { readonly kind: 'docMissing' }
  /** The domain does not allow sharing the doc with the other person. */
  | { readonly kind: 'sharingBlocked' }
  /** Tandem may no longer open the doc (its access was removed). */
  | { readonly kind: 'noAccess' }
  /** A passing failure (Google busy, or no status given): the next sync tries again soon. */
  | { readonly kind: 'busy' }
  /** Anything else, in plain words (never raw API text with private data). */
  | { readonly kind: 'other'; readonly message: string };
