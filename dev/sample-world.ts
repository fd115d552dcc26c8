// The sample world of `tandem-sim new` and `npm start`: a manager with four reports in Paris,
// starting the week before the 2026-10-25 daylight-saving change.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import type { World } from './emulator/world';

const TZ = 'Europe/Paris';
const DOMAIN = 'example.com';

const people = {
  alice: { email: `alice@${DOMAIN}`, name: 'Alice Moreau' },
  bob: { email: `bob@${DOMAIN}`, name: 'Bob Okafor' },
  chloe: { email: `chloe@${DOMAIN}`, name: 'Chloé Dubois' },
  diego: { email: `diego@${DOMAIN}`, name: 'Diego Ramírez' },
  emma: { email: `emma@${DOMAIN}`, name: 'Emma Lindqvist' },
  farid: { email: `farid@${DOMAIN}`, name: 'Farid Haddad' },
};
type Person = (typeof people)[keyof typeof people];

const ROOM = {
  email: `c_1888paris-4-lumiere@resource.calendar.google.com`,
  displayName: 'Paris-4-Lumière (6)',
  resource: true,
};

function attendee(p: Person, organizer = false): calendar_v3.Schema$EventAttendee {
  return {
    email: p.email,
    displayName: p.name,
    responseStatus: 'accepted',
    ...(organizer ? { organizer: true } : {}),
  };
}

function series(
  id: string,
  summary: string,
  organizer: Person,
  guests: Person[],
  startLocal: string,
  minutes: number,
  rrule: string,
  extra: calendar_v3.Schema$Event = {},
): calendar_v3.Schema$Event {
  const [date, time] = startLocal.split('T') as [string, string];
  const [h, m] = time.split(':').map(Number) as [number, number];
  const endMinutes = h * 60 + m + minutes;
  const end = `${date}T${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}:00`;
  return {
    id,
    summary,
    organizer: { email: organizer.email, displayName: organizer.name },
    attendees: [attendee(organizer, true), ...guests.map((g) => attendee(g))],
    start: { dateTime: `${startLocal}:00`, timeZone: TZ },
    end: { dateTime: end, timeZone: TZ },
    recurrence: [rrule],
    ...extra,
  };
}

/** The sample world. `now` is Monday 2026-10-19 09:00 in Paris (07:00Z, summer time). */
export function sampleWorld(): World {
  const { alice, bob, chloe, diego, emma, farid } = people;
  const aliceEvents: calendar_v3.Schema$Event[] = [
    series('bob1on1', 'Alice / Bob', alice, [bob], '2026-10-20T10:00', 30, 'RRULE:FREQ=WEEKLY;BYDAY=TU'),
    series(
      'chloe1on1',
      '1:1 Chloé + Alice',
      alice,
      [chloe],
      '2026-10-22T14:00',
      30,
      'RRULE:FREQ=WEEKLY;BYDAY=TH',
    ),
    {
      ...series(
        'diego1on1',
        'Diego <> Alice',
        alice,
        [diego],
        '2026-10-21T11:00',
        45,
        'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
      ),
      attendees: [attendee(alice, true), attendee(diego), { ...ROOM, responseStatus: 'accepted' }],
      location: ROOM.displayName,
    },
    series(
      'emma1on1',
      'Emma & Alice catch-up',
      alice,
      [emma],
      '2026-10-23T09:30',
      30,
      'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
    ),
    series(
      'teammeet',
      'Team sync',
      alice,
      [bob, chloe, diego, emma],
      '2026-10-19T09:30',
      30,
      'RRULE:FREQ=WEEKLY;BYDAY=MO',
    ),
    {
      id: 'offsite2026',
      summary: 'Team offsite',
      organizer: { email: alice.email, displayName: alice.name },
      attendees: [attendee(alice, true), attendee(bob), attendee(chloe), attendee(diego), attendee(emma)],
      start: { date: '2026-11-05' },
      end: { date: '2026-11-06' },
    },
  ];
  const faridEvents: calendar_v3.Schema$Event[] = [
    series(
      'farid1on1alice',
      'Farid / Alice',
      farid,
      [alice],
      '2026-10-19T16:00',
      30,
      'RRULE:FREQ=WEEKLY;BYDAY=MO',
    ),
    series(
      'skiplevel',
      'Skip-level: Farid with Bob and Chloé',
      farid,
      [bob, chloe],
      '2026-10-29T15:00',
      45,
      'RRULE:FREQ=MONTHLY;BYDAY=-1TH',
    ),
  ];
  return {
    now: '2026-10-19T07:00:00Z',
    users: Object.values(people).map((p) => ({ email: p.email, name: p.name, timeZone: TZ, locale: 'en' })),
    calendars: {
      [alice.email]: { events: aliceEvents },
      [farid.email]: { events: faridEvents },
    },
    drive: { files: [] },
    userProperties: {},
    triggers: [],
  };
}
