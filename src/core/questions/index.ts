// Questions for 1:1s: the bank, the per-pair rotation and the user's own questions.
// The only entry point other parts of Tandem import from.

export { QUESTION_BANK } from './bank';
export { CADENCE_CATEGORIES, GROWTH_GOALS_CADENCE_DAYS, categoriesDueForCadence } from './cadence';
export {
  DEFAULT_CUSTOM_CATEGORY,
  isCustomQuestion,
  MAX_CUSTOM_QUESTIONS,
  MAX_CUSTOM_QUESTION_LENGTH,
  parseCustomQuestions,
} from './custom';
export type { ParsedCustomQuestions } from './custom';
export type { AskedQuestion } from './history';
export { questionsByCategory, questionsFor } from './pool';
export { NEW_PAIR_MAX_MEETINGS, moreQuestions, suggestQuestions, suggestionsByCategory } from './suggest';
export type { CategorySuggestions, SuggestionRequest } from './suggest';
export { CATEGORIES, CATEGORY_LABELS, CATEGORY_PREFIXES, fitsRole, isCategory } from './types';
export type { AskedBy, Category, Depth, PairRole, Question } from './types';
