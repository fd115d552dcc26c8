// The Calendar card for an open event: whether it is a 1:1 and with whom, its agenda doc, the next
// meeting's open items, how the 1:1s are going, three questions to ask — or why it is not a 1:1.
import type { NotOneOnOneReason } from '../../core/pairs';
import type { Cadence } from '../../core/schedule';
import {
  buttons,
  card,
  html,
  linkButton,
  paragraph,
  section,
  text,
  type Card,
  type CardSection,
} from '../card';
import { displayName, whenMeeting, whenMoment, type Viewer } from '../../app/format';
import type { EventCardModel, EventPair, Person, SuggestedQuestion } from '../../app/cards/view-models';
import {
  MAX_ITEMS_SHOWN,
  cadenceWidgets,
  itemWidget,
  moreInDoc,
  personWidget,
  privateNotesSection,
  problemText,
  questionWidgets,
} from './parts';
import { routeButton } from './routes';

const HEADER = { title: 'Tandem', subtitle: '1:1 agendas' };
const EXCLUSIONS: readonly NotOneOnOneReason[] = ['excludedByYou', 'excludedByKeyword'];

export function eventCard(model: EventCardModel): Card {
  switch (model.state) {
    case 'off':
      return card({ name: 'event', header: HEADER, sections: [offSection()] });
    case 'notOneOnOne':
      return card({ name: 'event', header: HEADER, sections: [notOneOnOneSection(model)] });
    case 'noDoc':
      return card({ name: 'event', header: HEADER, sections: noDocSections(model) });
    case 'ready':
      return card({ name: 'event', header: HEADER, sections: readySections(model) });
    case 'error':
      return card({ name: 'event', header: HEADER, sections: [errorSection(model)] });
  }
}

function offSection(): CardSection {
  return section([
    paragraph(
      '<b>Tandem is off.</b> Turn it on to keep one shared agenda doc for each of your 1:1s, ' +
        'with open action items carried over and good questions to ask.',
    ),
    buttons(routeButton('Turn on Tandem', 'turnOn', {}, { type: 'FILLED' })),
  ]);
}

function notOneOnOneSection(model: Extract<EventCardModel, { state: 'notOneOnOne' }>): CardSection {
  const title = model.eventTitle.trim();
  const widgets = [
    title
      ? paragraph(html`<b>${title}</b> isn’t treated as a 1:1 because ${model.detail}.`)
      : paragraph(html`This event isn’t treated as a 1:1 because ${model.detail}.`),
  ];
  if (EXCLUSIONS.includes(model.reason) && model.seriesId) {
    widgets.push(buttons(routeButton('Treat as a 1:1', 'includeSeries', { seriesId: model.seriesId })));
  } else {
    widgets.push(text('Tandem looks after meetings that repeat, with just you and one other person.'));
  }
  return section(widgets);
}

function noDocSections(model: Extract<EventCardModel, { state: 'noDoc' }>): CardSection[] {
  const { pair } = model;
  const name = displayName(pair.other);
  const params = { pairKey: pair.pairKey, seriesId: pair.seriesId };
  const intro = pair.userIsOrganizer
    ? [
        paragraph(
          html`There’s no agenda doc for this 1:1 yet. Tandem will make one, shared with ${name} only.`,
        ),
        buttons(routeButton('Create agenda doc', 'createDoc', params, { type: 'FILLED' })),
      ]
    : [
        paragraph(
          html`No agenda doc yet: ${name} runs this 1:1 and doesn’t seem to use Tandem. ` +
            html`You can create it. The doc will be yours, shared with ${name} only.`,
        ),
        buttons(routeButton('Create the shared doc', 'createDoc', params, { type: 'FILLED' })),
      ];
  return [
    section([personWidget(pair.other, '1:1 with'), ...intro]),
    privateNotesSection({ pairKey: pair.pairKey, seriesId: pair.seriesId }, { type: 'OUTLINED' }),
    ...cadenceSection(model.cadence, model.viewer, pair.other),
    excludeSection(pair),
  ];
}

function readySections(model: Extract<EventCardModel, { state: 'ready' }>): CardSection[] {
  const { pair, viewer } = model;
  return [
    section([
      personWidget(pair.other, '1:1 with'),
      buttons(linkButton('Open agenda', model.doc.url, { type: 'FILLED' })),
    ]),
    nextMeetingSection(model),
    ...cadenceSection(model.cadence, viewer, pair.other),
    questionsSection(model.questions, pair.pairKey, model.doc.id),
    privateNotesSection({ pairKey: pair.pairKey, seriesId: pair.seriesId }, { type: 'OUTLINED' }),
    excludeSection(pair),
  ];
}

function nextMeetingSection(model: Extract<EventCardModel, { state: 'ready' }>): CardSection {
  // Its day and time where the viewer is: 08:00 in Paris is the evening before in Los Angeles.
  const when = model.nextMeeting
    ? whenMeeting(model.nextMeeting, model.nextStart ?? null, model.viewer)
    : null;
  const header = when ? html`Next meeting · ${when}` : 'Open action items';
  const shown = model.openItems.slice(0, MAX_ITEMS_SHOWN);
  const widgets = shown.map((item) => itemWidget(item, model.viewer));
  const more = moreInDoc(model.openItems.length - shown.length);
  if (more) widgets.push(more);
  if (widgets.length === 0) widgets.push(text('No open action items. All caught up!'));
  if (!model.nextMeeting) widgets.push(text('There’s no upcoming meeting in this series.'));
  return section(widgets, { header });
}

function cadenceSection(cadence: Cadence | null, viewer: Viewer, other: Person): CardSection[] {
  return cadence ? [section(cadenceWidgets(cadence, viewer, other), { header: 'How it’s going' })] : [];
}

function questionsSection(
  questions: readonly SuggestedQuestion[],
  pairKey: string,
  docId: string,
): CardSection {
  const widgets = questions.flatMap((question) =>
    questionWidgets(
      question,
      routeButton(
        'Add to agenda',
        'addQuestion',
        { pairKey, questionId: question.id, docId },
        { type: 'OUTLINED' },
      ),
    ),
  );
  if (widgets.length === 0) widgets.push(text('No new questions right now.'));
  widgets.push(buttons(routeButton('More questions', 'moreQuestions', { pairKey }, { type: 'BORDERLESS' })));
  return section(widgets, { header: 'Questions to ask' });
}

function excludeSection(pair: EventPair): CardSection {
  return section([
    buttons(
      routeButton(
        'Don’t treat as a 1:1',
        'excludeSeries',
        { seriesId: pair.seriesId },
        { type: 'BORDERLESS' },
      ),
    ),
  ]);
}

function errorSection(model: Extract<EventCardModel, { state: 'error' }>): CardSection {
  const { pair, problem } = model;
  const widgets = [
    personWidget(pair.other, '1:1 with'),
    paragraph(html`⚠️ ${problemText(problem, pair.other)}`),
  ];
  if (model.at !== null) widgets.push(text(`Last tried ${whenMoment(model.at, model.viewer)}.`));
  const actions = [];
  if (model.doc) actions.push(linkButton('Open agenda', model.doc.url));
  if (problem.kind === 'docMissing') {
    const params = { pairKey: pair.pairKey, seriesId: pair.seriesId };
    actions.push(routeButton('Create a new doc', 'createDoc', params, { type: 'FILLED' }));
  } else {
    actions.push(routeButton('Try again', 'refresh', {}));
  }
  widgets.push(buttons(...actions));
  return section(widgets);
}
