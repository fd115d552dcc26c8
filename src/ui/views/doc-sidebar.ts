// The Docs sidebar: for a Tandem agenda, the next meeting, its open items with "mark done",
// questions by category to add to it, and review notes; otherwise a plain word on why not.
import type { Category } from '../../core/questions';
import { CATEGORY_LABELS } from '../../core/questions';
import type { IsoDate } from '../../core/schedule';
import { buttons, card, html, paragraph, section, text, type Card, type CardSection } from '../card';
import { whenDay, type Viewer } from './format';
import type { OpenItem, Person, SuggestedQuestion } from './model';
import { MAX_ITEMS_SHOWN, itemWidget, moreInDoc, personWidget, questionWidget } from './parts';
import { encodeItemRef, routeButton } from './routes';

/** Questions shown per category; the rotation brings others next time. */
export const MAX_QUESTIONS_PER_CATEGORY = 5;

export interface QuestionGroup {
  readonly category: Category;
  readonly questions: readonly SuggestedQuestion[];
}

export type DocSidebarModel =
  /** The open doc is a pair's agenda. */
  | {
      readonly state: 'agenda';
      readonly viewer: Viewer;
      readonly docId: string;
      readonly pairKey: string;
      readonly other: Person;
      /**
       * The next meeting that has not ended: its section's date, its day and start where the
       * viewer is (null start: known by its section only), and whether its section is in the doc.
       */
      readonly nextMeeting: {
        readonly date: IsoDate;
        readonly day: IsoDate;
        readonly start: number | null;
        readonly prepared: boolean;
      } | null;
      /** Whether the viewer's Tandem maintains this doc: only then is "prepare now" offered. */
      readonly maintainedHere: boolean;
      readonly openItems: readonly OpenItem[];
      readonly questionGroups: readonly QuestionGroup[];
    }
  /** The doc is open to Tandem but is not one of its agendas. */
  | { readonly state: 'notAgenda' }
  /** Tandem may not read the open doc until the user grants it (drive.file). */
  | { readonly state: 'needsFileAccess' };

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
    section(
      [
        text('Gather this pair’s wins, feedback, growth notes and finished items into a private doc.'),
        buttons(routeButton('Review notes', 'reviewNotes', { pairKey: model.pairKey })),
      ],
      { header: 'Review notes' },
    ),
  ];
}

function nextMeetingSection(model: AgendaModel): CardSection {
  const widgets = [personWidget(model.other, '1:1 with')];
  const refresh = routeButton('Refresh', 'refresh', {}, { type: 'BORDERLESS' });
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
        { docId: model.docId },
        { type: next.prepared ? 'OUTLINED' : 'FILLED' },
      ),
    );
  }
  widgets.push(buttons(...actions));
  return section(widgets, { header: html`Next meeting · ${whenDay(next.day, model.viewer)}` });
}

function itemsSection(model: AgendaModel): CardSection {
  const shown = model.openItems.slice(0, MAX_ITEMS_SHOWN);
  const widgets = shown.map((item) =>
    itemWidget(
      item,
      model.viewer,
      routeButton('Mark done', 'markDone', { docId: model.docId, item: encodeItemRef(item.ref) }),
    ),
  );
  const more = moreInDoc(model.openItems.length - shown.length);
  if (more) widgets.push(more);
  if (widgets.length === 0) widgets.push(text('No open action items. All caught up!'));
  return section(widgets, { header: 'Open action items' });
}

function questionSections(model: AgendaModel): CardSection[] {
  const groups = model.questionGroups.filter((group) => group.questions.length > 0);
  if (groups.length === 0) {
    return [section([text('No new questions right now.')], { header: 'Questions to ask' })];
  }
  const intro = section([text('Add one to the next meeting’s section.')], { header: 'Questions to ask' });
  return [
    intro,
    ...groups.map((group) => {
      const questions = group.questions.slice(0, MAX_QUESTIONS_PER_CATEGORY);
      const widgets = questions.map((question) =>
        questionWidget(
          question,
          routeButton(
            'Add',
            'addQuestion',
            { pairKey: model.pairKey, questionId: question.id, docId: model.docId },
            { altText: 'Add to next meeting' },
          ),
        ),
      );
      return section(widgets, {
        header: CATEGORY_LABELS[group.category],
        ...(widgets.length > 1 ? { collapsible: true, uncollapsibleWidgetsCount: 1 } : {}),
      });
    }),
  ];
}
