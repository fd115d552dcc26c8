// Calendar events as they come: hundreds of attendees, none, attendees without an email, broken and
// odd recurrence rules, all-day and multi-day series, zones with unusual offsets. Each is a 1:1 or
// not, handled without an error, and never disturbs the other pairs or shares with anyone new.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { parseWorld, type World } from '../../dev/emulator/world';
import { sampleWorld } from '../../dev/sample-world';
import { Scenario } from '../harness';
import { sectionDates, soundness } from './support/invariants';
import { CallTap } from './support/tap';
import { advance, ALICE } from './support/worlds';
import { viewOf } from './support/world-view';

const GUEST = 'guest@example.com';
const FIRST_SYNCS_DONE = '2026-10-19T07:10:00Z';

function oddSeries(id: string, extra: calendar_v3.Schema$Event): calendar_v3.Schema$Event {
  return {
    id,
    summary: 'Odd one',
    organizer: { email: ALICE },
    start: { dateTime: '2026-10-21T09:00:00', timeZone: 'Europe/Paris' },
    end: { dateTime: '2026-10-21T09:30:00', timeZone: 'Europe/Paris' },
    recurrence: ['RRULE:FREQ=WEEKLY'],
    attendees: [{ email: ALICE, responseStatus: 'accepted' }, { email: GUEST }],
    ...extra,
  };
}

function withEvent(event: calendar_v3.Schema$Event): World {
  const world = sampleWorld();
  world.users.push({ email: GUEST, name: 'Guest Person', timeZone: 'Europe/Paris' });
  world.calendars[ALICE]?.events.push(event);
  return world;
}

const reference = (() => {
  const s = new Scenario(withEvent(oddSeries('plain0001', { attendees: [{ email: ALICE }] })));
  s.enable(ALICE);
  advance(s, FIRST_SYNCS_DONE);
  return viewOf(s.ws);
})();

const crowd = Array.from({ length: 300 }, (_, i) => ({ email: `person${i}@example.com` }));

interface OddEvent {
  name: string;
  event: calendar_v3.Schema$Event;
  /** The section headings the guest's doc gets; null: no doc (not a 1:1, or no occurrence at all). */
  sections: string[] | null;
}

const ODD_EVENTS: OddEvent[] = [
  {
    name: 'a weekly series with 300 attendees',
    event: oddSeries('big000001', { attendees: [{ email: ALICE }, { email: GUEST }, ...crowd] }),
    sections: null,
  },
  {
    name: 'a series with no attendee list',
    event: oddSeries('none00001', { attendees: [] }),
    sections: null,
  },
  {
    name: 'a series whose other attendee has no email',
    event: oddSeries('noemail01', { attendees: [{ email: ALICE }, { displayName: 'Someone by phone' }] }),
    sections: null,
  },
  {
    name: 'a series of one occurrence (COUNT=1)',
    event: oddSeries('count0001', { recurrence: ['RRULE:FREQ=WEEKLY;COUNT=1'] }),
    sections: ['2026-10-21 · Wednesday'],
  },
  {
    name: 'a series that ended before today',
    event: oddSeries('ended0001', {
      start: { dateTime: '2026-09-02T09:00:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-09-02T09:30:00', timeZone: 'Europe/Paris' },
      recurrence: ['RRULE:FREQ=WEEKLY;UNTIL=20260930T000000Z'],
    }),
    sections: [],
  },
  {
    name: 'a series whose every occurrence is excluded (EXDATE): nothing to meet about',
    event: oddSeries('skipped01', {
      recurrence: ['RRULE:FREQ=WEEKLY;COUNT=2', 'EXDATE;TZID=Europe/Paris:20261021T090000,20261028T090000'],
    }),
    sections: null,
  },
  {
    name: 'an all-day weekly series',
    event: oddSeries('datebased', { start: { date: '2026-10-21' }, end: { date: '2026-10-22' } }),
    sections: ['2026-10-21 · Wednesday'],
  },
  {
    name: 'a two-day series every other week',
    event: oddSeries('longdates', {
      start: { date: '2026-10-22' },
      end: { date: '2026-10-24' },
      recurrence: ['RRULE:FREQ=WEEKLY;INTERVAL=2'],
    }),
    sections: ['2026-10-22 · Thursday'],
  },
  {
    name: 'a series across midnight',
    event: oddSeries('midnight1', {
      start: { dateTime: '2026-10-21T23:45:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-10-22T00:30:00', timeZone: 'Europe/Paris' },
    }),
    sections: ['2026-10-21 · Wednesday'],
  },
];

describe.each(ODD_EVENTS)('when Alice’s calendar holds $name', ({ event, sections }) => {
  const s = new Scenario(withEvent(event));
  const tap = new CallTap(s.ws);
  s.enable(ALICE);
  const fired = advance(s, FIRST_SYNCS_DONE);

  it('every run succeeds', () => {
    expect(fired.map((f) => f.result.error ?? 'ok')).toEqual(fired.map(() => 'ok'));
  });

  it(
    sections === null
      ? 'no doc is made and nothing is shared'
      : 'one doc with the right sections, shared with the guest',
    () => {
      const doc = s.pairDocs().get(`${ALICE} ${GUEST}`);
      if (sections === null) {
        expect(doc).toBeUndefined();
        expect(s.ws.drive.sharingLog().map((r) => r.emailAddress)).not.toContain(GUEST);
      } else {
        expect(doc).toBeDefined();
        expect(s.lines(doc ?? '').filter((l) => /^# \d/.test(l))).toEqual(sections.map((h) => `# ${h}`));
        expect(s.sharedWith(doc ?? '')).toEqual([ALICE, GUEST]);
      }
    },
  );

  it('the other pairs are exactly as without it, and no one else got a share', () => {
    const view = viewOf(s.ws);
    expect(soundness(s.ws, view, tap.shares)).toEqual([]);
    const others = (v: typeof view) =>
      Object.fromEntries(Object.entries(v.docs).filter(([key]) => !key.includes(GUEST)));
    expect(others(view)).toEqual(others(reference));
  });
});

describe('when a recurrence rule is malformed', () => {
  const world = withEvent(oddSeries('badrule01', { recurrence: ['RRULE:FREQ=SOMETIMES'] }));

  it('a world file holding it is refused with a message naming the event', () => {
    expect(() => new Scenario(parseWorld(JSON.stringify(world), 'w.json'))).toThrow(
      /events\[\d+\].*recurrence rule/i,
    );
  });

  it('Calendar refuses to store it, so Tandem never reads one', () => {
    const s = new Scenario(sampleWorld());
    const insert = () =>
      s
        .calendarAs(ALICE)
        .Events.insert(oddSeries('badrule02', { recurrence: ['RRULE:FREQ=SOMETIMES'] }), 'primary');
    expect(insert).toThrow(/[Ii]nvalid/);
  });
});

/** A pair in a zone with an unusual offset, meeting near midnight so the UTC date differs. */
function farAway(timeZone: string, localStart: string, localEnd: string): World {
  return {
    now: '2026-10-19T00:00:00Z',
    users: [
      { email: 'ram@example.com', name: 'Ram Thapa', timeZone },
      { email: 'sita@example.com', name: 'Sita Rai', timeZone },
    ],
    calendars: {
      'ram@example.com': {
        events: [
          {
            id: 'farseries',
            summary: 'Ram / Sita',
            organizer: { email: 'ram@example.com' },
            start: { dateTime: localStart, timeZone },
            end: { dateTime: localEnd, timeZone },
            recurrence: ['RRULE:FREQ=WEEKLY'],
            attendees: [{ email: 'ram@example.com' }, { email: 'sita@example.com' }],
          },
        ],
      },
    },
    drive: { files: [] },
    userProperties: {},
    triggers: [],
  };
}

describe.each([
  [
    'Asia/Kathmandu (+05:45)',
    'Asia/Kathmandu',
    '2026-10-20T00:15:00',
    '2026-10-20T00:45:00',
    '2026-10-20 · Tuesday',
  ],
  [
    'Pacific/Tongatapu (+13:00)',
    'Pacific/Tongatapu',
    '2026-10-21T06:00:00',
    '2026-10-21T06:30:00',
    '2026-10-21 · Wednesday',
  ],
  [
    'Pacific/Chatham (+13:45 in summer)',
    'Pacific/Chatham',
    '2026-10-22T07:00:00',
    '2026-10-22T07:30:00',
    '2026-10-22 · Thursday',
  ],
  [
    'Pacific/Marquesas (−09:30)',
    'Pacific/Marquesas',
    '2026-10-20T23:30:00',
    '2026-10-21T00:00:00',
    '2026-10-20 · Tuesday',
  ],
])('when the pair lives in %s', (_name, zone, start, end, heading) => {
  const s = new Scenario(farAway(zone, start, end));
  s.enable('ram@example.com');
  const fired = advance(s, '2026-10-19T00:10:00Z');

  it('the section is dated by the local calendar day of the meeting', () => {
    expect(fired.every((f) => f.result.ok)).toBe(true);
    const doc = s.docId('ram@example.com', 'sita@example.com');
    expect(sectionDates(s.lines(doc))).toEqual([heading.slice(0, 10)]);
    expect(s.lines(doc)).toContain(`# ${heading}`);
  });
});
