// Feedback for me: the asker asks for feedback on themselves. A manager asks about their own
// management; a report asks how their work is landing. Peers ask about working together.

import { inCategory } from './define';

export const FEEDBACK_FOR_ME_QUESTIONS = inCategory('feedbackForMe', [
  {
    id: 'feedback-me-01',
    askedBy: 'manager',
    depth: 'light',
    text: "What's one thing I could do differently to support you better?",
  },
  {
    id: 'feedback-me-02',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Is there anything I do that gets in your way, even without meaning to?',
  },
  {
    id: 'feedback-me-03',
    askedBy: 'manager',
    depth: 'light',
    text: 'Do you get enough context from me to make decisions on your own?',
  },
  {
    id: 'feedback-me-04',
    askedBy: 'manager',
    depth: 'light',
    text: 'Am I giving you the right amount of autonomy, or would you like more or less?',
  },
  {
    id: 'feedback-me-05',
    askedBy: 'manager',
    depth: 'light',
    text: 'How useful are these 1:1s for you, and what would make them better?',
  },
  {
    id: 'feedback-me-06',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Is there a decision I made lately that you disagreed with?',
  },
  {
    id: 'feedback-me-07',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'When did I last make your job harder than it needed to be?',
  },
  {
    id: 'feedback-me-08',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Do I recognize your work enough, and in a way that feels meaningful to you?',
  },
  {
    id: 'feedback-me-09',
    askedBy: 'report',
    depth: 'light',
    text: "What's one thing I could do to have more impact next month?",
  },
  {
    id: 'feedback-me-10',
    askedBy: 'report',
    depth: 'deeper',
    text: "Is there anything I'm doing that you would like me to stop?",
  },
  {
    id: 'feedback-me-11',
    askedBy: 'report',
    depth: 'deeper',
    text: 'How do you think I handled the last difficult situation on my plate?',
  },
  {
    id: 'feedback-me-12',
    askedBy: 'report',
    depth: 'light',
    text: "What's something you would like to see me do more of?",
  },
  {
    id: 'feedback-me-13',
    askedBy: 'report',
    depth: 'light',
    text: 'Where do you think my work is strongest right now?',
  },
  {
    id: 'feedback-me-14',
    askedBy: 'report',
    depth: 'deeper',
    text: 'Have you heard feedback about me from others that I should know about?',
  },
  {
    id: 'feedback-me-15',
    askedBy: 'report',
    depth: 'deeper',
    text: 'What would make you more confident handing me bigger projects?',
  },
  {
    id: 'feedback-me-16',
    askedBy: 'either',
    depth: 'light',
    text: 'Is there something about how I communicate that could be clearer?',
  },
  {
    id: 'feedback-me-17',
    askedBy: 'either',
    depth: 'light',
    text: "What's one thing I should keep doing because it helps you?",
  },
  {
    id: 'feedback-me-18',
    askedBy: 'either',
    depth: 'deeper',
    text: 'Was there a moment recently where I could have handled things better?',
  },
  {
    id: 'feedback-me-19',
    askedBy: 'either',
    depth: 'light',
    text: 'How could I make our work together easier for you?',
  },
  {
    id: 'feedback-me-20',
    askedBy: 'either',
    depth: 'deeper',
    text: 'If you were in my shoes, what would you do differently?',
  },
]);
