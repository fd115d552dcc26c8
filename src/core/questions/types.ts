// The shape of a 1:1 question and its ten categories, shared by the bank, the rotation and the
// custom-question parser. Category ids are stable: they are stored in each pair's history.

/** The categories in the order the Docs sidebar lists them. */
export const CATEGORIES = [
  'checkin',
  'wins',
  'challenges',
  'growth',
  'goals',
  'feedbackForThem',
  'feedbackForMe',
  'team',
  'company',
  'firstOneOnOne',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** What the user sees as the category's title. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  checkin: 'Check-in and well-being',
  wins: 'Wins',
  challenges: 'Challenges and blockers',
  growth: 'Growth and career',
  goals: 'Goals (two-month themes)',
  feedbackForThem: 'Feedback for them',
  feedbackForMe: 'Feedback for me',
  team: 'Team and relationships',
  company: 'Company and direction',
  firstOneOnOne: 'First 1:1s',
};

/**
 * Who asks the question: a manager asking their report, a report asking their manager, or
 * anyone (peers, and either side of a manager/report pair).
 */
export type AskedBy = 'manager' | 'report' | 'either';

/** A light question warms up a conversation; a deeper one needs trust and time. */
export type Depth = 'light' | 'deeper';

/** The user's side of the pair: peers are served by questions anyone can ask. */
export type PairRole = 'manager' | 'report' | 'peer';

export interface Question {
  /** Stable across releases, e.g. `growth-07`; a pair's history refers to it. */
  readonly id: string;
  readonly category: Category;
  readonly askedBy: AskedBy;
  readonly depth: Depth;
  readonly text: string;
}

/** @example isCategory('growth') // true; isCategory('Growth') // false */
export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

/**
 * Whether the user, on their side of the pair, can ask this question.
 *
 * @example
 * fitsRole({ askedBy: 'manager' }, 'manager') // true
 * fitsRole({ askedBy: 'manager' }, 'report')  // false
 * fitsRole({ askedBy: 'either' }, 'peer')     // true
 */
export function fitsRole(question: Pick<Question, 'askedBy'>, role: PairRole): boolean {
  return question.askedBy === 'either' || question.askedBy === role;
}
