// The eight weeks, three ways: who turns Tandem on and when, what each person does each week (cards,
// buttons, the doc), the template change, the moved and the cancelled meeting, and the checks right
// before each meeting starts and right after it ends.
import { localDate } from '../../../dev/emulator/time-zone';
import { Person } from './people';
import { Story } from './story';
import {
  ALICE,
  BOB,
  DAY_MS,
  NEXT_SECTION_WITHIN_MS,
  SETTLE_MS,
  STORY_START,
  WEEKS,
  type Occurrence,
} from './story-world';

export const WAYS = [
  'both install, the organizer first',
  'the report installs first and creates the doc, the organizer days later',
  'the report never installs and uses the doc and its sidebar only',
] as const;
export type Way = (typeof WAYS)[number];

const HOUR_MS = 60 * 60_000;
const MINUTE_MS = 60_000;
/** Week 4's meeting moves to Thursday 26 November, 14:00 in Paris (05:00 in Los Angeles). */
const MOVED_WEEK = 4;
const MOVED_TO = Date.parse('2026-11-26T13:00:00Z');
const WEEK_MS = 7 * DAY_MS;
/** The template Alice saves in Settings in week 4, after that week's section was prepared. */
export const NEW_TEMPLATE = ['Check-in', 'Wins', 'Blockers', 'Growth', 'Feedback', 'Action items'];

interface Moment {
  at: number;
  label: string;
  run: () => void;
}

/** Weeks run Friday to Thursday (UTC), so each holds its Tuesday meeting, even when moved to Thursday. */
function weekOf(story: Story, at: number): number {
  const firstFriday = story.schedule.ofWeek(1).originalStart - 4 * DAY_MS - 7 * HOUR_MS;
  return Math.min(WEEKS + 1, Math.max(1, 1 + Math.floor((at - firstFriday) / WEEK_MS)));
}

export function runStory(way: Way): Story {
  const story = new Story();
  const alice = new Person(story, ALICE);
  const bob = new Person(story, BOB);
  const start = Date.parse(STORY_START);
  const moments: Moment[] = [];
  const at = (ms: number, label: string, run: () => void) => moments.push({ at: ms, label, run });
  /** Alice opens her sidebar once her Tandem runs; in the second way she stays out of it until then. */
  const aliceUsesSidebar = () => way !== WAYS[1] || story.on.has(ALICE);

  // Who turns Tandem on, and when.
  if (way === WAYS[0] || way === WAYS[2]) {
    at(start, 'Alice turns Tandem on', () => {
      alice.turnOn();
      story.docDueAt = story.now + SETTLE_MS;
    });
  }
  if (way === WAYS[0]) at(start + HOUR_MS, 'Bob turns Tandem on', () => bob.turnOn());
  if (way === WAYS[1]) {
    at(start, 'Bob turns Tandem on', () => bob.turnOn());
    at(start + SETTLE_MS, 'Bob creates the doc from the event card', () => bob.openEventCard());
    const thursday = Date.parse('2026-11-05T09:00:00Z');
    at(thursday, 'Alice turns Tandem on, days later', () => alice.turnOn());
    at(thursday + SETTLE_MS, 'Alice looks at her 1:1', () => {
      alice.openEventCard();
      alice.openSidebar();
    });
  }

  for (let week = 1; week <= WEEKS; week++) {
    const o = story.schedule.ofWeek(week);
    const tuesday = o.originalStart;
    if (week === MOVED_WEEK)
      at(tuesday - 4 * DAY_MS + 2 * HOUR_MS, 'the template changes, then the meeting moves', () => {
        alice.changeTemplate(NEW_TEMPLATE);
        alice.move(o, MOVED_TO);
      });
    if (week === 7) at(tuesday - 4 * DAY_MS + 2 * HOUR_MS, 'the meeting is cancelled', () => alice.cancel(o));

    at(tuesday - 22 * HOUR_MS, `Alice prepares (Monday 10:00 in Paris)`, () => {
      if (story.on.has(ALICE)) {
        alice.openHomepage();
        alice.openEventCard();
      }
      if (aliceUsesSidebar()) alice.openSidebar();
      const next = story.schedule.next(story.now);
      if (!next) return;
      const n = story.notebook.next();
      alice.write(`Topic (Alice, week ${week}): the team offsite #${n}`, next, 'a topic in the next section');
      alice.write(
        `[ ] Alice: share the week-${week} hiring plan (due ${localDate(next.start + 3 * DAY_MS, 'Europe/Paris')})`,
        next,
        'an action item in the next section',
      );
      alice.tick(
        (open) => open.find((i) => !sameSection(story, i, next)),
        next,
        'a carried item in the next section',
      );
    });

    at(tuesday - 5 * HOUR_MS, `Bob prepares (Monday 18:00 in Los Angeles)`, () => {
      if (story.on.has(BOB)) {
        bob.openHomepage();
        bob.openEventCard();
      }
      bob.openSidebar();
      const next = story.schedule.next(story.now);
      if (!next) return;
      bob.write(`Topic (Bob, week ${week}): how the on-call rota feels`, next, 'a topic in the next section');
      bob.write(
        `[ ] Bob: send the week-${week} design notes to Priya`,
        next,
        'an action item in the next section',
      );
      bob.tick(
        (open) => open.find((i) => i.owner === BOB && !sameSection(story, i, next)),
        'where written',
        'one of his items in an older section',
      );
    });

    if (o.cancelled && week !== 7) throw new Error('only week 7 is cancelled');
    if (week === 7) continue; // cancelled: the next checks come with week 8's meeting
    // The moments are planned before the story runs: the moved meeting's times are known now.
    const start = week === MOVED_WEEK ? MOVED_TO : o.start;
    const end = start + (o.end - o.start);
    at(start - 5 * MINUTE_MS, 'five minutes before the meeting', () =>
      story.beforeMeeting('check the next section before the meeting'),
    );
    // Right after the meeting, before any background run: the cards already name the next one.
    at(end + 5 * MINUTE_MS, 'just after the meeting', () => {
      bob.openSidebar('look');
      if (aliceUsesSidebar()) alice.openSidebar('look');
    });
    at(end + NEXT_SECTION_WITHIN_MS + 5 * MINUTE_MS, 'late items in older sections', () => {
      bob.write(
        `[ ] Bob: book the week-${week} follow-up with Sam`,
        o,
        'a late item in the meeting just held',
      );
      const before = story.schedule.held(story.now).at(-2);
      if (before && week % 3 === 0)
        alice.write(`[ ] Alice: review the week-${week} budget`, before, 'a late item two sections back');
    });
  }
  const last = story.schedule.ofWeek(WEEKS + 1);
  at(last.start - 5 * MINUTE_MS, 'five minutes before the ninth meeting', () =>
    story.beforeMeeting('check the next section before the meeting'),
  );

  moments.sort((a, b) => a.at - b.at);
  for (const moment of moments) {
    story.ledger.week = weekOf(story, moment.at);
    story.tickTo(moment.at, moment.label);
    moment.run();
  }
  return story;
}

/** Whether an item was written in the section of `o` (then it is not a carried copy there). */
function sameSection(story: Story, item: { writtenIn: string }, o: Occurrence): boolean {
  return story.schedule.candidateDates(o).includes(item.writtenIn);
}
