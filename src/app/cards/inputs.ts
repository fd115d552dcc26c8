// The names of the form inputs the settings and review-notes cards send with their buttons, and
// the values their switches and dropdowns use. The use cases own them (they read the forms); the
// views in src/ui/views write the inputs with these same names.
import type { PairRole } from '../../core/pairs';

/** Settings card inputs (`saveSettings`). */
export const SETTINGS_INPUT = {
  /** Multi-line text: one sub-heading per line. */
  template: 'template',
  /** Switch: present with SWITCH_ON when on, absent when off. */
  notifyOnShare: 'notifyOnShare',
  /** Single line: keywords separated by commas. */
  exclusionKeywords: 'exclusionKeywords',
  /** Multi-line text: one question per line, optional `category:` prefix. */
  customQuestions: 'customQuestions',
  /** Switch: the reminder to prepare, present with SWITCH_ON when on. */
  remindDayBefore: 'remindDayBefore',
  /** Dropdown: the reminder's hour of the day, '0'…'23'. */
  remindHour: 'remindHour',
} as const;

export { DEFAULT_REMIND_HOUR } from '../state';

/**
 * The reminder hour dropdown's choices, as a 24-hour clock reads them.
 *
 * @example REMIND_HOUR_CHOICES[16] // { value: '16', label: '16:00' }
 */
export const REMIND_HOUR_CHOICES: readonly { value: string; label: string }[] = Array.from(
  { length: 24 },
  (_, hour) => ({ value: String(hour), label: `${String(hour).padStart(2, '0')}:00` }),
);

/** Docs sidebar inputs. */
export const SIDEBAR_INPUT = {
  /** Dropdown: the question topic (a Category) the person picked, or NO_TOPIC. */
  topic: 'topic',
} as const;

/** The topic dropdown's "choose a topic" item. */
export const NO_TOPIC = 'none';

/** The value a checked switch sends. */
export const SWITCH_ON = 'on';

const ROLE_PREFIX = 'role:';

/**
 * The dropdown that holds the user's role in one pair.
 *
 * @example roleInputName('alice@x.com bob@x.com') // 'role:alice@x.com bob@x.com'
 */
export function roleInputName(pairKey: string): string {
  return ROLE_PREFIX + pairKey;
}

/**
 * The pair key of a role dropdown's name, or null for any other input.
 *
 * @example pairKeyOfRoleInput('role:alice@x.com bob@x.com') // 'alice@x.com bob@x.com'
 * @example pairKeyOfRoleInput('template') // null
 */
export function pairKeyOfRoleInput(name: string): string | null {
  return name.startsWith(ROLE_PREFIX) && name.length > ROLE_PREFIX.length
    ? name.slice(ROLE_PREFIX.length)
    : null;
}

/** The role dropdown's choices, in the order shown. */
export const ROLE_CHOICES: readonly { value: PairRole; label: string }[] = [
  { value: 'manager', label: 'I’m their manager' },
  { value: 'report', label: 'They’re my manager' },
  { value: 'peer', label: 'We’re peers' },
];

/** Review-notes card inputs (`createReviewNotes`). */
export const REVIEW_INPUT = {
  /** Dropdown: one of REVIEW_PERIODS. */
  period: 'period',
  /** Dropdown: a pair key. */
  pair: 'pair',
  /** Date pickers, used when the period is 'custom' (milliseconds at 00:00 UTC of the day). */
  start: 'start',
  end: 'end',
} as const;

export const REVIEW_PERIODS = ['lastQuarter', 'lastHalf', 'lastYear', 'custom'] as const;
export type ReviewPeriod = (typeof REVIEW_PERIODS)[number];

export const REVIEW_PERIOD_LABELS: Readonly<Record<ReviewPeriod, string>> = {
  lastQuarter: 'Last 3 months',
  lastHalf: 'Last 6 months',
  lastYear: 'Last 12 months',
  custom: 'Custom dates',
};

/** @example isReviewPeriod('lastYear') // true; isReviewPeriod('decade') // false */
export function isReviewPeriod(value: unknown): value is ReviewPeriod {
  return typeof value === 'string' && (REVIEW_PERIODS as readonly string[]).includes(value);
}
