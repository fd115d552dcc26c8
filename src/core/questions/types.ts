// The shape of a 1:1 question and its ten categories, shared by the bank, the rotation and the
// custom-question parser. Category ids are stable: they are stored in each pair's history.

/**
 * The one list of categories, in the order the Docs sidebar lists them: the title the user sees
 * (`label`), what a person types before the colon to file a custom question (`prefix`, the
 * label shortened), and whether a settled pair's mix draws from it (`inMix`: first-1:1 questions
 * only come when asked for).
 */
const CATEGORY_TABLE = {
  checkin: { label: 'Check-in and well-being', prefix: 'Check-in', inMix: true },
  wins: { label: 'Wins', prefix: 'Wins', inMix: true },
  challenges: { label: 'Challenges and blockers', prefix: 'Challenges', inMix: true },
  growth: { label: 'Growth and career', prefix: 'Growth', inMix: true },
  goals: { label: 'Goals (two-month themes)', prefix: 'Goals', inMix: true },
  feedbackForThem: { label: 'Feedback for them', prefix: 'Feedback for them', inMix: true },
  feedbackForMe: { label: 'Feedback for me', prefix: 'Feedback for me', inMix: true },
  team: { label: 'Team and relationships', prefix: 'Team', inMix: true },
  company: { label: 'Company and direction', prefix: 'Company', inMix: true },
  firstOneOnOne: { label: 'First 1:1s', prefix: 'First 1:1s', inMix: false },
} as const satisfies Record<string, { label: string; prefix: string; inMix: boolean }>;

export type Category = keyof typeof CATEGORY_TABLE;

/** The categories in the order the Docs sidebar lists them. */
export const CATEGORIES = Object.keys(CATEGORY_TABLE) as readonly Category[];

/** One column of CATEGORY_TABLE, by category. */
function column(name: 'label' | 'prefix'): Readonly<Record<Category, string>> {
  return Object.fromEntries(
    CATEGORIES.map((category) => [category, CATEGORY_TABLE[category][name]]),
  ) as Record<Category, string>;
}

/** What the user sees as the category's title. */
export const CATEGORY_LABELS = column('label');

/** What a person types before the colon to file a question: the sidebar's words, shortened. */
export const CATEGORY_PREFIXES = column('prefix');

/** Categories a settled pair's mix draws from: first-1:1 questions only come when asked for. */
export const MIX_CATEGORIES: readonly Category[] = CATEGORIES.filter(
  (category) => CATEGORY_TABLE[category].inMix,
);

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
