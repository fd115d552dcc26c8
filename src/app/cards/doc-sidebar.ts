// The Docs sidebar's view model: for a pair's agenda doc, the next meeting, its open items and
// questions by category; otherwise why not. Two API calls: the file's Drive properties, the doc.
import { isApiError } from '../../api-error';
import { pairKey, pairTag } from '../../core/pairs';
import {
  isCategory,
  suggestQuestions,
  suggestionsByCategory,
  type Category,
  type Question,
} from '../../core/questions';
import type { DriveFile, Ports } from '../../ports';
import { SIDEBAR_INPUT } from './inputs';
import {
  LEAD_QUESTIONS,
  MAX_QUESTIONS_PER_CATEGORY,
  type DocSidebarModel,
  type SuggestedQuestion,
} from './view-models';
import { PAIR_PROPERTY, peopleOf } from '../pair-doc';
import { TandemState, type PairRecord } from '../state';
import type { AddonContext } from './addon-event';
import { parseAgenda } from '../../core/agenda';
import { nextOpenItems } from './open-items';
import { driveNameOf, learnNames, notePair, userPerson, withSeen } from './pair-access';
import { suggestionRequest } from './questions';
import { localDateIn, viewerFor } from './viewer';
import { nextMeetingOf } from '../next-meeting';
import { maintains } from '../prepare';
import { isOwnNotes } from '../private-notes';

const NEEDS_ACCESS: DocSidebarModel = { state: 'needsFileAccess' };
const NOT_AGENDA: DocSidebarModel = { state: 'notAgenda' };
const PRIVATE_NOTES: DocSidebarModel = { state: 'privateNotes' };

/**
 * The pair an agenda doc belongs to when the user has no record of it (a guest whose Tandem has
 * not seen the series yet): the owner and the user, if their tag is the doc's.
 */
function pairFromOwner(file: DriveFile, email: string, tag: string): PairRecord | null {
  const owner = file.owners?.[0]?.emailAddress?.toLowerCase();
  if (!owner || owner === email) return null;
  const key = pairKey(email, owner);
  if (pairTag(key) !== tag) return null;
  return {
    pairKey: key,
    other: { email: owner, ...(file.owners?.[0]?.displayName ? { name: file.owners[0].displayName } : {}) },
    userIsOrganizer: false,
    seriesIds: [],
    status: 'active',
    upcoming: [],
  };
}

/** The open doc's pair and the doc itself, or the sidebar state that says why there is none. */
export function agendaOfOpenDoc(
  ports: Ports,
  state: TandemState,
  docId: string,
): { pair: PairRecord; file: DriveFile } | DocSidebarModel {
  let file: DriveFile;
  try {
    file = ports.drive.getFile(docId);
  } catch (e) {
    // Under drive.file Drive answers 404 for a file the user has not opened with Tandem.
    if (isApiError(e, 403, 404)) return NEEDS_ACCESS;
    throw e;
  }
  const tag = file.appProperties?.[PAIR_PROPERTY];
  // The user's own private notes: the sidebar says what they are, and offers nothing of the pair.
  if (!tag && isOwnNotes(file, ports.session.userEmail())) return PRIVATE_NOTES;
  if (!tag || file.trashed) return NOT_AGENDA;
  const pair = state.pairByTag(tag) ?? pairFromOwner(file, ports.session.userEmail(), tag);
  return pair ? { pair: withNameFrom(file, pair), file } : NOT_AGENDA;
}

/** The pair with the other person's name from Drive when Calendar gave none (design.md §2). */
function withNameFrom(file: DriveFile, pair: PairRecord): PairRecord {
  if (pair.other.name) return pair;
  const name = driveNameOf(file, pair.other.email);
  return name ? { ...pair, other: { ...pair.other, name } } : pair;
}

/**
 * The question topic the person picked: the dropdown's value when the card sent its form (the
 * latest choice), else the topic a button carried; null for none.
 *
 * @example chosenTopic(readAddonEvent({ commonEventObject: { parameters: { topic: 'growth' } } })) // 'growth'
 */
export function chosenTopic(context: AddonContext): Category | null {
  const picked = context.form[SIDEBAR_INPUT.topic]?.[0] ?? context.parameters.topic;
  return picked !== undefined && isCategory(picked) ? picked : null;
}

const suggested = (q: Question): SuggestedQuestion => ({ id: q.id, text: q.text, category: q.category });

export function buildDocSidebar(ports: Ports, context: AddonContext): DocSidebarModel {
  const open = context.docs;
  if (!open || !open.hasFileScope || !open.id) return NEEDS_ACCESS;
  const docId = open.id;
  const now = ports.session.now();
  const state = new TandemState(ports.state);
  const viewer = viewerFor(context, state, now);
  const found = agendaOfOpenDoc(ports, state, docId);
  if ('state' in found) return found;
  const { pair, file } = found;
  learnNames(ports, state, pair, file);

  let document;
  try {
    document = ports.docs.get(docId);
  } catch (e) {
    if (isApiError(e, 403, 404)) return NEEDS_ACCESS;
    throw e;
  }
  const people = peopleOf(userPerson(ports, state), pair);
  const agenda = parseAgenda(document, people);
  const next = nextMeetingOf(pair.upcoming, document, people, now.getTime(), viewer.today);
  const nextDate = next?.date ?? null;
  const openItems = nextOpenItems(agenda, nextDate, people);
  const request = suggestionRequest(ports.state, state.settings, pair, viewer.today, agenda, 0);
  const lead = suggestQuestions({ ...request, count: LEAD_QUESTIONS });
  const topics = suggestionsByCategory(request, 1).map((group) => group.category);
  const topic = chosenTopic(context);
  const topicQuestions = topic
    ? suggestQuestions({
        ...request,
        category: topic,
        count: MAX_QUESTIONS_PER_CATEGORY,
        shown: lead.map((q) => q.id),
      })
    : [];
  if (state.pairs.has(pair.pairKey)) {
    notePair(ports, pair.pairKey, (p) => {
      const { at: _at, ...facts } = p.seen ?? { at: 0 };
      return withSeen(p, docId, { ...facts, openItems: openItems.length }, now);
    });
  }
  return {
    state: 'agenda',
    viewer,
    docId,
    pairKey: pair.pairKey,
    other: { email: pair.other.email, name: pair.other.name ?? null },
    nextMeeting: next
      ? {
          date: next.date,
          day: next.start !== null ? localDateIn(next.start, viewer.timeZone) : next.date,
          start: next.start,
          prepared: next.prepared,
        }
      : null,
    maintainedHere: state.pairs.has(pair.pairKey) && maintains(pair),
    openItems,
    leadQuestions: lead.map(suggested),
    topics,
    topic: topic ? { category: topic, questions: topicQuestions.map(suggested) } : null,
  };
}
