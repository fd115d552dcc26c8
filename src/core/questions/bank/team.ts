// Team and relationships: the people around the pair, how they work together and who is left out.
// Manager-side questions listen for tension and quiet helpers; report-side ones ask for the wider view.

import { inCategory } from './define';

export const TEAM_QUESTIONS = inCategory('team', [
  {
    id: 'team-01',
    askedBy: 'manager',
    depth: 'light',
    text: 'Who on the team have you enjoyed working with lately?',
  },
  {
    id: 'team-02',
    askedBy: 'manager',
    depth: 'light',
    text: 'Is there anyone on the team you would like to get to know better?',
  },
  {
    id: 'team-03',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'How do you feel about the way the team makes decisions?',
  },
  {
    id: 'team-04',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Is there tension on the team that I should know about?',
  },
  {
    id: 'team-05',
    askedBy: 'manager',
    depth: 'light',
    text: 'Who has been quietly helping others and deserves a shout-out?',
  },
  {
    id: 'team-06',
    askedBy: 'manager',
    depth: 'deeper',
    text: 'Do you feel safe disagreeing openly in team meetings?',
  },
  {
    id: 'team-07',
    askedBy: 'manager',
    depth: 'light',
    text: 'Is there a team ritual you would happily drop, or one you would add?',
  },
  {
    id: 'team-08',
    askedBy: 'report',
    depth: 'light',
    text: 'How do you think the team is doing overall right now?',
  },
  {
    id: 'team-09',
    askedBy: 'report',
    depth: 'light',
    text: 'What are you hearing about our team from other teams?',
  },
  { id: 'team-10', askedBy: 'report', depth: 'light', text: 'Is there someone new I could help settle in?' },
  {
    id: 'team-11',
    askedBy: 'report',
    depth: 'deeper',
    text: 'Which relationships outside the team would be worth building for my work?',
  },
  {
    id: 'team-12',
    askedBy: 'report',
    depth: 'light',
    text: 'How can I help the team more, beyond my own projects?',
  },
  {
    id: 'team-13',
    askedBy: 'either',
    depth: 'light',
    text: 'Who outside our team have you worked with recently that made things easier?',
  },
  {
    id: 'team-14',
    askedBy: 'either',
    depth: 'deeper',
    text: 'How connected do you feel to the rest of the team these days?',
  },
  {
    id: 'team-15',
    askedBy: 'either',
    depth: 'light',
    text: 'Is there a handoff between people or teams that keeps dropping things?',
  },
  {
    id: 'team-16',
    askedBy: 'either',
    depth: 'light',
    text: 'What does the team do well that we should protect as we grow?',
  },
  {
    id: 'team-17',
    askedBy: 'either',
    depth: 'light',
    text: 'Who would you go to first if you got stuck, and why them?',
  },
  {
    id: 'team-18',
    askedBy: 'either',
    depth: 'deeper',
    text: 'Is there a working relationship you would like to repair or strengthen?',
  },
  {
    id: 'team-19',
    askedBy: 'either',
    depth: 'light',
    text: "What's one thing you would change about how the team works together?",
  },
]);
