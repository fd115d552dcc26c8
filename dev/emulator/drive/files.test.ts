import { GOOGLE_DOC } from './resource';
import { DriveStore } from './store';
import { ALICE, BOB, USERS, errorOf, recordingContext, worldDoc } from './testing';

function aliceApp(store = DriveStore.fromWorld([], USERS)) {
  const ctx = recordingContext(ALICE);
  return { store, ctx, drive: store.driveService(ctx) };
}

describe('when a file is created', () => {
  // "If you don't specify the fields parameter, the server returns a default set of fields …
  // kind, id, name, and mimeType." https://developers.google.com/drive/api/guides/fields-parameter
  it('answers the default fields only, through one drive.files.create call', () => {
    const { drive, ctx } = aliceApp();
    const file = drive.Files.create({ name: 'Alice & Bob · 1:1', mimeType: GOOGLE_DOC });
    expect(Object.keys(file).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(file).toMatchObject({ kind: 'drive#file', name: 'Alice & Bob · 1:1', mimeType: GOOGLE_DOC });
    expect(ctx.calls).toEqual(['drive.files.create']);
  });

  it('makes a Google Doc an empty document owned by the caller', () => {
    const { store, drive } = aliceApp();
    const { id } = drive.Files.create({
      name: 'Notes',
      mimeType: GOOGLE_DOC,
      appProperties: { tandemPair: 'a b' },
    });
    const saved = store.toWorld().files[0];
    expect(saved?.id).toBe(id);
    expect(saved?.document?.title).toBe('Notes');
    expect(saved?.document?.body?.content).toHaveLength(2);
    expect(saved?.owners?.[0]?.emailAddress).toBe(ALICE);
    expect(saved?.permissions).toEqual([
      expect.objectContaining({ role: 'owner', type: 'user', emailAddress: ALICE }),
    ]);
    expect(saved?.appProperties).toEqual({ tandemPair: 'a b' });
  });

  it('with fields=* shows the caller-relative fields', () => {
    const { drive } = aliceApp();
    const file = drive.Files.create({ name: 'Notes', mimeType: GOOGLE_DOC }, undefined, { fields: '*' });
    expect(file).toMatchObject({
      ownedByMe: true,
      trashed: false,
      shared: false,
      capabilities: { canEdit: true, canShare: true, canTrash: true },
      owners: [{ emailAddress: ALICE, displayName: 'Alice Moreau', me: true }],
      createdTime: '2026-11-23T08:00:00.000Z',
      webViewLink: expect.stringContaining('https://docs.google.com/document/d/'),
    });
  });
});

describe('edge cases of creating files', () => {
  it('refuses read-only fields in the body', () => {
    const { drive } = aliceApp();
    const error = errorOf(() => drive.Files.create({ name: 'x', owners: [{ emailAddress: BOB }] }));
    expect(error).toMatchObject({ code: 403, reason: 'fieldNotWritable' });
  });

  // "Maximum of 124 bytes per property string (including both key and value) in UTF-8 encoding."
  // https://developers.google.com/drive/api/guides/properties
  it('refuses an app property over 124 bytes, key and value together', () => {
    const { drive } = aliceApp();
    expect(() => drive.Files.create({ name: 'ok', appProperties: { k: 'v'.repeat(123) } })).not.toThrow();
    expect(errorOf(() => drive.Files.create({ name: 'x', appProperties: { k: 'v'.repeat(124) } })).code).toBe(
      400,
    );
  });
});

describe('when files are read', () => {
  const world = () =>
    DriveStore.fromWorld([worldDoc('d1', ALICE, { [BOB]: 'reader' }), worldDoc('d2', BOB)], USERS);

  it('gets the fields asked for, nested selections included', () => {
    const store = world();
    store.grantFileScope(ALICE, 'd1');
    const file = store
      .driveService(recordingContext(ALICE))
      .Files.get('d1', { fields: 'id,owners(emailAddress),capabilities/canShare' });
    expect(file).toEqual({ id: 'd1', owners: [{ emailAddress: ALICE }], capabilities: { canShare: true } });
  });

  // File.permissions: "This is only available if the requesting user can share the file."
  it('shows permissions only to those who can share', () => {
    const store = world();
    const asBob = store
      .driveService(recordingContext(BOB, 'person'))
      .Files.get('d1', { fields: 'permissions,ownedByMe' });
    expect(asBob).toEqual({ ownedByMe: false });
  });

  it('answers 404 "File not found" for a file the caller cannot see, as for one that does not exist', () => {
    const store = world();
    const drive = store.driveService(recordingContext(ALICE, 'person'));
    expect(errorOf(() => drive.Files.get('d2'))).toEqual({
      code: 404,
      message: 'File not found: d2.',
      reason: 'notFound',
    });
    expect(errorOf(() => drive.Files.get('nope'))).toEqual({
      code: 404,
      message: 'File not found: nope.',
      reason: 'notFound',
    });
  });

  it('refuses an unknown field with 400', () => {
    const store = world();
    const drive = store.driveService(recordingContext(ALICE, 'person'));
    expect(errorOf(() => drive.Files.get('d1', { fields: 'id,pancakes' }))).toMatchObject({
      code: 400,
      message: 'Invalid field selection pancakes',
    });
  });
});

describe('when files are listed with a query', () => {
  function listed(q: string, extra: Record<string, unknown> = {}) {
    const store = DriveStore.fromWorld(
      [
        worldDoc('d1', ALICE, {}, { appProperties: { tandemPair: 'alice@example.com bob@example.com' } }),
        worldDoc(
          'd2',
          ALICE,
          {},
          { trashed: true, appProperties: { tandemPair: 'alice@example.com bob@example.com' } },
        ),
        worldDoc('d3', BOB, { [ALICE]: 'writer' }, { name: 'Shared' }),
        { id: 'f4', name: 'notes.txt', mimeType: 'text/plain', owners: [{ emailAddress: ALICE }] },
      ],
      USERS,
    );
    for (const id of ['d1', 'd2', 'd3', 'f4']) store.grantFileScope(ALICE, id);
    const drive = store.driveService(recordingContext(ALICE));
    return drive.Files.list({ q, fields: 'files(id),nextPageToken', ...extra });
  }
  const ids = (list: { files?: { id?: string | null }[] }) => list.files?.map((f) => f.id);

  // Query forms from https://developers.google.com/drive/api/guides/search-files
  it('finds files by app property, excluding trashed ones only when asked', () => {
    const pair = "appProperties has { key='tandemPair' and value='alice@example.com bob@example.com' }";
    expect(ids(listed(pair))).toEqual(['d1', 'd2']);
    expect(ids(listed(`${pair} and trashed = false`))).toEqual(['d1']);
  });

  it('filters by mime type, name and owner', () => {
    expect(ids(listed(`mimeType = '${GOOGLE_DOC}'`))).toEqual(['d1', 'd2', 'd3']);
    expect(ids(listed("name = 'Shared'"))).toEqual(['d3']);
    expect(ids(listed("'me' in owners and mimeType != 'text/plain'"))).toEqual(['d1', 'd2']);
    expect(ids(listed("'bob@example.com' in owners"))).toEqual(['d3']);
  });

  it('pages with pageSize and nextPageToken', () => {
    const first = listed('trashed = false', { pageSize: 2 });
    expect(ids(first)).toEqual(['d1', 'd3']);
    const second = listed('trashed = false', { pageSize: 2, pageToken: first.nextPageToken });
    expect(ids(second)).toEqual(['f4']);
    expect(second.nextPageToken).toBeUndefined();
  });

  it('refuses a query it cannot read with 400 "Invalid Value"', () => {
    expect(errorOf(() => listed('fullText contains "x"'))).toMatchObject({
      code: 400,
      message: 'Invalid Value',
      reason: 'invalid',
    });
    expect(errorOf(() => listed("name = 'a' or name = 'b'"))).toMatchObject({
      code: 400,
      message: 'Invalid Value',
    });
  });
});

describe('when a file is updated', () => {
  const world = () =>
    DriveStore.fromWorld(
      [worldDoc('d1', ALICE, { [BOB]: 'writer' }, { appProperties: { a: '1', b: '2' } })],
      USERS,
    );

  // appProperties: "Entries with null values are cleared in update and copy requests."
  it('merges app properties, a null value removing the key', () => {
    const store = world();
    store.grantFileScope(ALICE, 'd1');
    const drive = store.driveService(recordingContext(ALICE));
    const file = drive.Files.update({ appProperties: { b: null, c: '3' } }, 'd1', undefined, {
      fields: 'appProperties',
    });
    expect(file).toEqual({ appProperties: { a: '1', c: '3' } });
  });

  it('renames the document with the file', () => {
    const store = world();
    store.driveService(recordingContext(BOB, 'person')).Files.update({ name: 'Renamed' }, 'd1');
    expect(store.toWorld().files[0]?.document?.title).toBe('Renamed');
  });

  it('lets only the owner trash it', () => {
    const store = world();
    const asBob = store.driveService(recordingContext(BOB, 'person'));
    expect(errorOf(() => asBob.Files.update({ trashed: true }, 'd1'))).toMatchObject({
      code: 403,
      reason: 'insufficientFilePermissions',
    });
    const asAlice = store.driveService(recordingContext(ALICE, 'person'));
    expect(asAlice.Files.update({ trashed: true }, 'd1', undefined, { fields: 'trashed' })).toEqual({
      trashed: true,
    });
    // A trashed file can still be read.
    expect(asAlice.Files.get('d1', { fields: 'trashed' })).toEqual({ trashed: true });
  });

  it('refuses a reader with 403', () => {
    const store = DriveStore.fromWorld([worldDoc('d1', ALICE, { [BOB]: 'reader' })], USERS);
    const asBob = store.driveService(recordingContext(BOB, 'person'));
    expect(errorOf(() => asBob.Files.update({ name: 'x' }, 'd1'))).toEqual({
      code: 403,
      message: 'The user does not have sufficient permissions for this file.',
      reason: 'insufficientFilePermissions',
    });
  });
});
