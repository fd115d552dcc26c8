// Drive API v3 contract: Tandem's agenda docs as Drive files — created with appProperties, found
// by appProperties queries, trashed, shared as writer without e-mail, out of reach of the other
// person's Tandem under drive.file — and the 404s.
import type { ContractTargetFactory, DriveFile, TargetCapabilities } from '../../dev/contract/clients';
import { failureOf, GOOGLE_DOC_MIME_TYPE } from '../../dev/contract/clients';
import { RUN_KEY } from '../../dev/contract/scratch';
import { FILE_FIELDS, useTarget, type SuiteContext } from './harness';

/** Tandem's query (src/gas/google-apis.ts findByAppProperty). */
const byPair = (tag: string) =>
  `appProperties has { key='tandemPair' and value='${tag}' } and trashed = false`;

export function driveContract(factory: ContractTargetFactory): void {
  describe(`Drive v3 files and permissions (${factory.kind})`, () => {
    const suite = useTarget(factory);
    fileContract(suite);
    queryContract(suite);
    if (factory.capabilities.otherUser) sharingContract(suite, factory.capabilities);
    notFoundContract(suite);
  });
}

function fileContract(suite: SuiteContext): void {
  describe('when Tandem creates an agenda doc', () => {
    it('answers the fields asked for: id, name, type, appProperties, link and owner', async () => {
      const tag = `${suite.scratch.runId} created`;
      const file = await suite.createDoc('created', { tandemPair: tag });
      expect(file).toMatchObject({
        name: suite.scratch.label('created'),
        mimeType: GOOGLE_DOC_MIME_TYPE,
        trashed: false,
        owners: [{ emailAddress: expect.stringMatching(new RegExp(`^${suite.target.user}$`, 'i')) }],
      });
      expect(file.appProperties).toMatchObject({ tandemPair: tag, [RUN_KEY]: suite.scratch.runId });
      expect(file.webViewLink).toContain(`/document/d/${file.id}`);
    });

    it('answers only kind, id, name and mimeType when no fields are asked for', async () => {
      // "the files.get method returns only the kind, id, name, and mimeType fields" by default:
      // https://developers.google.com/drive/api/guides/fields-parameter
      const file = await suite.createDoc('default fields');
      const got = await suite.target.clients.drive.files.get(file.id ?? '');
      expect(Object.keys(got).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    });

    it('makes a document created with the Docs API a Drive file with that title', async () => {
      // documents.create "Creates a blank document using the title given in the request."
      // https://developers.google.com/docs/api/reference/rest/v1/documents/create
      const title = suite.scratch.label('docs create');
      const doc = await suite.target.clients.docs.create(title);
      suite.scratch.trackFile(doc.documentId);
      const file = await suite.target.clients.drive.files.get(doc.documentId ?? '', { fields: FILE_FIELDS });
      expect(file).toMatchObject({ id: doc.documentId, name: title, mimeType: GOOGLE_DOC_MIME_TYPE });
    });
  });
}

function queryContract(suite: SuiteContext): void {
  describe('when agenda docs are looked up by appProperties', () => {
    let first: DriveFile;
    let second: DriveFile;
    const tag = (which: string) => `${suite.scratch.runId} ${which}`;
    beforeAll(async () => {
      first = await suite.createDoc('pair one', { tandemPair: tag('one'), tandemApp: 'contract' });
      second = await suite.createDoc('pair two', { tandemPair: tag('two'), tandemApp: 'contract' });
    });
    const ids = async (q: string) =>
      (await suite.target.clients.drive.files.list({ q, fields: `files(${FILE_FIELDS})` })).files?.map(
        (f) => f.id,
      );

    it('finds the file with that key and value, and only it', async () => {
      // "appProperties has { key='additionalID' and value='8e8aceg2af2ge72e78' }"
      // https://developers.google.com/drive/api/guides/search-files
      await suite.eventually(async () => expect(await ids(byPair(tag('one')))).toEqual([first.id]));
      expect(await ids(byPair(tag('nobody')))).toEqual([]);
    });

    it('merges an appProperties update, and a null value removes that key', async () => {
      // "Entries with null values are cleared in update and copy requests."
      // https://developers.google.com/drive/api/reference/rest/v3/files (appProperties)
      const drive = suite.target.clients.drive;
      const updated = await drive.files.update(
        second.id ?? '',
        { appProperties: { tandemApp: null, tandemNote: 'kept' } },
        { fields: 'appProperties' },
      );
      expect(updated.appProperties).toEqual({
        tandemPair: tag('two'),
        tandemNote: 'kept',
        tandemContract: 'scratch',
        [RUN_KEY]: suite.scratch.runId,
      });
    });

    it('leaves a trashed file out of "trashed = false" queries, yet still answers get', async () => {
      const drive = suite.target.clients.drive;
      await drive.files.update(second.id ?? '', { trashed: true });
      expect((await drive.files.get(second.id ?? '', { fields: 'trashed' })).trashed).toBe(true);
      await suite.eventually(async () => expect(await ids(byPair(tag('two')))).toEqual([]));
    });
  });
}

function sharingContract(suite: SuiteContext, capabilities: TargetCapabilities): void {
  describe('when the doc is shared with the other person', () => {
    let doc: DriveFile;
    let permissionId: string;
    const other = () => suite.target.otherUser ?? '';
    beforeAll(async () => {
      doc = await suite.createDoc('shared');
    });

    it('creates a writer permission without a notification e-mail', async () => {
      // sendNotificationEmail: "Whether to send a notification email when sharing to users or groups."
      // https://developers.google.com/drive/api/reference/rest/v3/permissions/create
      const permission = await suite.target.clients.drive.permissions.create(
        doc.id ?? '',
        { type: 'user', role: 'writer', emailAddress: other() },
        { sendNotificationEmail: false, fields: 'id,emailAddress,role,type' },
      );
      expect(permission).toMatchObject({ type: 'user', role: 'writer' });
      expect(permission.emailAddress?.toLowerCase()).toBe(other());
      permissionId = permission.id ?? '';
      const listed = await suite.target.clients.drive.permissions.list(doc.id ?? '', {
        fields: 'permissions(id,emailAddress,role,type)',
      });
      const roles = (listed.permissions ?? []).map((p) => [p.emailAddress?.toLowerCase(), p.role]).sort();
      expect(roles).toEqual(
        [
          [other(), 'writer'],
          [suite.target.user, 'owner'],
        ].sort(),
      );
    });

    if (capabilities.actAsOther) {
      it('is still out of reach of the other person’s Tandem (drive.file: a share is not a grant)', async () => {
        // drive.file: "Per-file access to files created or opened by the app" — the emulator models
        // the strict reading (docs/google-drive-file-scope.md); this run checks it against Google.
        const theirs = suite.target.otherClients;
        if (!theirs) throw new Error('this target cannot act as the other person');
        const failure = await failureOf(theirs.drive.files.get(doc.id ?? '', { fields: 'id' }));
        expect(failure.code).toBe(404);
      });
    }

    it('removes the share, leaving the owner alone', async () => {
      const drive = suite.target.clients.drive;
      await drive.permissions.delete(doc.id ?? '', permissionId);
      const listed = await drive.permissions.list(doc.id ?? '', { fields: 'permissions(emailAddress,role)' });
      expect((listed.permissions ?? []).map((p) => p.role)).toEqual(['owner']);
    });
  });
}

function notFoundContract(suite: SuiteContext): void {
  describe('when a file or a permission does not exist', () => {
    it('answers 404 notFound for an unknown file id', async () => {
      // "404: File not found: {fileId}" https://developers.google.com/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found_fileid
      const unknown = `1tandemContract${suite.scratch.runId}NoSuchFile`.padEnd(44, '0');
      const failure = await failureOf(suite.target.clients.drive.files.get(unknown));
      expect(failure).toMatchObject({ code: 404, reason: 'notFound' });
      expect(failure.message).toContain(unknown);
    });

    it('answers 404 for a permission id the file does not have', async () => {
      const file = await suite.createDoc('no such permission');
      const failure = await failureOf(
        suite.target.clients.drive.permissions.delete(file.id ?? '', '01234567890123456789'),
      );
      expect(failure.code).toBe(404);
    });
  });
}
