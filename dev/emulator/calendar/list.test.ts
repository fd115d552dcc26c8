// events.list: response shape, time window, q, extended-property filters, showDeleted, ordering,
// paging (maxResults / pageToken) and the timeZone parameter.
import { ALICE, BOB, errorOf, meeting, setup, startUtc } from './fixtures';

function fiveMeetings() {
  const fixture = setup();
  const ids = ['2026-11-26', '2026-11-24', '2026-11-25', '2026-11-28', '2026-11-27'].map(
    (day, i) =>
      fixture.alice.Events.insert(
        meeting(`Meeting ${i}`, day, 10, {
          description: i === 2 ? 'Quarterly budget review' : undefined,
          location: i === 3 ? 'Lyon office' : undefined,
          attendees: i === 4 ? [{ email: BOB, displayName: 'Bob Okafor' }] : undefined,
          extendedProperties: { private: { n: String(i) }, shared: { kind: i % 2 ? 'odd' : 'even' } },
        }),
        'primary',
      ).id ?? '',
  );
  return { ...fixture, ids };
}

describe('when listing a calendar', () => {
  it('answers in Google’s Events shape', () => {
    const { alice } = fiveMeetings();
    const result = alice.Events.list('primary');
    expect(result).toMatchObject({
      kind: 'calendar#events',
      summary: ALICE,
      timeZone: 'Europe/Paris',
      updated: '2026-11-23T08:00:00.000Z',
      accessRole: 'owner',
    });
    expect(result.items).toHaveLength(5);
    expect(result.nextSyncToken).toEqual(expect.any(String));
    expect(result.nextPageToken).toBeUndefined();
  });

  it('keeps events ending after timeMin and starting before timeMax (both exclusive)', () => {
    // timeMin: lower bound (exclusive) for an event's end; timeMax: upper bound (exclusive) for its
    // start. https://developers.google.com/calendar/api/v3/reference/events/list
    const { alice } = fiveMeetings();
    const items = alice.Events.list('primary', {
      timeMin: '2026-11-25T10:00:00+01:00', // the 24th ends at 11:00 on the 24th: out
      timeMax: '2026-11-27T10:00:00+01:00', // the 27th starts exactly then: out
      singleEvents: true,
      orderBy: 'startTime',
    }).items;
    expect(items?.map((e) => e.summary)).toEqual(['Meeting 2', 'Meeting 0']);
  });

  it('orders by start time or by last update', () => {
    const { alice, clock, ids } = fiveMeetings();
    const byStart = alice.Events.list('primary', { singleEvents: true, orderBy: 'startTime' }).items ?? [];
    expect(byStart.map(startUtc)).toEqual([...byStart.map(startUtc)].sort());
    clock.advance(1000);
    alice.Events.patch({ summary: 'touched' }, 'primary', ids[0] ?? '');
    const byUpdate = alice.Events.list('primary', { orderBy: 'updated' }).items ?? [];
    expect(byUpdate[byUpdate.length - 1]?.id).toBe(ids[0]);
  });

  it('finds free text in summary, description, location and attendees', () => {
    // q searches summary, description, location, attendees' and organizer's names and emails.
    // https://developers.google.com/calendar/api/v3/reference/events/list
    const { alice } = fiveMeetings();
    const found = (q: string) => alice.Events.list('primary', { q }).items?.map((e) => e.summary);
    expect(found('budget')).toEqual(['Meeting 2']);
    expect(found('lyon')).toEqual(['Meeting 3']);
    expect(found('okafor')).toEqual(['Meeting 4']);
    expect(found('meeting 1')).toEqual(['Meeting 1']);
    expect(found('nothing-like-this')).toEqual([]);
  });

  it('filters by private and shared extended properties, all constraints together', () => {
    const { alice } = fiveMeetings();
    const list = (args: object) => alice.Events.list('primary', args).items?.map((e) => e.summary);
    expect(list({ sharedExtendedProperty: 'kind=odd' })).toEqual(['Meeting 1', 'Meeting 3']);
    expect(list({ privateExtendedProperty: ['n=3'], sharedExtendedProperty: 'kind=odd' })).toEqual([
      'Meeting 3',
    ]);
    expect(list({ privateExtendedProperty: ['n=3', 'n=1'] })).toEqual([]);
  });

  it('returns deleted events only with showDeleted', () => {
    // Schema$Event.status: list returns cancelled events only on incremental sync or with showDeleted.
    const { alice, ids } = fiveMeetings();
    alice.Events.remove('primary', ids[1] ?? '');
    expect(alice.Events.list('primary').items?.map((e) => e.id)).not.toContain(ids[1]);
    const withDeleted = alice.Events.list('primary', { showDeleted: true }).items ?? [];
    expect(withDeleted.find((e) => e.id === ids[1])?.status).toBe('cancelled');
  });

  it('pages with maxResults and pageToken, the sync token on the last page only', () => {
    // maxResults defaults to 250 and is capped at 2500; nextSyncToken comes on the last page.
    // https://developers.google.com/calendar/api/v3/reference/events/list
    const { alice } = fiveMeetings();
    const first = alice.Events.list('primary', { maxResults: 2, singleEvents: true, orderBy: 'startTime' });
    expect(first.items).toHaveLength(2);
    expect(first.nextSyncToken).toBeUndefined();
    const second = alice.Events.list('primary', {
      maxResults: 2,
      singleEvents: true,
      orderBy: 'startTime',
      pageToken: first.nextPageToken ?? '',
    });
    const third = alice.Events.list('primary', {
      maxResults: 2,
      singleEvents: true,
      orderBy: 'startTime',
      pageToken: second.nextPageToken ?? '',
    });
    expect(third.items).toHaveLength(1);
    expect(third.nextPageToken).toBeUndefined();
    expect(third.nextSyncToken).toEqual(expect.any(String));
    const all = [...(first.items ?? []), ...(second.items ?? []), ...(third.items ?? [])].map(
      (e) => e.summary,
    );
    expect(all).toEqual(['Meeting 1', 'Meeting 2', 'Meeting 0', 'Meeting 4', 'Meeting 3']);
  });

  it('writes dateTimes with the offset of the timeZone asked for', () => {
    const { alice } = fiveMeetings();
    const items = alice.Events.list('primary', {
      timeZone: 'Asia/Tokyo',
      singleEvents: true,
      orderBy: 'startTime',
    }).items;
    expect(items?.[0]?.start?.dateTime).toBe('2026-11-24T18:00:00+09:00');
    expect(items?.[0]?.start?.timeZone).toBe('Europe/Paris');
  });
});

describe('when list parameters are refused', () => {
  it('answers 400 for orderBy startTime without singleEvents', () => {
    // https://github.com/googleworkspace/java-samples/issues/52 (400, reason invalid)
    const { alice } = setup();
    expect(errorOf(() => alice.Events.list('primary', { orderBy: 'startTime' }))).toMatchObject({
      code: 400,
      message: 'The requested ordering is not available for the particular query.',
      reason: 'invalid',
    });
  });

  it('answers 400 timeRangeEmpty when timeMax is not after timeMin', () => {
    const { alice } = setup();
    const error = errorOf(() =>
      alice.Events.list('primary', { timeMin: '2026-11-25T00:00:00Z', timeMax: '2026-11-25T00:00:00Z' }),
    );
    expect(error).toMatchObject({ code: 400, reason: 'timeRangeEmpty' });
  });

  it('answers 400 for a timeMin without offset and for a page token it never issued', () => {
    const { alice } = setup();
    expect(errorOf(() => alice.Events.list('primary', { timeMin: '2026-11-25T00:00:00' })).code).toBe(400);
    expect(errorOf(() => alice.Events.list('primary', { pageToken: 'garbage' })).code).toBe(400);
  });
});

describe('edge cases', () => {
  it('serves at most 2500 per page, however many are asked for', () => {
    const events = Array.from({ length: 2501 }, (_, i) => meeting(`m${i}`, '2026-11-24'));
    const { alice } = setup({ [ALICE]: { events } });
    const first = alice.Events.list('primary', { maxResults: 100000 });
    expect(first.items).toHaveLength(2500);
    expect(alice.Events.list('primary', { pageToken: first.nextPageToken ?? '' }).items).toHaveLength(1);
    expect(alice.Events.list('primary').items).toHaveLength(250);
  });

  it('places all-day events by the calendar’s midnight', () => {
    const { alice } = setup();
    alice.Events.insert(
      { summary: 'Holiday', start: { date: '2026-12-25' }, end: { date: '2026-12-26' } },
      'primary',
    );
    // Midnight in Paris is 23:00Z the day before: a window ending 23:30Z on the 24th catches it.
    const items = alice.Events.list('primary', {
      timeMin: '2026-12-24T22:00:00Z',
      timeMax: '2026-12-24T23:30:00Z',
    }).items;
    expect(items?.map((e) => e.summary)).toEqual(['Holiday']);
  });
});
