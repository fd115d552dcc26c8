// Events seen from attendees' calendars: same id, `self` flags, per-calendar private properties,
// guests' limited rights (403 unless guestsCanModify), a guest removing an event for themselves.
import { ALICE, BOB, CAROL, errorOf, meeting, setup } from './fixtures';

function invite(extra = {}) {
  return meeting('Alice / Bob', '2026-11-24', 10, {
    attendees: [{ email: ALICE }, { email: BOB }],
    extendedProperties: { private: { tandemDoc: 'doc-a' }, shared: { tandemPair: 'alice bob' } },
    ...extra,
  });
}

describe('when Alice invites Bob', () => {
  it('shows the event in Bob’s calendar with the same id and his own self flags', () => {
    const { alice, bob } = setup();
    const created = alice.Events.insert(invite(), 'primary');
    const seen = bob.Events.get('primary', created.id ?? '');
    expect(seen.id).toBe(created.id);
    expect(seen.organizer).toEqual({ email: ALICE });
    expect(seen.attendees).toEqual([
      { email: ALICE, responseStatus: 'needsAction', organizer: true },
      { email: BOB, responseStatus: 'needsAction', self: true },
    ]);
    expect(bob.Events.list('primary').items?.map((e) => e.id)).toEqual([created.id]);
  });

  it('keeps private extended properties per calendar and shared ones common', () => {
    // "Properties that are private to the copy of the event that appears on this calendar" / "shared
    // between copies of the event on other attendees' calendars":
    // https://developers.google.com/calendar/api/v3/reference/events#extendedProperties
    const { alice, bob } = setup();
    const created = alice.Events.insert(invite(), 'primary');
    const id = created.id ?? '';
    expect(bob.Events.get('primary', id).extendedProperties).toEqual({ shared: { tandemPair: 'alice bob' } });
    bob.Events.patch({ extendedProperties: { private: { tandemDoc: 'doc-b' } } }, 'primary', id);
    expect(bob.Events.get('primary', id).extendedProperties?.private).toEqual({ tandemDoc: 'doc-b' });
    expect(alice.Events.get('primary', id).extendedProperties?.private).toEqual({ tandemDoc: 'doc-a' });
    expect(bob.Events.list('primary', { privateExtendedProperty: 'tandemDoc=doc-b' }).items).toHaveLength(1);
    expect(bob.Events.list('primary', { privateExtendedProperty: 'tandemDoc=doc-a' }).items).toHaveLength(0);
    alice.Events.patch({ extendedProperties: { shared: { tandemPair: 'changed' } } }, 'primary', id);
    expect(bob.Events.get('primary', id).extendedProperties?.shared).toEqual({ tandemPair: 'changed' });
  });

  it('lets Bob answer the invitation, which Alice then sees', () => {
    const { alice, bob } = setup();
    const id = alice.Events.insert(invite(), 'primary').id ?? '';
    const mine = bob.Events.get('primary', id);
    const attendees = (mine.attendees ?? []).map((a) => (a.self ? { ...a, responseStatus: 'accepted' } : a));
    bob.Events.patch({ attendees }, 'primary', id);
    expect(alice.Events.get('primary', id).attendees?.find((a) => a.email === BOB)?.responseStatus).toBe(
      'accepted',
    );
  });

  it('does not show the event to someone not invited', () => {
    const { alice, carol } = setup();
    const id = alice.Events.insert(invite(), 'primary').id ?? '';
    expect(errorOf(() => carol.Events.get('primary', id)).code).toBe(404);
    expect(carol.Events.list('primary').items).toEqual([]);
  });
});

describe('when a guest changes shared fields', () => {
  it('answers 403 forbiddenForNonOrganizer unless guestsCanModify', () => {
    // https://github.com/kewisch/gdata-provider/issues/426: 403, reason forbiddenForNonOrganizer,
    // "Shared properties can only be changed by the organizer of the event."
    const { alice, bob } = setup();
    const id = alice.Events.insert(invite(), 'primary').id ?? '';
    const error = errorOf(() => bob.Events.patch({ summary: 'Bob renamed it' }, 'primary', id));
    expect(error).toMatchObject({
      code: 403,
      reason: 'forbiddenForNonOrganizer',
      message: 'Shared properties can only be changed by the organizer of the event.',
    });
    expect(
      errorOf(() => bob.Events.patch({ extendedProperties: { shared: { x: '1' } } }, 'primary', id)).code,
    ).toBe(403);
    expect(alice.Events.get('primary', id).summary).toBe('Alice / Bob');
  });

  it('applies the change for everyone when guestsCanModify is set, keeping Alice’s private properties', () => {
    const { alice, bob } = setup();
    const id = alice.Events.insert(invite({ guestsCanModify: true }), 'primary').id ?? '';
    bob.Events.patch(
      { summary: 'Renamed by Bob', extendedProperties: { private: { mine: 'b' } } },
      'primary',
      id,
    );
    const forAlice = alice.Events.get('primary', id);
    expect(forAlice.summary).toBe('Renamed by Bob');
    expect(forAlice.extendedProperties?.private).toEqual({ tandemDoc: 'doc-a' });
    expect(bob.Events.get('primary', id).extendedProperties?.private).toEqual({ mine: 'b' });
  });

  it('accepts a guest update that resends the shared fields unchanged', () => {
    const { alice, bob } = setup();
    const id = alice.Events.insert(invite(), 'primary').id ?? '';
    const mine = bob.Events.get('primary', id);
    const sent = { ...mine, reminders: { useDefault: false, overrides: [{ method: 'popup', minutes: 5 }] } };
    expect(bob.Events.update(sent, 'primary', id).reminders?.useDefault).toBe(false);
    expect(alice.Events.get('primary', id).reminders).toEqual({ useDefault: true });
  });
});

describe('when a guest deletes the event', () => {
  it('removes it from the guest’s calendar only', () => {
    const { alice, bob } = setup();
    const id = alice.Events.insert(invite(), 'primary').id ?? '';
    bob.Events.remove('primary', id);
    expect(bob.Events.get('primary', id).status).toBe('cancelled');
    expect(bob.Events.list('primary').items).toEqual([]);
    expect(alice.Events.get('primary', id).status).toBe('confirmed');
    expect(errorOf(() => bob.Events.remove('primary', id)).code).toBe(410);
  });
});

describe('when the organizer removes a guest', () => {
  it('the event leaves that guest’s calendar', () => {
    const { alice, carol } = setup();
    const id =
      alice.Events.insert(invite({ attendees: [{ email: ALICE }, { email: CAROL }] }), 'primary').id ?? '';
    expect(carol.Events.get('primary', id).id).toBe(id);
    alice.Events.patch({ attendees: [{ email: ALICE }] }, 'primary', id);
    expect(errorOf(() => carol.Events.get('primary', id)).code).toBe(404);
  });
});

describe('edge cases', () => {
  it('matches attendees case-insensitively', () => {
    const { alice, bob } = setup();
    const id = alice.Events.insert(invite({ attendees: [{ email: 'Bob@Example.com' }] }), 'primary').id ?? '';
    expect(bob.Events.get('primary', id).attendees?.[0]?.self).toBe(true);
  });

  it('renders times in the viewer’s zone: Carol in New York sees -05:00', () => {
    const { alice, carol } = setup();
    const id = alice.Events.insert(invite({ attendees: [{ email: CAROL }] }), 'primary').id ?? '';
    expect(carol.Events.get('primary', id).start?.dateTime).toBe('2026-11-24T04:00:00-05:00');
  });
});
