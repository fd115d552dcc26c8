// The settings card: every field with the value shown, errors next to their fields, and Save.
import type { Card, Widget } from '../card';
import { SETTINGS_INPUT, SWITCH_ON, pairKeyOfRoleInput, roleInputName } from '../../app/cards/inputs';
import type { SettingsModel } from '../../app/cards/view-models';
import { MAX_ROLE_PAIRS, settingsCard } from './settings';
import { actionsOf, cardText } from '../testing/read-card';
import { BOB, PAIR_KEY, rendered, useCardService } from './testing';

useCardService();

const VALUES: SettingsModel['values'] = {
  template: 'Check-in\nWins\nAction items',
  notifyOnShare: false,
  exclusionKeywords: 'interview, OOO',
  customQuestions: 'growth: What did you learn this week?',
};

function settings(overrides: Partial<SettingsModel> = {}): Card {
  return settingsCard({
    values: VALUES,
    pairs: [{ pairKey: PAIR_KEY, other: BOB, role: 'peer' }],
    errors: {},
    ...overrides,
  });
}

function widgets(json: Card): Widget[] {
  return json.sections.flatMap((s) => s.widgets);
}

function input(json: Card, name: string): Widget | undefined {
  return widgets(json).find(
    (w) =>
      ('textInput' in w && w.textInput.name === name) ||
      ('selectionInput' in w && w.selectionInput.name === name),
  );
}

describe('when the settings are shown', () => {
  it('shows the template and the user’s questions in multi-line inputs, as saved', () => {
    const json = settings();
    expect(input(json, SETTINGS_INPUT.template)).toMatchObject({
      textInput: { type: 'MULTIPLE_LINE', value: 'Check-in\nWins\nAction items' },
    });
    expect(input(json, SETTINGS_INPUT.customQuestions)).toMatchObject({
      textInput: { type: 'MULTIPLE_LINE', value: 'growth: What did you learn this week?' },
    });
    expect(input(json, SETTINGS_INPUT.exclusionKeywords)).toMatchObject({
      textInput: { type: 'SINGLE_LINE', value: 'interview, OOO' },
    });
  });

  it.each([true, false])('shows the share e-mail switch %s', (on) => {
    const json = settings({ values: { ...VALUES, notifyOnShare: on } });
    expect(input(json, SETTINGS_INPUT.notifyOnShare)).toMatchObject({
      selectionInput: { type: 'SWITCH', items: [{ value: SWITCH_ON, selected: on }] },
    });
  });

  it('gives each pair a role dropdown named after the pair, with the current role chosen', () => {
    const json = settings();
    const dropdown = input(json, roleInputName(PAIR_KEY));
    expect(dropdown).toMatchObject({ selectionInput: { type: 'DROPDOWN', label: 'Your role' } });
    const items = dropdown && 'selectionInput' in dropdown ? dropdown.selectionInput.items : [];
    expect(items.map((i) => [i.value, i.selected])).toEqual([
      ['manager', false],
      ['report', false],
      ['peer', true],
    ]);
    expect(pairKeyOfRoleInput(roleInputName(PAIR_KEY))).toBe(PAIR_KEY);
    expect(cardText(json)).toContain('Bob Okafor');
  });

  it('leaves empty fields without a value and the roles out when there is no pair', () => {
    const json = settings({
      values: { template: '', notifyOnShare: false, exclusionKeywords: '', customQuestions: '' },
      pairs: [],
    });
    expect(input(json, SETTINGS_INPUT.template)).not.toHaveProperty('textInput.value');
    expect(json.sections.map((s) => s.header)).not.toContain('Your role in each 1:1');
    expect(rendered(json)).toEqual(json);
  });

  it('lists roles up to a limit and says the others stay as they are', () => {
    const pairs = Array.from({ length: 40 }, (_, i) => ({
      pairKey: `a@x.com p${i}@x.com`,
      other: { email: `p${i}@x.com` },
      role: 'report' as const,
    }));
    const json = settings({ pairs });
    expect(cardText(json)).toContain(`Roles in ${40 - MAX_ROLE_PAIRS} other 1:1s stay as they are.`);
    expect(rendered(json)).toEqual(json);
  });

  it('saves from the fixed footer, with a way back', () => {
    const json = settings();
    expect(json.fixedFooter?.primaryButton.text).toBe('Save');
    expect(actionsOf(json)).toEqual([{ action: 'saveSettings' }, { action: 'back' }]);
    expect(rendered(json)).toEqual(json);
  });
});

describe('when what the user typed did not validate', () => {
  const typed = { ...VALUES, template: 'Check-in\n' + 'x'.repeat(80), exclusionKeywords: 'a,,b' };
  const json = settings({
    values: typed,
    errors: { template: 'Line 2 is longer than 60 characters.', exclusionKeywords: 'Keyword 2 is empty.' },
  });

  it('keeps every character typed', () => {
    expect(input(json, SETTINGS_INPUT.template)).toMatchObject({ textInput: { value: typed.template } });
    expect(input(json, SETTINGS_INPUT.exclusionKeywords)).toMatchObject({ textInput: { value: 'a,,b' } });
  });

  it('shows each message right under its field, and a note on top', () => {
    const all = widgets(json);
    const after = (name: string) => all[all.findIndex((w) => w === input(json, name)) + 1];
    expect(JSON.stringify(after(SETTINGS_INPUT.template))).toContain('Line 2 is longer than 60 characters.');
    expect(JSON.stringify(after(SETTINGS_INPUT.exclusionKeywords))).toContain('Keyword 2 is empty.');
    expect(JSON.stringify(json.sections[0])).toContain('Some settings need a fix. Nothing was saved yet.');
  });

  it('shows no fix-me note when there is no error', () => {
    expect(cardText(settings())).not.toContain('need a fix');
  });

  it('is accepted by CardService', () => {
    expect(rendered(json)).toEqual(json);
  });
});
