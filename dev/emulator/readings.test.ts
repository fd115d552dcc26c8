// The readings of what Google leaves undocumented: strict by default, a named variant per world or
// test run, and each rule as a script in an execution (or Tandem's code under drive.file) meets it.
import { readFileSync } from 'node:fs';
import { DriveStore } from './drive/store';
import { ALICE, BOB, USERS, recordingContext, worldDoc } from './drive/testing';
import { apiError, restErrorOf, GoogleJsonResponseException } from './errors';
import {
  READINGS,
  READINGS_NAMES,
  STALE_REVISION_MESSAGES,
  readingsFromEnv,
  resolveReadings,
  type ReadingsOption,
} from './readings';
import { BundleRunner } from './runtime';
import { Workspace } from './workspace';
import { parseWorld, type World } from './world';

const world = (readings?: ReadingsOption): World => ({
  now: '2026-11-23T08:00:00Z',
  users: USERS,
  calendars: {},
  drive: {
    files: [
      worldDoc('granted', ALICE, { [BOB]: 'writer' }),
      worldDoc('ungranted', BOB, { [ALICE]: 'writer' }),
    ],
  },
  userProperties: {},
  triggers: [],
  ...(readings !== undefined ? { readings } : {}),
});

/** What a script catches from one advanced-service call, as plain JSON. */
const SCRIPT = `
function caught(e) { return { name: e.name, message: e.message, hasDetails: 'details' in e && e.details !== undefined, code: e.details ? e.details.code : null }; }
function getDoc(id) { try { Docs.Documents.get(id); return 'read'; } catch (e) { return caught(e); } }
function staleWrite(id) {
  var doc = Docs.Documents.get(id);
  Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'first ' } }], writeControl: { requiredRevisionId: doc.revisionId } }, id);
  try {
    Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'second ' } }], writeControl: { requiredRevisionId: doc.revisionId } }, id);
    return 'written';
  } catch (e) { return caught(e); }
}
`;

function run(ws: Workspace, functionName: string, ...args: unknown[]): unknown {
  ws.drive.grantFileScope(ALICE, 'granted');
  return new BundleRunner(SCRIPT).run(ws, { user: ALICE, functionName, args, kind: 'card' }).value;
}

describe('when no readings are asked for', () => {
  it('the strict ones apply: no details, 404 for an ungranted doc, a stale-revision message without "revision"', () => {
    expect(resolveReadings()).toEqual(READINGS.strict);
    expect(READINGS.strict).toMatchObject({ errorDetails: false, ungrantedDoc: 404, staleRevision: 'plain' });
    expect(Workspace.fromWorld(world()).readings).toEqual(READINGS.strict);
  });
});

describe('when a world or a test run picks readings', () => {
  it('a world file names a variant, or replaces single readings over the strict ones', () => {
    const named = parseWorld(JSON.stringify(world('lenient')));
    expect(Workspace.fromWorld(named).readings).toEqual(READINGS.lenient);
    const single = parseWorld(JSON.stringify(world({ ungrantedDoc: 403 })));
    expect(Workspace.fromWorld(single).readings).toEqual({ ...READINGS.strict, ungrantedDoc: 403 });
  });

  it('the workspace option overrides the world, and the world keeps its own choice on save', () => {
    const ws = Workspace.fromWorld(world('lenient'), { readings: 'detailed' });
    expect(ws.readings).toEqual(READINGS.detailed);
    expect(ws.toWorld().readings).toBe('lenient');
  });

  it('TANDEM_READINGS names the variant a test run uses', () => {
    expect(readingsFromEnv({ TANDEM_READINGS: 'lenient' })).toBe('lenient');
    expect(readingsFromEnv({})).toBeUndefined();
    expect(readingsFromEnv({ TANDEM_READINGS: ' ' })).toBeUndefined();
  });

  it('npm run test:readings runs the scenario, card and fault suites under every variant', () => {
    const script = readFileSync('scripts/test-readings.mjs', 'utf8');
    const listed = /const VARIANTS = (\[[^\]]*\])/.exec(script)?.[1] ?? '[]';
    expect(JSON.parse(listed.replace(/'/g, '"'))).toEqual(READINGS_NAMES);
  });

  it('every variant is a full set of readings, and each reading of each rule is in some variant', () => {
    expect(READINGS_NAMES).toEqual(['strict', 'lenient', 'detailed']);
    const variants = Object.values(READINGS);
    expect(new Set(variants.map((r) => r.errorDetails))).toEqual(new Set([true, false]));
    expect(new Set(variants.map((r) => r.ungrantedDoc))).toEqual(new Set([404, 403]));
    expect(new Set(variants.map((r) => r.staleRevision))).toEqual(
      new Set(Object.keys(STALE_REVISION_MESSAGES)),
    );
  });
});

describe('when Apps Script throws from an advanced service (rule: exceptions may carry no details)', () => {
  // Apps Script's advanced-services guide documents no `details` on the exception it throws;
  // public scripts read `e.details.code`, so some runtime gives it. Strict: none.
  it('under the strict reading the script catches a GoogleJsonResponseException with its message and no details', () => {
    expect(run(Workspace.fromWorld(world()), 'getDoc', 'nope')).toEqual({
      name: 'GoogleJsonResponseException',
      message: 'API call to docs.documents.get failed with error: Requested entity was not found.',
      hasDetails: false,
      code: null,
    });
  });

  it.each(['lenient', 'detailed'] as const)(
    'under the %s reading it carries details with the HTTP code',
    (name) => {
      expect(run(Workspace.fromWorld(world(name)), 'getDoc', 'nope')).toMatchObject({
        hasDetails: true,
        code: 404,
      });
    },
  );

  it('the emulator’s own tools still read the REST error behind an exception without details', () => {
    const rest = apiError('calendar.events.get', 404);
    const bare = new GoogleJsonResponseException('calendar.events.get', restErrorOf(rest), false);
    expect(bare.details).toBeUndefined();
    expect(restErrorOf(bare)).toMatchObject({ code: 404, errors: [{ reason: 'notFound' }] });
  });
});

describe('when Tandem’s code reads a doc the user has not granted it under drive.file', () => {
  // drive.file: "Per-file access to files created or opened by the app" (Drive scopes); Drive
  // answers such a file "File not found" (docs/google-drive-file-scope.md). Docs does not say.
  it.each([
    ['strict', 404],
    ['detailed', 404],
    ['lenient', 403],
  ] as const)('under the %s reading documents.get answers %i', (name, code) => {
    const ws = Workspace.fromWorld(world(name));
    expect(run(ws, 'getDoc', 'ungranted')).toMatchObject(
      name === 'strict' ? { hasDetails: false } : { code },
    );
    const store = DriveStore.fromWorld(world().drive.files, USERS, undefined, READINGS[name]);
    const docs = store.docsService(recordingContext(ALICE));
    let thrown: unknown;
    try {
      docs.Documents.batchUpdate({ requests: [] }, 'ungranted');
    } catch (e) {
      thrown = e;
    }
    expect(restErrorOf(thrown as GoogleJsonResponseException).code).toBe(code);
  });

  it('a granted doc the user lost access to answers 403 under every reading', () => {
    for (const readings of Object.values(READINGS)) {
      const files = [worldDoc('d1', BOB)];
      const store = DriveStore.fromWorld(files, USERS, undefined, readings);
      store.grantFileScope(ALICE, 'd1');
      let thrown: unknown;
      try {
        store.docsService(recordingContext(ALICE)).Documents.get('d1');
      } catch (e) {
        thrown = e;
      }
      expect(restErrorOf(thrown as GoogleJsonResponseException).code).toBe(403);
    }
  });

  it('the person in Google Docs needs no grant: drive.file limits apps, not people', () => {
    const store = DriveStore.fromWorld(world().drive.files, USERS);
    expect(store.docsService(recordingContext(ALICE, 'person')).Documents.get('ungranted').documentId).toBe(
      'ungranted',
    );
  });
});

describe('when a write carries a stale requiredRevisionId', () => {
  // WriteControl.requiredRevisionId: "If this is not the latest revision of the document, the
  // request is not processed and returns a 400 bad request error." The message is not documented.
  it.each(READINGS_NAMES)('under the %s reading it answers 400 with that reading’s wording', (name) => {
    const ws = Workspace.fromWorld(world(name));
    const caught = run(ws, 'staleWrite', 'granted') as { message: string; code: number | null };
    const wording = STALE_REVISION_MESSAGES[READINGS[name].staleRevision];
    expect(caught.message).toBe(`API call to docs.documents.batchUpdate failed with error: ${wording}`);
    expect(caught.code).toBe(READINGS[name].errorDetails ? 400 : null);
  });

  it('the strict wording does not name the revision, so nothing can be read from it', () => {
    expect(STALE_REVISION_MESSAGES.plain).not.toMatch(/revision/i);
    expect(STALE_REVISION_MESSAGES.generic).not.toMatch(/revision/i);
  });
});

describe('edge cases', () => {
  it('an unknown variant is refused with the known ones named', () => {
    expect(() => resolveReadings('generous' as never)).toThrow(/strict, lenient, detailed/);
    expect(() => readingsFromEnv({ TANDEM_READINGS: 'generous' })).toThrow(/TANDEM_READINGS=generous/);
    expect(() => parseWorld(JSON.stringify(world('generous' as never)), 'w.json')).toThrow(
      /w\.json: readings/,
    );
    expect(() => parseWorld(JSON.stringify(world({ ungrantedDoc: 401 } as never)), 'w.json')).toThrow(
      /w\.json: readings/,
    );
  });
});
