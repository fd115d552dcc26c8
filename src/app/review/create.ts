// Review notes: the form's view model, and making the notes — a NEW doc owned by the user and
// shared with no one (no permission is ever created on it), gathered from the pair's agenda doc.
import { isApiError } from '../../api-error';
import { maintains } from '../prepare';
import { pairTag } from '../../core/pairs';
import type { Ports } from '../../ports';
import { REVIEW_INPUT, isReviewPeriod, type ReviewPeriod } from '../cards/inputs';
import type { ReviewNotesModel, ReviewProblem } from '../cards/view-models';
import { formText, type AddonContext } from '../cards/addon-event';
import { userPerson } from '../cards/pair-access';
import { viewerFor } from '../cards/viewer';
import { peopleOf } from '../pair-doc';
import { writeWithRevision } from '../revision';
import { TandemState, type PairRecord } from '../state';
import { countOf, gatherPrivateNotes, gatherReview } from './gather';
import { findPrivateNotes } from '../private-notes';
import { docUrl, type Person } from '../../core/agenda';
import { resolvePeriod } from './period';
import { planReviewDoc, type ReviewEntry } from '../../core/review';

/** Drive appProperty on review docs (never the agenda's `tandemPair`, so no sync ever finds one). */
export const REVIEW_PROPERTY = 'tandemReview';
const DEFAULT_PERIOD: ReviewPeriod = 'lastQuarter';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type FormModel = Extract<ReviewNotesModel, { state: 'form' }>;

function reviewablePairs(state: TandemState): PairRecord[] {
  return [...state.pairs.values()]
    .filter((p) => p.docId)
    .sort((a, b) => (a.other.name ?? a.other.email).localeCompare(b.other.name ?? b.other.email));
}

function formModel(
  state: TandemState,
  context: AddonContext,
  ports: Ports,
  values: FormModel['values'],
  problem: ReviewProblem | null,
): FormModel {
  return {
    state: 'form',
    viewer: viewerFor(context, state, ports.session.now()),
    pairs: reviewablePairs(state).map((p) => ({
      pairKey: p.pairKey,
      other: { email: p.other.email, name: p.other.name ?? null },
    })),
    values,
    problem,
  };
}

/** The empty form, with `pairKey` chosen when the button named one. */
export function reviewForm(
  ports: Ports,
  context: AddonContext,
  pairKey: string | undefined,
): ReviewNotesModel {
  const state = new TandemState(ports.state);
  const chosen = pairKey && state.pairs.get(pairKey)?.docId ? pairKey : null;
  return formModel(
    state,
    context,
    ports,
    { period: DEFAULT_PERIOD, pairKey: chosen, start: null, end: null },
    null,
  );
}

/** The form again as the person left it, without a problem: what the period dropdown's change shows. */
export function reviewFormAsTyped(ports: Ports, context: AddonContext): ReviewNotesModel {
  return formModel(new TandemState(ports.state), context, ports, typedValues(context), null);
}

function typedValues(context: AddonContext): FormModel['values'] {
  const rawPeriod = formText(context, REVIEW_INPUT.period);
  return {
    period: isReviewPeriod(rawPeriod) ? rawPeriod : DEFAULT_PERIOD,
    pairKey: formText(context, REVIEW_INPUT.pair) || null,
    start: dateInput(context, REVIEW_INPUT.start),
    end: dateInput(context, REVIEW_INPUT.end),
  };
}

/**
 * A date input as YYYY-MM-DD: a date picker's milliseconds (00:00 UTC), or typed text. Years
 * before 1000 keep four digits ("0001-01-01"), so the card shows back what was picked.
 */
function dateInput(context: AddonContext, name: string): string | null {
  const ms = context.dates[name];
  if (ms !== undefined) return isoDay(ms);
  const typed = formText(context, name).trim();
  if (ISO_DATE.test(typed)) return typed;
  if (/^-?\d{9,15}$/.test(typed)) return isoDay(Number(typed));
  return null;
}

/** The UTC day of an instant as YYYY-MM-DD; null outside the four-digit years (ISO's ±YYYYYY form). */
function isoDay(ms: number): string | null {
  const date = new Date(ms);
  if (!Number.isFinite(date.getTime())) return null;
  const year = date.getUTCFullYear();
  return year >= 0 && year <= 9999 ? date.toISOString().slice(0, 10) : null;
}

/** Makes the notes, or says in the form what stopped it. */
export function createReviewNotes(ports: Ports, context: AddonContext): ReviewNotesModel {
  const state = new TandemState(ports.state);
  const now = ports.session.now();
  const viewer = viewerFor(context, state, now);
  const values = typedValues(context);
  const fail = (problem: ReviewProblem) => formModel(state, context, ports, values, problem);
  const pair = values.pairKey ? state.pairs.get(values.pairKey) : undefined;
  if (!pair) return fail({ kind: 'noPair' });
  const period = resolvePeriod(values.period, values.start, values.end, viewer.today);
  if (!period.ok) return fail(period.problem);
  if (!pair.docId) return fail({ kind: 'failed', message: 'This 1:1 has no agenda doc yet.' });

  let document;
  try {
    document = ports.docs.get(pair.docId);
  } catch (e) {
    // Only a doc this install maintains can be called deleted; the other person's doc is hidden
    // from it under drive.file (404, 403, or no status at all) until they allow Tandem on it.
    if (maintains(pair) && isApiError(e, 404))
      return fail({ kind: 'failed', message: 'The agenda doc of this 1:1 was deleted.' });
    if (isApiError(e, 403) || (isApiError(e) && !maintains(pair)))
      return fail({
        kind: 'failed',
        message:
          'Tandem can’t open this 1:1’s agenda yet: open it in Google Docs and allow Tandem there first.',
      });
    throw e;
  }
  const other = { email: pair.other.email, name: pair.other.name ?? null };
  const name = pair.other.name ?? pair.other.email;
  const people = peopleOf(userPerson(ports, state), pair);
  const gathering = gatherReview(document, pair.docId, people, period.start, period.end);
  const privateNotes = ownPrivateNotes(ports, pair.pairKey, people, period.start, period.end);
  const title = `Review notes · ${name} · ${period.start} to ${period.end}`;
  const file = ports.drive.createDocument(title, { [REVIEW_PROPERTY]: pairTag(pair.pairKey) });
  if (!file.id) throw new Error('Drive created a file without an id');
  writeWithRevision(ports, file.id, () =>
    planReviewDoc(gathering, {
      title,
      intro:
        `Gathered by Tandem from your 1:1 agenda with ${name}, ${period.start} to ${period.end}. ` +
        'Only you can see this doc: it is shared with no one. Each date links to its meeting.' +
        (privateNotes.length > 0 ? ' Lines marked “Private” come from your private notes.' : ''),
      privateNotes,
    }),
  );
  ports.log.info('reviewNotesCreated', { ...countOf(gathering), privateNotes: privateNotes.length });
  return {
    state: 'done',
    viewer,
    other,
    doc: { id: file.id, url: docUrl(file.id) },
    start: period.start,
    end: period.end,
    counts: countOf(gathering),
  };
}

/**
 * The lines of the user's own private notes on the pair in the period (src/app/private-notes.ts):
 * only ever the notes this user owns, found by their record or their owner-specific Drive tag.
 * None when they keep no notes or deleted them.
 */
function ownPrivateNotes(
  ports: Ports,
  pairKey: string,
  people: readonly Person[],
  start: string,
  end: string,
): ReviewEntry[] {
  const docId = findPrivateNotes(ports, pairKey);
  if (!docId) return [];
  try {
    return gatherPrivateNotes(ports.docs.get(docId), docId, people, start, end);
  } catch (e) {
    if (isApiError(e, 403, 404)) return [];
    throw e;
  }
}
