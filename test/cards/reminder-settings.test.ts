// The settings card's "Reminder to prepare" (design.md §8) through the real bundle: off by default,
// the hour in the person's own zone, a bad hour refused with nothing saved, a good one kept.
import { CardScenario, shownCard, textOf } from './card-harness';
import { selectionOf } from '../../src/ui/testing/read-card';
import { ALICE, cardWorld } from './worlds';

const TEMPLATE = 'Check-in\nWins\nChallenges\nGrowth\nAction items';

describe('the reminder setting', () => {
  const s = new CardScenario(cardWorld());
  s.enable(ALICE);

  it('is off by default, with an hour to pick from 00:00 to 23:00', () => {
    const card = shownCard(s.click(ALICE, 'openSettings').response);
    expect(textOf(card)).toContain('Reminder to prepare');
    const toggle = selectionOf(card, 'remindDayBefore');
    expect(toggle?.type).toBe('SWITCH');
    expect(toggle?.items).toEqual([
      { text: 'E-mail me the day before my 1:1s', value: 'on', selected: false },
    ]);
    const hours = selectionOf(card, 'remindHour');
    expect(hours?.items.map((i) => i.text)).toEqual(
      Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`),
    );
    expect(hours?.items.filter((i) => i.selected).map((i) => i.value)).toEqual(['16']);
  });

  it('refuses an hour not on the list and saves nothing', () => {
    const before = s.userProperty(ALICE, 'settings');
    const card = shownCard(
      s.click(
        ALICE,
        'saveSettings',
        {},
        { form: { template: TEMPLATE, remindDayBefore: 'on', remindHour: '25' } },
      ).response,
    );
    expect(textOf(card)).toContain('Choose the hour from the list, from 00:00 to 23:00.');
    expect(selectionOf(card, 'remindDayBefore')?.items[0]?.selected).toBe(true);
    expect(s.userProperty(ALICE, 'settings')).toBe(before);
  });

  it('keeps the switch and the hour once saved, and shows them again', () => {
    s.click(
      ALICE,
      'saveSettings',
      {},
      { form: { template: TEMPLATE, remindDayBefore: 'on', remindHour: '7' } },
    );
    expect(JSON.parse(s.userProperty(ALICE, 'settings') ?? '{}')).toMatchObject({
      remindDayBefore: true,
      remindHour: 7,
    });
    const card = shownCard(s.click(ALICE, 'openSettings').response);
    expect(selectionOf(card, 'remindDayBefore')?.items[0]?.selected).toBe(true);
    expect(
      selectionOf(card, 'remindHour')
        ?.items.filter((i) => i.selected)
        .map((i) => i.value),
    ).toEqual(['7']);
  });

  it('turns off when the switch is sent off', () => {
    s.click(ALICE, 'saveSettings', {}, { form: { template: TEMPLATE, remindHour: '7' } });
    expect(JSON.parse(s.userProperty(ALICE, 'settings') ?? '{}')).toMatchObject({ remindDayBefore: false });
  });
});
