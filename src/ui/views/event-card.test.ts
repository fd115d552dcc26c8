// The Calendar event card in each state, as JSON and as CardService builds it.
import type { Card } from '../card';
import type { EventCardModel, EventPair } from '../../app/cards/view-models';
import { eventCard } from './event-card';
import { MAX_ITEMS_SHOWN } from './parts';
import { actionsOf, buttonTextsOf, cardText } from '../testing/read-card';
import {
  BOB,
  DOC,
  PAIR_KEY,
  STEADY_CADENCE,
  VIEWER,
  item,
  question,
  rendered,
  useCardService,
} from './testing';

useCardService();

const PAIR: EventPair = { pairKey: PAIR_KEY, seriesId: 'series-1', other: BOB, userIsOrganizer: true };

function ready(overrides: Partial<Extract<EventCardModel, { state: 'ready' }>> = {}): Card {
  return eventCard({
    state: 'ready',
    viewer: VIEWER,
    pair: PAIR,
    doc: DOC,
    nextMeeting: '2026-11-24',
    openItems: [
      item('send the design doc', {
        owner: BOB,
        due: '2026-11-27',
        from: '2026-11-17',
      }),
    ],
    cadence: STEADY_CADENCE,
    questions: [
      question('checkin-01', 'How are you, really?'),
      question('growth-02', 'What would you like to learn?'),
    ],
    ...overrides,
  });
}

describe('when the event is a 1:1 with a doc', () => {
  it('says with whom and links the agenda', () => {
    const json = ready();
    expect(cardText(json)).toContain('Bob Okafor');
    expect(JSON.stringify(json)).toContain(
      '"openLink":{"url":"https://docs.google.com/document/d/doc-1/edit"}',
    );
    expect(buttonTextsOf(json)).toContain('Open agenda');
  });

  it('dates the next meeting in the viewer’s words and lists its open items with owner, due and origin', () => {
    const json = ready();
    const next = json.sections[1];
    expect(next?.header).toBe('Next meeting · tomorrow');
    expect(next?.widgets[0]).toEqual({
      decoratedText: {
        topLabel: 'Bob Okafor',
        text: 'send the design doc',
        bottomLabel: 'Due Fri 27 Nov · from Tue 17 Nov',
        wrapText: true,
      },
    });
  });

  it('says so when no item is open', () => {
    expect(cardText(ready({ openItems: [] }))).toContain('No open action items. All caught up!');
  });

  it('marks an item whose due date has passed as overdue', () => {
    const json = ready({ openItems: [item('book the room', { due: '2026-11-20' })] });
    expect(cardText(json)).toContain('Overdue: was due Fri 20 Nov');
  });

  it('shows the first items and counts the rest when there are many', () => {
    const many = Array.from({ length: 40 }, (_, i) => item(`task ${i}`));
    const json = ready({ openItems: many });
    expect(json.sections[1]?.widgets).toHaveLength(MAX_ITEMS_SHOWN + 1);
    expect(cardText(json)).toContain(`…and ${40 - MAX_ITEMS_SHOWN} more items in the doc`);
    rendered(json);
  });

  it('shows the cadence: last met, how often, the 90-day counts and each warning', () => {
    const json = ready({
      cadence: {
        lastMet: '2026-11-02',
        usualIntervalDays: 14,
        held: 5,
        cancelled: 4,
        warnings: [
          { kind: 'noRecentMeeting', days: 21 },
          { kind: 'manyCancellations', cancelled: 4, occurrences: 9 },
        ],
      },
    });
    const text = cardText(json);
    expect(text).toContain('Mon 2 Nov');
    expect(text).toContain('Usually every 2 weeks');
    expect(text).toContain('5 meetings held, 4 cancelled');
    expect(text).toContain('No 1:1 with Bob Okafor in 21 days');
    expect(text).toContain('4 of the last 9 meetings were cancelled');
  });

  it('leaves the cadence out when it is not known', () => {
    expect(ready({ cadence: null }).sections.map((s) => s.header)).not.toContain('How it’s going');
  });

  it('offers each question with "Add to agenda" carrying the pair, the question and the doc, then "More questions"', () => {
    const calls = actionsOf(ready());
    const docId = DOC.id;
    expect(calls).toContainEqual({
      action: 'addQuestion',
      pairKey: PAIR_KEY,
      questionId: 'checkin-01',
      docId,
    });
    expect(calls).toContainEqual({
      action: 'addQuestion',
      pairKey: PAIR_KEY,
      questionId: 'growth-02',
      docId,
    });
    expect(calls).toContainEqual({ action: 'moreQuestions', pairKey: PAIR_KEY });
  });

  it('lets the user stop treating the series as a 1:1', () => {
    expect(actionsOf(ready())).toContainEqual({ action: 'excludeSeries', seriesId: 'series-1' });
    expect(buttonTextsOf(ready())).toContain('Don’t treat as a 1:1');
  });

  it('still renders with no questions and no next meeting', () => {
    const json = ready({ questions: [], nextMeeting: null, openItems: [] });
    expect(cardText(json)).toContain('No new questions right now.');
    expect(cardText(json)).toContain('There’s no upcoming meeting in this series.');
    expect(rendered(json)).toEqual(json);
  });

  it('is accepted by CardService as is', () => {
    const json = ready();
    expect(rendered(json)).toEqual(json);
  });
});

describe('when the 1:1 has no doc yet', () => {
  it('offers the organizer "Create agenda doc"', () => {
    const json = eventCard({ state: 'noDoc', viewer: VIEWER, pair: PAIR, cadence: null });
    expect(buttonTextsOf(json)).toContain('Create agenda doc');
    expect(actionsOf(json)).toContainEqual({ action: 'createDoc', pairKey: PAIR_KEY, seriesId: 'series-1' });
    expect(rendered(json)).toEqual(json);
  });

  it('offers a guest "Create the shared doc", owned by them and shared with the organizer', () => {
    const json = eventCard({
      state: 'noDoc',
      viewer: VIEWER,
      pair: { ...PAIR, userIsOrganizer: false },
      cadence: STEADY_CADENCE,
    });
    expect(buttonTextsOf(json)).toContain('Create the shared doc');
    expect(cardText(json)).toContain('The doc will be yours, shared with Bob Okafor only.');
    expect(cardText(json)).toContain('Usually every week');
    expect(rendered(json)).toEqual(json);
  });
});

describe('when the event is not a 1:1', () => {
  function notOne(reason: 'tooManyPeople' | 'excludedByYou' | 'excludedByKeyword', detail: string): Card {
    return eventCard({
      state: 'notOneOnOne',
      viewer: VIEWER,
      eventTitle: 'Team sync',
      reason,
      detail,
      seriesId: 'series-9',
    });
  }

  it('says why in the classification’s words, with no way to force it', () => {
    const json = notOne('tooManyPeople', 'it has 3 people');
    expect(cardText(json)).toContain('<b>Team sync</b> isn’t treated as a 1:1 because it has 3 people.');
    expect(actionsOf(json)).toEqual([]);
    expect(rendered(json)).toEqual(json);
  });

  it.each(['excludedByYou', 'excludedByKeyword'] as const)('offers "Treat as a 1:1" when %s', (reason) => {
    const json = notOne(reason, 'you excluded it');
    expect(actionsOf(json)).toEqual([{ action: 'includeSeries', seriesId: 'series-9' }]);
    expect(rendered(json)).toEqual(json);
  });

  it('words an event without a title', () => {
    const json = eventCard({
      state: 'notOneOnOne',
      viewer: VIEWER,
      eventTitle: '  ',
      reason: 'notRecurring',
      detail: 'it doesn’t repeat',
      seriesId: null,
    });
    expect(cardText(json)).toContain('This event isn’t treated as a 1:1 because it doesn’t repeat.');
  });
});

describe('when Tandem is off', () => {
  it('invites the user to turn it on', () => {
    const json = eventCard({ state: 'off', viewer: VIEWER });
    expect(actionsOf(json)).toEqual([{ action: 'turnOn' }]);
    expect(rendered(json)).toEqual(json);
  });
});

describe('when the last sync failed for this pair', () => {
  function failed(problem: Extract<EventCardModel, { state: 'error' }>['problem'], doc = true): Card {
    return eventCard({
      state: 'error',
      viewer: VIEWER,
      pair: PAIR,
      doc: doc ? DOC : null,
      problem,
      at: Date.UTC(2026, 10, 23, 7, 5),
    });
  }

  it('offers a new doc only when the doc was deleted, and only on request', () => {
    const json = failed({ kind: 'docMissing' }, false);
    expect(cardText(json)).toContain('The agenda doc was deleted.');
    expect(actionsOf(json)).toEqual([{ action: 'createDoc', pairKey: PAIR_KEY, seriesId: 'series-1' }]);
    expect(rendered(json)).toEqual(json);
  });

  it('says the domain blocks sharing, keeps the doc link and offers a retry', () => {
    const json = failed({ kind: 'sharingBlocked' });
    expect(cardText(json)).toContain('Your organization doesn’t allow sharing the agenda with Bob Okafor.');
    expect(buttonTextsOf(json)).toEqual(['Open agenda', 'Try again']);
    expect(actionsOf(json)).toEqual([{ action: 'refresh' }]);
  });

  it('says when it last tried, in the viewer’s zone', () => {
    expect(cardText(failed({ kind: 'busy' }))).toContain('Last tried today at 08:05.');
  });

  it('shows any other problem in the words it was given', () => {
    const json = failed({ kind: 'other', message: 'Tandem couldn’t attach the doc to the event.' });
    expect(cardText(json)).toContain('Tandem couldn’t attach the doc to the event.');
    expect(rendered(json)).toEqual(json);
  });
});
