// Tests for the 1:1 rule of design §2, organised by what makes a series a 1:1 or not, with the
// card's reason each time; a property checks it never says 1:1 for other than two people.
import fc from 'fast-check';
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { classifyEvent, seriesIdOf, type OneOnOneSettings } from './classifyEvent';

// Calendar v3 facts pinned here (https://developers.google.com/calendar/api/v3/reference/events):
// - recurrence: "This field is omitted for single events or instances of recurring events."
// - recurringEventId: "For an instance of a recurring event, this is the id of the recurring event
//   to which this instance belongs."
// - eventType: "default" | "birthday" | "focusTime" | "fromGmail" | "outOfOffice" |
//   "workingLocation"; "If unset, the API uses 'default'"
//   (https://developers.google.com/calendar/api/guides/event-types).
// - status "cancelled": cancelled exceptions "are only guaranteed to have values for the id,
//   recurringEventId and originalStartTime fields populated".
// - attendees[].responseStatus: "needsAction" | "declined" | "tentative" | "accepted".
// - attendeesOmitted: "Whether attendees may have been omitted from the event's representation."
// - guestsCanSeeOtherGuests: "Whether attendees other than the organizer can see who the event's
//   attendees are. Optional. The default is True."

type CalendarEvent = calendar_v3.Schema$Event;

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const CAROL = 'carol@example.com';
const SERIES_ID = 'k3v9q1series';
const WEEKLY = ['RRULE:FREQ=WEEKLY;BYDAY=TU'];
const NO_SETTINGS: OneOnOneSettings = {};

/** Alice's copy of her weekly 1:1 with Bob, which she organises. */
function aliceAndBob(overrides: CalendarEvent = {}): CalendarEvent {
  return {
    id: SERIES_ID,
    status: 'confirmed',
    summary: 'Alice / Bob 1:1',
    recurrence: WEEKLY,
    organizer: { email: ALICE, self: true },
    attendees: [
      { email: ALICE, self: true, organizer: true, responseStatus: 'accepted' },
      { email: BOB, displayName: 'Bob Okafor', responseStatus: 'accepted' },
    ],
    ...overrides,
  };
}

function reasonOf(event: CalendarEvent, settings = NO_SETTINGS, user = ALICE) {
  const result = classifyEvent(event, user, settings);
  return result.kind === 'notOneOnOne' ? { reason: result.reason, detail: result.detail } : 'oneOnOne';
}

describe('classifyEvent', () => {
  describe('when the series is a 1:1 of the user', () => {
    it('names the pair, the other person, the organizer and the series', () => {
      expect(classifyEvent(aliceAndBob(), ALICE, NO_SETTINGS)).toEqual({
        kind: 'oneOnOne',
        pairKey: `${ALICE} ${BOB}`,
        other: { email: BOB, displayName: 'Bob Okafor' },
        userIsOrganizer: true,
        seriesId: SERIES_ID,
      });
    });

    it('is the same pair seen from the guest’s calendar', () => {
      const bobsCopy = aliceAndBob({
        organizer: { email: ALICE },
        attendees: [
          { email: ALICE, organizer: true },
          { email: BOB, self: true },
        ],
      });
      expect(classifyEvent(bobsCopy, BOB)).toMatchObject({
        kind: 'oneOnOne',
        pairKey: `${ALICE} ${BOB}`,
        other: { email: ALICE },
        userIsOrganizer: false,
      });
    });

    it('counts an instance (with recurringEventId) under its series id', () => {
      const instance = aliceAndBob({ id: `${SERIES_ID}_20261124T090000Z`, recurringEventId: SERIES_ID });
      delete instance.recurrence;
      expect(classifyEvent(instance, ALICE)).toMatchObject({ kind: 'oneOnOne', seriesId: SERIES_ID });
    });

    it('keeps the pair when a series is split by "this and following" (a new series id)', () => {
      const before = classifyEvent(aliceAndBob(), ALICE);
      const after = classifyEvent(aliceAndBob({ id: `${SERIES_ID}_R20261201T090000` }), ALICE);
      expect(after).toMatchObject({ kind: 'oneOnOne', seriesId: `${SERIES_ID}_R20261201T090000` });
      expect(
        after.kind === 'oneOnOne' && before.kind === 'oneOnOne' && after.pairKey === before.pairKey,
      ).toBe(true);
    });

    it('treats a missing eventType as a regular event', () => {
      const event = aliceAndBob();
      delete event.eventType;
      expect(reasonOf(event)).toBe('oneOnOne');
    });
  });

  describe('when the event is not a recurring regular meeting', () => {
    it.each<[string, CalendarEvent, string]>([
      ['a single event', aliceAndBob({ recurrence: null }), "it doesn't repeat"],
      ['a deleted series', aliceAndBob({ status: 'cancelled' }), 'it was cancelled'],
      ['a focus time block', aliceAndBob({ eventType: 'focusTime' }), "it's a focus time block"],
      ['an out-of-office block', aliceAndBob({ eventType: 'outOfOffice' }), "it's an out-of-office block"],
      ['a working location', aliceAndBob({ eventType: 'workingLocation' }), "it's a working location entry"],
      ['a birthday', aliceAndBob({ eventType: 'birthday' }), "it's a birthday"],
      ['an event from Gmail', aliceAndBob({ eventType: 'fromGmail' }), 'it was added from Gmail'],
      ['an unknown future type', aliceAndBob({ eventType: 'somethingNew' }), "it isn't a regular meeting"],
    ])('is not a 1:1 for %s', (_what, event, detail) => {
      expect(reasonOf(event)).toMatchObject({ detail });
    });

    it('says "cancelled" for a cancelled exception that carries only its ids', () => {
      const exception = {
        id: `${SERIES_ID}_20261124T090000Z`,
        recurringEventId: SERIES_ID,
        status: 'cancelled',
      };
      expect(classifyEvent(exception, ALICE)).toEqual({
        kind: 'notOneOnOne',
        reason: 'cancelled',
        detail: 'it was cancelled',
        seriesId: SERIES_ID,
      });
    });
  });

  describe('when the people are not exactly the user and one other', () => {
    it('says how many people a three-person series has', () => {
      const event = aliceAndBob({ attendees: [...aliceAndBob().attendees!, { email: CAROL }] });
      expect(reasonOf(event)).toEqual({ reason: 'tooManyPeople', detail: 'it has 3 people' });
    });

    it('is the user alone when there is no attendee list', () => {
      expect(reasonOf(aliceAndBob({ attendees: undefined }))).toMatchObject({ reason: 'onlyYou' });
    });

    it('says the user is not a guest of two other people’s 1:1', () => {
      const event = aliceAndBob({ organizer: { email: BOB }, attendees: [{ email: BOB }, { email: CAROL }] });
      expect(reasonOf(event)).toEqual({ reason: 'notAGuest', detail: "you're not a guest" });
    });

    it('does not guess when the guest list is hidden from a guest', () => {
      const event = aliceAndBob({
        organizer: { email: BOB },
        attendees: [
          { email: BOB, organizer: true },
          { email: ALICE, self: true },
        ],
        guestsCanSeeOtherGuests: false,
      });
      expect(reasonOf(event, NO_SETTINGS, ALICE)).toMatchObject({ reason: 'guestListHidden' });
    });

    it('does not guess when Google omitted attendees', () => {
      expect(reasonOf(aliceAndBob({ attendeesOmitted: true }))).toMatchObject({ reason: 'guestListHidden' });
    });
  });

  describe('when someone declined the series', () => {
    it('is not a 1:1 while the other person declines the whole series, naming them', () => {
      const event = aliceAndBob({
        attendees: [
          { email: ALICE, self: true },
          { email: BOB, displayName: 'Bob Okafor', responseStatus: 'declined' },
        ],
      });
      expect(reasonOf(event)).toEqual({ reason: 'otherDeclined', detail: 'Bob Okafor declined it' });
    });

    it('is not a 1:1 when the user declined the whole series', () => {
      const event = aliceAndBob({
        organizer: { email: BOB },
        attendees: [
          { email: BOB, organizer: true },
          { email: ALICE, self: true, responseStatus: 'declined' },
        ],
      });
      expect(reasonOf(event)).toEqual({ reason: 'youDeclined', detail: 'you declined it' });
    });

    it('still is a 1:1 when only one instance was declined (the schedule skips that meeting)', () => {
      const instance = aliceAndBob({
        recurrence: null,
        recurringEventId: SERIES_ID,
        attendees: [
          { email: ALICE, self: true },
          { email: BOB, responseStatus: 'declined' },
        ],
      });
      expect(reasonOf(instance)).toBe('oneOnOne');
    });
  });

  describe('when the user’s settings apply', () => {
    it('is out when the user excluded the series', () => {
      const settings = { seriesOverrides: { [SERIES_ID]: 'exclude' as const } };
      expect(reasonOf(aliceAndBob(), settings)).toEqual({
        reason: 'excludedByYou',
        detail: 'you excluded it',
      });
    });

    it('is out when the title has an exclusion keyword, quoting the keyword', () => {
      const event = aliceAndBob({ summary: 'Interview debrief: Bob' });
      expect(reasonOf(event, { exclusionKeywords: ['OOO', 'interview'] })).toEqual({
        reason: 'excludedByKeyword',
        detail: "its title matches your exclusion 'interview'",
      });
    });

    it('lets the user include a series a keyword took out', () => {
      const event = aliceAndBob({ summary: 'Interview debrief: Bob' });
      const settings = {
        exclusionKeywords: ['interview'],
        seriesOverrides: { [SERIES_ID]: 'include' as const },
      };
      expect(reasonOf(event, settings)).toBe('oneOnOne');
    });

    it('never makes a 1:1 out of a three-person series by including it', () => {
      const event = aliceAndBob({ attendees: [...aliceAndBob().attendees!, { email: CAROL }] });
      expect(reasonOf(event, { seriesOverrides: { [SERIES_ID]: 'include' } })).toMatchObject({
        reason: 'tooManyPeople',
      });
    });

    it('applies an instance’s series override by its recurringEventId', () => {
      const instance = aliceAndBob({ id: 'other_id', recurrence: null, recurringEventId: SERIES_ID });
      expect(reasonOf(instance, { seriesOverrides: { [SERIES_ID]: 'exclude' } })).toMatchObject({
        reason: 'excludedByYou',
      });
    });

    it('never takes a single event for a 1:1 because of its title', () => {
      expect(reasonOf(aliceAndBob({ recurrence: null, summary: 'Alice / Bob 1:1' }))).toMatchObject({
        reason: 'notRecurring',
      });
    });
  });

  describe('edge cases', () => {
    it('leaves out a room and a known group, keeping the 1:1', () => {
      const event = aliceAndBob({
        attendees: [
          ...aliceAndBob().attendees!,
          {
            email: 'c_188@resource.calendar.google.com',
            displayName: 'Room 4.2',
            resource: true,
            responseStatus: 'declined',
          },
          { email: 'team@example.com' },
        ],
      });
      expect(reasonOf(event, { groupEmails: ['team@example.com'] })).toBe('oneOnOne');
    });

    it('counts an unknown group as a person (the event JSON cannot tell)', () => {
      const event = aliceAndBob({ attendees: [...aliceAndBob().attendees!, { email: 'team@example.com' }] });
      expect(reasonOf(event)).toMatchObject({ reason: 'tooManyPeople' });
    });

    it('trusts the organizer’s own guest list even when guests may not see it', () => {
      expect(reasonOf(aliceAndBob({ guestsCanSeeOtherGuests: false }))).toBe('oneOnOne');
    });

    it('finds the user organising a series that lists only the guest', () => {
      const event = aliceAndBob({ attendees: [{ email: BOB }] });
      expect(classifyEvent(event, ALICE)).toMatchObject({ kind: 'oneOnOne', userIsOrganizer: true });
    });

    it('gives the series id for an event that is not a 1:1, for the include button', () => {
      expect(classifyEvent(aliceAndBob({ eventType: 'focusTime' }), ALICE)).toMatchObject({
        seriesId: SERIES_ID,
      });
      expect(seriesIdOf({})).toBeNull();
    });
  });

  describe('properties', () => {
    const person = fc.constantFrom(ALICE, BOB, CAROL, 'dan@example.com', 'ALICE@example.com');
    const attendee = fc.record(
      { email: person, resource: fc.boolean(), responseStatus: fc.constantFrom('accepted', 'needsAction') },
      { requiredKeys: ['email'] },
    );

    it('says 1:1 only for exactly two distinct people, one of them the user', () => {
      fc.assert(
        fc.property(fc.array(attendee, { maxLength: 6 }), (attendees) => {
          const event = aliceAndBob({ organizer: { email: BOB }, attendees });
          const people = new Set(
            attendees.filter((a) => a.resource !== true).map((a) => a.email.toLowerCase()),
          );
          const result = classifyEvent(event, ALICE);
          const expected = people.size === 2 && people.has(ALICE);
          expect(result.kind === 'oneOnOne').toBe(expected);
        }),
      );
    });
  });
});
