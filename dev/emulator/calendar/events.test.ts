// events.insert / get / patch / update / delete on one calendar: Google's defaults, ids, errors,
// deleted events, attachments, and results that are copies.
import { ALICE, BOB, errorOf, meeting, setup } from './fixtures';

describe('when an event is inserted', () => {
  it('gets the fields Google sets and reads back the same by get', () => {
    const { alice } = setup();
    const created = alice.Events.insert(
      meeting('Planning', '2026-11-24', 10, { attendees: [{ email: BOB }] }),
      'primary',
    );
    // Google's event ids use base32hex (a-v, 0-9), 5–1024 characters:
    // https://developers.google.com/calendar/api/v3/reference/events#id
    expect(created.id).toMatch(/^[a-v0-9]{5,1024}$/);
    expect(created).toMatchObject({
      kind: 'calendar#event',
      status: 'confirmed',
      created: '2026-11-23T08:00:00.000Z',
      updated: '2026-11-23T08:00:00.000Z',
      iCalUID: `${created.id}@google.com`,
      sequence: 0,
      eventType: 'default',
      organizer: { email: ALICE, self: true },
      creator: { email: ALICE, self: true },
      attendees: [{ email: BOB, responseStatus: 'needsAction' }],
      // dateTimes come back with the calendar's offset (Paris, winter: +01:00).
      start: { dateTime: '2026-11-24T10:00:00+01:00', timeZone: 'Europe/Paris' },
    });
    // etags are quoted numbers; htmlLink's eid is base64 of "<id> <calendar>" — both as in the
    // sample response of https://github.com/googleapis/google-api-python-client/issues/2262
    expect(created.etag).toMatch(/^"\d+"$/);
    const eid = new URL(created.htmlLink ?? '').searchParams.get('eid') ?? '';
    expect(Buffer.from(eid, 'base64').toString()).toBe(`${created.id} ${ALICE}`);
    expect(alice.Events.get('primary', created.id ?? '')).toEqual(created);
  });

  it('keeps a valid client-chosen id and eventType as given', () => {
    const { alice } = setup();
    const created = alice.Events.insert(
      meeting('Focus', '2026-11-24', 14, { id: 'tandem0001', eventType: 'focusTime' }),
      ALICE,
    );
    expect(created.id).toBe('tandem0001');
    expect(alice.Events.get('primary', 'tandem0001').eventType).toBe('focusTime');
  });

  it('keeps all-day and multi-day events as dates', () => {
    const { alice } = setup();
    const created = alice.Events.insert(
      { summary: 'Offsite', start: { date: '2026-12-01' }, end: { date: '2026-12-04' } },
      'primary',
    );
    expect(created.start).toEqual({ date: '2026-12-01' });
    expect(created.end).toEqual({ date: '2026-12-04' });
  });
});

describe('when an insert is refused', () => {
  it('answers 400 "Missing end time." without an end', () => {
    // https://github.com/googleapis/google-api-nodejs-client/issues/565 (reason "required")
    const { alice } = setup();
    const error = errorOf(() =>
      alice.Events.insert({ start: { dateTime: '2026-11-24T10:00:00Z' } }, 'primary'),
    );
    expect(error).toMatchObject({ code: 400, message: 'Missing end time.', reason: 'required' });
    expect(error.text).toBe('API call to calendar.events.insert failed with error: Missing end time.');
  });

  it('answers 400 "The specified time range is empty." when the end is before the start', () => {
    // https://developers.google.com/workspace/calendar/api/guides/errors (400, timeRangeEmpty), and the
    // Apps Script wording in https://github.com/derekantrican/GAS-ICS-Sync/issues/238
    const { alice } = setup();
    const event = { start: { dateTime: '2026-11-24T10:00:00Z' }, end: { dateTime: '2026-11-24T09:00:00Z' } };
    expect(errorOf(() => alice.Events.insert(event, 'primary'))).toMatchObject({
      code: 400,
      reason: 'timeRangeEmpty',
      text: 'API call to calendar.events.insert failed with error: The specified time range is empty.',
    });
  });

  it('answers 400 when start is a date and end a dateTime', () => {
    // https://github.com/phw198/OutlookGoogleCalendarSync/issues/609
    const { alice } = setup();
    const event = { start: { date: '2026-11-24' }, end: { dateTime: '2026-11-24T09:00:00Z' } };
    expect(errorOf(() => alice.Events.insert(event, 'primary')).message).toBe(
      'Start and end times must either both be date or both be dateTime.',
    );
  });

  it('answers 400 "Invalid resource id value." for an id outside base32hex', () => {
    // https://github.com/wanasit/google-calendar/issues/25
    const { alice } = setup();
    const error = errorOf(() =>
      alice.Events.insert(meeting('x', '2026-11-24', 10, { id: 'Not-Valid_w' }), 'primary'),
    );
    expect(error).toMatchObject({ code: 400, message: 'Invalid resource id value.', reason: 'invalid' });
  });

  it('answers 409 for an id already used, even by a deleted event', () => {
    // Deleting then inserting the same id: 410 then 409 "The requested identifier already exists."
    // https://github.com/googleapis/google-api-python-client/issues/210
    const { alice } = setup();
    alice.Events.insert(meeting('x', '2026-11-24', 10, { id: 'tandem0002' }), 'primary');
    alice.Events.remove('primary', 'tandem0002');
    const error = errorOf(() =>
      alice.Events.insert(meeting('y', '2026-11-25', 10, { id: 'tandem0002' }), 'primary'),
    );
    expect(error).toMatchObject({ code: 409, message: 'The requested identifier already exists.' });
  });

  it('answers 404 for a calendar the caller cannot see', () => {
    const { alice } = setup();
    expect(errorOf(() => alice.Events.insert(meeting('x', '2026-11-24'), BOB)).code).toBe(404);
    expect(errorOf(() => alice.Events.list('nobody@example.com')).code).toBe(404);
  });
});

describe('when an event is patched or updated', () => {
  it('patch merges objects, replaces arrays and clears nulls', () => {
    const { alice } = setup();
    const created = alice.Events.insert(
      meeting('Planning', '2026-11-24', 10, {
        description: 'old',
        attendees: [{ email: BOB }, { email: 'x@example.org' }],
        extendedProperties: { private: { a: '1' }, shared: { s: '1' } },
      }),
      'primary',
    );
    const patched = alice.Events.patch(
      {
        description: null,
        attendees: [{ email: BOB }],
        extendedProperties: { private: { b: '2' } },
      } as never,
      'primary',
      created.id ?? '',
    );
    expect(patched.description).toBeUndefined();
    expect(patched.summary).toBe('Planning');
    expect(patched.attendees?.map((a) => a.email)).toEqual([BOB]);
    expect(patched.extendedProperties).toEqual({ private: { a: '1', b: '2' }, shared: { s: '1' } });
  });

  it('update replaces the whole event and bumps sequence when the time moves', () => {
    const { alice, clock } = setup();
    const created = alice.Events.insert(
      meeting('Planning', '2026-11-24', 10, { location: 'Room 1' }),
      'primary',
    );
    clock.advance(60_000);
    const updated = alice.Events.update(
      meeting('Planning v2', '2026-11-24', 11),
      'primary',
      created.id ?? '',
    );
    expect(updated.location).toBeUndefined();
    expect(updated.summary).toBe('Planning v2');
    expect(updated.sequence).toBe(1);
    expect(updated.updated).toBe('2026-11-23T08:01:00.000Z');
    expect(updated.created).toBe(created.created);
    expect(updated.etag).not.toBe(created.etag);
  });

  it('answers 404 for an unknown event', () => {
    const { alice } = setup();
    expect(errorOf(() => alice.Events.patch({ summary: 'x' }, 'primary', 'nosuchevent')).code).toBe(404);
  });
});

describe('when an event is deleted', () => {
  it('stays readable by get with status cancelled, and a second delete answers 410', () => {
    // Schema$Event.status: "The get method always returns them."
    // https://developers.google.com/calendar/api/v3/reference/events#status
    // Deleting again: 410 "Resource has been deleted" https://github.com/derekantrican/GAS-ICS-Sync/issues/472
    const { alice } = setup();
    const created = alice.Events.insert(meeting('Planning', '2026-11-24'), 'primary');
    alice.Events.remove('primary', created.id ?? '');
    expect(alice.Events.get('primary', created.id ?? '')).toMatchObject({
      status: 'cancelled',
      summary: 'Planning',
    });
    const error = errorOf(() => alice.Events.remove('primary', created.id ?? ''));
    expect(error).toMatchObject({ code: 410, message: 'Resource has been deleted', reason: 'deleted' });
    expect(error.text).toContain('calendar.events.delete');
  });

  it('can be restored by patching its status back to confirmed', () => {
    const { alice } = setup();
    const created = alice.Events.insert(meeting('Planning', '2026-11-24'), 'primary');
    alice.Events.remove('primary', created.id ?? '');
    alice.Events.patch({ status: 'confirmed' }, 'primary', created.id ?? '');
    expect(alice.Events.list('primary').items?.map((e) => e.id)).toEqual([created.id]);
  });
});

describe('when attachments are sent', () => {
  const doc = (n: number) => ({
    fileUrl: `https://docs.google.com/document/d/1docid${String(n).padStart(6, '0')}abcdef/edit`,
    title: `Doc ${n}`,
  });

  it('ignores them without supportsAttachments, keeping what the event had', () => {
    // "the API ignores them otherwise": https://github.com/piotr-agier/google-drive-mcp/pull/129
    const { alice } = setup();
    const created = alice.Events.insert(
      meeting('1:1', '2026-11-24', 10, { attachments: [doc(1)] }),
      'primary',
    );
    expect(created.attachments).toBeUndefined();
    alice.Events.patch({ attachments: [doc(1)] }, 'primary', created.id ?? '', { supportsAttachments: true });
    alice.Events.update(meeting('1:1 renamed', '2026-11-24'), 'primary', created.id ?? '');
    alice.Events.patch({ attachments: [] }, 'primary', created.id ?? '');
    const kept = alice.Events.get('primary', created.id ?? '');
    expect(kept.summary).toBe('1:1 renamed');
    expect(kept.attachments).toEqual([{ ...doc(1), fileId: '1docid000001abcdef' }]);
  });

  it('derives fileId from fileUrl, whatever fileId a caller sent (it is read-only)', () => {
    // "fileId: ID of the attached file. Read-only." https://developers.google.com/workspace/calendar/api/v3/reference/events
    const { alice } = setup();
    const created = alice.Events.insert(
      meeting('1:1', '2026-11-24', 10, { attachments: [{ ...doc(1), fileId: 'made-up' }] }),
      'primary',
      { supportsAttachments: true },
    );
    expect(created.attachments?.[0]?.fileId).toBe('1docid000001abcdef');
  });

  it('keeps up to 25 and refuses a 26th with 400', () => {
    // "There can be at most 25 attachments per event": https://developers.google.com/calendar/api/v3/reference/events#attachments
    const { alice } = setup();
    const docs = Array.from({ length: 26 }, (_, i) => doc(i));
    const created = alice.Events.insert(
      meeting('1:1', '2026-11-24', 10, { attachments: docs.slice(0, 25) }),
      'primary',
      {
        supportsAttachments: true,
      },
    );
    expect(created.attachments).toHaveLength(25);
    const error = errorOf(() =>
      alice.Events.patch({ attachments: docs }, 'primary', created.id ?? '', { supportsAttachments: true }),
    );
    expect(error.code).toBe(400);
    expect(alice.Events.get('primary', created.id ?? '').attachments).toHaveLength(25);
  });
});

describe('edge cases', () => {
  it('returns copies: changing a result never changes the calendar', () => {
    const { alice } = setup();
    const created = alice.Events.insert(meeting('Planning', '2026-11-24'), 'primary');
    created.summary = 'changed by caller';
    const listed = alice.Events.list('primary').items ?? [];
    (listed[0] as { summary: string }).summary = 'changed too';
    expect(alice.Events.get('primary', created.id ?? '').summary).toBe('Planning');
  });

  it('treats a person acting in the Calendar UI by the same rules', () => {
    const { as } = setup();
    const person = as(ALICE, 'person');
    const created = person.Events.insert(meeting('By hand', '2026-11-24'), 'primary');
    expect(errorOf(() => as(BOB, 'person').Events.get('primary', created.id ?? '')).code).toBe(404);
  });

  it('a no-op patch changes nothing (same etag)', () => {
    const { alice, clock } = setup();
    const created = alice.Events.insert(meeting('Planning', '2026-11-24'), 'primary');
    clock.advance(1000);
    expect(alice.Events.patch({ summary: 'Planning' }, 'primary', created.id ?? '').etag).toBe(created.etag);
  });
});
