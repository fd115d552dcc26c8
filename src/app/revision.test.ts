// Revision conflicts by status: a write that may have met a newer revision re-reads the doc;
// a moved revision means re-plan (bounded), an unmoved one means the failure was something else.
import { ApiError, classify, RevisionConflict, UNKNOWN_STATUS } from '../api-error';
import type { DocsRequest, Document, Ports } from '../ports';
import { MAX_REVISION_RETRIES, writePlanned, writeWithRevision } from './revision';

interface FakeDoc {
  revision: number;
  text: string;
}

/** A doc whose writes fail with `failure` while `fail(attempt)` says so; people edit through `typing`. */
function docsPort(
  doc: FakeDoc,
  options: { fail?: (attempt: number) => ApiError | null; typing?: (attempt: number) => boolean } = {},
) {
  const writes: string[] = [];
  let attempt = 0;
  const read = (): Document => ({ revisionId: `r${doc.revision}`, body: { content: [] }, title: doc.text });
  const ports = {
    docs: {
      get: () => read(),
      batchUpdate: (_id: string, requests: DocsRequest[], requiredRevisionId: string) => {
        const n = attempt++;
        if (options.typing?.(n)) doc.revision++; // a person typed just before this write landed
        const failure = options.fail?.(n);
        if (failure) throw failure;
        if (requiredRevisionId !== `r${doc.revision}`)
          throw new ApiError('docs.documents.batchUpdate', { code: 400, reason: '', message: 'x' });
        writes.push(`${requiredRevisionId}:${requests.length}`);
        doc.revision++;
        return { writeControl: { requiredRevisionId: `r${doc.revision}` } };
      },
    },
    log: { info: () => undefined, warn: () => undefined },
  } as unknown as Ports;
  return { ports, writes, attempts: () => attempt };
}

const plan = (): DocsRequest[] => [{ insertText: { location: { index: 1 }, text: 'x' } }];
const noDetails = () =>
  new ApiError('docs.documents.batchUpdate', { code: UNKNOWN_STATUS, reason: '', message: '' });

describe('when a person edits between Tandem’s read and write', () => {
  it.each([
    ['a 400 (any wording)', null],
    ['a failure whose status Apps Script did not give', UNKNOWN_STATUS],
  ])('%s with a moved revision: re-read and re-planned on the new revision', (_name, status) => {
    const doc = { revision: 1, text: 'v1' };
    const { ports, writes } = docsPort(doc, {
      typing: (n) => n === 0,
      fail: (n) =>
        n === 0 && status !== null
          ? new ApiError('docs.documents.batchUpdate', { code: status, reason: '', message: '' })
          : null,
    });
    const planned: (string | null | undefined)[] = [];
    const outcome = writeWithRevision(ports, 'd1', (d) => {
      planned.push(d.revisionId);
      return plan();
    });
    expect(planned).toEqual(['r1', 'r2']);
    expect(writes).toEqual(['r2:1']);
    expect(outcome.applied).toBe(1);
  });

  it('gives up after MAX_REVISION_RETRIES re-plans with a RevisionConflict (passing: tried again soon)', () => {
    const doc = { revision: 1, text: 'v1' };
    const { ports, writes, attempts } = docsPort(doc, { typing: () => true });
    let thrown: unknown;
    try {
      writeWithRevision(ports, 'd1', plan);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RevisionConflict);
    expect(classify(thrown)).toMatchObject({ kind: 'passing', reason: 'docKeptChanging' });
    expect(attempts()).toBe(MAX_REVISION_RETRIES + 1);
    expect(writes).toEqual([]);
  });
});

describe('when the write fails and the revision did not move', () => {
  it.each([
    [
      'a 400',
      () => new ApiError('docs.documents.batchUpdate', { code: 400, reason: 'badRequest', message: '' }),
    ],
    ['a failure without a status', noDetails],
  ])('%s is rethrown at once, after one read', (_name, make) => {
    const doc = { revision: 1, text: 'v1' };
    const failure = make();
    const { ports, attempts } = docsPort(doc, { fail: () => failure });
    expect(() => writeWithRevision(ports, 'd1', plan)).toThrow(failure);
    expect(attempts()).toBe(1);
  });

  it.each([403, 404, 429, 503])('a %i is not a conflict: rethrown without a read', (code) => {
    const doc = { revision: 1, text: 'v1' };
    let reads = 0;
    const { ports } = docsPort(doc, {
      fail: () => new ApiError('docs.documents.batchUpdate', { code, reason: '', message: '' }),
    });
    const get = ports.docs.get.bind(ports.docs);
    ports.docs.get = (id) => {
      reads++;
      return get(id);
    };
    expect(() => writeWithRevision(ports, 'd1', plan, get('d1'))).toThrow(ApiError);
    expect(reads).toBe(0);
  });
});

describe('edge cases', () => {
  it('a doc read without a revision id (no edit access) is never written', () => {
    const { ports, attempts } = docsPort({ revision: 1, text: 'v1' });
    const noRevision: Document = { body: { content: [] } };
    expect(() => writeWithRevision(ports, 'd1', plan, noRevision)).toThrow(ApiError);
    expect(attempts()).toBe(0);
  });

  it('nothing to write: no write at all', () => {
    const { ports, attempts } = docsPort({ revision: 1, text: 'v1' });
    expect(writeWithRevision(ports, 'd1', () => []).applied).toBe(0);
    expect(attempts()).toBe(0);
  });
});

describe('when a write was planned ahead from an earlier read', () => {
  const ahead = { requests: [...plan(), ...plan()], revisionId: 'r1' };

  it('nobody edited since: it goes at that revision without a read, and says the revision after it', () => {
    const { ports, writes } = docsPort({ revision: 1, text: 'v1' });
    const replanned: unknown[] = [];
    const outcome = writePlanned(ports, 'd1', ahead, (d) => (replanned.push(d), plan()));
    expect(writes).toEqual(['r1:2']);
    expect(replanned).toEqual([]);
    expect(outcome).toMatchObject({ planned: true, applied: 2, revisionAfter: 'r2' });
  });

  it('a person edited since: Google refuses it, and Tandem reads the doc and plans again', () => {
    const doc = { revision: 3, text: 'v3' };
    const { ports, writes } = docsPort(doc);
    const outcome = writePlanned(ports, 'd1', ahead, (d) => (d.revisionId === 'r3' ? plan() : []));
    expect(writes).toEqual(['r3:1']);
    expect(outcome).toMatchObject({ planned: false, applied: 1, revisionAfter: 'r4' });
  });

  it('a refusal at the same revision is not a conflict: rethrown, nothing written', () => {
    const { ports, writes } = docsPort({ revision: 1, text: 'v1' }, { fail: () => noDetails() });
    expect(() => writePlanned(ports, 'd1', ahead, () => plan())).toThrow(ApiError);
    expect(writes).toEqual([]);
  });
});
