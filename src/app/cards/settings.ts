// The settings card's view model and its save: every field validated with the core's rules, each
// problem shown under its field with what the user typed kept; nothing saved until all are valid.
import { checkTemplate } from '../../core/agenda';
import { parseExclusionKeywords, parseRole, roleInPair, type PairRole } from '../../core/pairs';
import { parseCustomQuestions } from '../../core/questions';
import type { Ports } from '../../ports';
import {
  DEFAULT_REMIND_HOUR,
  REMIND_HOUR_CHOICES,
  SETTINGS_INPUT,
  SWITCH_ON,
  pairKeyOfRoleInput,
} from './inputs';
import type { SettingsField, SettingsModel } from './view-models';
import { TandemState } from '../state';
import { formText, type AddonContext } from './addon-event';
import { withFreshState } from './pair-access';
import { recheckSeries } from './recheck';

/** Custom-question problems shown at once; the rest are counted. */
const MAX_PROBLEMS_SHOWN = 3;

function pairsOf(state: TandemState): SettingsModel['pairs'] {
  return [...state.pairs.values()]
    .filter((p) => p.status === 'active')
    .map((p) => ({
      pairKey: p.pairKey,
      other: { email: p.other.email, name: p.other.name ?? null },
      role: roleInPair(state.settings.roles[p.pairKey], p.userIsOrganizer),
    }));
}

/** The form as saved, read from the user's state. */
export function savedSettingsModel(ports: Ports): SettingsModel {
  return settingsModel(new TandemState(ports.state));
}

/** The form as saved. */
export function settingsModel(state: TandemState): SettingsModel {
  const s = state.settings;
  return {
    values: {
      template: s.template.join('\n'),
      notifyOnShare: s.notifyOnShare,
      exclusionKeywords: s.exclusionKeywords.join(', '),
      customQuestions: s.customQuestions,
      remindDayBefore: s.remindDayBefore,
      remindHour: String(s.remindHour),
    },
    pairs: pairsOf(state),
    errors: {},
  };
}

function summarise(problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).join(' ');
  const hidden = problems.length - MAX_PROBLEMS_SHOWN;
  return hidden > 0 ? `${shown} (and ${hidden} more)` : shown;
}

/**
 * The reminder hour as the dropdown sends it; an empty value (a form without the dropdown) keeps
 * the default; anything not on the list is null.
 *
 * @example parseRemindHour('7') // 7
 * @example parseRemindHour('24') // null
 */
export function parseRemindHour(value: string): number | null {
  if (value === '') return DEFAULT_REMIND_HOUR;
  return REMIND_HOUR_CHOICES.some((choice) => choice.value === value) ? Number(value) : null;
}

export type SaveOutcome = { readonly saved: true } | { readonly saved: false; readonly model: SettingsModel };

/** Validates the submitted form and saves it when every field is valid. */
export function saveSettings(ports: Ports, context: AddonContext): SaveOutcome {
  const typed = {
    template: formText(context, SETTINGS_INPUT.template),
    notifyOnShare: (context.form[SETTINGS_INPUT.notifyOnShare] ?? []).includes(SWITCH_ON),
    exclusionKeywords: formText(context, SETTINGS_INPUT.exclusionKeywords),
    customQuestions: formText(context, SETTINGS_INPUT.customQuestions),
    remindDayBefore: (context.form[SETTINGS_INPUT.remindDayBefore] ?? []).includes(SWITCH_ON),
    remindHour: formText(context, SETTINGS_INPUT.remindHour),
  };
  const errors: Partial<Record<SettingsField, string>> = {};
  const template = checkTemplate(typed.template.split(/\r\n|\r|\n/).filter((line) => line.trim() !== ''));
  if (!template.ok) errors.template = template.problems.join(' ');
  const keywords = parseExclusionKeywords(typed.exclusionKeywords);
  if (!keywords.ok) errors.exclusionKeywords = keywords.message;
  const custom = parseCustomQuestions(typed.customQuestions);
  if (custom.errors.length > 0) errors.customQuestions = summarise(custom.errors);
  const remindHour = parseRemindHour(typed.remindHour);
  if (remindHour === null) errors.remindHour = 'Choose the hour from the list, from 00:00 to 23:00.';

  const roles: Record<string, PairRole> = {};
  for (const [name, values] of Object.entries(context.form)) {
    const key = pairKeyOfRoleInput(name);
    const role = key ? parseRole(values[0]) : null;
    if (key && role?.ok) roles[key] = role.role;
  }

  if (!template.ok || !keywords.ok || custom.errors.length > 0 || remindHour === null) {
    const pairs = pairsOf(new TandemState(ports.state)).map((p) => ({
      ...p,
      role: roles[p.pairKey] ?? p.role,
    }));
    return { saved: false, model: { values: typed, pairs, errors } };
  }
  withFreshState(ports, true, (state) => {
    const known = Object.fromEntries(Object.entries(roles).filter(([key]) => state.pairs.has(key)));
    const keywordsChanged =
      JSON.stringify(keywords.keywords) !== JSON.stringify(state.settings.exclusionKeywords);
    state.updateSettings({
      template: [...template.template],
      notifyOnShare: typed.notifyOnShare,
      exclusionKeywords: [...keywords.keywords],
      customQuestions: typed.customQuestions,
      remindDayBefore: typed.remindDayBefore,
      remindHour,
      roles: { ...state.settings.roles, ...known },
    });
    if (keywordsChanged) recheckSeries(state, null);
    ports.log.info('settingsSaved', { keywordsChanged, remindDayBefore: typed.remindDayBefore });
  });
  return { saved: true };
}
