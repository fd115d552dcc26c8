// Wins: progress worth naming, so it is celebrated now and remembered at review time.
// Includes credit for others, because a win shared tends to be a win repeated.

import { inCategory } from './define';

export const WINS_QUESTIONS = inCategory('wins', [
  {
    id: 'wins-01',
    askedBy: 'manager',
    depth: 'light',
    text: 'What are you proudest of from the past couple of weeks?',
  },
  {
    id: 'wins-02',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Which piece of your work this month deserved more credit than it got?',
  },
  {
    id: 'wins-03',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Was there a moment recently when you surprised yourself?',
  },
  {
    id: 'wins-04',
    askedBy: 'manager',
    depth: 'light',
    text: 'Who should hear about what you finished lately, and would you like me to tell them?',
  },
  {
    id: 'wins-05',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'What did you handle lately that would have felt hard to you a year ago?',
  },
  {
    id: 'wins-06',
    askedBy: 'manager',
    depth: 'light',
    text: 'Which customer or colleague did you make a real difference for recently?',
  },
  {
    id: 'wins-07',
    askedBy: 'report',
    depth: 'light',
    text: 'What went well for you this month that I might not have seen?',
  },
  {
    id: 'wins-08',
    askedBy: 'report',
    depth: 'light',
    text: "Which of the team's recent wins made you happiest?",
  },
  {
    id: 'wins-09',
    askedBy: 'report',
    depth: 'light',
    text: "What's the best news from your side of the organization lately?",
  },
  {
    id: 'wins-10',
    askedBy: 'report',
    depth: 'deeper',
    text: 'Which bit of progress this quarter pleased you most, and why that one?',
  },
  {
    id: 'wins-11',
    askedBy: 'report',
    depth: 'light',
    text: 'What did the team do lately that you would like to see more of?',
  },
  {
    id: 'wins-12',
    askedBy: 'report',
    depth: 'deeper',
    text: 'Which win from our team would you mention first to your own manager?',
  },
  {
    id: 'wins-13',
    askedBy: 'either',
    depth: 'light',
    text: 'What went better than you expected since we last talked?',
  },
  {
    id: 'wins-14',
    askedBy: 'either',
    depth: 'light',
    text: 'What did we get right together in the last couple of weeks?',
  },
  {
    id: 'wins-15',
    askedBy: 'either',
    depth: 'light',
    text: "What's a win from this week, however small it seems?",
  },
  {
    id: 'wins-16',
    askedBy: 'either',
    depth: 'light',
    text: "What wrapped up recently that you're glad to see the back of?",
  },
  {
    id: 'wins-17',
    askedBy: 'either',
    depth: 'deeper',
    text: 'Who helped you get something over the line lately, and have they heard a thank-you?',
  },
  {
    id: 'wins-18',
    askedBy: 'either',
    depth: 'deeper',
    text: 'Which problem quietly went away because of something you did?',
  },
]);
