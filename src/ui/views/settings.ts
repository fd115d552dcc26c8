// The settings card: agenda template, share e-mails, exclusion keywords, the user's role in each
// pair and their own questions. Shows what the user typed, with each problem under its field.
import { card, decorated, html, section, selectionInput, text, textInput } from '../card';
import type { Card, CardSection, Widget } from '../card';
import { displayName, plural } from '../../app/format';
import {
  DEFAULT_REMIND_HOUR,
  REMIND_HOUR_CHOICES,
  ROLE_CHOICES,
  SETTINGS_INPUT,
  SWITCH_ON,
  roleInputName,
} from '../../app/cards/inputs';
import type { SettingsModel } from '../../app/cards/view-models';
import { fieldProblem } from './parts';
import { routeButton } from './routes';

/** Pairs whose role can be set on the card; the others keep theirs. */
export const MAX_ROLE_PAIRS = 30;

export function settingsCard(model: SettingsModel): Card {
  const { values, errors } = model;
  const sections: CardSection[] = [];
  if (Object.values(errors).some((message) => message)) {
    sections.push(section([fieldProblem('Some settings need a fix. Nothing was saved yet.')]));
  }
  sections.push(
    section(
      withError(
        textInput({
          name: SETTINGS_INPUT.template,
          label: 'Sub-headings for each meeting',
          hintText: 'One per line, e.g. Check-in, Wins, Challenges, Growth, Action items',
          type: 'MULTIPLE_LINE',
          ...typed(values.template),
        }),
        errors.template,
      ),
      { header: 'Agenda' },
    ),
    section(
      [
        selectionInput({
          name: SETTINGS_INPUT.notifyOnShare,
          type: 'SWITCH',
          items: [
            {
              text: 'E-mail the other person when Tandem shares their agenda doc',
              value: SWITCH_ON,
              selected: values.notifyOnShare,
            },
          ],
        }),
        ...errorWidgets(errors.notifyOnShare),
      ],
      { header: 'Sharing' },
    ),
    reminderSection(model),
    section(
      withError(
        textInput({
          name: SETTINGS_INPUT.exclusionKeywords,
          label: 'Leave out meetings whose title has',
          hintText: 'Separate words with commas, e.g. interview, OOO',
          type: 'SINGLE_LINE',
          ...typed(values.exclusionKeywords),
        }),
        errors.exclusionKeywords,
      ),
      { header: 'What counts as a 1:1' },
    ),
    ...rolesSection(model),
    section(
      withError(
        textInput({
          name: SETTINGS_INPUT.customQuestions,
          label: 'Questions to add to the mix',
          hintText:
            'One per line. To file one under a topic, start with its name, e.g. Growth: What do you want to learn next?',
          type: 'MULTIPLE_LINE',
          ...typed(values.customQuestions),
        }),
        errors.customQuestions,
      ),
      { header: 'Your own questions' },
    ),
  );
  return card({
    name: 'settings',
    header: { title: 'Settings' },
    sections,
    fixedFooter: {
      primaryButton: routeButton('Save', 'saveSettings', {}, { type: 'FILLED' }),
      secondaryButton: routeButton('Back', 'back', {}),
    },
  });
}

/** The reminder to prepare (design.md §8): the switch and the hour, in the person's own zone. */
function reminderSection(model: SettingsModel): CardSection {
  const { values, errors } = model;
  const hour = values.remindHour ?? String(DEFAULT_REMIND_HOUR);
  return section(
    [
      selectionInput({
        name: SETTINGS_INPUT.remindDayBefore,
        type: 'SWITCH',
        items: [
          {
            text: 'E-mail me the day before my 1:1s',
            value: SWITCH_ON,
            selected: values.remindDayBefore === true,
          },
        ],
      }),
      ...withError(
        selectionInput({
          name: SETTINGS_INPUT.remindHour,
          label: 'At about (your time zone)',
          type: 'DROPDOWN',
          items: REMIND_HOUR_CHOICES.map((choice) => ({
            text: choice.label,
            value: choice.value,
            selected: choice.value === hour,
          })),
        }),
        errors.remindHour,
      ),
      text('One e-mail to you alone: tomorrow’s 1:1s, their open action items and the topics so far.'),
    ],
    { header: 'Reminder to prepare' },
  );
}

function rolesSection(model: SettingsModel): CardSection[] {
  if (model.pairs.length === 0) return [];
  const shown = model.pairs.slice(0, MAX_ROLE_PAIRS);
  const widgets: Widget[] = [text('Questions are picked to fit your side of each 1:1.')];
  for (const pair of shown) {
    widgets.push(
      decorated({
        text: html`${displayName(pair.other)}`,
        startIcon: { knownIcon: 'PERSON', altText: 'Person' },
      }),
      selectionInput({
        name: roleInputName(pair.pairKey),
        label: 'Your role',
        type: 'DROPDOWN',
        items: ROLE_CHOICES.map((choice) => ({
          text: choice.label,
          value: choice.value,
          selected: choice.value === pair.role,
        })),
      }),
    );
  }
  const hidden = model.pairs.length - shown.length;
  if (hidden > 0) widgets.push(text(`Roles in ${plural(hidden, 'other 1:1')} stay as they are.`));
  return [section(widgets, { header: 'Your role in each 1:1' })];
}

/** A text input's value as typed: never escaped or cut, so saving again keeps every character. */
function typed(value: string): { value?: string } {
  return value === '' ? {} : { value };
}

function withError(input: Widget, message: string | undefined): Widget[] {
  return [input, ...errorWidgets(message)];
}

function errorWidgets(message: string | undefined): Widget[] {
  return message ? [fieldProblem(message)] : [];
}
