// Incremental sync: nextSyncToken → only what changed since (deletions as 'cancelled'), per
// calendar; parameters refused beside syncToken; 410 once tokens are invalidated.
import { ALICE, BOB, CAROL, errorOf, meeting, setup } from './fixtures';

function fullSync(service: ReturnType<typeof setup>['alice']) {
  const result = service.Events.list('primary', { timeMin: '2026-01-01T00:00:00Z' });
  return result.nextSyncToken ?? '';
}

describe('when a client syncs with the token of its last listing', () => {
  it('gets only what changed since, deletions included as cancelled', () => {
    // "All events deleted since the previous list request will always be in the result set"
    // https://developers.google.com/calendar/api/v3/reference/events/list (syncToken)
    const { alice } = setup();
    const kept = alice.Events.insert(meeting('Kept', '2026-11-24'), 'primary').id;
    const changed = alice.Events.insert(meeting('Changed', '2026-11-25'), 'primary').id ?? '';
    const deleted = alice.Events.insert(meeting('Deleted', '2026-11-26'), 'primary').id ?? '';
    const token = fullSync(alice);
    expect(alice.Events.list('primary', { syncToken: token }).items).toEqual([]);
    alice.Events.patch({ summary: 'Changed!' }, 'primary', changed);
    alice.Events.remove('primary', deleted);
    const added = alice.Events.insert(meeting('Added', '2026-11-27'), 'primary').id;
    const delta = alice.Events.list('primary', { syncToken: token });
    expect(delta.items?.map((e) => [e.id, e.status])).toEqual([
      [changed, 'confirmed'],
      [deleted, 'cancelled'],
      [added, 'confirmed'],
    ]);
    expect(delta.items?.map((e) => e.id)).not.toContain(kept);
    const next = delta.nextSyncToken ?? '';
    expect(alice.Events.list('primary', { syncToken: next }).items).toEqual([]);
  });

  it('reports to each attendee’s calendar, and a guest dropped from the list sees the event go', () => {
    const { alice, bob, carol } = setup();
    const bobToken = fullSync(bob);
    const carolToken = fullSync(carol);
    const id = alice.Events.insert(
      meeting('Trio', '2026-11-24', 10, { attendees: [{ email: BOB }, { email: CAROL }] }),
      'primary',
    ).id;
    const carolAfterInvite = carol.Events.list('primary', { syncToken: carolToken });
    expect(carolAfterInvite.items?.map((e) => e.id)).toEqual([id]);
    alice.Events.patch({ attendees: [{ email: BOB }] }, 'primary', id ?? '');
    const carolDelta = carol.Events.list('primary', { syncToken: carolAfterInvite.nextSyncToken ?? '' });
    expect(carolDelta.items).toEqual([expect.objectContaining({ id, status: 'cancelled' })]);
    expect(bob.Events.list('primary', { syncToken: bobToken }).items?.map((e) => [e.id, e.status])).toEqual([
      [id, 'confirmed'],
    ]);
  });

  it('shows a guest’s private change in the guest’s sync only', () => {
    const { alice, bob } = setup();
    const id =
      alice.Events.insert(meeting('1:1', '2026-11-24', 10, { attendees: [{ email: BOB }] }), 'primary').id ??
      '';
    const aliceToken = fullSync(alice);
    const bobToken = fullSync(bob);
    bob.Events.patch({ extendedProperties: { private: { mine: '1' } } }, 'primary', id);
    expect(bob.Events.list('primary', { syncToken: bobToken }).items?.map((e) => e.id)).toEqual([id]);
    expect(alice.Events.list('primary', { syncToken: aliceToken }).items).toEqual([]);
  });

  it('pages an incremental listing and ends with a new sync token', () => {
    const { alice } = setup();
    const token = fullSync(alice);
    for (let i = 0; i < 3; i++) alice.Events.insert(meeting(`m${i}`, '2026-11-24', 8 + i), 'primary');
    const first = alice.Events.list('primary', { syncToken: token, maxResults: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextSyncToken).toBeUndefined();
    const last = alice.Events.list('primary', {
      syncToken: token,
      maxResults: 2,
      pageToken: first.nextPageToken ?? '',
    });
    expect(last.items?.map((e) => e.summary)).toEqual(['m2']);
    expect(alice.Events.list('primary', { syncToken: last.nextSyncToken ?? '' }).items).toEqual([]);
  });
});

describe('when a sync token cannot be used', () => {
  it('answers 410 after Google invalidates tokens, and a full sync recovers', () => {
    // "If the syncToken expires, the server will respond with a 410 GONE response code"
    // https://developers.google.com/calendar/api/v3/reference/events/list ; Apps Script's message
    // is "Sync token is no longer valid, a full sync is required."
    // https://github.com/googleworkspace/apps-script-samples/pull/38
    const { alice, store } = setup();
    const token = fullSync(alice);
    store.invalidateSyncTokens(ALICE);
    const error = errorOf(() => alice.Events.list('primary', { syncToken: token }));
    expect(error).toMatchObject({
      code: 410,
      message: 'Sync token is no longer valid, a full sync is required.',
      reason: 'fullSyncRequired',
    });
    const fresh = fullSync(alice);
    expect(alice.Events.list('primary', { syncToken: fresh }).items).toEqual([]);
  });

  it('invalidating one calendar leaves the others’ tokens working; invalidating all ends every token', () => {
    const { alice, bob, store } = setup();
    const aliceToken = fullSync(alice);
    const bobToken = fullSync(bob);
    store.invalidateSyncTokens(BOB);
    expect(alice.Events.list('primary', { syncToken: aliceToken }).items).toEqual([]);
    store.invalidateSyncTokens();
    expect(errorOf(() => alice.Events.list('primary', { syncToken: aliceToken })).code).toBe(410);
    expect(errorOf(() => bob.Events.list('primary', { syncToken: bobToken })).code).toBe(410);
  });

  it('answers 410 for a token of another calendar or a made-up one', () => {
    const { alice, bob } = setup();
    const bobToken = fullSync(bob);
    expect(errorOf(() => alice.Events.list('primary', { syncToken: bobToken })).code).toBe(410);
    expect(
      errorOf(() => alice.Events.list('primary', { syncToken: 'CPDAlvWDx70CEPDAlvWDx70CGAU=' })).code,
    ).toBe(410);
  });

  it.each([
    ['timeMin', { timeMin: '2026-01-01T00:00:00Z' }],
    ['timeMax', { timeMax: '2027-01-01T00:00:00Z' }],
    ['q', { q: 'x' }],
    ['orderBy', { orderBy: 'updated' }],
    ['privateExtendedProperty', { privateExtendedProperty: 'a=b' }],
    ['sharedExtendedProperty', { sharedExtendedProperty: 'a=b' }],
    ['updatedMin', { updatedMin: '2026-01-01T00:00:00Z' }],
    ['iCalUID', { iCalUID: 'x@google.com' }],
  ])('answers 400 when %s comes with syncToken', (_name, args) => {
    // The parameters that "cannot be specified together with nextSyncToken":
    // https://developers.google.com/calendar/api/v3/reference/events/list (syncToken)
    const { alice } = setup();
    const token = fullSync(alice);
    expect(errorOf(() => alice.Events.list('primary', { syncToken: token, ...args })).code).toBe(400);
  });
});

describe('edge cases', () => {
  it('includes deletions even when showDeleted is false', () => {
    const { alice } = setup();
    const id = alice.Events.insert(meeting('Gone', '2026-11-24'), 'primary').id ?? '';
    const token = fullSync(alice);
    alice.Events.remove('primary', id);
    const items = alice.Events.list('primary', { syncToken: token, showDeleted: false }).items;
    expect(items?.map((e) => e.status)).toEqual(['cancelled']);
  });

  it('a change made between pages of a full listing is reported again by the next sync', () => {
    const { alice } = setup();
    for (let i = 0; i < 3; i++) alice.Events.insert(meeting(`m${i}`, '2026-11-24', 8 + i), 'primary');
    const first = alice.Events.list('primary', { maxResults: 2 });
    const late = alice.Events.insert(meeting('late', '2026-11-25'), 'primary').id;
    let page = alice.Events.list('primary', { maxResults: 2, pageToken: first.nextPageToken ?? '' });
    while (page.nextPageToken)
      page = alice.Events.list('primary', { maxResults: 2, pageToken: page.nextPageToken });
    const delta = alice.Events.list('primary', { syncToken: page.nextSyncToken ?? '' });
    expect(delta.items?.map((e) => e.id)).toContain(late);
  });
});
