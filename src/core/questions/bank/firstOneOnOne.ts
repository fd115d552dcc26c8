// First 1:1s: getting to know each other and agreeing how the meetings will work.
// Tandem offers these to a new pair before anything else.

import { inCategory } from './define';

export const FIRST_ONE_ON_ONE_QUESTIONS = inCategory('firstOneOnOne', [
  {
    id: 'first-01',
    askedBy: 'manager',
    depth: 'light',
    text: 'How do you like to receive feedback, and how often?',
  },
  {
    id: 'first-02',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'What did your best manager do that you would like me to do too?',
  },
  {
    id: 'first-03',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Is there something a past manager did that you would rather I avoided?',
  },
  {
    id: 'first-04',
    askedBy: 'manager',
    depth: 'light',
    text: 'What are you hoping to get out of this role in your first year?',
  },
  {
    id: 'first-05',
    askedBy: 'manager',
    depth: 'light',
    text: 'When in the day are you sharpest, and how do you prefer to be reached?',
  },
  {
    id: 'first-06',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'What should I know about you that would never show up on a résumé?',
  },
  {
    id: 'first-07',
    askedBy: 'manager',
    depth: 'light',
    text: 'What would you like these 1:1s to be for, and how often should we meet?',
  },
  {
    id: 'first-08',
    askedBy: 'report',
    depth: 'light',
    text: 'How do you like to be kept up to date: little and often, or a weekly summary?',
  },
  {
    id: 'first-09',
    askedBy: 'report',
    depth: 'light',
    text: 'What does great work look like to you on this team?',
  },
  {
    id: 'first-10',
    askedBy: 'report',
    depth: 'light',
    text: 'What are your priorities for the team this year?',
  },
  {
    id: 'first-11',
    askedBy: 'report',
    depth: 'deeper',
    text: 'How do you prefer to handle disagreement between us?',
  },
  {
    id: 'first-12',
    askedBy: 'report',
    depth: 'light',
    text: "What's the best way to reach you when something urgent comes up?",
  },
  {
    id: 'first-13',
    askedBy: 'report',
    depth: 'deeper',
    text: 'What did you enjoy most about your previous team, and what would you do differently here?',
  },
  {
    id: 'first-14',
    askedBy: 'either',
    depth: 'light',
    text: 'What do you enjoy outside work that you would like people to know about?',
  },
  {
    id: 'first-15',
    askedBy: 'either',
    depth: 'light',
    text: 'How did you end up doing the work you do now?',
  },
  {
    id: 'first-16',
    askedBy: 'either',
    depth: 'deeper',
    text: 'What always makes a working relationship easier for you?',
  },
  {
    id: 'first-17',
    askedBy: 'either',
    depth: 'light',
    text: 'What should we agree on now so that these meetings stay useful?',
  },
  {
    id: 'first-18',
    askedBy: 'either',
    depth: 'light',
    text: 'Is there anything you would like to ask me, about anything at all?',
  },
  {
    id: 'first-19',
    askedBy: 'either',
    depth: 'deeper',
    text: 'Which part of your work do you find most rewarding?',
  },
]);
