import { permissionIdFor } from './access';
import { DriveStore } from './store';
import { ALICE, BOB, CAROL, USERS, errorOf, recordingContext, worldDoc } from './testing';

function aliceOwnsD1(shared: Record<string, string> = {}) {
  const store = DriveStore.fromWorld([worldDoc('d1', ALICE, shared)], USERS);
  store.grantFileScope(ALICE, 'd1');
  const ctx = recordingContext(ALICE);
  return { store, ctx, drive: store.driveService(ctx) };
}

describe('when a file is shared', () => {
  it('adds a user permission and answers the default permission fields', () => {
    const { store, drive, ctx } = aliceOwnsD1();
    const permission = drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: BOB }, 'd1', {
      sendNotificationEmail: false,
    });
    expect(permission).toEqual({
      kind: 'drive#permission',
      id: permissionIdFor(BOB),
      type: 'user',
      role: 'writer',
    });
    expect(ctx.calls).toEqual(['drive.permissions.create']);
    expect(store.filesVisibleTo(BOB).map((f) => f.id)).toEqual(['d1']);
  });

  // sendNotificationEmail: "This defaults to true for users and groups, and is not allowed for
  // other requests." https://developers.google.com/drive/api/reference/rest/v3/permissions/create
  it('notifies by e-mail unless told not to, and logs every share', () => {
    const { store, drive } = aliceOwnsD1();
    drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: BOB }, 'd1');
    drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: CAROL }, 'd1', {
      sendNotificationEmail: false,
    });
    expect(store.sharingLog()).toEqual([
      {
        fileId: 'd1',
        emailAddress: BOB,
        role: 'writer',
        notified: true,
        at: Date.parse('2026-11-23T08:00:00Z'),
      },
      {
        fileId: 'd1',
        emailAddress: CAROL,
        role: 'reader',
        notified: false,
        at: Date.parse('2026-11-23T08:00:00Z'),
      },
    ]);
  });

  it('gives one user the same permission id on every file and changes the role when shared again', () => {
    const { store, drive } = aliceOwnsD1({ [BOB]: 'reader' });
    drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'Bob@Example.com' }, 'd1');
    const permissions = store.toWorld().files[0]?.permissions ?? [];
    expect(permissions.filter((p) => p.emailAddress === BOB)).toEqual([
      expect.objectContaining({ role: 'writer', id: permissionIdFor(BOB) }),
    ]);
  });

  it('lets a writer share but not a reader or commenter', () => {
    const store = DriveStore.fromWorld(
      [worldDoc('d1', ALICE, { [BOB]: 'writer', [CAROL]: 'commenter' })],
      USERS,
    );
    const asBob = store.driveService(recordingContext(BOB, 'person'));
    expect(() =>
      asBob.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'dan@example.com' }, 'd1'),
    ).not.toThrow();
    const asCarol = store.driveService(recordingContext(CAROL, 'person'));
    expect(
      errorOf(() =>
        asCarol.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'eve@example.com' }, 'd1'),
      ),
    ).toEqual({
      code: 403,
      message: 'The user does not have sufficient permissions for this file.',
      reason: 'insufficientFilePermissions',
    });
  });
});

describe('edge cases of sharing', () => {
  it('refuses a permission without type, role or e-mail address', () => {
    const { drive } = aliceOwnsD1();
    expect(errorOf(() => drive.Permissions.create({ role: 'writer', emailAddress: BOB }, 'd1')).code).toBe(
      400,
    );
    expect(errorOf(() => drive.Permissions.create({ type: 'user', emailAddress: BOB }, 'd1')).code).toBe(400);
    expect(errorOf(() => drive.Permissions.create({ type: 'user', role: 'writer' }, 'd1')).code).toBe(400);
    expect(
      errorOf(() => drive.Permissions.create({ type: 'user', role: 'boss', emailAddress: BOB }, 'd1'))
        .message,
    ).toBe('Invalid Value');
  });

  it('requires transferOwnership to make someone owner', () => {
    const { drive } = aliceOwnsD1();
    expect(
      errorOf(() => drive.Permissions.create({ type: 'user', role: 'owner', emailAddress: BOB }, 'd1')),
    ).toMatchObject({
      code: 403,
      message: "The transferOwnership parameter must be enabled when the permission role is 'owner'.",
    });
  });

  it('logs a share with anyone, which a privacy audit must catch', () => {
    const { store, drive } = aliceOwnsD1();
    const permission = drive.Permissions.create({ type: 'anyone', role: 'reader' }, 'd1');
    expect(permission.id).toBe('anyoneWithLink');
    expect(store.sharingLog()).toEqual([
      expect.objectContaining({ emailAddress: 'anyone', notified: false }),
    ]);
  });
});

describe('when permissions are listed and removed', () => {
  it('lists every permission for someone who can share', () => {
    const { drive } = aliceOwnsD1({ [BOB]: 'writer' });
    const list = drive.Permissions.list('d1', { fields: 'permissions(emailAddress,role)' });
    expect(list).toEqual({
      permissions: [
        { emailAddress: ALICE, role: 'owner' },
        { emailAddress: BOB, role: 'writer' },
      ],
    });
  });

  it('refuses to list for a reader', () => {
    const store = DriveStore.fromWorld([worldDoc('d1', ALICE, { [BOB]: 'reader' })], USERS);
    expect(
      errorOf(() => store.driveService(recordingContext(BOB, 'person')).Permissions.list('d1')).code,
    ).toBe(403);
  });

  it('removes a permission through drive.permissions.delete, and the file leaves that person’s Drive', () => {
    const { store, drive, ctx } = aliceOwnsD1({ [BOB]: 'writer' });
    drive.Permissions.remove('d1', permissionIdFor(BOB));
    expect(ctx.calls).toEqual(['drive.permissions.delete']);
    expect(store.filesVisibleTo(BOB)).toEqual([]);
  });

  it('refuses to remove the owner or an unknown permission', () => {
    const { drive } = aliceOwnsD1();
    expect(errorOf(() => drive.Permissions.remove('d1', permissionIdFor(ALICE)))).toMatchObject({
      code: 403,
      reason: 'cannotRemoveOwner',
    });
    expect(errorOf(() => drive.Permissions.remove('d1', '42'))).toEqual({
      code: 404,
      message: 'Permission not found: 42.',
      reason: 'notFound',
    });
  });
});
