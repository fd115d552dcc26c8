// Tests for who counts as a person of an event: rooms, equipment and groups are left out, and an
// organizer-user missing from the guest list is added.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { isGroupAttendee, participants, userOrganises } from './people';

// Calendar v3 Event fields relied on here, from https://developers.google.com/calendar/api/v3/reference/events :
// - attendees[].resource: "Whether the attendee is a resource." (rooms and equipment)
// - attendees[].self: "Whether this entry represents the calendar on which this copy of the event appears."
// - organizer: "If the organizer is also an attendee, this is indicated with a separate entry in
//   attendees with the organizer field set to True."; organizer.self: the organizer is this calendar.
// - attendees[].asyncOperation: "If present, indicates the status of an asynchronous operation
//   ongoing for this attendee (e.g. listing of members of large attendee groups)."
// No attendee field says "group": Google shows an invited group as "a special type of guest" in
// its UI only (https://support.google.com/a/answer/172013), so the group's email must be known.

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const ROOM = 'c_1889abc@resource.calendar.google.com';
const TEAM = 'billing-team@example.com';

type CalendarEvent = calendar_v3.Schema$Event;

describe('participants', () => {
  it('lists each attendee once, lower-cased, marking the user', () => {
    const event: CalendarEvent = {
      attendees: [
        { email: 'Alice@Example.com', self: true, organizer: true, responseStatus: 'accepted' },
        { email: BOB, displayName: 'Bob Okafor', responseStatus: 'needsAction' },
      ],
    };
    expect(participants(event, ALICE)).toEqual([
      { email: ALICE, responseStatus: 'accepted', isUser: true },
      { email: BOB, displayName: 'Bob Okafor', responseStatus: 'needsAction', isUser: false },
    ]);
  });

  it('recognises the user by `self` even under another address (an alias)', () => {
    const event: CalendarEvent = {
      attendees: [{ email: 'a.moreau@example.com', self: true }, { email: BOB }],
    };
    expect(
      participants(event, ALICE)
        .filter((p) => p.isUser)
        .map((p) => p.email),
    ).toEqual(['a.moreau@example.com']);
  });

  describe('when the event has rooms, equipment or groups', () => {
    it('leaves out attendees marked `resource: true`', () => {
      const event: CalendarEvent = {
        attendees: [{ email: ALICE, self: true }, { email: BOB }, { email: ROOM, resource: true }],
      };
      expect(participants(event, ALICE).map((p) => p.email)).toEqual([ALICE, BOB]);
    });

    it('leaves out the emails the settings know as groups, ignoring case', () => {
      const event: CalendarEvent = {
        attendees: [{ email: ALICE, self: true }, { email: BOB }, { email: TEAM }],
      };
      expect(participants(event, ALICE, ['Billing-Team@example.com']).map((p) => p.email)).toEqual([
        ALICE,
        BOB,
      ]);
    });

    it('leaves out an attendee whose members Google is still listing', () => {
      const event: CalendarEvent = {
        attendees: [
          { email: ALICE, self: true },
          { email: BOB },
          { email: TEAM, asyncOperation: 'inProgress' },
        ],
      };
      expect(participants(event, ALICE).map((p) => p.email)).toEqual([ALICE, BOB]);
    });
  });

  describe('when the organizer is not on the guest list', () => {
    it('adds the organizer when it is the user', () => {
      const event: CalendarEvent = { organizer: { email: ALICE, self: true }, attendees: [{ email: BOB }] };
      expect(participants(event, ALICE)).toEqual([
        { email: BOB, isUser: false },
        { email: ALICE, isUser: true },
      ]);
    });

    it('does not add an organizer who is someone else', () => {
      const event: CalendarEvent = {
        organizer: { email: 'team-calendar@group.calendar.google.com' },
        attendees: [{ email: ALICE, self: true }, { email: BOB }],
      };
      expect(participants(event, ALICE).map((p) => p.email)).toEqual([ALICE, BOB]);
    });
  });

  describe('edge cases', () => {
    it('has no one for an event without an attendee list, organised by someone else', () => {
      expect(participants({ organizer: { email: BOB } }, ALICE)).toEqual([]);
    });

    it('skips attendees without an email', () => {
      const event: CalendarEvent = { attendees: [{ email: ALICE, self: true }, { displayName: 'Someone' }] };
      expect(participants(event, ALICE).map((p) => p.email)).toEqual([ALICE]);
    });

    it('merges the same person listed twice in different case', () => {
      const event: CalendarEvent = {
        attendees: [{ email: BOB }, { email: 'BOB@example.com', displayName: 'Bob' }],
      };
      expect(participants(event, ALICE)).toEqual([{ email: BOB, displayName: 'Bob', isUser: false }]);
    });
  });
});

describe('isGroupAttendee', () => {
  it('is false for a plain person', () => {
    expect(isGroupAttendee({ email: BOB, responseStatus: 'accepted' }, [TEAM])).toBe(false);
  });

  it('is true for a known group email and for a group being expanded', () => {
    expect(isGroupAttendee({ email: TEAM }, [TEAM])).toBe(true);
    expect(isGroupAttendee({ email: TEAM, asyncOperation: 'inProgress' }, [])).toBe(true);
  });
});

describe('userOrganises', () => {
  it.each<[string, CalendarEvent]>([
    ['organizer.self', { organizer: { email: 'primary-alias@example.com', self: true } }],
    ['the organizer email, in any case', { organizer: { email: 'ALICE@example.com' } }],
    ['the user’s attendee entry marked organizer', { attendees: [{ email: ALICE, organizer: true }] }],
  ])('is true by %s', (_how, event) => {
    expect(userOrganises(event, ALICE)).toBe(true);
  });

  it('is false when someone else organises, even if the user is a guest', () => {
    const event: CalendarEvent = {
      organizer: { email: BOB },
      attendees: [
        { email: BOB, organizer: true },
        { email: ALICE, self: true },
      ],
    };
    expect(userOrganises(event, ALICE)).toBe(false);
  });
});
