// The store around the service: world-file loading with Google's defaults, toWorld/fromWorld round
// trips (guest copies and sync positions included), and onChange after every write.
import { ALICE, BOB, CAROL, NOW, USERS, errorOf, meeting, setup, weeklyOneOnOne } from './fixtures';
import { CalendarStore } from './store';
import { testContext } from '../context';

describe('when a world file is loaded', () => {
  it('gives its events the defaults Google would have set', () => {
    const { alice, bob } = setup({
      [ALICE]: {
        events: [
          {
            id: 'seed00001',
            ...meeting('From the world', '2026-11-24', 10, { attendees: [{ email: BOB }] }),
          },
        ],
      },
    });
    const event = alice.Events.get('primary', 'seed00001');
    expect(event).toMatchObject({
      status: 'confirmed',
      created: '2026-11-23T08:00:00.000Z',
      organizer: { email: ALICE, self: true },
      creator: { email: ALICE, self: true },
      iCalUID: 'seed00001@google.com',
      eventType: 'default',
      attendees: [{ email: BOB, responseStatus: 'needsAction' }],
    });
    expect(event.etag).toMatch(/^"\d+"$/);
    expect(bob.Events.get('primary', 'seed00001').organizer).toEqual({ email: ALICE });
  });

  it('names the first event Google would refuse', () => {
    const bad = { [ALICE]: { events: [meeting('ok', '2026-11-24'), { summary: 'no times' }] } };
    expect(() => CalendarStore.fromWorld(bad, USERS)).toThrow(
      `calendars.${ALICE}.events[1]: Missing start time.`,
    );
    const badId = { [ALICE]: { events: [{ ...meeting('x', '2026-11-24'), id: 'UPPER' }] } };
    expect(() => CalendarStore.fromWorld(badId, USERS)).toThrow(/is not a Calendar event id/);
  });
});

describe('when the store is saved and loaded again', () => {
  it('round-trips exactly, guest copies and sync positions included', () => {
    const first = setup({ [ALICE]: { events: [meeting('Seed', '2026-11-20')] } });
    const series = first.alice.Events.insert(weeklyOneOnOne('2026-10-20'), 'primary');
    first.bob.Events.patch({ extendedProperties: { private: { doc: 'b' } } }, 'primary', series.id ?? '');
    first.alice.Events.remove('primary', `${series.id}_20261103T090000Z`);
    const bobToken = first.bob.Events.list('primary').nextSyncToken ?? '';
    const saved = first.store.toWorld();
    const again = CalendarStore.fromWorld(
      saved.calendars,
      USERS,
      JSON.parse(JSON.stringify(saved.state)),
      NOW,
    );
    expect(again.toWorld()).toEqual(saved);
    const bob = again.service(testContext(BOB, NOW));
    expect(bob.Events.get('primary', series.id ?? '').extendedProperties?.private).toEqual({ doc: 'b' });
    expect(bob.Events.list('primary', { syncToken: bobToken }).items).toEqual([]);
    const alice = again.service(testContext(ALICE, NOW));
    alice.Events.patch({ summary: 'after reload' }, 'primary', series.id ?? '');
    expect(bob.Events.list('primary', { syncToken: bobToken }).items?.map((e) => e.summary)).toEqual([
      'after reload',
    ]);
  });

  it('keeps events in their organizer’s calendar in the world file', () => {
    const { alice, store } = setup();
    alice.Events.insert(meeting('Invite', '2026-11-24', 10, { attendees: [{ email: BOB }] }), 'primary');
    const { calendars } = store.toWorld();
    expect(Object.keys(calendars)).toEqual([ALICE]);
    expect(calendars[ALICE]?.events.map((e) => e.summary)).toEqual(['Invite']);
    expect(calendars[ALICE]?.events[0]?.organizer).toEqual({ email: ALICE });
  });
});

describe('when something is written', () => {
  it('reports the organizer’s and each known attendee’s calendar, at the time of the write', () => {
    const { alice, changes, clock } = setup();
    clock.advance(5000);
    const id =
      alice.Events.insert(
        meeting('1:1', '2026-11-24', 10, {
          attendees: [{ email: BOB }, { email: 'outsider@elsewhere.org' }],
        }),
        'primary',
      ).id ?? '';
    expect(changes).toEqual([{ calendarIds: [ALICE, BOB], at: Date.parse(NOW) + 5000, actor: 'app' }]);
    alice.Events.patch({ attendees: [{ email: CAROL }] }, 'primary', id);
    // Bob was dropped and Carol added: both calendars changed, and Alice's.
    expect(changes[1]?.calendarIds).toEqual([ALICE, BOB, CAROL]);
  });

  it('reports only the guest’s calendar for a guest’s own change, and nothing for reads or failures', () => {
    const { alice, bob, changes } = setup();
    const id =
      alice.Events.insert(meeting('1:1', '2026-11-24', 10, { attendees: [{ email: BOB }] }), 'primary').id ??
      '';
    changes.length = 0;
    bob.Events.patch({ extendedProperties: { private: { mine: '1' } } }, 'primary', id);
    expect(changes).toEqual([{ calendarIds: [BOB], at: Date.parse(NOW), actor: 'app' }]);
    alice.Events.list('primary');
    alice.Events.get('primary', id);
    errorOf(() => bob.Events.patch({ summary: 'nope' }, 'primary', id));
    expect(changes).toHaveLength(1);
  });

  it('reports a deletion to everyone who saw the event', () => {
    const { alice, changes } = setup();
    const id = alice.Events.insert(weeklyOneOnOne(), 'primary').id ?? '';
    changes.length = 0;
    alice.Events.remove('primary', id);
    expect(changes.map((c) => c.calendarIds)).toEqual([[ALICE, BOB]]);
  });

  it('says who wrote: a script or API request, or a person in Calendar itself', () => {
    // Listeners decide from this whether calendar triggers run: "Script executions and API requests
    // do not cause triggers to run" (https://developers.google.com/apps-script/guides/triggers/installable).
    const { as, changes } = setup();
    const id = as(ALICE, 'person').Events.insert(weeklyOneOnOne(), 'primary').id ?? '';
    as(ALICE, 'app').Events.patch({ description: 'agenda' }, 'primary', id);
    as(BOB, 'person').Events.remove('primary', id);
    expect(changes.map((c) => c.actor)).toEqual(['person', 'app', 'person']);
  });
});

describe('edge cases', () => {
  it('goes through ctx.call once per call, named after the REST method', () => {
    const calls: string[] = [];
    const store = CalendarStore.fromWorld({}, USERS, undefined, NOW);
    const ctx = testContext(ALICE, NOW);
    const calendar = store.service({ ...ctx, call: (method, body) => (calls.push(method), body()) });
    const id = calendar.Events.insert(meeting('x', '2026-11-24'), 'primary').id ?? '';
    calendar.Events.get('primary', id);
    calendar.Events.list('primary');
    calendar.Events.instances('primary', id);
    calendar.Events.patch({ summary: 'y' }, 'primary', id);
    calendar.Events.update(meeting('z', '2026-11-24'), 'primary', id);
    calendar.Events.remove('primary', id);
    expect(calls).toEqual([
      'calendar.events.insert',
      'calendar.events.get',
      'calendar.events.list',
      'calendar.events.instances',
      'calendar.events.patch',
      'calendar.events.update',
      'calendar.events.delete',
    ]);
  });

  it('ignores saved state of an unknown shape', () => {
    const store = CalendarStore.fromWorld({}, USERS, { version: 99 }, NOW);
    expect(store.toWorld().state).toEqual({
      version: 1,
      seq: 0,
      generations: {},
      changes: {},
      guestCopies: {},
    });
  });
});
