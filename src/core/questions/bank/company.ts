// Company and direction: how the person's work connects to where the company is going.
// Report-side questions ask for context the manager holds; manager-side ones check for confusion.

import { inCategory } from './define';

export const COMPANY_QUESTIONS = inCategory('company', [
  {
    id: 'company-01',
    askedBy: 'manager',
    depth: 'light',
    text: "Is there anything about the company's direction that you find confusing?",
  },
  {
    id: 'company-02',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Can you see how your work connects to what the company is trying to do this year?',
  },
  {
    id: 'company-03',
    askedBy: 'manager',
    depth: 'light',
    text: 'Is there a recent announcement you would like to talk through?',
  },
  {
    id: 'company-04',
    askedBy: 'manager',
    depth: 'light',
    text: 'If you ran the company for a week, what would you do first?',
  },
  {
    id: 'company-05',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'What question about the company have you never had a good answer to?',
  },
  {
    id: 'company-06',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'How do you feel about where the company is heading?',
  },
  {
    id: 'company-07',
    askedBy: 'report',
    depth: 'deeper',
    text: "What's the leadership team most worried about at the moment?",
  },
  {
    id: 'company-08',
    askedBy: 'report',
    depth: 'light',
    text: "What's coming up next quarter that the team should prepare for?",
  },
  {
    id: 'company-09',
    askedBy: 'report',
    depth: 'light',
    text: "How are our team's priorities decided, and how can I have a say?",
  },
  {
    id: 'company-10',
    askedBy: 'report',
    depth: 'deeper',
    text: "What's the story behind the most recent change in priorities?",
  },
  {
    id: 'company-11',
    askedBy: 'report',
    depth: 'light',
    text: 'Which company goal do you think our team can move the most?',
  },
  {
    id: 'company-12',
    askedBy: 'report',
    depth: 'light',
    text: "Is there news on the way that you're able to share with me early?",
  },
  {
    id: 'company-13',
    askedBy: 'either',
    depth: 'light',
    text: "What's one thing the company does that you would like to see more of?",
  },
  {
    id: 'company-14',
    askedBy: 'either',
    depth: 'deeper',
    text: 'What makes you proud to work here, and what gets in the way of that?',
  },
  {
    id: 'company-15',
    askedBy: 'either',
    depth: 'light',
    text: 'Is there a customer story that changed how you think about our product?',
  },
  {
    id: 'company-16',
    askedBy: 'either',
    depth: 'deeper',
    text: "Which decision this year do you think we'll look back on as the biggest?",
  },
  {
    id: 'company-17',
    askedBy: 'either',
    depth: 'light',
    text: 'If you could fix one thing about how the company communicates, what would it be?',
  },
  {
    id: 'company-18',
    askedBy: 'either',
    depth: 'light',
    text: 'Which of our company values do you see in action most often?',
  },
]);
