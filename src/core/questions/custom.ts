// The user's own questions, typed in the settings form one per line, turned into questions that
// join the rotation. Every problem comes back as a message naming the line, for the form to show.

import { hash32 } from './hash';
import { CATEGORIES, CATEGORY_LABELS, CATEGORY_PREFIXES } from './types';
import type { Category, Question } from './types';

/** More than this and the rotation would rarely reach the built-in questions. */
export const MAX_CUSTOM_QUESTIONS = 50;
/** A question is said aloud in a meeting; past this length it is a paragraph. */
export const MAX_CUSTOM_QUESTION_LENGTH = 200;
/** Where a line without a `category:` prefix goes: check-in opens every meeting's mix. */
export const DEFAULT_CUSTOM_CATEGORY: Category = 'checkin';

/** A category name compared without case, spaces, hyphens, underscores or punctuation. */
const squeeze = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Accepted spellings of each category: its key, its prefix, its full label, and a few synonyms. */
const CATEGORY_NAMES: Readonly<Record<string, Category>> = {
  ...Object.fromEntries(CATEGORIES.map((category) => [category.toLowerCase(), category])),
  ...Object.fromEntries(CATEGORIES.map((category) => [squeeze(CATEGORY_PREFIXES[category]), category])),
  ...Object.fromEntries(CATEGORIES.map((category) => [squeeze(CATEGORY_LABELS[category]), category])),
  wellbeing: 'checkin',
  win: 'wins',
  challenge: 'challenges',
  blockers: 'challenges',
  career: 'growth',
  goal: 'goals',
  relationships: 'team',
  direction: 'company',
  first: 'firstOneOnOne',
  first11: 'firstOneOnOne',
};

// Up to four words (or "first 1:1s") before a colon; "https://…" is not a prefix.
const PREFIX = /^([A-Za-z][A-Za-z0-9_-]*?(?: [A-Za-z][A-Za-z0-9_-]*?){0,3}?(?:[ -]1:1s?)?)\s*:(?!\/)\s*(.*)$/;
const LIST_MARKER = /^(?:[-*•]|\d+[.)])\s+/;

export interface ParsedCustomQuestions {
  readonly questions: Question[];
  readonly errors: string[];
}

/**
 * Reads the settings form's text: one question per line, blank lines ignored, list markers
 * (`- `, `* `, `1. `) dropped, an optional `category:` prefix (default: check-in). Custom
 * questions can be asked by either side. Ids come from the text, so editing other lines or
 * reordering them keeps each question's history.
 *
 * @example
 * parseCustomQuestions('growth: What would you like to learn next?\nHow was the offsite?')
 * // → { questions: [{ id: 'custom-…', category: 'growth', askedBy: 'either', depth: 'light',
 * //       text: 'What would you like to learn next?' }, { …, category: 'checkin', … }], errors: [] }
 * parseCustomQuestions('Feedback for them: What should I keep doing?').questions[0].category // 'feedbackForThem'
 * parseCustomQuestions('hobbies: What do you do on weekends?').errors
 * // → ['Line 1: "hobbies" is not a category. Use one of: Check-in, Wins, …, First 1:1s, or remove "hobbies:".']
 */
export function parseCustomQuestions(text: string): ParsedCustomQuestions {
  const questions: Question[] = [];
  const errors: string[] = [];
  const lineOfText = new Map<string, number>();
  let overflow = 0;
  const lines = text.split(/\r\n|\r|\n/);
  for (const [index, rawLine] of lines.entries()) {
    const lineNumber = index + 1;
    const line = rawLine.trim().replace(LIST_MARKER, '').replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    const parsed = readLine(line, lineNumber);
    if (typeof parsed === 'string') {
      errors.push(parsed);
      continue;
    }
    const key = parsed.text.toLowerCase();
    const earlier = lineOfText.get(key);
    if (earlier !== undefined) {
      errors.push(`Line ${lineNumber} repeats line ${earlier}.`);
      continue;
    }
    lineOfText.set(key, lineNumber);
    if (questions.length === MAX_CUSTOM_QUESTIONS) overflow++;
    else questions.push({ id: uniqueId(key, questions), askedBy: 'either', depth: 'light', ...parsed });
  }
  if (overflow > 0) {
    errors.push(
      `Up to ${MAX_CUSTOM_QUESTIONS} questions can be kept; remove ${overflow} ` +
        `(the last ${overflow === 1 ? 'one was' : `${overflow} were`} left out).`,
    );
  }
  return { questions, errors };
}

/** The category and question text of a non-blank line, or an error message. */
function readLine(line: string, lineNumber: number): { category: Category; text: string } | string {
  const match = PREFIX.exec(line);
  let category: Category = DEFAULT_CUSTOM_CATEGORY;
  let question = line;
  if (match) {
    const [, prefix = '', rest = ''] = match;
    const named = CATEGORY_NAMES[squeeze(prefix)];
    // Several words that name no category are the question's own words ("One more thing: …").
    if (named === undefined && /\s/.test(prefix)) return checkLength(line, lineNumber);
    if (named === undefined) {
      const names = CATEGORIES.map((c) => CATEGORY_PREFIXES[c]).join(', ');
      return `Line ${lineNumber}: "${prefix}" is not a category. Use one of: ${names}, or remove "${prefix}:".`;
    }
    if (rest === '') return `Line ${lineNumber}: there is no question after "${prefix}:".`;
    category = named;
    question = rest;
  }
  return checkLength(question, lineNumber, category);
}

function checkLength(
  question: string,
  lineNumber: number,
  category: Category = DEFAULT_CUSTOM_CATEGORY,
): { category: Category; text: string } | string {
  if (question.length > MAX_CUSTOM_QUESTION_LENGTH) {
    return `Line ${lineNumber} is ${question.length} characters long; keep questions to ${MAX_CUSTOM_QUESTION_LENGTH}.`;
  }
  return { category, text: question };
}

/** Whether a question is one of the user's own (its id comes from parseCustomQuestions). */
export function isCustomQuestion(question: Pick<Question, 'id'>): boolean {
  return question.id.startsWith('custom-');
}

/** `custom-` and a hash of the text; a second text with the same hash gets `-2`, and so on. */
function uniqueId(normalizedText: string, taken: readonly Question[]): string {
  const base = `custom-${hash32(normalizedText).toString(36)}`;
  let id = base;
  for (let suffix = 2; taken.some((question) => question.id === id); suffix++) id = `${base}-${suffix}`;
  return id;
}
