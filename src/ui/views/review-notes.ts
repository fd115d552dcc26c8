// The review-notes card: pick a period and a 1:1, create a private doc gathering its wins, feedback,
// growth notes and finished items; then the link and what went in. The custom dates show only for
// "Custom dates" (the period dropdown re-renders the card); date problems show in place.
import type { IsoDate } from '../../core/schedule';
import {
  buttons,
  card,
  decorated,
  html,
  linkButton,
  paragraph,
  plainCardText,
  section,
  selectionInput,
  text,
} from '../card';
import type { Card, CardSection, Widget } from '../card';
import { displayName, formatDay, plural } from '../../app/format';
import { REVIEW_INPUT, REVIEW_PERIODS, REVIEW_PERIOD_LABELS } from '../../app/cards/inputs';
import type { ReviewNotesModel, ReviewProblem } from '../../app/cards/view-models';
import { fieldProblem } from './parts';
import { routeAction, routeButton } from './routes';

const HEADER = { title: 'Review notes', subtitle: 'A private summary of a 1:1' };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function reviewNotesCard(model: ReviewNotesModel): Card {
  return model.state === 'form' ? formCard(model) : doneCard(model);
}

type FormModel = Extract<ReviewNotesModel, { state: 'form' }>;

function formCard(model: FormModel): Card {
  if (model.pairs.length === 0) {
    return card({
      name: 'review',
      header: HEADER,
      sections: [
        section([
          text('You have no 1:1s yet, so there’s nothing to review.'),
          buttons(routeButton('Back', 'back', {})),
        ]),
      ],
    });
  }
  const { values, problem } = model;
  const sections: CardSection[] = [];
  if (problem?.kind === 'failed') sections.push(section([fieldProblem(problem.message)]));
  sections.push(
    section(
      [
        text(
          'Tandem gathers the wins, feedback, growth notes and finished action items of one 1:1 ' +
            'into a new doc that only you can see.',
        ),
        selectionInput({
          name: REVIEW_INPUT.pair,
          label: '1:1 with',
          type: 'DROPDOWN',
          items: model.pairs.map((pair, i) => ({
            text: plainCardText(displayName(pair.other)), // a selection item is plain text
            value: pair.pairKey,
            selected: values.pairKey === null ? i === 0 : pair.pairKey === values.pairKey,
          })),
        }),
        ...inline(problem?.kind === 'noPair' ? 'Pick a 1:1.' : null),
        selectionInput({
          name: REVIEW_INPUT.period,
          label: 'Period',
          type: 'DROPDOWN',
          items: REVIEW_PERIODS.map((period) => ({
            text: REVIEW_PERIOD_LABELS[period],
            value: period,
            selected: period === values.period,
          })),
          onChangeAction: routeAction('reviewPeriodChanged', {}),
        }),
      ],
      { header: 'What to gather' },
    ),
  );
  if (values.period === 'custom') {
    sections.push(
      section(
        [
          datePicker(REVIEW_INPUT.start, 'From', values.start),
          datePicker(REVIEW_INPUT.end, 'To', values.end),
          ...inline(problem ? dateProblemText(problem) : null),
        ],
        { header: 'Custom dates' },
      ),
    );
  }
  return card({
    name: 'review',
    header: HEADER,
    sections,
    fixedFooter: {
      primaryButton: routeButton('Create review notes', 'createReviewNotes', {}, { type: 'FILLED' }),
      secondaryButton: routeButton('Back', 'back', {}),
    },
  });
}

function doneCard(model: Extract<ReviewNotesModel, { state: 'done' }>): Card {
  const { counts, viewer } = model;
  const lines: [number, string, string][] = [
    [counts.wins, 'win', 'wins'],
    [counts.feedback, 'piece of feedback', 'pieces of feedback'],
    [counts.growth, 'growth note', 'growth notes'],
    [counts.completedItems, 'finished action item', 'finished action items'],
  ];
  const widgets: Widget[] = [
    paragraph(
      html`<b>Your notes are ready.</b> ${displayName(model.other)}, ` +
        html`${formatDay(model.start, viewer)} to ${formatDay(model.end, viewer)}. Only you can see this doc.`,
    ),
    ...lines.map(([n, one, many]) => decorated({ text: html`${plural(n, one, many)}` })),
  ];
  if (lines.every(([n]) => n === 0)) {
    widgets.push(text('Nothing was written under those headings in this period, so the doc is short.'));
  }
  widgets.push(
    buttons(
      linkButton('Open review notes', model.doc.url, { type: 'FILLED' }),
      routeButton('Back', 'back', {}),
    ),
  );
  return card({ name: 'review', header: HEADER, sections: [section(widgets)] });
}

function dateProblemText(problem: ReviewProblem): string | null {
  switch (problem.kind) {
    case 'missingDates':
      return 'Pick both a start and an end date.';
    case 'endBeforeStart':
      return 'The end date is before the start date.';
    case 'tooLong':
      return `Pick at most ${plural(problem.maxYears, 'year')}.`;
    case 'inFuture':
      return 'The dates can’t be in the future.';
    case 'tooEarly':
      return `Pick dates in ${problem.earliestYear} or later.`;
    case 'noPair':
    case 'failed':
      return null;
  }
}

/** A date picker showing `date` (CardService takes the day as 00:00 UTC in ms), whatever its year. */
function datePicker(name: string, label: string, date: IsoDate | null): Widget {
  const m = date ? ISO_DATE.exec(date) : null;
  // Date.UTC reads years 0–99 as 1900–1999: 0001-01-01 would come back as 1901.
  const ms = m ? new Date(0).setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  return {
    dateTimePicker: {
      name,
      label,
      type: 'DATE_ONLY',
      ...(Number.isFinite(ms) ? { valueMsEpoch: String(ms) } : {}),
    },
  };
}

function inline(message: string | null): Widget[] {
  return message ? [fieldProblem(message)] : [];
}
