// The worlds the card tests start from: the sample world (a manager in Paris, her reports, a
// 1:1 organised by her own manager who has no Tandem), plus a one-off meeting and a hostile pair.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { typeInSection } from '../../dev/driver/typing';
import { sampleWorld } from '../../dev/sample-world';
import type { World } from '../../dev/emulator/world';
import type { CardScenario } from './card-harness';

export const ALICE = 'alice@example.com';
export const BOB = 'bob@example.com';
export const CHLOE = 'chloe@example.com';
export const FARID = 'farid@example.com';
export const GWEN = 'gwen@example.com';
export const ALICE_BOB = `${ALICE} ${BOB}`;
export const ALICE_FARID = `${ALICE} ${FARID}`;
export const ALICE_GWEN = `${ALICE} ${GWEN}`;

/** Text that must show as text in every card: markup, entities, emoji, right-to-left, a link. */
export const HOSTILE =
  '<b>Bold</b> <a href="https://evil.example">click</a> & "quotes" \'single\' 🙂 שלום עולם';
export const HOSTILE_NAME = `<i>Gwen</i> & "Co" 🙂 مرحبا`;

const TZ = 'Europe/Paris';

export function cardWorld(): World {
  const world = sampleWorld();
  world.users.push({ email: GWEN, name: HOSTILE_NAME, timeZone: TZ, locale: 'en' });
  const alice = world.calendars[ALICE]!.events;
  alice.push(
    {
      id: 'oneoff',
      summary: 'Alice / Bob: one-off chat',
      organizer: { email: ALICE, displayName: 'Alice Moreau' },
      attendees: [
        { email: ALICE, organizer: true, responseStatus: 'accepted' },
        { email: BOB, responseStatus: 'accepted' },
      ],
      start: { dateTime: '2026-10-21T15:00:00', timeZone: TZ },
      end: { dateTime: '2026-10-21T15:30:00', timeZone: TZ },
    },
    {
      id: 'hostile1on1',
      summary: HOSTILE,
      organizer: { email: ALICE, displayName: 'Alice Moreau' },
      attendees: [
        { email: ALICE, organizer: true, responseStatus: 'accepted' },
        { email: GWEN, displayName: HOSTILE_NAME, responseStatus: 'accepted' },
      ],
      start: { dateTime: '2026-10-20T16:00:00', timeZone: TZ },
      end: { dateTime: '2026-10-20T16:30:00', timeZone: TZ },
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TU'],
    } satisfies calendar_v3.Schema$Event,
  );
  return world;
}

/** Appends a paragraph at the end of the meeting section for `date`, as a person typing. */
export function writeInSection(
  s: CardScenario,
  email: string,
  docId: string,
  date: string,
  text: string,
): void {
  typeInSection(s.ws, email, docId, { date }, text);
}

/** Inserts a line right after the sub-heading `part` of the section for `date`. */
export function writeUnder(
  s: CardScenario,
  email: string,
  docId: string,
  date: string,
  part: string,
  text: string,
): void {
  typeInSection(s.ws, email, docId, { date, under: part }, text);
}

/** Emma's 1:1 in the sample world: its title has "catch-up", used to test exclusion keywords. */
export const EMMA_TITLE = 'Emma & Alice catch-up';
