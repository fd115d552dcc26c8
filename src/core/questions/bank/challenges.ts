// Challenges and blockers: what is in the way, asked early enough that something can be done.
// Manager-side questions offer to remove obstacles; report-side ones offer help upward.

import { inCategory } from './define';

export const CHALLENGES_QUESTIONS = inCategory('challenges', [
  {
    id: 'challenges-01',
    askedBy: 'manager',
    depth: 'light',
    text: "What's slowing you down right now that I could remove or push on?",
  },
  {
    id: 'challenges-02',
    askedBy: 'manager',
    depth: 'light',
    text: "Is there a decision you're waiting on that's holding things up?",
  },
  {
    id: 'challenges-03',
    askedBy: 'manager',
    depth: 'light',
    text: 'Where are you stuck, and what have you tried so far?',
  },
  {
    id: 'challenges-04',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Which task have you been putting off, and what makes it hard to start?',
  },
  {
    id: 'challenges-05',
    askedBy: 'manager',
    depth: 'light',
    text: "Is anything you're working on starting to feel like it might slip?",
  },
  {
    id: 'challenges-06',
    askedBy: 'manager',
    depth: 'deeper',
    text: "Is there a conversation you're dreading that I could help you prepare for?",
  },
  {
    id: 'challenges-07',
    askedBy: 'manager',
    depth: 'light',
    text: 'If you could change one of our processes tomorrow, which would it be?',
  },
  {
    id: 'challenges-08',
    askedBy: 'report',
    depth: 'light',
    text: "What's the hardest problem on your desk right now?",
  },
  {
    id: 'challenges-09',
    askedBy: 'report',
    depth: 'light',
    text: 'Is there a risk you can see coming that the team should know about?',
  },
  {
    id: 'challenges-10',
    askedBy: 'report',
    depth: 'light',
    text: 'Where could I save you time by handling something myself?',
  },
  {
    id: 'challenges-11',
    askedBy: 'report',
    depth: 'deeper',
    text: 'Which of our projects worries you most at the moment, and why?',
  },
  {
    id: 'challenges-12',
    askedBy: 'report',
    depth: 'light',
    text: 'Is there a blocker for the team that you would like me to keep an eye on?',
  },
  {
    id: 'challenges-13',
    askedBy: 'report',
    depth: 'deeper',
    text: "Is there a problem you're weighing where my view from the ground could help?",
  },
  {
    id: 'challenges-14',
    askedBy: 'either',
    depth: 'light',
    text: 'What one fix would make the next two weeks noticeably easier?',
  },
  {
    id: 'challenges-15',
    askedBy: 'either',
    depth: 'light',
    text: "Where do you feel you're spinning your wheels?",
  },
  {
    id: 'challenges-16',
    askedBy: 'either',
    depth: 'light',
    text: "What's something you're unsure how to approach?",
  },
  {
    id: 'challenges-17',
    askedBy: 'either',
    depth: 'light',
    text: 'Which dependency on another team is causing the most friction right now?',
  },
  {
    id: 'challenges-18',
    askedBy: 'either',
    depth: 'deeper',
    text: 'Is there a problem you have been carrying alone that we could look at together?',
  },
  {
    id: 'challenges-19',
    askedBy: 'either',
    depth: 'deeper',
    text: "What did you try lately that didn't work, and what did it teach you?",
  },
]);
