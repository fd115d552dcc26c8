// The drive.file scope as modelled: see docs/google-drive-file-scope.md for the sources.
import { GOOGLE_DOC } from './resource';
import { READINGS } from '../readings';
import { DriveStore } from './store';
import { ALICE, BOB, USERS, errorOf, recordingContext, worldDoc } from './testing';

const PAIR = "appProperties has { key='tandemPair' and value='alice@example.com bob@example.com' }";

/** Alice's Tandem creates the pair doc and shares it with Bob as writer. */
function alicesTandemMadeTheDoc() {
  const store = DriveStore.fromWorld([], USERS);
  const alice = store.driveService(recordingContext(ALICE));
  const { id } = alice.Files.create({
    name: 'Alice Moreau & Bob Okafor · 1:1',
    mimeType: GOOGLE_DOC,
    appProperties: { tandemPair: 'alice@example.com bob@example.com' },
  });
  alice.Permissions.create({ type: 'user', role: 'writer', emailAddress: BOB }, id ?? '', {
    sendNotificationEmail: false,
  });
  return { store, id: id ?? '' };
}

describe('when Tandem holds only drive.file', () => {
  // drive.file: "Per-file access to files created or opened by the app. File authorization is
  // granted on a per-user basis and is revoked when the user deauthorizes the app."
  // https://developers.google.com/drive/api/guides/about-auth (older wording, quoted in
  // Kyrodan/KeeAnywhere#398); current wording: files "that you open with an app or that the user
  // shares with an app while using the Google Picker API or the app's file picker".
  it('reaches the files it created for that user, and finds them by app property', () => {
    const { store, id } = alicesTandemMadeTheDoc();
    const alice = store.driveService(recordingContext(ALICE));
    expect(alice.Files.list({ q: PAIR, fields: 'files(id)' })).toEqual({ files: [{ id }] });
    expect(alice.Files.get(id, { fields: 'isAppAuthorized' })).toEqual({ isAppAuthorized: true });
  });

  // Stricter reading, as the sources agree on per-user grants: another user's Tandem does not
  // see a file Tandem created for someone else, even when it is shared with that user
  // (KeeAnywhere#438: sharing a drive.file-created file with other users does not work).
  it('does not reach a file another user’s Tandem created and shared with this user', () => {
    const { store, id } = alicesTandemMadeTheDoc();
    const bobsTandem = store.driveService(recordingContext(BOB));
    expect(bobsTandem.Files.list({ q: PAIR })).toEqual({
      kind: 'drive#fileList',
      incompleteSearch: false,
      files: [],
    });
    expect(errorOf(() => bobsTandem.Files.get(id))).toEqual({
      code: 404,
      message: `File not found: ${id}.`,
      reason: 'notFound',
    });
    // Docs does not document its answer here: 404 under the strict reading (readings.ts), 403 under the lenient one.
    expect(errorOf(() => store.docsService(recordingContext(BOB)).Documents.get(id)).code).toBe(404);
    const lenient = DriveStore.fromWorld(
      store.toWorld().files,
      USERS,
      store.toWorld().state,
      READINGS.lenient,
    );
    expect(errorOf(() => lenient.docsService(recordingContext(BOB)).Documents.get(id)).code).toBe(403);
  });

  it('reaches it once that user opened it with the add-on (onFileScopeGranted)', () => {
    const { store, id } = alicesTandemMadeTheDoc();
    store.grantFileScope(BOB, id);
    const bobsTandem = store.driveService(recordingContext(BOB));
    expect(bobsTandem.Files.list({ q: PAIR, fields: 'files(id,appProperties)' })).toEqual({
      files: [{ id, appProperties: { tandemPair: 'alice@example.com bob@example.com' } }],
    });
    expect(store.docsService(recordingContext(BOB)).Documents.get(id).documentId).toBe(id);
  });

  it('does not reach a file the user owns but never used with the app', () => {
    const store = DriveStore.fromWorld([worldDoc('mine', ALICE)], USERS);
    expect(errorOf(() => store.driveService(recordingContext(ALICE)).Files.get('mine')).code).toBe(404);
    expect(store.driveService(recordingContext(ALICE, 'person')).Files.get('mine').id).toBe('mine');
  });

  it('never lets a grant stand in for a permission', () => {
    const store = DriveStore.fromWorld([worldDoc('private', ALICE)], USERS);
    store.grantFileScope(BOB, 'private');
    expect(errorOf(() => store.driveService(recordingContext(BOB)).Files.get('private')).code).toBe(404);
  });
});

describe('when a person looks at a file in Google’s own UI', () => {
  // appProperties: "A collection of arbitrary key-value pairs which are private to the requesting
  // app." https://developers.google.com/drive/api/reference/rest/v3/files
  it('sees everything shared with them but not Tandem’s private app properties', () => {
    const { store, id } = alicesTandemMadeTheDoc();
    const bob = store.driveService(recordingContext(BOB, 'person'));
    expect(bob.Files.get(id, { fields: 'id,appProperties' })).toEqual({ id });
    expect(bob.Files.list({ q: PAIR }).files).toEqual([]);
  });
});
