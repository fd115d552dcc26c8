// Every view fed text people type (tags, ampersands, emoji, right-to-left, 10 kB) in every field:
// no tag from the input reaches the card as markup, typed values come back whole, CardService accepts it.
import type { Card } from '../card';
import { docSidebarCard } from './doc-sidebar';
import { errorCard } from './error-card';
import type { EventPair } from '../../app/cards/view-models';
import { eventCard } from './event-card';
import { homepageCard } from './homepage';
import { SETTINGS_INPUT } from '../../app/cards/inputs';
import { reviewNotesCard } from './review-notes';
import { settingsCard } from './settings';
import { buttonTextsOf, cardText, markupText, shownStrings, unsafeStrings } from '../testing/read-card';
import { DOC, HOSTILE, VIEWER, item, question, rendered, useCardService } from './testing';
import type { Person } from '../../app/cards/view-models';

useCardService();

/** Each view, in each state that shows outside text, with `s` in every field that text reaches. */
function viewsWith(s: string): Record<string, Card> {
  const other: Person = { email: `${s}@example.com`, name: s };
  const pair: EventPair = { pairKey: `a@x.com ${s}`, seriesId: s, other, userIsOrganizer: false };
  const items = [
    item(s, {
      owner: other,
      due: '2026-11-20',
      from: '2026-11-10',
      ref: { date: '2026-11-24', identity: s },
    }),
  ];
  const questions = [question(s, s)];
  const warnings = [{ kind: 'noRecentMeeting' as const, days: 20 }];
  const cadence = { lastMet: '2026-11-02', usualIntervalDays: 7, held: 3, cancelled: 0, warnings };
  return {
    eventReady: eventCard({
      state: 'ready',
      viewer: VIEWER,
      pair,
      doc: DOC,
      nextMeeting: '2026-11-24',
      openItems: items,
      cadence,
      questions,
    }),
    eventNoDoc: eventCard({ state: 'noDoc', viewer: VIEWER, pair, cadence }),
    eventNotOneOnOne: eventCard({
      state: 'notOneOnOne',
      viewer: VIEWER,
      eventTitle: s,
      reason: 'otherDeclined',
      detail: `${s} declined it`,
      seriesId: s,
    }),
    eventError: eventCard({
      state: 'error',
      viewer: VIEWER,
      pair,
      doc: DOC,
      problem: { kind: 'other', message: s },
      at: 0,
    }),
    sidebar: docSidebarCard({
      state: 'agenda',
      viewer: VIEWER,
      docId: s,
      pairKey: s,
      other,
      nextMeeting: { date: '2026-11-24', day: '2026-11-24', start: null, prepared: false },
      maintainedHere: true,
      openItems: items,
      leadQuestions: questions,
      topics: ['growth'],
      topic: { category: 'growth', questions: [...questions, ...questions] },
    }),
    homepage: homepageCard({
      viewer: VIEWER,
      enabled: true,
      lastSync: { at: 0, errors: 1, partial: false, quietSince: false },
      pairs: [
        {
          pairKey: s,
          other,
          role: 'peer',
          lastMet: null,
          nextMeeting: null,
          openItems: 1,
          warnings,
          problem: { kind: 'other', message: s },
          stoppedBecause: s,
          doc: DOC,
        },
      ],
    }),
    settings: settingsCard({
      values: { template: s, notifyOnShare: true, exclusionKeywords: s, customQuestions: s },
      pairs: [{ pairKey: s, other, role: 'manager' }],
      errors: { template: s, exclusionKeywords: s, customQuestions: s, notifyOnShare: s },
    }),
    reviewForm: reviewNotesCard({
      state: 'form',
      viewer: VIEWER,
      pairs: [{ pairKey: s, other }],
      values: { period: 'custom', pairKey: s, start: null, end: null },
      problem: { kind: 'failed', message: s },
    }),
    reviewDone: reviewNotesCard({
      state: 'done',
      viewer: VIEWER,
      other,
      doc: DOC,
      start: '2026-01-01',
      end: '2026-06-30',
      counts: { wins: 1, feedback: 2, growth: 3, completedItems: 4 },
    }),
    error: errorCard(s, 'refresh', {}),
  };
}

const cases = Object.entries(HOSTILE).flatMap(([kind, s]) =>
  Object.entries(viewsWith(s)).map(([view, json]) => ({ kind, s, view, json })),
);

describe.each(cases)('when $view shows $kind text', ({ s, json }) => {
  it('shows no tag it did not write, and no bare &', () => {
    expect(unsafeStrings(json)).toEqual([]);
  });

  it('never shows the raw input as markup', () => {
    if (/[<&]/.test(s)) expect(markupText(json)).not.toContain(s.slice(0, 40));
  });

  it('keeps button labels to Tandem’s own words', () => {
    for (const label of buttonTextsOf(json)) expect(label).not.toContain(s.slice(0, 20));
  });

  it('is accepted by CardService unchanged', () => {
    expect(rendered(json)).toEqual(json);
  });
});

describe('when the text is safe to show', () => {
  it.each(['emoji', 'rightToLeft'])('shows %s text exactly as written', (kind) => {
    const s = HOSTILE[kind] ?? '';
    for (const json of Object.values(viewsWith(s))) expect(cardText(json)).toContain(s);
  });
});

describe('when a very long value is shown', () => {
  it('cuts it with an ellipsis instead of filling the card', () => {
    const s = HOSTILE.tenKilobytes ?? '';
    const json = viewsWith(s).eventNotOneOnOne as Card;
    const longest = Math.max(...shownStrings(json).map(({ value }) => Array.from(value).length));
    expect(longest).toBeLessThan(2_500);
    expect(cardText(json)).toContain('…');
  });
});

describe('when the user typed markup into a setting', () => {
  it('gives it back in the input exactly as typed, so saving again loses nothing', () => {
    const s = HOSTILE.tenKilobytes ?? '';
    const json = viewsWith(s).settings as Card;
    const values = json.sections
      .flatMap((section) => section.widgets)
      .flatMap((w) => ('textInput' in w ? [w.textInput] : []))
      .map((input) => [input.name, input.value]);
    expect(values).toEqual([
      [SETTINGS_INPUT.template, s],
      [SETTINGS_INPUT.exclusionKeywords, s],
      [SETTINGS_INPUT.customQuestions, s],
    ]);
  });
});
