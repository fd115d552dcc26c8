// Growth and career: where the person is heading, beyond the current project.
// Tandem brings this category forward when a pair has not touched it for about eight weeks.

import { inCategory } from './define';

export const GROWTH_QUESTIONS = inCategory('growth', [
  {
    id: 'growth-01',
    askedBy: 'manager',
    depth: 'light',
    text: 'Which skill would you most like to build over the next six months?',
  },
  {
    id: 'growth-02',
    askedBy: 'manager',
    depth: 'light',
    text: 'Which parts of your job would you happily do more of?',
  },
  {
    id: 'growth-03',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Where do you see yourself in two or three years, even roughly?',
  },
  {
    id: 'growth-04',
    askedBy: 'manager',
    depth: 'light',
    text: 'Is there someone whose work you admire and would like to learn from?',
  },
  {
    id: 'growth-05',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'What kind of project would stretch you in a good way?',
  },
  {
    id: 'growth-06',
    askedBy: 'manager',
    depth: 'light',
    text: 'Is there a talk, course or book you would like time or budget for?',
  },
  {
    id: 'growth-07',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'A year from now, what would make you feel you had really grown?',
  },
  {
    id: 'growth-08',
    askedBy: 'report',
    depth: 'deeper',
    text: 'What do you think I should focus on to reach the next level?',
  },
  {
    id: 'growth-09',
    askedBy: 'report',
    depth: 'deeper',
    text: "Which skills do people at the next level use that I haven't practiced yet?",
  },
  {
    id: 'growth-10',
    askedBy: 'report',
    depth: 'light',
    text: 'How did you find your own path to the role you have now?',
  },
  {
    id: 'growth-11',
    askedBy: 'report',
    depth: 'light',
    text: 'Is there a stretch opportunity coming up that you think would suit me?',
  },
  {
    id: 'growth-12',
    askedBy: 'report',
    depth: 'light',
    text: "What's one thing you wish you had learned earlier in your career?",
  },
  {
    id: 'growth-13',
    askedBy: 'report',
    depth: 'light',
    text: 'Who else in the company would be good for me to learn from?',
  },
  {
    id: 'growth-14',
    askedBy: 'either',
    depth: 'light',
    text: 'What are you curious about at the moment, at work or otherwise?',
  },
  {
    id: 'growth-15',
    askedBy: 'either',
    depth: 'deeper',
    text: 'What piece of feedback ended up changing your direction?',
  },
  {
    id: 'growth-16',
    askedBy: 'either',
    depth: 'deeper',
    text: "Which of your strengths do you feel you're not using enough?",
  },
  {
    id: 'growth-17',
    askedBy: 'either',
    depth: 'deeper',
    text: 'What would you like to be known for a year from now?',
  },
  {
    id: 'growth-18',
    askedBy: 'either',
    depth: 'light',
    text: "What's the most useful thing you learned this month?",
  },
  {
    id: 'growth-19',
    askedBy: 'either',
    depth: 'light',
    text: 'If you had one free afternoon a week to learn something, what would you pick?',
  },
  {
    id: 'growth-20',
    askedBy: 'either',
    depth: 'light',
    text: 'Which habit or tool have you picked up lately that changed the way you work?',
  },
]);
