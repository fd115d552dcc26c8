// Check-in and well-being: how the person is, before what the work is.
// Manager-side questions look after workload and rest; report-side ones return the care.

import { inCategory } from './define';

export const CHECKIN_QUESTIONS = inCategory('checkin', [
  {
    id: 'checkin-01',
    askedBy: 'manager',
    depth: 'light',
    text: 'How is your workload feeling right now: too much, too little, or about right?',
  },
  {
    id: 'checkin-02',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Is anything outside work making this stretch harder, and is there anything I could adjust to help?',
  },
  {
    id: 'checkin-03',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Have you been able to switch off in the evenings lately, or is work following you home?',
  },
  {
    id: 'checkin-04',
    askedBy: 'manager',
    depth: 'light',
    text: "What's one thing I could take off your plate this week?",
  },
  {
    id: 'checkin-05',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'When did you last feel properly rested, and what would it take to get back there?',
  },
  {
    id: 'checkin-06',
    askedBy: 'manager',
    depth: 'light',
    text: 'Which part of your week gave you energy, and which part drained it?',
  },
  {
    id: 'checkin-07',
    askedBy: 'report',
    depth: 'light',
    text: 'How are you doing this week, honestly, not just the short version?',
  },
  {
    id: 'checkin-08',
    askedBy: 'report',
    depth: 'light',
    text: 'What has been keeping you busiest lately, and is there a piece of it I could pick up?',
  },
  {
    id: 'checkin-09',
    askedBy: 'report',
    depth: 'deeper',
    text: "Is anything weighing on you that would help me to know about, even if I can't fix it?",
  },
  {
    id: 'checkin-10',
    askedBy: 'report',
    depth: 'light',
    text: 'Is this a good week to bring you something new, or would it be kinder to wait?',
  },
  {
    id: 'checkin-11',
    askedBy: 'report',
    depth: 'deeper',
    text: 'What does a good week look like for you at the moment, and are you getting many of them?',
  },
  {
    id: 'checkin-12',
    askedBy: 'either',
    depth: 'light',
    text: "What's one good thing that happened since we last talked, at work or outside it?",
  },
  {
    id: 'checkin-13',
    askedBy: 'either',
    depth: 'light',
    text: 'If you had to describe your energy today in a single word, what would it be?',
  },
  {
    id: 'checkin-14',
    askedBy: 'either',
    depth: 'light',
    text: "What's on your mind that we haven't had a chance to talk about yet?",
  },
  {
    id: 'checkin-15',
    askedBy: 'either',
    depth: 'deeper',
    text: 'Is there anything you would like to get off your chest before we start?',
  },
  {
    id: 'checkin-16',
    askedBy: 'either',
    depth: 'light',
    text: 'What are you looking forward to in the next couple of weeks?',
  },
  {
    id: 'checkin-17',
    askedBy: 'either',
    depth: 'light',
    text: 'What has been the most absorbing thing you worked on since we last met?',
  },
  {
    id: 'checkin-18',
    askedBy: 'either',
    depth: 'deeper',
    text: 'How is the balance between focused time and meetings working for you these days?',
  },
  {
    id: 'checkin-19',
    askedBy: 'either',
    depth: 'light',
    text: "Is there anything from last week that you're still turning over in your head?",
  },
]);
