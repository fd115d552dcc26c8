// Suggested questions for a pair's next 1:1: the card's three, the sidebar's "more" pages and
// its per-category lists. Pure and deterministic: the same request always gets the same answer.

import { categoriesDueForCadence } from './cadence';
import { readHistory } from './history';
import type { AskedQuestion, PairHistory } from './history';
import { isoDayNumber } from './isoDay';
import { mixOrder } from './mix';
import { questionsByCategory, questionsFor } from './pool';
import { rotationQueue } from './rotation';
import { CATEGORIES, CATEGORY_LABELS, isCategory } from './types';
import type { Category, PairRole, Question } from './types';

/** A pair that has met at most this many times is new: first-1:1 questions come first. */
export const NEW_PAIR_MAX_MEETINGS = 1;

export interface SuggestionRequest {
  /** The pair key (two sorted lower-cased e-mails); each pair has its own rotation. */
  readonly pairKey: string;
  /** The user's side of the pair. */
  readonly role: PairRole;
  readonly seed: string;
  /** Every question this pair was already given, with the day. */
  readonly asked: readonly AskedQuestion[];
  /** ISO date (or date-time: its date part is used). */
  readonly today: string;
  /** When each category was last discussed, as the caller knows it (ISO dates). */
  readonly lastTouched: Readonly<Partial<Record<Category, string>>>;
  readonly meetingsHeld: number;
  /** The user's own questions; they join the rotation. */
  readonly custom?: readonly Question[];
  /** Only this category; without it, a mix across categories. */
  readonly category?: Category;
  readonly count: number;
  /** Ids already on screen (earlier pages): never suggested again in this request. */
  readonly shown?: readonly string[];
}

export interface CategorySuggestions {
  readonly category: Category;
  readonly label: string;
  readonly questions: Question[];
}

/**
 * Up to `count` questions for the pair's next meeting, distinct, fitting the user's role.
 *
 * * With `category`: the next questions of that category's rotation (see `rotationQueue`).
 * * A new pair (at most one meeting held): first-1:1 questions it has never been given first.
 * * Otherwise a mix, one question per category in `mixOrder` (check-in first, overdue growth
 *   and goals next), going round again when `count` exceeds the categories.
 *
 * Throws a RangeError for an unreadable `today`, or a `count` or `meetingsHeld` that is not a
 * whole number ≥ 0.
 *
 * @example
 * suggestQuestions({ pairKey: 'alice@x.com bob@x.com', role: 'manager', seed: 'v1', asked: [],
 *   today: '2026-11-24', lastTouched: {}, meetingsHeld: 6, count: 3 })
 * // → [a checkin question, a growth question, a goals question] (growth and goals never touched)
 */
export function suggestQuestions(request: SuggestionRequest): Question[] {
  const { today, history, queueOf } = prepare(request);
  if (request.count === 0) return [];
  if (request.category !== undefined) return queueOf(request.category).slice(0, request.count);

  const picked: Question[] = [];
  if (isNewPair(request)) {
    const neverAsked = queueOf('firstOneOnOne').filter((question) => !history.timesAsked.has(question.id));
    picked.push(...neverAsked.slice(0, request.count));
  }
  const slots = request.count - picked.length;
  if (slots === 0) return picked;
  const queues = mixOrder({ ...request, today, history, slots }).map(queueOf);
  return [...picked, ...roundRobin(queues, slots)];
}

/** The head of every queue in turn, then the second of each, and so on, up to `count`. */
function roundRobin(queues: readonly Question[][], count: number): Question[] {
  const taken: Question[] = [];
  const longest = Math.max(0, ...queues.map((queue) => queue.length));
  for (let depth = 0; depth < longest; depth++) {
    for (const queue of queues) {
      const question = queue[depth];
      if (question === undefined) continue;
      if (taken.length === count) return taken;
      taken.push(question);
    }
  }
  return taken;
}

/**
 * Page `page` of suggestions (0 is `suggestQuestions` itself): each page leaves out every
 * question of the pages before it. Empty once every question has been shown.
 *
 * @example
 * moreQuestions(request, 1) // three more, none of them on page 0
 */
export function moreQuestions(request: SuggestionRequest, page: number): Question[] {
  checkWholeNumber('page', page);
  const shown = [...(request.shown ?? [])];
  for (let earlier = 0; earlier < page; earlier++) {
    const questions = suggestQuestions({ ...request, shown });
    if (questions.length === 0) return [];
    shown.push(...questions.map((question) => question.id));
  }
  return suggestQuestions({ ...request, shown });
}

/**
 * The Docs sidebar's lists: for each category with a question left, its next `perCategory`
 * questions in rotation order. A new pair sees first 1:1s on top; a settled pair sees check-in,
 * then overdue growth and goals, then the other categories in their usual order, first 1:1s last.
 *
 * @example
 * suggestionsByCategory(request, 2)[0] // { category: 'checkin', label: 'Check-in and well-being', questions: [q, q] }
 */
export function suggestionsByCategory(
  request: Omit<SuggestionRequest, 'category' | 'count'>,
  perCategory: number,
): CategorySuggestions[] {
  checkWholeNumber('perCategory', perCategory);
  const { today, history, queueOf } = prepare({ ...request, count: perCategory });
  const leading: Category[] = isNewPair(request)
    ? ['firstOneOnOne']
    : ['checkin', ...categoriesDueForCadence(today, request.lastTouched, history)];
  const order = [...leading, ...CATEGORIES.filter((category) => !leading.includes(category))];
  return order
    .map((category) => ({
      category,
      label: CATEGORY_LABELS[category],
      questions: queueOf(category).slice(0, perCategory),
    }))
    .filter((group) => group.questions.length > 0);
}

function isNewPair(request: Pick<SuggestionRequest, 'meetingsHeld'>): boolean {
  return request.meetingsHeld <= NEW_PAIR_MAX_MEETINGS;
}

interface Prepared {
  readonly today: number;
  readonly history: PairHistory;
  /** A category's rotation queue, without the questions already shown. */
  readonly queueOf: (category: Category) => Question[];
}

function prepare(request: SuggestionRequest): Prepared {
  const today = checkRequest(request);
  const pool = questionsFor(request.role, request.custom);
  const history = readHistory(request.asked, pool);
  const context = {
    seed: request.seed,
    pairKey: request.pairKey,
    history,
    lightFirst: request.meetingsHeld === 0,
  };
  const shown = new Set(request.shown ?? []);
  const groups = questionsByCategory(pool.filter((question) => !shown.has(question.id)));
  return { today, history, queueOf: (category) => rotationQueue(groups[category], context) };
}

/** Validates what a caller could get wrong at run time; returns today's day number. */
function checkRequest(request: SuggestionRequest): number {
  const today = isoDayNumber(request.today);
  if (today === null) throw new RangeError(`today must be an ISO date, got "${request.today}"`);
  checkWholeNumber('count', request.count);
  checkWholeNumber('meetingsHeld', request.meetingsHeld);
  if (!['manager', 'report', 'peer'].includes(request.role)) {
    throw new RangeError(`unknown role "${request.role}"`);
  }
  if (request.category !== undefined && !isCategory(request.category)) {
    throw new RangeError(`unknown category "${request.category}"`);
  }
  return today;
}

function checkWholeNumber(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  }
}
