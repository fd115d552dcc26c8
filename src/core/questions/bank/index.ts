// Tandem's question bank: every built-in question, written for this project, in one list.
// Each category lives in its own file; the sidebar and the rotation read this list only.

import type { Question } from '../types';
import { CHALLENGES_QUESTIONS } from './challenges';
import { CHECKIN_QUESTIONS } from './checkin';
import { COMPANY_QUESTIONS } from './company';
import { FEEDBACK_FOR_ME_QUESTIONS } from './feedbackForMe';
import { FEEDBACK_FOR_THEM_QUESTIONS } from './feedbackForThem';
import { FIRST_ONE_ON_ONE_QUESTIONS } from './firstOneOnOne';
import { GOALS_QUESTIONS } from './goals';
import { GROWTH_QUESTIONS } from './growth';
import { TEAM_QUESTIONS } from './team';
import { WINS_QUESTIONS } from './wins';

export const QUESTION_BANK: readonly Question[] = [
  ...CHECKIN_QUESTIONS,
  ...WINS_QUESTIONS,
  ...CHALLENGES_QUESTIONS,
  ...GROWTH_QUESTIONS,
  ...GOALS_QUESTIONS,
  ...FEEDBACK_FOR_THEM_QUESTIONS,
  ...FEEDBACK_FOR_ME_QUESTIONS,
  ...TEAM_QUESTIONS,
  ...COMPANY_QUESTIONS,
  ...FIRST_ONE_ON_ONE_QUESTIONS,
];
