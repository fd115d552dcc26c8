// The buttons that write to a pair's agenda doc: add a question to the next meeting, mark an action
// item done, prepare the next meeting's section now. Every write carries the doc's revision and is
// re-planned on a conflict, so two tabs pressing the same button edit the doc once.
import { planAddQuestion, planMarkDone, type ItemRef } from '../../core/agenda';
import type { Ports } from '../../ports';
import { peopleOf } from '../pair-doc';
import { maintains, refreshSchedule } from '../prepare';
import { prepareSection } from '../prepare-section';
import { writeWithRevision } from '../revision';
import { TandemState, type PairRecord } from '../state';
import type { AddonContext } from './addon-event';
import { agendaOfOpenDoc } from './doc-sidebar';
import { pairOfDoc, userPerson, withFreshState } from './pair-access';
import { CardProblem } from './problems';
import { findQuestion, recordAsked } from './questions';
import { viewerFor } from './viewer';
import { nextMeetingOf, type NextMeeting } from '../next-meeting';

/** The pair whose agenda `docId` is: by the recorded doc id, else by the doc's Drive tag (one call). */
function pairForDoc(ports: Ports, state: TandemState, docId: string): PairRecord {
  const recorded = pairOfDoc(state, docId);
  if (recorded) return recorded;
  const found = agendaOfOpenDoc(ports, state, docId);
  if ('pair' in found) return found.pair;
  throw new CardProblem('This doc isn’t one of your 1:1 agendas.');
}

function nextMeetingDate(pair: PairRecord, now: Date): string | null {
  return pair.upcoming.find((m) => m.end > now.getTime())?.date ?? null;
}

/** A meeting a button wrote into: its section's date and when it starts (null: not known). */
export interface MeetingWritten {
  readonly date: string;
  readonly start: number | null;
}

export interface QuestionAdded {
  readonly added: boolean;
  /** The meeting it went to; null when it went under the doc's Topics heading. */
  readonly date: string | null;
  /** When that meeting starts, if known (for the toast, in the viewer's words). */
  readonly start: number | null;
}

/**
 * Adds a suggested question to the pair's next meeting — for either person, whether or not their
 * Tandem has seen the series yet: the doc comes from the button (the open doc), else the pair's
 * record; the next meeting from the doc's recorded times and the person's own schedule.
 */
export function addQuestion(
  ports: Ports,
  context: AddonContext,
  params: { pairKey: string; questionId: string; docId?: string },
): QuestionAdded {
  const now = ports.session.now();
  let state = new TandemState(ports.state);
  const question = findQuestion(params.questionId, state.settings);
  if (!question) throw new CardProblem('That question is no longer on offer. Pick another one.');
  let pair: PairRecord | undefined = state.pairs.get(params.pairKey);
  const docId = params.docId ?? pair?.docId ?? context.docs?.id;
  if (!docId) throw new CardProblem('This 1:1 has no agenda doc yet: create it first.');
  if (!pair || pair.pairKey !== params.pairKey) pair = pairForDoc(ports, state, docId);
  const scheduled = nextMeetingDate(pair, now);
  if (scheduled && pair.preparedDate !== scheduled && maintains(pair) && pair.status === 'active') {
    // Give the question its meeting's section rather than a loose Topics heading.
    pair =
      withFreshState(ports, true, (fresh) => {
        const current = fresh.pairs.get(params.pairKey);
        if (!current) return undefined;
        const prepared = prepareSection(ports, current, userPerson(ports, fresh), fresh.settings, now);
        fresh.putPair(prepared);
        return prepared;
      }) ?? pair;
    state = new TandemState(ports.state);
  }
  const viewer = viewerFor(context, state, now);
  const people = peopleOf(userPerson(ports, state), pair);
  const upcoming = pair.upcoming;
  let next: NextMeeting | null = null;
  const outcome = writeWithRevision(ports, docId, (document) => {
    next = nextMeetingOf(upcoming, document, people, now.getTime(), viewer.today);
    const into = next?.prepared ? next.date : null;
    return planAddQuestion(document, into, question.text, state.settings.template, people);
  });
  recordAsked(ports.state, params.pairKey, question.id, viewer.today);
  ports.log.info('questionAdded', { applied: outcome.applied });
  const went = next as NextMeeting | null;
  return {
    added: outcome.applied > 0,
    date: went?.prepared ? went.date : null,
    start: went?.prepared ? went.start : null,
  };
}

/** Marks one open item done; false when it was no longer open (ticked already, or deleted). */
export function markDone(ports: Ports, params: { docId: string; ref: ItemRef }): boolean {
  const { ref } = params;
  const state = new TandemState(ports.state);
  const pair = pairForDoc(ports, state, params.docId);
  const people = peopleOf(userPerson(ports, state), pair);
  const outcome = writeWithRevision(ports, params.docId, (document) => planMarkDone(document, ref, people));
  ports.log.info('markedDone', { applied: outcome.applied });
  return outcome.applied > 0;
}

/** Reads the coming meetings again and writes the next meeting's section now; that meeting, if any. */
export function prepareNow(ports: Ports, params: { docId: string }): MeetingWritten | null {
  const now = ports.session.now();
  const result = withFreshState(ports, true, (state) => {
    const found = pairForDoc(ports, state, params.docId);
    const pair = state.pairs.get(found.pairKey);
    if (!pair) throw new CardProblem('Turn Tandem on first: it prepares the docs of the 1:1s it follows.');
    if (!maintains(pair)) {
      const name = pair.other.name ?? pair.other.email;
      throw new CardProblem(`${name}’s Tandem looks after this doc: it adds each next section.`);
    }
    if (pair.status !== 'active')
      throw new CardProblem('This series is no longer a 1:1, so Tandem stopped preparing its doc.');
    let current: PairRecord = { ...pair, docId: pair.docId ?? params.docId };
    current = refreshSchedule(ports, current, state.profile.timeZone, now);
    current = prepareSection(ports, current, userPerson(ports, state), state.settings, now);
    state.putPair(current);
    const next = current.upcoming.find((m) => m.end > now.getTime());
    return next ? { date: next.date, start: next.start } : null;
  });
  return result ?? null;
}
