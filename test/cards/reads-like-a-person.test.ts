// Issue 16's card points through the real bundle: questions at the panel's width, long items
// clamped, a bad due date said aloud, custom questions where the person looks, labels (not keys)
// in messages, and the review form's dates shown only when they count and kept as picked.
import type { Card, Widget } from '../../src/ui/card';
import { MAX_ITEM_CHARS } from '../../src/ui/views/parts';
import { CardScenario, routesOf, shownCard, textOf, textsOf, widgetsOf } from './card-harness';
import { ALICE, ALICE_BOB, BOB, cardWorld, writeInSection } from './worlds';

const LONG_TASK =
  'Bob: write up the billing migration plan with every step, owner and risk, share it with the ' +
  'platform team and finance, collect their comments, fold them in, and book a review with Priya ' +
  'before the end of the month so that the rollout can start on time';

function synced(): CardScenario {
  const s = new CardScenario(cardWorld());
  s.enable(ALICE);
  s.tick('2026-10-19T07:05:00Z');
  return s;
}

function picker(card: Card, name: string): Extract<Widget, { selectionInput: unknown }> | undefined {
  return widgetsOf(card).find(
    (w): w is Extract<Widget, { selectionInput: unknown }> =>
      'selectionInput' in w && w.selectionInput.name === name,
  );
}

describe('the event card’s questions and items', () => {
  const s = synced();
  const docId = s.docId(ALICE, BOB);
  writeInSection(s, BOB, docId, '2026-10-20', `[ ] ${LONG_TASK}`);
  writeInSection(s, BOB, docId, '2026-10-20', '[ ] Bob: send the deck (due 2026-13-45)');
  const card = s.openEvent(ALICE, 'bob1on1').card;

  it('gives each question the panel’s full width: no button beside it, "Add to agenda" on the line below', () => {
    const questions = card.sections.find((x) => x.header === 'Questions to ask')!.widgets;
    const texts = questions.filter((w) => 'decoratedText' in w);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const [i, widget] of questions.entries()) {
      if (!('decoratedText' in widget)) continue;
      expect(widget.decoratedText.button).toBeUndefined();
      expect(widget.decoratedText.wrapText).toBe(true);
      const below = questions[i + 1];
      expect(below && 'buttonList' in below ? below.buttonList.buttons[0]?.text : null).toBe('Add to agenda');
    }
  });

  it('clamps a long action item to a few lines; the doc keeps it whole', () => {
    const shown = textsOf(card).find((t) => t.startsWith('write up the billing migration plan'))!;
    expect(shown.endsWith('…')).toBe(true);
    expect(Array.from(shown).length).toBeLessThanOrEqual(MAX_ITEM_CHARS);
    expect(s.lines(docId).some((line) => line.includes('before the end of the month'))).toBe(true);
  });

  it('says a due date that is no date is not one, instead of dropping it', () => {
    expect(textOf(card)).toContain('send the deck');
    expect(textOf(card)).toContain('“due 2026-13-45” isn’t a date: fix it in the doc');
  });

  it('lines up both cadence lines with an icon each (CardService indents a line only by its icon)', () => {
    const cadence = card.sections.find((x) => x.header === 'How it’s going')!.widgets;
    expect(cadence.map((w) => ('decoratedText' in w ? w.decoratedText.startIcon : 'not text'))).toEqual([
      { knownIcon: 'CLOCK', altText: 'Cadence' },
      { knownIcon: 'INVITE', altText: 'Meetings' },
    ]);
  });
});

describe('the user’s own questions', () => {
  it('a saved question leads its topic in the sidebar, not fifth behind "more"', () => {
    const s = synced();
    const saved = s.click(
      ALICE,
      'saveSettings',
      {},
      {
        form: { template: 'Check-in\nWins', customQuestions: 'Team and relationships: Who helped you most?' },
      },
    );
    expect(saved.response.action?.notification?.text).toBe('Settings saved.');
    const docId = s.docId(ALICE, BOB);
    const sidebar = shownCard(
      s.click(ALICE, 'showTopic', { docId }, { docId, form: { topic: 'team' } }).response,
    );
    const topic = sidebar.sections.find((x) => x.header === 'More questions')!.widgets;
    const first = topic.find((w) => 'decoratedText' in w);
    expect(first && 'decoratedText' in first ? first.decoratedText.text : '').toBe('Who helped you most?');
  });

  it('a bad topic is answered with the names the form and the sidebar use, never internal keys', () => {
    const s = synced();
    const { response } = s.click(
      ALICE,
      'saveSettings',
      {},
      { form: { template: 'Check-in', customQuestions: 'hobbies: What do you do on weekends?' } },
    );
    const text = textOf(shownCard(response));
    expect(text).toContain('Feedback for them, Feedback for me, Team, Company, First 1:1s');
    expect(text).not.toMatch(/checkin|feedbackForThem|firstOneOnOne/);
  });
});

describe('the review-notes form', () => {
  const s = synced();
  s.tick('2026-10-21T12:00:00Z');
  const DAY = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime();

  it('shows the custom dates only once "Custom dates" is picked, keeping the other choices', () => {
    const form = shownCard(s.click(ALICE, 'reviewNotes', { pairKey: ALICE_BOB }).response);
    expect(picker(form, 'period')?.selectionInput.onChangeAction).toBeDefined();
    expect(form.sections.map((x) => x.header)).not.toContain('Custom dates');
    const custom = shownCard(
      s.click(ALICE, 'reviewPeriodChanged', {}, { form: { period: 'custom', pair: ALICE_BOB } }).response,
    );
    expect(custom.sections.map((x) => x.header)).toContain('Custom dates');
    expect(picker(custom, 'pair')?.selectionInput.items.find((i) => i.selected)?.value).toBe(ALICE_BOB);
    const back = shownCard(
      s.click(ALICE, 'reviewPeriodChanged', {}, { form: { period: 'lastYear', pair: ALICE_BOB } }).response,
    );
    expect(back.sections.map((x) => x.header)).not.toContain('Custom dates');
  });

  it('keeps a "From" of 0001-01-01 as typed and says the dates are too early, never 1901', () => {
    const { response } = s.click(
      ALICE,
      'createReviewNotes',
      {},
      {
        form: { period: 'custom', pair: ALICE_BOB },
        dates: { start: DAY('0001-01-01'), end: DAY('2026-10-01') },
      },
    );
    const form = shownCard(response);
    expect(textOf(form)).toContain('Pick dates in 2000 or later.');
    const start = widgetsOf(form).find((w) => 'dateTimePicker' in w && w.dateTimePicker.name === 'start');
    const ms = start && 'dateTimePicker' in start ? Number(start.dateTimePicker.valueMsEpoch) : NaN;
    expect(new Date(ms).toISOString().slice(0, 10)).toBe('0001-01-01');
    expect(routesOf(form).map((r) => r.action)).toContain('createReviewNotes');
  });
});
