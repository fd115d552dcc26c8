// Escaping by field: CardService renders its HTML subset only in section headers, text paragraphs
// and decorated texts (text, top and bottom labels); a button, a selection item, an input's label
// or value, the card header and a notification show their text as it is. So outside text is
// escaped in the first and given unchanged (only cut) in the others.
import { MAX_CARD_TEXT, escapeCardText, plainCardText, type Card } from '../card';
import { homepageCard } from './homepage';
import { reviewNotesCard } from './review-notes';
import { settingsCard } from './settings';
import { SETTINGS_INPUT } from '../../app/cards/inputs';
import type { Person } from '../../app/cards/view-models';
import { markupText, plainStrings, unsafeStrings } from '../testing/read-card';
import { VIEWER, rendered, useCardService } from './testing';

useCardService();

/** A person's name and a typed question that a card must show as text. */
const NAMES = ['<b>Zoé</b>', 'Tom & Jerry', '<script>alert(1)</script>', '"quoted" \'name\''];
const ENTITY = /&(?:amp|lt|gt|quot|#39);/;

function reviewForm(other: Person): Card {
  return reviewNotesCard({
    state: 'form',
    viewer: VIEWER,
    pairs: [{ pairKey: `alice@example.com ${other.email}`, other }],
    values: { period: 'lastQuarter', pairKey: null, start: null, end: null },
    problem: null,
  });
}

function homepage(other: Person): Card {
  return homepageCard({
    viewer: VIEWER,
    enabled: true,
    lastSync: null,
    pairs: [
      {
        pairKey: `alice@example.com ${other.email}`,
        other,
        role: 'peer',
        lastMet: null,
        nextMeeting: null,
        openItems: 0,
        warnings: [],
        problem: null,
        stoppedBecause: null,
        doc: null,
      },
    ],
  });
}

function settings(question: string, other: Person): Card {
  return settingsCard({
    values: { template: 'Check-in', notifyOnShare: false, exclusionKeywords: '', customQuestions: question },
    pairs: [{ pairKey: `alice@example.com ${other.email}`, other, role: 'manager' }],
    errors: {},
  });
}

describe.each(NAMES)('when a person is named %s', (name) => {
  const other: Person = { email: 'zoe@example.com', name };

  it('the review notes’ 1:1 picker (a selection item, plain text) shows the name as it is', () => {
    const json = reviewForm(other);
    const items = plainStrings(json).filter(({ key, value }) => key === 'text' && value === name);
    expect(items).toHaveLength(1);
    expect(rendered(json)).toEqual(json);
  });

  it('the homepage (a decorated text, HTML) shows it escaped', () => {
    const json = homepage(other);
    expect(markupText(json)).toContain(escapeCardText(name));
    expect(unsafeStrings(json)).toEqual([]);
  });

  it('no plain-text field of these cards carries an entity: nothing was escaped that shows as is', () => {
    for (const json of [reviewForm(other), homepage(other), settings(`checkin: ${name}?`, other)]) {
      expect(plainStrings(json).filter(({ value }) => ENTITY.test(value))).toEqual([]);
    }
  });

  it('a question typed into the settings comes back in its input (plain) exactly as typed', () => {
    const typed = `checkin: Is ${name} ok?`;
    const values = settings(typed, other)
      .sections.flatMap((s) => s.widgets)
      .flatMap((w) =>
        'textInput' in w && w.textInput.name === SETTINGS_INPUT.customQuestions ? [w.textInput.value] : [],
      );
    expect(values).toEqual([typed]);
  });
});

describe('plainCardText', () => {
  it('gives the text as it is', () => {
    expect(plainCardText('<b>Bob</b> & "Co"')).toBe('<b>Bob</b> & "Co"');
  });

  it('cuts a long text with an ellipsis, as escapeCardText does, without escaping it', () => {
    const long = `<i>${'Ω'.repeat(2 * MAX_CARD_TEXT)}`;
    const cut = plainCardText(long);
    expect(Array.from(cut)).toHaveLength(MAX_CARD_TEXT);
    expect(cut.startsWith('<i>Ω')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
  });
});
