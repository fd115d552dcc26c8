// Changing one instance of a series: moved and cancelled instances (stored exceptions), how they
// list with and without singleEvents/showDeleted, "this and following" splits, deleted series.
import { BOB, setup, startUtc, weeklyOneOnOne } from './fixtures';

const WINDOW = { timeMin: '2026-10-26T00:00:00Z', timeMax: '2026-11-18T00:00:00Z' };

function seriesWithBob() {
  const fixture = setup();
  const series = fixture.alice.Events.insert(weeklyOneOnOne('2026-10-20'), 'primary');
  const id = series.id ?? '';
  return { ...fixture, id, instance: (utc: string) => `${id}_${utc}` };
}

describe('when one instance is moved', () => {
  it('stores an exception with the instance id that get, instances and list all show', () => {
    const { alice, bob, id, instance } = seriesWithBob();
    const moved = instance('20261103T090000Z');
    const patched = alice.Events.patch(
      {
        start: { dateTime: '2026-11-04T15:00:00+01:00', timeZone: 'Europe/Paris' },
        end: { dateTime: '2026-11-04T15:30:00+01:00', timeZone: 'Europe/Paris' },
      },
      'primary',
      moved,
    );
    expect(patched).toMatchObject({
      id: moved,
      recurringEventId: id,
      originalStartTime: { dateTime: '2026-11-03T10:00:00+01:00' },
      start: { dateTime: '2026-11-04T15:00:00+01:00' },
    });
    expect(bob.Events.get('primary', moved).start?.dateTime).toBe('2026-11-04T15:00:00+01:00');
    const starts = alice.Events.instances('primary', id, WINDOW).items?.map(startUtc);
    expect(starts).toEqual([
      '2026-10-27T09:00:00.000Z',
      '2026-11-04T14:00:00.000Z',
      '2026-11-10T09:00:00.000Z',
      '2026-11-17T09:00:00.000Z',
    ]);
    const single = alice.Events.list('primary', {
      ...WINDOW,
      singleEvents: true,
      orderBy: 'startTime',
    }).items;
    expect(single?.map(startUtc)).toEqual(starts);
    // Without singleEvents: the series once, plus the exception as its own item.
    const grouped = alice.Events.list('primary', WINDOW).items;
    expect(grouped?.map((e) => e.id)).toEqual([id, moved]);
    expect(alice.Events.get('primary', id).start?.dateTime).toBe('2026-10-20T10:00:00+02:00');
  });

  it('moving an instance out of the window takes it out; moving one in brings it in', () => {
    const { alice, instance } = seriesWithBob();
    alice.Events.patch(
      { start: { dateTime: '2026-12-01T12:00:00+01:00' }, end: { dateTime: '2026-12-01T12:30:00+01:00' } },
      'primary',
      instance('20261110T090000Z'),
    );
    alice.Events.patch(
      { start: { dateTime: '2026-11-12T12:00:00+01:00' }, end: { dateTime: '2026-11-12T12:30:00+01:00' } },
      'primary',
      instance('20261208T090000Z'),
    );
    const single = alice.Events.list('primary', {
      ...WINDOW,
      singleEvents: true,
      orderBy: 'startTime',
    }).items;
    expect(single?.map((e) => e.id)).toEqual([
      instance('20261027T090000Z'),
      instance('20261103T090000Z'),
      instance('20261208T090000Z'),
      instance('20261117T090000Z'),
    ]);
  });
});

describe('when one instance is cancelled', () => {
  it('is left out of instances and singleEvents lists unless showDeleted', () => {
    const { alice, bob, id, instance } = seriesWithBob();
    const cancelled = instance('20261103T090000Z');
    alice.Events.remove('primary', cancelled);
    expect(alice.Events.get('primary', cancelled).status).toBe('cancelled');
    expect(bob.Events.instances('primary', id, WINDOW).items?.map((e) => e.id)).not.toContain(cancelled);
    expect(
      alice.Events.list('primary', { ...WINDOW, singleEvents: true }).items?.map((e) => e.id),
    ).not.toContain(cancelled);
    const withDeleted =
      alice.Events.list('primary', { ...WINDOW, singleEvents: true, showDeleted: true }).items ?? [];
    expect(withDeleted.find((e) => e.id === cancelled)?.status).toBe('cancelled');
  });

  it('is listed as a cancelled item when showDeleted and singleEvents are both false', () => {
    // "Cancelled instances of recurring events (but not the underlying recurring event) will still
    // be included if showDeleted and singleEvents are both False."
    // https://developers.google.com/calendar/api/v3/reference/events/list (showDeleted)
    const { alice, id, instance } = seriesWithBob();
    alice.Events.remove('primary', instance('20261103T090000Z'));
    const items = alice.Events.list('primary', WINDOW).items;
    expect(items?.map((e) => [e.id, e.status])).toEqual([
      [id, 'confirmed'],
      [instance('20261103T090000Z'), 'cancelled'],
    ]);
  });

  it('reaches the attendee’s sync as a cancelled instance', () => {
    const { alice, bob, instance } = seriesWithBob();
    const token = bob.Events.list('primary').nextSyncToken ?? '';
    alice.Events.remove('primary', instance('20261103T090000Z'));
    const delta = bob.Events.list('primary', { syncToken: token }).items;
    expect(delta).toEqual([
      expect.objectContaining({ id: instance('20261103T090000Z'), status: 'cancelled' }),
    ]);
  });
});

describe('when the series is split "this and following"', () => {
  it('ends the old series before the split and starts the new one at it', () => {
    const { alice, bob, id, instance } = seriesWithBob();
    alice.Events.patch({ summary: 'moved before the split' }, 'primary', instance('20261103T090000Z'));
    alice.Events.patch({ summary: 'moved after the split' }, 'primary', instance('20261124T090000Z'));
    // The client cuts the original just before the 2026-11-17 instance and inserts a new series.
    alice.Events.patch({ recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261117T085959Z'] }, 'primary', id);
    const next = alice.Events.insert(
      weeklyOneOnOne('2026-11-17', {
        start: { dateTime: '2026-11-17T11:00:00', timeZone: 'Europe/Paris' },
        end: { dateTime: '2026-11-17T11:30:00', timeZone: 'Europe/Paris' },
      }),
      'primary',
    );
    const window = { timeMin: '2026-10-01T00:00:00Z', timeMax: '2026-12-02T00:00:00Z' };
    expect(alice.Events.instances('primary', id, window).items?.map(startUtc)).toEqual([
      '2026-10-20T08:00:00.000Z',
      '2026-10-27T09:00:00.000Z',
      '2026-11-03T09:00:00.000Z',
      '2026-11-10T09:00:00.000Z',
    ]);
    expect(alice.Events.get('primary', instance('20261103T090000Z')).summary).toBe('moved before the split');
    // The exception past the cut belongs to no instance any more: Google cancels it.
    expect(alice.Events.get('primary', instance('20261124T090000Z')).status).toBe('cancelled');
    expect(bob.Events.instances('primary', next.id ?? '', window).items?.map(startUtc)).toEqual([
      '2026-11-17T10:00:00.000Z',
      '2026-11-24T10:00:00.000Z',
      '2026-12-01T10:00:00.000Z',
    ]);
    const single =
      bob.Events.list('primary', { ...window, singleEvents: true, orderBy: 'startTime' }).items ?? [];
    expect(single.map((e) => e.recurringEventId)).toEqual([id, id, id, id, next.id, next.id, next.id]);
  });
});

describe('when the whole series is deleted', () => {
  it('hides every instance and exception', () => {
    const { alice, bob, id, instance } = seriesWithBob();
    alice.Events.patch({ summary: 'special' }, 'primary', instance('20261103T090000Z'));
    alice.Events.remove('primary', id);
    expect(alice.Events.list('primary', { ...WINDOW, singleEvents: true }).items).toEqual([]);
    expect(bob.Events.list('primary', WINDOW).items).toEqual([]);
    expect(alice.Events.instances('primary', id, WINDOW).items).toEqual([]);
    expect(alice.Events.get('primary', id).status).toBe('cancelled');
  });
});

describe('edge cases', () => {
  it('a guest’s private properties on the series apply to its instances', () => {
    const { bob, id, instance } = seriesWithBob();
    bob.Events.patch({ extendedProperties: { private: { doc: 'bob-doc' } } }, 'primary', id);
    expect(bob.Events.get('primary', instance('20261110T090000Z')).extendedProperties?.private).toEqual({
      doc: 'bob-doc',
    });
    const found = bob.Events.list('primary', {
      ...WINDOW,
      singleEvents: true,
      privateExtendedProperty: 'doc=bob-doc',
    });
    expect(found.items).toHaveLength(4);
  });

  it('a guest answering one instance changes only that instance', () => {
    const { alice, bob, id, instance } = seriesWithBob();
    const one = bob.Events.get('primary', instance('20261110T090000Z'));
    const attendees = (one.attendees ?? []).map((a) =>
      a.email === BOB ? { ...a, responseStatus: 'declined' } : a,
    );
    bob.Events.patch({ attendees }, 'primary', instance('20261110T090000Z'));
    const response = (eventId: string) =>
      alice.Events.get('primary', eventId).attendees?.find((a) => a.email === BOB)?.responseStatus;
    expect(response(instance('20261110T090000Z'))).toBe('declined');
    expect(response(instance('20261117T090000Z'))).toBe('needsAction');
    expect(response(id)).toBe('needsAction');
  });
});
