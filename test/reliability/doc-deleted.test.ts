// A person trashes the pair's doc, or deletes it for good (Google answers 404). Tandem reports it on
// the pair, never writes into the trash, never makes a new doc on its own — only when the person
// asks from the card — and the other pairs carry on.
import { Scenario } from '../harness';
import { soundness } from './support/invariants';
import { CallTap } from './support/tap';
import { advance, aliceTurnedOn, click, ALICE, BOB } from './support/worlds';
import { pairOfDoc, pairRecords, viewOf } from './support/world-view';

const BOB_KEY = `${ALICE} ${BOB}`;
/** Bob's 1:1 ends 2026-10-20 08:30Z; the doc goes before that. */
const BEFORE_THE_MEETING = '2026-10-20T07:00:00Z';
const DAYS_LATER = '2026-10-23T12:00:00Z';

function liveDocsOfBob(s: Scenario): number {
  return viewOf(s.ws).docs[BOB_KEY]?.copies ?? 0;
}

function taggedFilesOfBob(s: Scenario): number {
  const tag = s.ws.drive.allFiles().find((f) => f.meta.id === s.pairDocs().get(BOB_KEY))?.meta
    .appProperties?.tandemPair;
  return s.ws.drive.allFiles().filter((f) => f.meta.appProperties?.tandemPair === tag).length;
}

describe.each([
  [
    'trashes the doc in Drive',
    (s: Scenario, docId: string) => {
      s.ws.drive.driveService(s.ws.personContext(ALICE)).Files.update({ trashed: true }, docId);
    },
  ],
  [
    'deletes the doc for good (Google answers 404)',
    (s: Scenario, docId: string) => {
      // The emulator's Drive has no files.delete: this is what emptying the trash leaves behind.
      (s.ws.drive as unknown as { files: Map<string, unknown> }).files.delete(docId);
    },
  ],
])('when a person %s', (_how, remove) => {
  const s = new Scenario(aliceTurnedOn());
  advance(s, BEFORE_THE_MEETING);
  const docId = s.docId(ALICE, BOB);
  const linesBefore = s.lines(docId);
  const filesBefore = s.ws.drive.allFiles().length;
  const docsBefore = pairOfDoc(s.ws);
  remove(s, docId);
  const tap = new CallTap(s.ws);
  const fired = advance(s, DAYS_LATER);

  it('every run still succeeds, and the pair shows the doc is missing', () => {
    expect(fired.every((f) => f.result.ok)).toBe(true);
    expect(pairRecords(s.ws, ALICE)[BOB_KEY]?.error).toMatchObject({ code: 404 });
  });

  it('Tandem never writes into the trashed doc and makes no new doc by itself', () => {
    const doc = s.ws.drive.documentJson(docId);
    if (doc) expect(s.lines(docId)).toEqual(linesBefore);
    expect(liveDocsOfBob(s)).toBe(0);
    expect(s.ws.drive.allFiles().length).toBe(filesBefore - (doc ? 0 : 1));
    expect(tap.calls.filter((c) => c.method === 'drive.files.create')).toEqual([]);
  });

  it('the other pairs carry on: their next sections are prepared', () => {
    const view = viewOf(s.ws);
    expect(soundness(s.ws, view, tap.shares, docsBefore)).toEqual([]);
    expect(view.docs[`${ALICE} chloe@example.com`]?.lines).toContain('# 2026-10-29 · Thursday');
  });

  it('when the person asks from the event card, one new doc is made, shared, attached and prepared', () => {
    const made = click(s, ALICE, 'createDoc', { pairKey: BOB_KEY, seriesId: 'bob1on1' });
    expect(made.error).toBeUndefined();
    const fresh = s.pairDocs().get(BOB_KEY) ?? '';
    expect(fresh).not.toBe(docId);
    expect(s.sharedWith(fresh)).toEqual([ALICE, BOB]);
    expect(s.lines(fresh)).toContain('# 2026-10-27 · Tuesday');
    expect((s.event(ALICE, 'bob1on1').attachments ?? []).map((a) => a.fileId)).toContain(fresh);
    expect(liveDocsOfBob(s)).toBe(1);
    expect(taggedFilesOfBob(s)).toBeGreaterThanOrEqual(1);
  });

  it('after that, the next syncs keep to the new doc: no error, no further doc', () => {
    advance(s, '2026-10-28T12:00:00Z');
    expect(pairRecords(s.ws, ALICE)[BOB_KEY]?.error).toBeUndefined();
    expect(liveDocsOfBob(s)).toBe(1);
    expect(s.lines(s.pairDocs().get(BOB_KEY) ?? '')).toContain('# 2026-11-03 · Tuesday');
  });
});
