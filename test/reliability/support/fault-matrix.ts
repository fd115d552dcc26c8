// The fault matrix: a clean window of runs is recorded call by call, then run again from the same
// start with call i failing — 429, 500, 503 once, and for the rest of that run; 403, 404 once.
// Afterwards the world must equal the no-fault world, except what the fault made impossible.
// Under readings without `details` (the strict default) Tandem cannot tell those codes apart: a
// failure is then reported and retried by the next runs, never absorbed or refused by its code.
import { MAX_SOON_RETRIES, UNKNOWN_STATUS } from '../../../src/api-error';
import type { ExecutionResult } from '../../../dev/emulator/runtime';
import type { World } from '../../../dev/emulator/world';
import { Scenario } from '../../harness';
import { shareStorms, soundness } from './invariants';
import { CallTap } from './tap';
import { advance } from './worlds';
import { viewOf, type WorldView } from './world-view';

export interface Start {
  name: string;
  world: World;
  /** What a person does as the window opens, before any trigger fires (turning Tandem on). */
  act?: (s: Scenario, deadlineMs?: number) => ExecutionResult;
  /** The runs under test fire up to here. */
  windowEnd: string;
  /**
   * Long enough for a passing failure's retry to have run: the first hourly run at least ten
   * minutes after it (due.ts RETRY_AFTER_MS).
   */
  retriedBy: string;
  /** After the next daily safety net (the first hourly run after 04:00 Paris), which retries pairs Google refused. */
  nextDay: string;
}

/** The window's executions: the person's act, then every trigger run up to windowEnd. */
export function runWindow(s: Scenario, start: Start, deadlineMs?: number): ExecutionResult[] {
  const acted = start.act ? [start.act(s, deadlineMs)] : [];
  return [...acted, ...advance(s, start.windowEnd, deadlineMs).map((f) => f.result)];
}

export function referenceAt(start: Start, iso: string): { view: WorldView; methods: string[] } {
  const s = new Scenario(start.world);
  const tap = new CallTap(s.ws);
  runWindow(s, start);
  const methods = tap.methodsSince(0);
  advance(s, iso);
  return { view: viewOf(s.ws), methods };
}

function faulted(
  start: Start,
  fail: (tap: CallTap) => void,
): { s: Scenario; tap: CallTap; failures: string[] } {
  const s = new Scenario(start.world);
  const tap = new CallTap(s.ws);
  fail(tap);
  const ran = runWindow(s, start);
  tap.heal();
  // What the runs of the window reported as failed (a pair, or the whole run).
  const failures = ran.flatMap((r) =>
    r.logs.map((l) => l.line).filter((l) => /^(pairFailed|syncFailed)/.test(l)),
  );
  return { s, tap, failures };
}

/** Pairs whose record differs from the reference without carrying an error that says so. */
function unreportedDifferences(view: WorldView, reference: WorldView, code: number, s: Scenario): string[] {
  const problems: string[] = [];
  const stored = s.ws.toWorld().userProperties;
  const statusFailed = Object.values(stored).some((p) => p.lastSync?.includes('"ok":false'));
  for (const [user, pairs] of Object.entries(reference.pairs)) {
    for (const [pairKey, record] of Object.entries(pairs)) {
      if (JSON.stringify(view.pairs[user]?.[pairKey]) === JSON.stringify(record)) continue;
      const raw = stored[user]?.[`pair:${pairKey}`];
      const error = raw ? (JSON.parse(raw) as { error?: { code: number } }).error : undefined;
      if (error?.code !== code && !statusFailed)
        problems.push(`${user} ${pairKey} differs, no error ${code}`);
    }
  }
  return problems;
}

/** Whether Tandem sees HTTP codes in this run's readings (the exception's `details`). */
function codesSeen(s: Scenario): boolean {
  return s.ws.readings.errorDetails;
}

/** The whole matrix for one start, as jest tests. */
export function describeFaultMatrix(start: Start): void {
  describe(`faults at every call position of ${start.name}`, () => {
    const retried = referenceAt(start, start.retriedBy);
    const nextDay = referenceAt(start, start.nextDay).view;
    const positions = retried.methods.map((method, i) => ({ position: i + 1, method }));

    it('the clean runs make every kind of call the sync makes', () => {
      expect(new Set(retried.methods)).toEqual(
        new Set([
          'calendar.events.list',
          'calendar.events.instances',
          'calendar.events.patch',
          'drive.files.list',
          'drive.files.create',
          'drive.permissions.create',
          'docs.documents.get',
          'docs.documents.batchUpdate',
        ]),
      );
    });

    describe.each([429, 500, 503])('when Google answers %i', (code) => {
      it.each(positions)(
        'once, at call $position ($method): absorbed by the retry in the same run',
        ({ position, method }) => {
          const { s, tap, failures } = faulted(start, (t) => t.failNext(position, code));
          // A create is never retried in the run (a twin could follow); the next run makes it.
          // Without a status Tandem does not repeat a call in the run: the next run retries it.
          if (method !== 'drive.files.create' && codesSeen(s)) expect(failures).toEqual([]);
          advance(s, start.retriedBy);
          const view = viewOf(s.ws);
          expect(soundness(s.ws, view, tap.shares)).toEqual([]);
          expect(view).toEqual(retried.view);
        },
      );

      it.each(positions)(
        'from call $position ($method) to the end of that run: the next run finishes the work',
        ({ position }) => {
          const { s, tap } = faulted(start, (t) => t.failRestOfRunFrom(position, code));
          advance(s, start.retriedBy);
          const view = viewOf(s.ws);
          expect(soundness(s.ws, view, tap.shares)).toEqual([]);
          expect(view).toEqual(retried.view);
        },
      );
    });

    it.each([429, 500, 503])(
      'when every call answers %i through the whole window, a meeting’s end included: the runs after it finish the work',
      (code) => {
        const { s, tap } = faulted(start, (t) => t.failAllFrom(1, code));
        advance(s, start.retriedBy);
        const view = viewOf(s.ws);
        expect(soundness(s.ws, view, tap.shares)).toEqual([]);
        expect(view).toEqual(retried.view);
      },
    );

    describe.each([403, 404])('when Google refuses with %i', (code) => {
      it.each(positions)(
        'at call $position ($method): reported, others unharmed, healed next day',
        ({ position }) => {
          const { s, tap, failures } = faulted(start, (t) => t.failNext(position, code));
          // Said so in the run's log, and on the pair or status. Without a status a refusal may be
          // absorbed instead (a sync token refused in any way means a full listing).
          if (codesSeen(s)) expect(failures.length).toBeGreaterThan(0);
          advance(s, start.retriedBy);
          const view = viewOf(s.ws);
          expect(soundness(s.ws, view, tap.shares)).toEqual([]);
          const recorded = codesSeen(s) ? code : UNKNOWN_STATUS;
          expect(unreportedDifferences(view, retried.view, recorded, s)).toEqual([]);
          advance(s, start.nextDay);
          const healed = viewOf(s.ws);
          expect(soundness(s.ws, healed, tap.shares)).toEqual([]);
          expect(healed).toEqual(nextDay);
        },
      );
    });

    it('a share refused by the domain (403 every time): reported, tried once a run at most, never with anyone else, the rest done', () => {
      const s = new Scenario(start.world);
      const tap = new CallTap(s.ws);
      s.ws.ledger.addFault({ method: 'drive.permissions.create', code: 403, remaining: 1000 });
      runWindow(s, start);
      advance(s, start.nextDay);
      const view = viewOf(s.ws);
      expect(soundness(s.ws, view, tap.shares)).toEqual([]);
      expect(shareStorms(tap.shares, 1)).toEqual([]);
      expect(s.ws.drive.sharingLog().filter((r) => r.at >= Date.parse(start.world.now))).toEqual([]);
      // Once when first made, once more with the daily safety net: no storm. Without a status the
      // refusal may be passing: also tried by the next runs, MAX_SOON_RETRIES in a row at most.
      const perDoc = new Map<string, number>();
      for (const a of tap.shares) perDoc.set(a.fileId, (perDoc.get(a.fileId) ?? 0) + 1);
      expect(Math.max(0, ...perDoc.values())).toBeLessThanOrEqual(codesSeen(s) ? 2 : 2 + MAX_SOON_RETRIES);
      const records = Object.entries(s.ws.toWorld().userProperties)
        .flatMap(([, values]) => Object.entries(values))
        .filter(([key]) => key.startsWith('pair:'))
        .map(
          ([, value]) =>
            JSON.parse(value) as { docId?: string; sharedWith?: string; error?: { code: number } },
        );
      const refused = records.filter((p) => p.docId && tap.shares.some((a) => a.fileId === p.docId));
      expect(refused.length).toBe(perDoc.size);
      const recorded = codesSeen(s) ? 403 : UNKNOWN_STATUS;
      for (const pair of refused) expect([pair.sharedWith, pair.error?.code]).toEqual([undefined, recorded]);
      // Attached and prepared all the same: only the share is missing.
      for (const [pairKey, doc] of Object.entries(view.docs))
        expect(doc.lines).toEqual(nextDay.docs[pairKey]?.lines);
      expect(view.attachments).toEqual(nextDay.attachments);
    });
  });
}
