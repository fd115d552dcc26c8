// The Docs sidebar: for a Tandem agenda, the next meeting, its open items with "mark done", the few
// questions that fit the pair now and a topic picker for more, and review notes; else why not.
// The chosen topic rides along in every button's parameters, so no press loses the person's place.
import { CATEGORY_LABELS } from '../../core/questions';
import {
  buttons,
  card,
  html,
  paragraph,
  section,
  selectionInput,
  text,
  type Card,
  type CardSection,
  type Widget,
} from '../card';
import { whenMeeting } from '../../app/format';
import { NO_TOPIC, SIDEBAR_INPUT } from '../../app/cards/inputs';
import {
  LEAD_QUESTIONS,
  MAX_QUESTIONS_PER_CATEGORY,
  type DocSidebarModel,
  type SuggestedQuestion,
} from '../../app/cards/view-models';
import {
  MAX_ITEMS_SHOWN,
  itemWidget,
  moreInDoc,
  personWidget,
  privateNotesSection,
  questionWidgets,
} from './parts';
import { encodeItemRef, routeAction, routeButton } from './routes';

const HEADER = { title: 'Tandem', subtitle: '1:1 agenda' };

export function docSidebarCard(model: DocSidebarModel): Card {
  switch (model.state) {
    case 'agenda':
      return card({ name: 'sidebar', header: HEADER, sections: agendaSections(model) });
    case 'notAgenda':
      return card({
        name: 'sidebar',
        header: HEADER,
        sections: [
          section([
            paragraph('<b>This doc isn’t a Tandem agenda.</b>'),
            text(
              'Tandem keeps one agenda doc for each of your 1:1s. Open a 1:1 in Google Calendar to find its doc.',
            ),
          ]),
        ],
      });
    case 'privateNotes':
      return card({
        name: 'sidebar',
        header: HEADER,
        sections: [
          section([
            paragraph('<b>Your private notes</b>'),
            text(
              'Only you can see this doc: it is shared with no one, and nothing in it reaches the shared ' +
                'agenda or the other person. Each meeting gets a dated section when you open it from ' +
                '“My private notes”.',
            ),
          ]),
        ],
      });
    case 'needsFileAccess':
      return card({
        name: 'sidebar',
        header: HEADER,
        sections: [
          section([
            text(
              'To show this 1:1’s action items and questions, Tandem needs your OK to open this doc. ' +
                'It only opens the files you allow.',
            ),
            buttons(routeButton('Allow access to this doc', 'grantFileScope', {}, { type: 'FILLED' })),
          ]),
        ],
      });
  }
}

type AgendaModel = Extract<DocSidebarModel, { state: 'agenda' }>;

function agendaSections(model: AgendaModel): CardSection[] {
  return [
    nextMeetingSection(model),
    itemsSection(model),
    ...questionSections(model),
    privateNotesSection({ pairKey: model.pairKey, docId: model.docId }),
    section(
      [
        text('Gather this pair’s wins, feedback, growth notes and finished items into a private doc.'),
        buttons(routeButton('Review notes', 'reviewNotes', { pairKey: model.pairKey })),
      ],
      { header: 'Review notes' },
    ),
  ];
}

/** The picked topic, for every button's parameters: a press re-renders the card where it was. */
function place(model: AgendaModel): { topic?: string } {
  return model.topic ? { topic: model.topic.category } : {};
}

function nextMeetingSection(model: AgendaModel): CardSection {
  const widgets = [personWidget(model.other, '1:1 with')];
  const refresh = routeButton('Refresh', 'refresh', place(model), { type: 'BORDERLESS' });
  const next = model.nextMeeting;
  if (!next) {
    widgets.push(text('There’s no upcoming meeting on the calendar.'), buttons(refresh));
    return section(widgets);
  }
  const other = model.other.name ?? model.other.email;
  widgets.push(
    text(
      next.prepared
        ? 'Its section is ready in the doc.'
        : model.maintainedHere
          ? 'Its section isn’t in the doc yet.'
          : `Its section isn’t in the doc yet: ${other}’s Tandem adds it after each meeting.`,
    ),
  );
  const actions = [refresh];
  if (model.maintainedHere) {
    actions.unshift(
      routeButton(
        'Prepare next meeting now',
        'prepareNow',
        { docId: model.docId, ...place(model) },
        { type: next.prepared ? 'OUTLINED' : 'FILLED' },
      ),
    );
  }
  widgets.push(buttons(...actions));
  const when = whenMeeting(next.day, next.start, model.viewer);
  return section(widgets, { header: html`Next meeting · ${when}` });
}

function itemsSection(model: AgendaModel): CardSection {
  const shown = model.openItems.slice(0, MAX_ITEMS_SHOWN);
  const widgets = shown.map((item) =>
    itemWidget(
      item,
      model.viewer,
      routeButton('Mark done', 'markDone', {
        docId: model.docId,
        item: encodeItemRef(item.ref),
        ...place(model),
      }),
    ),
  );
  const more = moreInDoc(model.openItems.length - shown.length);
  if (more) widgets.push(more);
  if (widgets.length === 0) widgets.push(text('No open action items. All caught up!'));
  return section(widgets, { header: 'Open action items' });
}

function questionSections(model: AgendaModel): CardSection[] {
  const add = (question: SuggestedQuestion): Widget[] =>
    questionWidgets(
      question,
      routeButton(
        'Add',
        'addQuestion',
        { pairKey: model.pairKey, questionId: question.id, docId: model.docId, ...place(model) },
        { type: 'OUTLINED', altText: 'Add to next meeting' },
      ),
    );
  const lead = model.leadQuestions.slice(0, LEAD_QUESTIONS).flatMap(add);
  if (lead.length === 0 && model.topics.length === 0) {
    return [section([text('No new questions right now.')], { header: 'Questions to ask' })];
  }
  const sections = [
    section(lead.length > 0 ? lead : [text('No new questions on the usual topics.')], {
      header: 'Questions to ask',
    }),
  ];
  if (model.topics.length > 0) sections.push(section(topicWidgets(model, add), { header: 'More questions' }));
  return sections;
}

/** The topic picker (it re-renders the card on change) and the picked topic's questions. */
function topicWidgets(model: AgendaModel, add: (question: SuggestedQuestion) => Widget[]): Widget[] {
  const picked = model.topic?.category ?? null;
  const topics = picked && !model.topics.includes(picked) ? [...model.topics, picked] : model.topics;
  const widgets: Widget[] = [
    selectionInput({
      name: SIDEBAR_INPUT.topic,
      label: 'On a topic',
      type: 'DROPDOWN',
      items: [
        { text: 'Choose a topic', value: NO_TOPIC, selected: picked === null },
        ...topics.map((category) => ({
          text: CATEGORY_LABELS[category],
          value: category,
          selected: category === picked,
        })),
      ],
      onChangeAction: routeAction('showTopic', { docId: model.docId }),
    }),
  ];
  if (model.topic) {
    const questions = model.topic.questions.slice(0, MAX_QUESTIONS_PER_CATEGORY).flatMap(add);
    widgets.push(...(questions.length > 0 ? questions : [text('No more questions on this topic for now.')]));
  }
  return widgets;
}
