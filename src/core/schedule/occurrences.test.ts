// Tests for the next meeting, the last held one, the one that just ended and the trigger time,
// with moved, cancelled and declined instances, all-day events and daylight-saving weeks.
import fc from 'fast-check';
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { endOfNextMeeting, lastHeld, meetingJustEnded, nextMeeting, toOccurrences } from './occurrences';

// Calendar v3 facts (https://developers.google.com/calendar/api/v3/reference/events):
// - end: "The (exclusive) end time of the event."
// - status "cancelled": "Cancelled exceptions of an uncancelled recurring event indicate that this
//   instance should no longer be presented to the user"; they "are only guaranteed to have values
//   for the id, recurringEventId and originalStartTime fields populated."
// - originalStartTime identifies the instance "even if the instance was moved to a different time".
// - attendees[].responseStatus "declined": "The attendee has declined the invitation."
// - attendees[].resource: rooms and equipment; a room's answer says nothing about the people.

type CalendarEvent = calendar_v3.Schema$Event;

const SERIES = 'k3v9q1series';
const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';

/** One instance of Alice and Bob's weekly 1:1, read in Paris time. */
function meeting(start: string, end: string, extra: CalendarEvent = {}): CalendarEvent {
  return {
    id: `${SERIES}_${start.slice(0, 10)}`,
    recurringEventId: SERIES,
    status: 'confirmed',
    start: { dateTime: start },
    end: { dateTime: end },
    originalStartTime: { dateTime: start },
    attendees: [
      { email: ALICE, self: true, organizer: true, responseStatus: 'accepted' },
      { email: BOB, responseStatus: 'accepted' },
    ],
    ...extra,
  };
}

const NOV_17 = meeting('2026-11-17T10:00:00+01:00', '2026-11-17T10:30:00+01:00');
const NOV_24 = meeting('2026-11-24T10:00:00+01:00', '2026-11-24T10:30:00+01:00');
const DEC_01 = meeting('2026-12-01T10:00:00+01:00', '2026-12-01T10:30:00+01:00');
const WEEKLY = [NOV_17, NOV_24, DEC_01];
const cancelledException = (of: CalendarEvent): CalendarEvent => ({
  id: of.id!,
  recurringEventId: SERIES,
  status: 'cancelled',
  originalStartTime: of.originalStartTime!,
});
const declinedBy = (email: string, of: CalendarEvent): CalendarEvent => ({
  ...of,
  attendees: of.attendees!.map((a) => (a.email === email ? { ...a, responseStatus: 'declined' } : a)),
});

describe('nextMeeting', () => {
  it('is the first meeting that has not ended', () => {
    expect(nextMeeting(WEEKLY, new Date('2026-11-23T08:00:00Z'))).toBe(NOV_24);
  });

  it('is still the meeting in progress', () => {
    expect(nextMeeting(WEEKLY, new Date('2026-11-24T09:29:59Z'))).toBe(NOV_24);
    expect(nextMeeting(WEEKLY, new Date('2026-11-24T09:30:00Z'))).toBe(DEC_01);
  });

  it('does not depend on the order of the list', () => {
    expect(nextMeeting([DEC_01, NOV_24, NOV_17], new Date('2026-11-23T08:00:00Z'))).toBe(NOV_24);
  });

  it('is null when no meeting is left', () => {
    expect(nextMeeting(WEEKLY, new Date('2026-12-02T00:00:00Z'))).toBeNull();
    expect(nextMeeting([], new Date('2026-12-02T00:00:00Z'))).toBeNull();
  });

  describe('when instances are cancelled, declined or moved', () => {
    it('skips a cancelled instance', () => {
      expect(
        nextMeeting([NOV_17, cancelledException(NOV_24), DEC_01], new Date('2026-11-23T08:00:00Z')),
      ).toBe(DEC_01);
    });

    it('skips an instance the other person declined, and one the user declined', () => {
      const now = new Date('2026-11-23T08:00:00Z');
      expect(nextMeeting([declinedBy(BOB, NOV_24), DEC_01], now)).toBe(DEC_01);
      expect(nextMeeting([declinedBy(ALICE, NOV_24), DEC_01], now)).toBe(DEC_01);
    });

    it('keeps an instance whose room declined', () => {
      const withRoom = {
        ...NOV_24,
        attendees: [
          ...NOV_24.attendees!,
          { email: 'c_1@resource.calendar.google.com', resource: true, responseStatus: 'declined' },
        ],
      };
      expect(nextMeeting([withRoom, DEC_01], new Date('2026-11-23T08:00:00Z'))).toBe(withRoom);
    });

    it('follows a move to a later time (originalStartTime unchanged)', () => {
      const moved = {
        ...NOV_24,
        start: { dateTime: '2026-11-26T15:00:00+01:00' },
        end: { dateTime: '2026-11-26T15:30:00+01:00' },
      };
      expect(nextMeeting([moved, DEC_01], new Date('2026-11-25T08:00:00Z'))).toBe(moved);
    });

    it('does not count an instance moved to before now', () => {
      const movedEarlier = {
        ...NOV_24,
        start: { dateTime: '2026-11-20T10:00:00+01:00' },
        end: { dateTime: '2026-11-20T10:30:00+01:00' },
      };
      expect(nextMeeting([movedEarlier, DEC_01], new Date('2026-11-23T08:00:00Z'))).toBe(DEC_01);
    });

    it('uses the later copy of an instance listed twice (e.g. cancelled by a later sync)', () => {
      expect(
        nextMeeting([NOV_24, DEC_01, cancelledException(NOV_24)], new Date('2026-11-23T08:00:00Z')),
      ).toBe(DEC_01);
    });
  });

  describe('edge cases', () => {
    it('keeps a meeting spanning midnight as next until it ends', () => {
      const late = meeting('2026-11-24T23:30:00+01:00', '2026-11-25T00:30:00+01:00');
      expect(nextMeeting([late], new Date('2026-11-24T23:15:00Z'))).toBe(late);
      expect(nextMeeting([late], new Date('2026-11-24T23:30:00Z'))).toBeNull();
    });

    it('ends an all-day meeting at midnight in the user’s zone', () => {
      const allDay = {
        ...NOV_24,
        start: { date: '2026-11-24' },
        end: { date: '2026-11-25' },
        originalStartTime: { date: '2026-11-24' },
      };
      const options = { timeZone: 'Europe/Paris' };
      expect(nextMeeting([allDay], new Date('2026-11-24T22:59:00Z'), options)).toBe(allDay);
      expect(nextMeeting([allDay], new Date('2026-11-24T23:00:00Z'), options)).toBeNull();
    });

    it('compares instants across offsets (+13:00 meets -05:00)', () => {
      const auckland = meeting('2026-11-25T08:00:00+13:00', '2026-11-25T08:30:00+13:00'); // 19:00Z on the 24th
      const newYork = meeting('2026-11-24T15:00:00-05:00', '2026-11-24T15:30:00-05:00'); // 20:00Z on the 24th
      expect(nextMeeting([newYork, auckland], new Date('2026-11-24T12:00:00Z'))).toBe(auckland);
    });

    it('skips events without a readable time', () => {
      expect(
        nextMeeting(
          [{ id: 'broken', start: { dateTime: 'soon' } }, DEC_01],
          new Date('2026-11-23T08:00:00Z'),
        ),
      ).toBe(DEC_01);
    });
  });

  describe('properties', () => {
    const instance = fc.record({
      day: fc.integer({ min: 0, max: 60 }),
      minutes: fc.integer({ min: 0, max: 180 }),
      status: fc.constantFrom('confirmed', 'tentative', 'cancelled'),
      bob: fc.constantFrom('accepted', 'declined', 'needsAction'),
    });

    it('is never cancelled, declined or ended, and nothing eligible starts before it', () => {
      fc.assert(
        fc.property(
          fc.array(instance, { maxLength: 12 }),
          fc.integer({ min: 0, max: 62 * 24 * 60 }),
          (specs, nowMinutes) => {
            const base = Date.UTC(2026, 9, 1, 8);
            const events = specs.map((s, i): CalendarEvent => ({
              id: `e${i}`,
              status: s.status,
              start: { dateTime: new Date(base + s.day * 86_400_000).toISOString() },
              end: { dateTime: new Date(base + s.day * 86_400_000 + s.minutes * 60_000).toISOString() },
              attendees: [
                { email: ALICE, self: true },
                { email: BOB, responseStatus: s.bob },
              ],
            }));
            const now = new Date(base + nowMinutes * 60_000);
            const next = nextMeeting(events, now);
            const eligible = toOccurrences(events).filter(
              (o) => o.state === 'planned' && o.end > now.getTime(),
            );
            if (next === null) return expect(eligible).toEqual([]);
            expect(next.status).not.toBe('cancelled');
            expect(next.attendees?.some((a) => a.responseStatus === 'declined')).toBe(false);
            expect(Date.parse(next.end!.dateTime!)).toBeGreaterThan(now.getTime());
            expect(eligible[0]?.event).toBe(next);
          },
        ),
      );
    });
  });
});

describe('endOfNextMeeting', () => {
  it('is the end of the next meeting, for the one-shot trigger', () => {
    expect(endOfNextMeeting(WEEKLY, new Date('2026-11-23T08:00:00Z'))).toEqual(
      new Date('2026-11-24T09:30:00Z'),
    );
  });

  it('is null when no meeting is left', () => {
    expect(endOfNextMeeting(WEEKLY, new Date('2026-12-01T09:30:00Z'))).toBeNull();
  });

  describe('daylight-saving weeks', () => {
    it.each([
      [
        'Paris after falling back (2026-10-25)',
        '2026-10-27T10:00:00+01:00',
        '2026-10-27T10:30:00+01:00',
        '2026-10-27T09:30:00Z',
      ],
      [
        'Paris after springing forward (2027-03-28)',
        '2027-03-30T10:00:00+02:00',
        '2027-03-30T10:30:00+02:00',
        '2027-03-30T08:30:00Z',
      ],
      [
        'New York after falling back (2026-11-01)',
        '2026-11-03T09:00:00-05:00',
        '2026-11-03T09:30:00-05:00',
        '2026-11-03T14:30:00Z',
      ],
    ])('gives the right instant in %s', (_week, localStart, localEnd, utcEnd) => {
      const dayBefore = new Date(Date.parse(utcEnd) - 86_400_000);
      expect(endOfNextMeeting([meeting(localStart, localEnd)], dayBefore)).toEqual(new Date(utcEnd));
    });
  });
});

describe('lastHeld', () => {
  it('is the latest meeting that has ended', () => {
    expect(lastHeld(WEEKLY, new Date('2026-11-25T08:00:00Z'))).toBe(NOV_24);
  });

  it('does not count the meeting in progress', () => {
    expect(lastHeld(WEEKLY, new Date('2026-11-24T09:15:00Z'))).toBe(NOV_17);
  });

  it('skips cancelled and declined meetings', () => {
    const now = new Date('2026-11-25T08:00:00Z');
    expect(lastHeld([NOV_17, cancelledException(NOV_24)], now)).toBe(NOV_17);
    expect(lastHeld([NOV_17, declinedBy(BOB, NOV_24)], now)).toBe(NOV_17);
  });

  it('is null before the first meeting', () => {
    expect(lastHeld(WEEKLY, new Date('2026-11-01T00:00:00Z'))).toBeNull();
  });
});

describe('meetingJustEnded', () => {
  it('is the meeting that ended between the last look and now', () => {
    expect(meetingJustEnded(WEEKLY, new Date('2026-11-24T09:31:00Z'), new Date('2026-11-24T08:00:00Z'))).toBe(
      NOV_24,
    );
  });

  it('is null when the last meeting ended before the last look', () => {
    expect(
      meetingJustEnded(WEEKLY, new Date('2026-11-24T12:00:00Z'), new Date('2026-11-24T10:00:00Z')),
    ).toBeNull();
  });

  it('is null when the meeting that would have ended was cancelled', () => {
    const list = [NOV_17, cancelledException(NOV_24), DEC_01];
    expect(
      meetingJustEnded(list, new Date('2026-11-24T09:31:00Z'), new Date('2026-11-24T08:00:00Z')),
    ).toBeNull();
  });
});

describe('when the two people live in zones where the meeting falls on different days', () => {
  it('dates the meeting in the series’ own zone, whatever zone the listing was asked in', () => {
    // 08:00 in Paris is 23:00 the day before in Los Angeles; the report's listing is in LA time.
    const asListedInLosAngeles = {
      id: 'w_20261124T070000Z',
      start: { dateTime: '2026-11-23T23:00:00-08:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-11-23T23:30:00-08:00', timeZone: 'Europe/Paris' },
    };
    const asListedInParis = {
      ...asListedInLosAngeles,
      start: { dateTime: '2026-11-24T08:00:00+01:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-11-24T08:30:00+01:00', timeZone: 'Europe/Paris' },
    };
    expect(toOccurrences([asListedInLosAngeles])[0]?.date).toBe('2026-11-24');
    expect(toOccurrences([asListedInParis])[0]?.date).toBe('2026-11-24');
  });

  it('keeps the written date of an event without a zone of its own', () => {
    const noZone = {
      id: 'x',
      start: { dateTime: '2026-11-23T23:00:00-08:00' },
      end: { dateTime: '2026-11-23T23:30:00-08:00' },
    };
    expect(toOccurrences([noZone])[0]?.date).toBe('2026-11-23');
  });
});
