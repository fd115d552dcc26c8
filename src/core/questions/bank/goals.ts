// Goals: the two-month themes of the doc's "Current focus" section, set, checked and closed.
// Tandem brings this category forward when a pair has not touched it for about eight weeks.

import { inCategory } from './define';

export const GOALS_QUESTIONS = inCategory('goals', [
  {
    id: 'goals-01',
    askedBy: 'manager',
    depth: 'light',
    text: 'What would you like your focus to be for the next two months?',
  },
  {
    id: 'goals-02',
    askedBy: 'manager',
    depth: 'light',
    text: 'How is your current focus going, and does it still feel like the right one?',
  },
  {
    id: 'goals-03',
    askedBy: 'manager',
    depth: 'deeper',
    text: "Looking back at your last two-month theme, what worked and what didn't?",
  },
  {
    id: 'goals-04',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'What would make the next eight weeks feel like a success for you?',
  },
  {
    id: 'goals-05',
    askedBy: 'manager',
    depth: 'light',
    text: 'What support would you need from me to reach your current goal?',
  },
  {
    id: 'goals-06',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Is there something you would like to stop doing to make room for your goal?',
  },
  {
    id: 'goals-07',
    askedBy: 'manager',
    depth: 'light',
    text: 'Two months from now, how will we both know that you got there?',
  },
  {
    id: 'goals-08',
    askedBy: 'report',
    depth: 'light',
    text: 'What would you most like to see from me over the next two months?',
  },
  {
    id: 'goals-09',
    askedBy: 'report',
    depth: 'deeper',
    text: 'Which of my goals matters most to you, and why that one?',
  },
  {
    id: 'goals-10',
    askedBy: 'report',
    depth: 'light',
    text: 'How does my current focus connect to what the team needs this quarter?',
  },
  {
    id: 'goals-11',
    askedBy: 'report',
    depth: 'deeper',
    text: "Is there a goal you would suggest I take on that I haven't thought of?",
  },
  {
    id: 'goals-12',
    askedBy: 'report',
    depth: 'light',
    text: "How do you think I'm doing against the theme we set last time?",
  },
  {
    id: 'goals-13',
    askedBy: 'report',
    depth: 'light',
    text: 'What are your own goals for the next couple of months, and can I help with any?',
  },
  {
    id: 'goals-14',
    askedBy: 'either',
    depth: 'light',
    text: 'If you could move only one thing forward before we next talk goals, which would it be?',
  },
  {
    id: 'goals-15',
    askedBy: 'either',
    depth: 'deeper',
    text: 'Which goal quietly slipped off the list, and does it deserve a second chance?',
  },
  {
    id: 'goals-16',
    askedBy: 'either',
    depth: 'light',
    text: 'What small, concrete step could move your current goal forward this week?',
  },
  {
    id: 'goals-17',
    askedBy: 'either',
    depth: 'deeper',
    text: 'Which of your goals excites you, and which feels more like an obligation?',
  },
  {
    id: 'goals-18',
    askedBy: 'either',
    depth: 'deeper',
    text: "What's most likely to get in the way of your goal, and how could we plan for it?",
  },
  {
    id: 'goals-19',
    askedBy: 'either',
    depth: 'light',
    text: 'By the end of next month, what would you like to have finished, started and stopped?',
  },
]);
