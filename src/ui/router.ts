// The card entry points and the one dispatchAction: every button's `action` picks a handler from a
// map typed by RouteParams; handlers call the use cases and answer with cards built by the views.
// Any failure becomes the error card in plain words — a card callback never crashes.
import { DOC_MIME_TYPE } from '../core/agenda';
import type { Ports } from '../ports';
import { readAddonEvent, type AddonContext } from '../app/cards/addon-event';
import { createDoc } from '../app/cards/create-doc';
import { addQuestion, markDone, prepareNow } from '../app/cards/doc-actions';
import { buildDocSidebar } from '../app/cards/doc-sidebar';
import {
  buildEventCard,
  eventTargetOf,
  pairTarget,
  seriesTarget,
  type EventTarget,
} from '../app/cards/event-card';
import { buildHomepage } from '../app/cards/homepage';
import { CardProblem, plainMessage } from '../app/cards/problems';
import { nextQuestionsPage } from '../app/cards/questions';
import { chooseForSeries } from '../app/cards/series-choice';
import { saveSettings, savedSettingsModel } from '../app/cards/settings';
import { currentViewer } from '../app/cards/viewer';
import { openPrivateNotes } from '../app/private-notes';
import { createReviewNotes, reviewForm, reviewFormAsTyped } from '../app/review/create';
import { turnOff, turnOn } from '../app/turn-on';
import { isApiError } from '../api-error';
import {
  addAttachments,
  pushCard,
  requestFileScope,
  updateCard,
  type Card,
  type RenderActions,
} from './card';
import {
  decodeItemRef,
  docSidebarCard,
  errorCard,
  eventCard,
  homepageCard,
  isRouteName,
  readRouteParams,
  reviewNotesCard,
  settingsCard,
  type RouteName,
  type RouteParams,
} from './views';
import { whenMeeting, type Viewer } from '../app/format';

/** The event object as Apps Script passes it; read by readAddonEvent, never trusted as typed. */
export type AddonEvent = unknown;

interface App {
  readonly ports: Ports;
  readonly context: AddonContext;
}

type Handler<R extends RouteName> = (app: App, params: RouteParams[R]) => RenderActions;

const ROUTES: { readonly [R in RouteName]: Handler<R> } = {
  turnOn: (app) => {
    const { firstSync } = turnOn(app.ports);
    const done = firstSync !== null && !firstSync.skipped && !firstSync.partial && firstSync.errors === 0;
    const note = done
      ? 'Tandem is on: your 1:1 docs are ready.'
      : 'Tandem is on. Some 1:1 docs aren’t ready yet: Tandem finishes them within the hour.';
    return updateCard(currentCard(app), note);
  },
  turnOff: (app) => {
    turnOff(app.ports);
    return updateCard(currentCard(app), 'Tandem is off. Your agenda docs stay as they are.');
  },
  openSettings: ({ ports }) => pushCard(settingsCard(savedSettingsModel(ports))),
  saveSettings: ({ ports, context }) => {
    const outcome = saveSettings(ports, context);
    if (!outcome.saved) return updateCard(settingsCard(outcome.model));
    return {
      action: {
        navigations: [{ pop: true }, { updateCard: homepageCard(buildHomepage(ports, context)) }],
        notification: { text: 'Settings saved.' },
      },
    };
  },
  createDoc: (app, params) => {
    const made = createDoc(app.ports, app.context, params);
    if (made.attachment) {
      return addAttachments([
        { resourceUrl: made.attachment.url, title: made.attachment.title, mimeType: DOC_MIME_TYPE },
      ]);
    }
    const name = made.other.name ?? made.other.email;
    const note = made.created
      ? `Agenda doc created and shared with ${name}.`
      : 'This 1:1 already has its agenda doc.';
    return updateCard(eventCardFor(app, seriesTarget(params.seriesId)), note);
  },
  addQuestion: (app, params) => {
    const result = addQuestion(app.ports, app.context, params);
    const where = result.date
      ? `Added to the agenda for ${whenMeeting(result.date, result.start, viewerOf(app))}.`
      : 'Added under Topics at the top of the doc: the next meeting’s section isn’t there yet.';
    return updateCard(currentCard(app), result.added ? where : 'That question is already on the agenda.');
  },
  moreQuestions: (app, { pairKey }) => {
    const target = pairTarget(app.ports, app.context, pairKey);
    if (!target) throw new CardProblem('Open this 1:1 in Google Calendar to see more questions.');
    const page = nextQuestionsPage(app.ports.state, pairKey, app.ports.session.now().getTime());
    return pushCard(eventCard(buildEventCard(app.ports, app.context, target, { questionsPage: page })));
  },
  showTopic: (app, params) => updateCard(sidebarFor(app, params.docId)),
  markDone: (app, params) => {
    const ref = decodeItemRef(params.item);
    if (!ref)
      throw new CardProblem('Tandem couldn’t tell which action item that was. Refresh and try again.');
    const done = markDone(app.ports, { docId: params.docId, ref });
    return updateCard(sidebarFor(app, params.docId), done ? 'Marked done.' : 'That item was already done.');
  },
  prepareNow: (app, params) => {
    const meeting = prepareNow(app.ports, params);
    return updateCard(
      sidebarFor(app, params.docId),
      meeting
        ? `The agenda for ${whenMeeting(meeting.date, meeting.start, viewerOf(app))} is ready.`
        : 'There’s no upcoming meeting to prepare.',
    );
  },
  excludeSeries: (app, { seriesId }) => {
    chooseForSeries(app.ports, seriesId, 'exclude');
    return updateCard(eventCardFor(app, seriesTarget(seriesId)), 'Tandem won’t treat this series as a 1:1.');
  },
  includeSeries: (app, { seriesId }) => {
    chooseForSeries(app.ports, seriesId, 'include');
    return updateCard(eventCardFor(app, seriesTarget(seriesId)), 'Tandem treats this series as a 1:1 again.');
  },
  reviewNotes: ({ ports, context }, { pairKey }) =>
    pushCard(reviewNotesCard(reviewForm(ports, context, pairKey))),
  createReviewNotes: ({ ports, context }) => updateCard(reviewNotesCard(createReviewNotes(ports, context))),
  reviewPeriodChanged: ({ ports, context }) => updateCard(reviewNotesCard(reviewFormAsTyped(ports, context))),
  grantFileScope: () => requestFileScope(),
  refresh: (app) => updateCard(currentCard(app)),
  back: () => ({ action: { navigations: [{ pop: true }] } }),
  privateNotes: (app, params) => {
    const opened = openPrivateNotes(app.ports, app.context, params);
    return {
      action: {
        link: { url: opened.url, openAs: 'FULL_SIZE', onClose: 'NOTHING' },
        ...(opened.created
          ? { notification: { text: 'Your private notes are ready. Only you can see them.' } }
          : {}),
      },
    };
  },
};

/** Who is pressing: their zone, locale and today, for the toast's words. */
function viewerOf(app: App): Viewer {
  return currentViewer(app.ports, app.context);
}

/** The card for where the user is: the open event, the open doc, or the homepage. */
function currentCard(app: App): Card {
  const target = eventTargetOf(app.context);
  if (target) return eventCard(buildEventCard(app.ports, app.context, target));
  if (app.context.docs) return docSidebarCard(buildDocSidebar(app.ports, app.context));
  return homepageCard(buildHomepage(app.ports, app.context));
}

/** The event card again: for the open event when there is one, else for the series a button named. */
function eventCardFor(app: App, fallback: EventTarget): Card {
  return eventCard(buildEventCard(app.ports, app.context, eventTargetOf(app.context) ?? fallback));
}

function sidebarFor(app: App, docId: string): Card {
  const docs = app.context.docs?.id ? app.context.docs : { id: docId, hasFileScope: true };
  return docSidebarCard(buildDocSidebar(app.ports, { ...app.context, docs }));
}

function failure(ports: Ports, where: string, e: unknown): Card {
  ports.log.warn('cardFailed', {
    where,
    code: isApiError(e) ? e.failure.code : -1,
    error: e instanceof Error ? e.name : typeof e,
  });
  return errorCard(plainMessage(e), 'refresh', {});
}

function runRoute<R extends RouteName>(
  app: App,
  route: R,
  raw: Readonly<Record<string, string>>,
): RenderActions {
  const params = readRouteParams(route, raw);
  if (!params)
    return updateCard(errorCard('That button is missing what it needs. Refresh the card and try again.'));
  return ROUTES[route](app, params);
}

/** dispatchAction: every button of every card. */
export function dispatch(ports: Ports, raw: AddonEvent): RenderActions {
  const context = readAddonEvent(raw);
  const action = context.parameters.action;
  if (!isRouteName(action))
    return updateCard(errorCard('That button isn’t available any more. Refresh the card.'));
  try {
    return runRoute({ ports, context }, action, context.parameters);
  } catch (e) {
    return updateCard(failure(ports, action, e));
  }
}

function safely(ports: Ports, where: string, build: () => Card): Card {
  try {
    return build();
  } catch (e) {
    return failure(ports, where, e);
  }
}

/** The homepage (Calendar and the common homepage): no API call. */
export function homepage(ports: Ports, raw: AddonEvent): Card {
  return safely(ports, 'homepage', () => homepageCard(buildHomepage(ports, readAddonEvent(raw))));
}

/** Calendar's eventOpenTrigger: at most two API calls. */
export function eventOpen(ports: Ports, raw: AddonEvent): Card {
  return safely(ports, 'eventOpen', () => {
    const context = readAddonEvent(raw);
    const target = eventTargetOf(context);
    return target
      ? eventCard(buildEventCard(ports, context, target))
      : homepageCard(buildHomepage(ports, context));
  });
}

/** The Docs sidebar (homepage and onFileScopeGrantedTrigger): at most two API calls. */
export function docsSidebar(ports: Ports, raw: AddonEvent): Card {
  return safely(ports, 'docsSidebar', () => docSidebarCard(buildDocSidebar(ports, readAddonEvent(raw))));
}
