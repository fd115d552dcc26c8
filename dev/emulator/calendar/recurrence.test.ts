// Recurring events: expansion in the series' zone across DST, instance ids, EXDATE/RDATE, all-day
// series, bad rules, the expansion horizon, and how instances reach attendees.
import { BOB, NOW, errorOf, setup, startUtc, weeklyOneOnOne } from './fixtures';
import { EXPANSION_HORIZON_MS } from './collect';

function instancesOf(
  service: ReturnType<typeof setup>['alice'],
  id: string,
  timeMax = '2027-04-15T00:00:00Z',
) {
  return service.Events.instances('primary', id, { timeMin: '2026-10-01T00:00:00Z', timeMax }).items ?? [];
}

describe('when a weekly 10:00 Paris meeting crosses a daylight-saving change', () => {
  it('stays at 10:00 local: 08:00Z before 2026-10-25, 09:00Z after', () => {
    const { alice } = setup();
    const series = alice.Events.insert(weeklyOneOnOne('2026-10-20'), 'primary');
    const items = instancesOf(alice, series.id ?? '', '2026-11-01T00:00:00Z');
    // Instance ids are "<series id>_<original start in UTC>" for timed series.
    expect(items.map((e) => e.id)).toEqual([
      `${series.id}_20261020T080000Z`,
      `${series.id}_20261027T090000Z`,
    ]);
    expect(items.map((e) => e.start?.dateTime)).toEqual([
      '2026-10-20T10:00:00+02:00',
      '2026-10-27T10:00:00+01:00',
    ]);
    expect(items[1]).toMatchObject({
      recurringEventId: series.id,
      originalStartTime: { dateTime: '2026-10-27T10:00:00+01:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-10-27T10:30:00+01:00' },
    });
    expect(items[1]?.recurrence).toBeUndefined();
  });

  it('stays at 10:00 local across 2027-03-28: 09:00Z, then 08:00Z', () => {
    const { alice } = setup();
    const series = alice.Events.insert(weeklyOneOnOne('2026-10-20'), 'primary');
    const items = alice.Events.instances('primary', series.id ?? '', {
      timeMin: '2027-03-20T00:00:00Z',
      timeMax: '2027-04-01T00:00:00Z',
    }).items;
    expect(items?.map(startUtc)).toEqual(['2027-03-23T09:00:00.000Z', '2027-03-30T08:00:00.000Z']);
  });

  it('lists the same instances with singleEvents, in the attendee’s calendar too', () => {
    const { alice, bob } = setup();
    const series = alice.Events.insert(weeklyOneOnOne('2026-10-20'), 'primary');
    const args = {
      singleEvents: true,
      orderBy: 'startTime',
      timeMin: '2026-10-26T00:00:00Z',
      timeMax: '2026-11-04T00:00:00Z',
    };
    const ids = [`${series.id}_20261027T090000Z`, `${series.id}_20261103T090000Z`];
    expect(alice.Events.list('primary', args).items?.map((e) => e.id)).toEqual(ids);
    expect(bob.Events.list('primary', args).items?.map((e) => e.id)).toEqual(ids);
    expect(bob.Events.get('primary', ids[0] ?? '').attendees?.find((a) => a.self)?.email).toBe(BOB);
  });
});

describe('when a series has exclusions and extra dates', () => {
  it('drops EXDATE instances (zoned or UTC) and adds RDATE ones', () => {
    const { alice } = setup();
    const series = alice.Events.insert(
      weeklyOneOnOne('2026-10-20', {
        recurrence: [
          'RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4',
          'EXDATE;TZID=Europe/Paris:20261027T100000',
          'EXDATE:20261103T090000Z',
          'RDATE;TZID=Europe/Paris:20261105T100000',
        ],
      }),
      'primary',
    );
    expect(instancesOf(alice, series.id ?? '').map(startUtc)).toEqual([
      '2026-10-20T08:00:00.000Z',
      '2026-11-05T09:00:00.000Z',
      '2026-11-10T09:00:00.000Z',
    ]);
  });

  it('expands all-day series with date ids', () => {
    const { alice } = setup();
    const series = alice.Events.insert(
      {
        summary: 'Retro day',
        start: { date: '2026-11-27' },
        end: { date: '2026-11-28' },
        recurrence: ['RRULE:FREQ=MONTHLY;COUNT=3'],
      },
      'primary',
    );
    const items = instancesOf(alice, series.id ?? '');
    expect(items.map((e) => e.id)).toEqual([
      `${series.id}_20261127`,
      `${series.id}_20261227`,
      `${series.id}_20270127`,
    ]);
    expect(items[1]).toMatchObject({
      start: { date: '2026-12-27' },
      end: { date: '2026-12-28' },
      originalStartTime: { date: '2026-12-27' },
    });
  });

  it('ends a series at UNTIL, inclusive', () => {
    const { alice } = setup();
    const series = alice.Events.insert(
      weeklyOneOnOne('2026-10-20', { recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261103T090000Z'] }),
      'primary',
    );
    expect(instancesOf(alice, series.id ?? '')).toHaveLength(3);
  });

  it('shows the start as an instance even when the rule would skip it', () => {
    // A Monday start with BYDAY=TU,TH,SA;COUNT=5 gives six instances in Google Calendar:
    // https://github.com/googleapis/google-api-nodejs-client/issues/2214
    const { alice } = setup();
    const series = alice.Events.insert(
      weeklyOneOnOne('2026-10-19', { recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TU,TH,SA;COUNT=5'] }),
      'primary',
    );
    expect(instancesOf(alice, series.id ?? '').map((e) => e.start?.dateTime?.slice(0, 10))).toEqual([
      '2026-10-19',
      '2026-10-20',
      '2026-10-22',
      '2026-10-24',
      '2026-10-27',
      '2026-10-29',
    ]);
  });
});

describe('when recurrence input is refused', () => {
  it.each([
    ['RRULE:FREQ=SOMETIMES'],
    ['RRULE:FREQ=WEEKLY;BOGUS=1'],
    ['RRULE:FREQ=YEARLY;UNTIL=20230617;COUNT=-1'],
    ['DTSTART:20261020T100000'],
    ['RRULE:FREQ=WEEKLY;BYDAY=XX'],
  ])('answers 400 "Invalid recurrence rule." for %s', (line) => {
    // https://github.com/derekantrican/GAS-ICS-Sync/issues/466 (COUNT=-1 with UNTIL)
    const { alice } = setup();
    const error = errorOf(() =>
      alice.Events.insert(weeklyOneOnOne('2026-10-20', { recurrence: [line] }), 'primary'),
    );
    expect(error).toMatchObject({ code: 400, message: 'Invalid recurrence rule.' });
  });

  it('answers 400 when a timed series has no start.timeZone', () => {
    // https://github.com/openclaw/gogcli/issues/347 (400 required, even with an offset in dateTime)
    const { alice } = setup();
    const event = weeklyOneOnOne('2026-10-20', {
      start: { dateTime: '2026-10-20T10:00:00+02:00' },
      end: { dateTime: '2026-10-20T10:30:00+02:00' },
    });
    expect(errorOf(() => alice.Events.insert(event, 'primary'))).toMatchObject({
      code: 400,
      message: 'Missing time zone definition for start time.',
      reason: 'required',
    });
  });
});

describe('edge cases', () => {
  it('expands an endless series up to two years past now when no timeMax is given', () => {
    const { alice } = setup();
    const series = alice.Events.insert(weeklyOneOnOne('2026-10-20'), 'primary');
    const items = alice.Events.instances('primary', series.id ?? '', { maxResults: 2500 }).items ?? [];
    const last = Date.parse(startUtc(items[items.length - 1] ?? {}));
    const horizon = Date.parse(NOW) + EXPANSION_HORIZON_MS;
    expect(last).toBeLessThanOrEqual(horizon);
    expect(last).toBeGreaterThan(horizon - 7 * 86_400_000);
  });

  it('answers 404 for an instance id the series does not produce', () => {
    const { alice } = setup();
    const series = alice.Events.insert(weeklyOneOnOne('2026-10-20'), 'primary');
    expect(errorOf(() => alice.Events.get('primary', `${series.id}_20261021T080000Z`)).code).toBe(404);
    expect(alice.Events.get('primary', `${series.id}_20261110T090000Z`).start?.dateTime).toBe(
      '2026-11-10T10:00:00+01:00',
    );
  });

  it('lists the series itself once without singleEvents, when an instance falls in the window', () => {
    const { alice } = setup();
    const series = alice.Events.insert(weeklyOneOnOne('2026-10-20'), 'primary');
    const inWindow = alice.Events.list('primary', {
      timeMin: '2027-06-01T00:00:00Z',
      timeMax: '2027-06-09T00:00:00Z',
    });
    expect(inWindow.items?.map((e) => e.id)).toEqual([series.id]);
    const before = alice.Events.list('primary', {
      timeMin: '2026-01-01T00:00:00Z',
      timeMax: '2026-10-19T00:00:00Z',
    });
    expect(before.items).toEqual([]);
  });
});
