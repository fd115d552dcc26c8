import { DriveStore } from '../drive/store';
import { STALE_REVISION_MESSAGES } from '../readings';
import { ALICE, BOB, CAROL, USERS, errorOf, recordingContext, worldDoc } from '../drive/testing';

function sharedDoc() {
  const store = DriveStore.fromWorld([worldDoc('d1', ALICE, { [BOB]: 'writer', [CAROL]: 'reader' })], USERS);
  store.grantFileScope(ALICE, 'd1');
  const ctx = recordingContext(ALICE);
  return { store, ctx, docs: store.docsService(ctx) };
}

describe('when a document is created through Docs', () => {
  // documents.create: "Creates a blank document using the title given in the request. Other fields
  // in the request, including any provided content, are ignored."
  it('makes a Drive file owned by the caller, reachable by Tandem under drive.file', () => {
    const store = DriveStore.fromWorld([], USERS);
    const ctx = recordingContext(ALICE);
    const doc = store
      .docsService(ctx)
      .Documents.create({ title: 'Alice & Bob · 1:1', body: { content: [] } });
    expect(doc.title).toBe('Alice & Bob · 1:1');
    expect(doc.body?.content).toHaveLength(2);
    const file = store.driveService(ctx).Files.get(doc.documentId ?? '', { fields: 'mimeType,ownedByMe' });
    expect(file).toEqual({ mimeType: 'application/vnd.google-apps.document', ownedByMe: true });
    expect(ctx.calls).toEqual(['docs.documents.create', 'drive.files.get']);
  });
});

describe('when a document is updated', () => {
  // BatchUpdateDocumentResponse: documentId, replies, and writeControl whose requiredRevisionId
  // "indicates the revision ID of the document after the request was applied".
  it('answers the replies and the new revision', () => {
    const { docs, ctx } = sharedDoc();
    const before = docs.Documents.get('d1').revisionId;
    const response = docs.Documents.batchUpdate(
      {
        requests: [{ insertText: { location: { index: 1 }, text: 'Hello' } }],
        writeControl: { requiredRevisionId: before },
      },
      'd1',
    );
    const after = docs.Documents.get('d1');
    expect(response).toEqual({
      documentId: 'd1',
      replies: [{}],
      writeControl: { requiredRevisionId: after.revisionId },
    });
    expect(after.revisionId).not.toBe(before);
    expect(ctx.calls).toEqual(['docs.documents.get', 'docs.documents.batchUpdate', 'docs.documents.get']);
  });

  // WriteControl.requiredRevisionId: "If this is not the latest revision of the document, the
  // request is not processed and returns a 400 bad request error."
  it('refuses a stale required revision with 400 and applies nothing', () => {
    const { store, docs } = sharedDoc();
    const stale = docs.Documents.get('d1').revisionId ?? '';
    store
      .docsService(recordingContext(BOB, 'person'))
      .Documents.batchUpdate(
        { requests: [{ insertText: { location: { index: 1 }, text: 'Bob typed' } }] },
        'd1',
      );
    const error = errorOf(() =>
      docs.Documents.batchUpdate(
        {
          requests: [{ insertText: { location: { index: 1 }, text: 'x' } }],
          writeControl: { requiredRevisionId: stale },
        },
        'd1',
      ),
    );
    // The wording is not documented: the strict reading's says nothing about revisions (readings.ts).
    expect(error).toMatchObject({ code: 400, message: STALE_REVISION_MESSAGES.plain });
    expect(docs.Documents.get('d1').body?.content?.[1]?.paragraph?.elements?.[0]?.textRun?.content).toBe(
      'Bob typed\n',
    );
  });

  it('turns an invalid request into a 400 with Google’s message', () => {
    const { docs } = sharedDoc();
    expect(
      errorOf(() =>
        docs.Documents.batchUpdate(
          { requests: [{ insertText: { location: { index: 99 }, text: 'x' } }] },
          'd1',
        ),
      ),
    ).toEqual({
      code: 400,
      message:
        'Invalid requests[0].insertText: Index 99 must be less than the end index of the referenced segment, 2.',
      reason: 'badRequest',
    });
  });

  it('touches the Drive file: modified time, version and last modifier', () => {
    const { store } = sharedDoc();
    const bob = recordingContext(BOB, 'person');
    bob.advance(60_000);
    store
      .docsService(bob)
      .Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'x' } }] }, 'd1');
    const file = store
      .driveService(bob)
      .Files.get('d1', { fields: 'version,lastModifyingUser(emailAddress),modifiedTime' });
    expect(file).toEqual({
      version: '2',
      lastModifyingUser: { emailAddress: BOB },
      modifiedTime: '2026-11-23T08:01:00.000Z',
    });
  });
});

describe('when someone without edit access uses Docs', () => {
  // Document.revisionId: "Only populated if the user has edit access to the document."
  it('reads without a revision id, in the viewer’s suggestions mode', () => {
    const { store } = sharedDoc();
    const doc = store.docsService(recordingContext(CAROL, 'person')).Documents.get('d1');
    expect(doc.revisionId).toBeUndefined();
    expect(doc.suggestionsViewMode).toBe('PREVIEW_WITHOUT_SUGGESTIONS');
    expect(doc.body?.content).toHaveLength(2);
  });

  it('is refused an update with 403', () => {
    const { store } = sharedDoc();
    const carol = store.docsService(recordingContext(CAROL, 'person'));
    expect(errorOf(() => carol.Documents.batchUpdate({ requests: [] }, 'd1'))).toEqual({
      code: 403,
      message: 'The caller does not have permission',
      reason: 'forbidden',
    });
  });

  it('gets 404 for an unknown id and 403 for a document not shared with them', () => {
    const store = DriveStore.fromWorld([worldDoc('d1', ALICE)], USERS);
    const bob = store.docsService(recordingContext(BOB, 'person'));
    expect(errorOf(() => bob.Documents.get('nope'))).toMatchObject({
      code: 404,
      message: 'Requested entity was not found.',
    });
    expect(errorOf(() => bob.Documents.get('d1')).code).toBe(403);
  });
});

describe('edge cases of reading documents', () => {
  it('puts the content under tabs with includeTabsContent', () => {
    const { docs } = sharedDoc();
    const doc = docs.Documents.get('d1', { includeTabsContent: true });
    expect(doc.body).toBeUndefined();
    expect(doc.tabs?.[0]?.tabProperties).toEqual({ tabId: 't.0', title: 'Tab 1' });
    expect(doc.tabs?.[0]?.documentTab?.body?.content).toHaveLength(2);
  });

  it('selects fields', () => {
    const { docs } = sharedDoc();
    expect(Object.keys(docs.Documents.get('d1', { fields: 'revisionId,title' })).sort()).toEqual([
      'revisionId',
      'title',
    ]);
  });

  // Assumed, not documented: trashing a file does not delete it, so Docs still serves it; Tandem
  // must check Drive's `trashed` itself.
  it('still serves a trashed document', () => {
    const { store, docs } = sharedDoc();
    store.driveService(recordingContext(ALICE, 'person')).Files.update({ trashed: true }, 'd1');
    expect(docs.Documents.get('d1').documentId).toBe('d1');
  });

  it('refuses a Drive file that is not a Google Doc', () => {
    const store = DriveStore.fromWorld(
      [{ id: 'f', name: 'a.txt', mimeType: 'text/plain', owners: [{ emailAddress: ALICE }] }],
      USERS,
    );
    expect(errorOf(() => store.docsService(recordingContext(ALICE, 'person')).Documents.get('f')).code).toBe(
      400,
    );
  });
});
