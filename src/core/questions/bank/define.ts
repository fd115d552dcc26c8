// Builds a category's questions from short entries, so each bank file lists only what differs.
// Ids are written out in full in the bank files: they are stored in pairs' histories and never change.

import type { AskedBy, Category, Depth, Question } from '../types';

export interface QuestionEntry {
  readonly id: string;
  readonly askedBy: AskedBy;
  readonly depth: Depth;
  readonly text: string;
}

/**
 * @example
 * inCategory('wins', [{ id: 'wins-01', askedBy: 'either', depth: 'light', text: 'What went well?' }])
 * // → [{ id: 'wins-01', category: 'wins', askedBy: 'either', depth: 'light', text: 'What went well?' }]
 */
export function inCategory(category: Category, entries: readonly QuestionEntry[]): readonly Question[] {
  return entries.map((entry) => ({ ...entry, category }));
}
