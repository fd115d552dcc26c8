// Feedback for them: the asker offers feedback to the other person, asking first how and when.
// A manager offers it to their report; a report offers it upward to their manager.

import { inCategory } from './define';

export const FEEDBACK_FOR_THEM_QUESTIONS = inCategory('feedbackForThem', [
  {
    id: 'feedback-them-01',
    askedBy: 'manager',
    depth: 'light',
    text: 'Would you like some feedback on the last piece of work you shared with me?',
  },
  {
    id: 'feedback-them-02',
    askedBy: 'manager',
    depth: 'light',
    text: 'How do you prefer to hear feedback: in the moment, in writing, or saved for our 1:1?',
  },
  {
    id: 'feedback-them-03',
    askedBy: 'manager',
    depth: 'light',
    text: 'Can I tell you about something you did recently that had more impact than you might think?',
  },
  {
    id: 'feedback-them-04',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Is there an area where you would like more direct feedback from me?',
  },
  {
    id: 'feedback-them-05',
    askedBy: 'manager',
    depth: 'light',
    text: 'Would it help to hear what I see as your biggest strength right now?',
  },
  {
    id: 'feedback-them-06',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Can I share an observation from last week that might help with your next project?',
  },
  {
    id: 'feedback-them-07',
    askedBy: 'report',
    depth: 'light',
    text: 'Would you like to hear how the last team meeting came across from my side?',
  },
  {
    id: 'feedback-them-08',
    askedBy: 'report',
    depth: 'light',
    text: 'Can I share something that has been working really well in how you run the team?',
  },
  {
    id: 'feedback-them-09',
    askedBy: 'report',
    depth: 'deeper',
    text: 'Is now a good time for some honest feedback about how our last planning went?',
  },
  {
    id: 'feedback-them-10',
    askedBy: 'report',
    depth: 'deeper',
    text: 'Would it help to hear what I think the team needs more of from you?',
  },
  {
    id: 'feedback-them-11',
    askedBy: 'report',
    depth: 'light',
    text: 'Would it be useful to know which of your habits help me the most?',
  },
  {
    id: 'feedback-them-12',
    askedBy: 'report',
    depth: 'light',
    text: 'Are you open to an idea about how we could run these 1:1s?',
  },
  {
    id: 'feedback-them-13',
    askedBy: 'either',
    depth: 'light',
    text: 'May I tell you what I appreciated about how you handled a recent situation?',
  },
  {
    id: 'feedback-them-14',
    askedBy: 'either',
    depth: 'deeper',
    text: 'Would you like to hear one thing I would keep and one thing I would change in how we work together?',
  },
  {
    id: 'feedback-them-15',
    askedBy: 'either',
    depth: 'light',
    text: 'Is there feedback you would rather get from me in writing, so you have time to think it over?',
  },
  {
    id: 'feedback-them-16',
    askedBy: 'either',
    depth: 'light',
    text: 'Shall we each name one thing the other does really well?',
  },
  {
    id: 'feedback-them-17',
    askedBy: 'either',
    depth: 'deeper',
    text: 'Is there a recent decision of yours you would like an outside view on?',
  },
  {
    id: 'feedback-them-18',
    askedBy: 'either',
    depth: 'deeper',
    text: 'When feedback from me has landed well before, what made it work?',
  },
]);
