// A room or equipment added by its bare resource address: Google marks it `resource: true` itself,
// so Tandem's "rooms are not people" rule (design.md §2) meets rooms as Google stores them.
import { ALICE, BOB, meeting, setup } from './fixtures';

const ROOM = 'c_1888abcd0123@resource.calendar.google.com';

describe('when a room is added by its bare address', () => {
  // EventAttendee.resource: "Whether the attendee is a resource. Can only be set when the attendee
  // is added to the event for the first time. Subsequent modifications are ignored."
  // https://developers.google.com/calendar/api/v3/reference/events — rooms live at
  // …@resource.calendar.google.com, and Google sets the flag for them.
  it('an insert stores it with resource: true', () => {
    const { alice } = setup();
    const created = alice.Events.insert(
      meeting('1:1', '2026-11-24', 10, { attendees: [{ email: ALICE }, { email: BOB }, { email: ROOM }] }),
      'primary',
    );
    expect(created.attendees?.find((a) => a.email === ROOM)).toMatchObject({ resource: true });
    expect(created.attendees?.find((a) => a.email === BOB)?.resource).toBeUndefined();
  });

  it('a patch that adds it later marks it too', () => {
    const { alice } = setup();
    const created = alice.Events.insert(
      meeting('1:1', '2026-11-24', 10, { attendees: [{ email: ALICE }, { email: BOB }] }),
      'primary',
    );
    const patched = alice.Events.patch(
      { attendees: [...(created.attendees ?? []), { email: ROOM.toUpperCase() }] },
      'primary',
      created.id ?? '',
    );
    expect(patched.attendees?.find((a) => a.email === ROOM.toUpperCase())).toMatchObject({ resource: true });
  });
});

describe('edge cases', () => {
  it('a caller saying resource: false for a room address does not make it a person', () => {
    const { alice } = setup();
    const created = alice.Events.insert(
      meeting('1:1', '2026-11-24', 10, { attendees: [{ email: BOB }, { email: ROOM, resource: false }] }),
      'primary',
    );
    expect(created.attendees?.find((a) => a.email === ROOM)?.resource).toBe(true);
  });

  it('an address that only mentions the resource domain elsewhere is a person', () => {
    const { alice } = setup();
    const odd = 'resource.calendar.google.com@example.com';
    const created = alice.Events.insert(
      meeting('1:1', '2026-11-24', 10, { attendees: [{ email: BOB }, { email: odd }] }),
      'primary',
    );
    expect(created.attendees?.find((a) => a.email === odd)?.resource).toBeUndefined();
  });
});
