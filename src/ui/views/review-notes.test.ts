// The review-notes card: the form, its problems shown in place, and the created doc.
import type { Card, Widget } from '../card';
import { REVIEW_INPUT, REVIEW_PERIODS } from '../../app/cards/inputs';
import type { ReviewNotesModel, ReviewProblem } from '../../app/cards/view-models';
import { reviewNotesCard } from './review-notes';
import { actionsOf, buttonTextsOf, cardText } from '../testing/read-card';
import { BOB, DOC, PAIR_KEY, VIEWER, rendered, useCardService } from './testing';

useCardService();

type FormModel = Extract<ReviewNotesModel, { state: 'form' }>;
const ALICE_CAROL = 'alice@example.com carol@example.com';

function form(overrides: Partial<FormModel> = {}): Card {
  return reviewNotesCard({
    state: 'form',
    viewer: VIEWER,
    pairs: [
      { pairKey: PAIR_KEY, other: BOB },
      { pairKey: ALICE_CAROL, other: { email: 'carol@example.com', name: 'Carol Diaz' } },
    ],
    values: { period: 'lastQuarter', pairKey: null, start: null, end: null },
    problem: null,
    ...overrides,
  });
}

function find(json: Card, name: string): Widget | undefined {
  return json.sections.flatMap((s) => s.widgets).find((w) => JSON.stringify(w).includes(`"name":"${name}"`));
}

describe('when choosing what to gather', () => {
  it('offers every period with the chosen one selected', () => {
    const json = form({ values: { period: 'lastYear', pairKey: null, start: null, end: null } });
    expect(find(json, REVIEW_INPUT.period)).toMatchObject({
      selectionInput: {
        type: 'DROPDOWN',
        items: REVIEW_PERIODS.map((value) => ({ value, selected: value === 'lastYear' })),
      },
    });
  });

  it('lists the pairs, choosing the first until one was picked', () => {
    const first = find(form(), REVIEW_INPUT.pair);
    expect(first).toMatchObject({
      selectionInput: {
        items: [
          { text: 'Bob Okafor', value: PAIR_KEY, selected: true },
          { text: 'Carol Diaz', value: ALICE_CAROL, selected: false },
        ],
      },
    });
    const picked = find(
      form({ values: { period: 'custom', pairKey: ALICE_CAROL, start: null, end: null } }),
      REVIEW_INPUT.pair,
    );
    expect(picked).toMatchObject({ selectionInput: { items: [{ selected: false }, { selected: true }] } });
  });

  it('shows custom date pickers at 00:00 UTC of the chosen days', () => {
    // Card v1 DateTimePicker.valueMsEpoch: "DATE_ONLY: a calendar date at 00:00:00 UTC"
    // (https://developers.google.com/workspace/add-ons/reference/rpc/google.apps.card.v1#datetimepicker).
    const json = form({
      values: { period: 'custom', pairKey: null, start: '2026-01-01', end: '2026-06-30' },
    });
    expect(find(json, REVIEW_INPUT.start)).toEqual({
      dateTimePicker: {
        name: 'start',
        label: 'From',
        type: 'DATE_ONLY',
        valueMsEpoch: String(Date.UTC(2026, 0, 1)),
      },
    });
    expect(find(json, REVIEW_INPUT.end)).toMatchObject({
      dateTimePicker: { valueMsEpoch: String(Date.UTC(2026, 5, 30)) },
    });
    expect(rendered(json)).toEqual(json);
  });

  it('leaves pickers empty when no date was chosen', () => {
    const custom = form({ values: { period: 'custom', pairKey: null, start: null, end: null } });
    expect(find(custom, REVIEW_INPUT.start)).toEqual({
      dateTimePicker: { name: 'start', label: 'From', type: 'DATE_ONLY' },
    });
  });

  it('shows the date pickers only for “Custom dates”, the period dropdown re-rendering the card', () => {
    for (const period of REVIEW_PERIODS) {
      const json = form({ values: { period, pairKey: null, start: null, end: null } });
      expect(find(json, REVIEW_INPUT.start) !== undefined).toBe(period === 'custom');
      expect(json.sections.some((s) => s.header === 'Custom dates')).toBe(period === 'custom');
    }
    expect(find(form(), REVIEW_INPUT.period)).toMatchObject({
      selectionInput: { onChangeAction: { parameters: [{ key: 'action', value: 'reviewPeriodChanged' }] } },
    });
  });

  it('shows a date before year 100 as that year, not 19xx', () => {
    const json = form({
      values: { period: 'custom', pairKey: null, start: '0001-01-01', end: '2026-01-01' },
    });
    const ms = new Date('0001-01-01T00:00:00Z').getTime();
    expect(find(json, REVIEW_INPUT.start)).toMatchObject({ dateTimePicker: { valueMsEpoch: String(ms) } });
    expect(new Date(ms).toISOString().slice(0, 10)).toBe('0001-01-01');
  });

  it('creates from the fixed footer', () => {
    const json = form();
    expect(json.fixedFooter?.primaryButton.text).toBe('Create review notes');
    expect(actionsOf(json)).toEqual([
      { action: 'reviewPeriodChanged' },
      { action: 'createReviewNotes' },
      { action: 'back' },
    ]);
    expect(rendered(json)).toEqual(json);
  });

  it('says there is nothing to review without any 1:1', () => {
    const json = form({ pairs: [] });
    expect(cardText(json)).toContain('You have no 1:1s yet');
    expect(buttonTextsOf(json)).toEqual(['Back']);
    expect(rendered(json)).toEqual(json);
  });
});

describe('when the custom dates are wrong', () => {
  const custom = { period: 'custom' as const, pairKey: PAIR_KEY, start: '2026-06-01', end: '2026-01-01' };

  it.each<[ReviewProblem, string]>([
    [{ kind: 'endBeforeStart' }, 'The end date is before the start date.'],
    [{ kind: 'tooLong', maxYears: 2 }, 'Pick at most 2 years.'],
    [{ kind: 'inFuture' }, 'The dates can’t be in the future.'],
    [{ kind: 'missingDates' }, 'Pick both a start and an end date.'],
    [{ kind: 'tooEarly', earliestYear: 2000 }, 'Pick dates in 2000 or later.'],
  ])('shows %j under the date pickers, keeping what was picked', (problem, message) => {
    const json = form({ values: custom, problem });
    const dates = json.sections.find((s) => s.header === 'Custom dates');
    expect(JSON.stringify(dates?.widgets.at(-1))).toContain(message);
    expect(find(json, REVIEW_INPUT.end)).toMatchObject({
      dateTimePicker: { valueMsEpoch: String(Date.UTC(2026, 0, 1)) },
    });
    expect(rendered(json)).toEqual(json);
  });

  it('asks for a pair under the pair dropdown', () => {
    const json = form({ problem: { kind: 'noPair' } });
    const section = json.sections.find((s) => s.header === 'What to gather');
    const index = section?.widgets.findIndex((w) => JSON.stringify(w).includes('"name":"pair"')) ?? -1;
    expect(JSON.stringify(section?.widgets[index + 1])).toContain('Pick a 1:1.');
  });

  it('shows a failure on top in the words it was given', () => {
    const json = form({
      problem: { kind: 'failed', message: 'Tandem couldn’t create the doc. Try again in a minute.' },
    });
    expect(JSON.stringify(json.sections[0])).toContain('Tandem couldn’t create the doc.');
    expect(rendered(json)).toEqual(json);
  });
});

describe('when the notes were created', () => {
  function done(counts = { wins: 5, feedback: 1, growth: 3, completedItems: 12 }): Card {
    return reviewNotesCard({
      state: 'done',
      viewer: VIEWER,
      other: BOB,
      doc: DOC,
      start: '2026-05-01',
      end: '2026-10-31',
      counts,
    });
  }

  it('links the private doc and says what went in', () => {
    const json = done();
    const text = cardText(json);
    expect(text).toContain('Bob Okafor, Fri 1 May to Sat 31 Oct. Only you can see this doc.');
    expect(text).toContain('5 wins');
    expect(text).toContain('1 piece of feedback');
    expect(text).toContain('3 growth notes');
    expect(text).toContain('12 finished action items');
    expect(JSON.stringify(json)).toContain(`"openLink":{"url":"${DOC.url}"}`);
    expect(rendered(json)).toEqual(json);
  });

  it('says the doc is short when nothing was found', () => {
    expect(cardText(done({ wins: 0, feedback: 0, growth: 0, completedItems: 0 }))).toContain(
      'so the doc is short',
    );
  });
});
