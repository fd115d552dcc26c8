import type { WorldFile } from '../world';
import { permissionIdFor } from './access';
import { GOOGLE_DOC } from './resource';
import { DriveStore } from './store';
import { ALICE, BOB, CAROL, USERS, recordingContext, worldDoc } from './testing';

describe('when the store is saved and loaded', () => {
  it('round-trips files and state exactly', () => {
    const store = DriveStore.fromWorld(
      [worldDoc('d1', ALICE, { [BOB]: 'writer' }), worldDoc('d2', BOB)],
      USERS,
    );
    store.grantFileScope(ALICE, 'd1');
    const drive = store.driveService(recordingContext(ALICE));
    drive.Files.create({ name: 'New', mimeType: GOOGLE_DOC, appProperties: { k: 'v' } });
    drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: CAROL }, 'd1');
    const saved = store.toWorld();
    const again = DriveStore.fromWorld(saved.files, USERS, saved.state).toWorld();
    expect(again).toEqual(saved);
    expect(JSON.parse(JSON.stringify(saved))).toEqual(saved);
  });

  it('keeps the drive.file grants and the sharing log in its state', () => {
    const store = DriveStore.fromWorld([worldDoc('d1', ALICE)], USERS);
    store.grantFileScope(BOB, 'd1');
    store.grantFileScope(BOB, 'd1');
    const state = store.toWorld().state;
    expect(state).toEqual({ grants: { [BOB]: ['d1'] }, sharingLog: [] });
    const reloaded = DriveStore.fromWorld(store.toWorld().files, USERS, state);
    expect(reloaded.toWorld().state).toEqual(state);
  });

  it('starts with empty state when the world has none', () => {
    expect(DriveStore.fromWorld([], USERS).toWorld()).toEqual({
      files: [],
      state: { grants: {}, sharingLog: [] },
    });
  });
});

describe('when a world file is loose', () => {
  it('gets an owner permission from `owners` and stable permission ids', () => {
    const file: WorldFile = { id: 'x', name: 'X', mimeType: 'text/plain', owners: [{ emailAddress: ALICE }] };
    const saved = DriveStore.fromWorld([file], USERS).toWorld().files[0];
    expect(saved?.permissions).toEqual([
      {
        id: permissionIdFor(ALICE),
        type: 'user',
        role: 'owner',
        emailAddress: ALICE,
        displayName: 'Alice Moreau',
      },
    ]);
  });

  it('gives a Google Doc without a document an empty one titled like the file', () => {
    const saved = DriveStore.fromWorld([worldDoc('d1', ALICE, {}, { name: 'Plan' })], USERS).toWorld()
      .files[0];
    expect(saved?.document).toMatchObject({ documentId: 'd1', title: 'Plan' });
  });

  it('refuses a file without id or owner with a clear message', () => {
    expect(() => DriveStore.fromWorld([{ name: 'x' }], USERS)).toThrow(/has no id/);
    expect(() => DriveStore.fromWorld([{ id: 'x' }], USERS)).toThrow(
      'drive file x has no owner (owners or an owner permission)',
    );
  });
});

describe('when listing what a person can see', () => {
  it('lists owned and shared files with their permissions, without document bodies', () => {
    const store = DriveStore.fromWorld(
      [
        worldDoc('d1', ALICE, { [BOB]: 'writer' }),
        worldDoc('d2', CAROL),
        worldDoc('d3', CAROL, { [BOB]: 'reader' }),
      ],
      USERS,
    );
    const files = store.filesVisibleTo('Bob@example.com');
    expect(files.map((f) => f.id)).toEqual(['d1', 'd3']);
    expect(files[0]?.permissions?.map((p) => `${p.emailAddress}:${p.role}`)).toEqual([
      `${ALICE}:owner`,
      `${BOB}:writer`,
    ]);
    expect(files[0]?.document).toBeUndefined();
  });

  it('does not count a link share as shared with the person', () => {
    const store = DriveStore.fromWorld(
      [
        {
          ...worldDoc('d1', ALICE),
          permissions: [
            { type: 'user', role: 'owner', emailAddress: ALICE },
            { type: 'anyone', role: 'reader' },
          ],
        },
      ],
      USERS,
    );
    expect(store.filesVisibleTo(BOB)).toEqual([]);
    // …but anyone with the link can still open it by id.
    expect(store.driveService(recordingContext(BOB, 'person')).Files.get('d1').id).toBe('d1');
  });
});
